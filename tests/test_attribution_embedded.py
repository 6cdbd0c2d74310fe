"""Speakers the main clause does not give (issue 10, attribution that generalises): a party or a group
reporting inside a clause of the outlet's sentence, and subjects the parser left unattached.

Invented sentences about an invented event; each test pins one behaviour.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The patrol stopped near a ridge that Norland claims as its own territory.", "ridge", "Norland"),
        ("The sluices were opened on Monday, which the water ministry says caused the flood.", "sluices", "ministry"),
        ("The dam held on Monday, in what many analysts said was a sign of good work.", "dam held", "analysts"),
        ("Last week the governor vetoed the levy, which critics said was unfair to the towns.", "vetoed", "critics"),
        (
            "The forms were due by March 15, a deadline that several council insiders said went unnoticed.",
            "forms were due",
            "several council insiders",
        ),
        ("In Valdor the sluices have a gate that many engineers say is the future.", "gate", "many engineers"),
    ],
)
def test_a_party_or_people_reporting_inside_a_clause_of_the_outlets_sentence_are_its_speaker(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker in (find(claims_of(text), fragment).speaker or "")


def test_people_a_who_clause_describes_are_no_speaker() -> None:
    """ "Critics who called it unfair", "voters who decided late": the sentence is about them, not theirs."""
    dismissed = find(claims_of("The mayor of Valdor dismissed critics who called the levy unfair."), "dismissed")
    assert "mayor" in (dismissed.speaker or "")
    lost = find(claims_of("The levy lost by a wide margin among voters who decided last week."), "levy lost")
    assert lost.speaker is None


def test_the_thing_a_clause_is_about_is_no_speaker() -> None:
    text = "The workers carried banners that said the dam would break before the spring floods came."
    assert find(claims_of(text), "banners").speaker is None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Some said the dam would hold through the spring floods.", "spring floods", "Some"),
        ("Two in three said they would vote for the new dam levy in May.", "dam levy", "Two in three"),
        ("About 4 in 10 say they want the valley to pay for a second dam.", "second dam", "About 4 in 10"),
        ("Most of the engineers said the sluices had been opened too early.", "sluices", "Most of the engineers"),
        ("Those surveyed say the valley should get a second dam by 2030.", "second dam", "Those surveyed"),
        (
            "Two of the valley's top flood engineers said last month they had no evidence the dam was failing.",
            "dam was failing",
            "Two of the valley's top flood engineers",
        ),
        (
            "Most of the people who live below the dam in Valdor said the sluices had been opened too early.",
            "sluices",
            "Most of the people",
        ),
    ],
)
def test_an_unnamed_share_of_people_reporting_is_the_speaker(text: str, fragment: str, speaker: str) -> None:
    assert find(claims_of(text), fragment).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Many voters shrugged off the choice, with three in 10 saying the dam levy would not sway them.",
            "three in 10",
        ),
        (
            "The river towns could swing this year, with 47 percent of valley voters saying they back the dam levy.",
            "47 percent of valley voters",
        ),
    ],
)
def test_a_share_of_people_saying_in_a_with_phrase_is_the_speaker(text: str, speaker: str) -> None:
    assert find(claims_of(text), "dam levy").speaker == speaker


def test_precincts_reporting_in_a_with_phrase_are_no_speaker() -> None:
    text = "The dam levy led by roughly 20 points with over 95 percent of precincts reporting."
    assert find(claims_of(text), "dam levy").speaker is None


def test_this_or_that_reporting_is_no_share_of_people() -> None:
    text = "This shows that the Norland engineers opened the sluices on Monday, two days too early."
    assert find(claims_of(text), "sluices").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "At the valley party meeting on Saturday Sen. Ivo Kern (D-NL) said the dam board was a proven failure.",
        "As a part of his plea, Marcel Lehel Brenner, 44, said that he opened the sluices of the Norland dam.",
        '"The sluices were opened two days too early," said former dam engineer Ivo Kern at the hearing in Valdor.',
    ],
)
def test_a_name_the_parser_left_beside_the_reporting_verb_is_its_speaker(text: str) -> None:
    claim = find(claims_of(text), "sluices" if "sluices" in text else "dam board")
    assert claim.speaker is not None and claim.speaker.split()[-1] in ("Kern", "Brenner")


def test_a_quotation_in_two_apostrophes_takes_the_speaker_named_after_it() -> None:
    text = (
        "''The sluices were opened two days too early. The dam board knew it and did nothing,'' "
        "Ana Lusk said on Monday."
    )
    assert (find(claims_of(text), "two days too early").speaker or "").endswith("Lusk")


def test_an_inverted_reporting_verb_takes_the_name_after_it() -> None:
    text = (
        '"I was told the sluices would stay shut in the valley until May," said Ivo Kern, half joking.\n\n'
        '"The dam board never told the Norland farmers about it," said Ana Lusk, laughing.'
    )
    assert find(claims_of(text), "would stay shut").speaker == "Ivo Kern"
    assert find(claims_of(text), "never told").speaker == "Ana Lusk"


def test_the_object_a_verb_sets_to_report_is_the_speaker_not_its_subject() -> None:
    text = "The flood on Monday has led some engineers to warn that the Norland dam could burst by May."
    speaker = find(claims_of(text), "could burst").speaker or ""
    assert "engineers" in speaker and "flood" not in speaker


def test_the_poll_or_report_a_sentence_is_in_is_its_source() -> None:
    text = "In a Harbor Times poll on Monday, the dam levy led the ballot by 56 percent to 32 percent."
    assert "poll" in (find(claims_of(text), "dam levy").speaker or "")


def test_a_poll_finding_set_off_inside_its_clause_is_the_source_not_those_polled() -> None:
    text = (
        "Valley voters overwhelmingly oppose cutting off funds for the dam, a new Courier poll finds, a debate that"
        " will come to a head this week in the council."
    )
    assert "poll" in (find(claims_of(text), "funds for the dam").speaker or "")


def test_a_place_a_sentence_is_in_is_no_source() -> None:
    text = "In the Norland valley, the dam held on Monday after 40 hours of rain."
    assert find(claims_of(text), "dam held").speaker is None


@pytest.mark.parametrize(
    ("verb", "speaker"), [("voted to ban", "Ivo Sandoval"), ("beat", None), ("defeated", None), ("tied", None)]
)
def test_a_person_the_tagger_took_for_an_organisation_holds_a_view_once_named_but_a_deed_is_no_view(
    verb: str, speaker: str | None
) -> None:
    text = (
        "Senator Ivo Sandoval of Norland said on Monday that the dam levy was fair.\n\n"
        f"Sandoval {verb} the Lusk plan by 51 votes to 36 in the Norland valley council on Sunday."
    )
    assert find(claims_of(text), "51 votes").speaker == speaker


def test_an_organisation_the_article_never_named_as_a_person_holds_no_main_clause() -> None:
    text = "Valcom drafted 4,000 workers from its valley offices to service homes during the strike in May."
    assert find(claims_of(text), "drafted").speaker is None


def test_according_to_a_named_outlet_is_the_source_before_the_main_clause() -> None:
    text = "According to the Valley Ledger, Norcom has stated it will not fund the new dam in the Norland valley."
    assert find(claims_of(text), "will not fund").speaker == "Valley Ledger"


def test_according_to_inside_what_a_speaker_said_leaves_the_speaker() -> None:
    text = (
        "Ivo Kern, a member of the valley council, said on Tuesday that according to its analysis, "
        "the Norland party has won 82 percent of the seats."
    )
    assert find(claims_of(text), "82 percent").speaker == "Ivo Kern"


def test_a_person_who_takes_a_stance_in_a_relative_clause_is_the_speaker() -> None:
    text = "The levy was backed by Ivo Kern, who criticized the Norland dam board in 2011 for raising water prices."
    assert find(claims_of(text), "criticized").speaker == "Ivo Kern"


def test_a_name_the_parser_made_the_root_speaks_through_the_verb_hung_on_it() -> None:
    text = (
        "Speaker Ivo D. Kern, the valley's highest-ranking Norlander, on Tuesday called Ana Lusk's remarks "
        "about the dam board ''reckless,'' an extraordinary rebuke."
    )
    assert (find(claims_of(text), "reckless").speaker or "").endswith("Kern")


def test_we_outside_quotation_marks_is_the_writers_own_voice() -> None:
    # Before, "we" went to the last group named: "Sixty-two percent of voters", a headline, a party.
    text = (
        "Sixty-two percent of voters in Valdor back the Valley Front on the dam.\n\n"
        "We know from the council's own filings that most of the dam fund is held in two trusts."
    )
    assert find(claims_of(text), "dam fund").speaker is None


def test_the_us_is_a_country_not_a_pronoun() -> None:
    text = (
        "Norland moved its troops across the river with US blessing: the US welcomes the entry of Norland as a key"
        " player in the war on the dam, even if the price is high."
    )
    assert find(claims_of(text), "key player").speaker == "US"
