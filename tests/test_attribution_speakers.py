"""Speakers of reporting clauses that name someone else (issue 10): who is quoted, whose paragraph a
quotation belongs to, and which named person a definite description stands for.

Invented sentences about an invented event; each test pins one behaviour.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


def test_the_person_an_outlet_quotes_as_saying_is_the_speaker() -> None:
    text = (
        'Colonel Ivo Brenner of the Norland army said, "The valley is ours."\n\n'
        'The Sudmark engineers "ignored every warning" before the dam burst, the Harbor Times quoted him as saying.'
    )
    assert find(claims_of(text), "ignored every warning").speaker == "Ivo Brenner"


def test_the_body_an_outlet_quotes_as_claiming_is_the_speaker() -> None:
    text = "The Harbor Times quoted the Norland army as claiming that Sudmark engineers opened the sluices."
    claim = find(claims_of(text), "sluices")
    assert "army" in (claim.speaker or "")
    assert claim.speaker != "Harbor Times"


def test_a_quotation_that_names_its_speaker_takes_no_lead_in_from_the_paragraph_before() -> None:
    text = (
        "The water ministry said in Valdor that the collapse was caused by Sudmark engineers.\n\n"
        '"Norland kept every sluice within its own side of the river. We expect the same of Sudmark," '
        "ministry spokesperson Ana Lusk said on Monday."
    )
    assert find(claims_of(text), "kept every sluice").speaker == "Ana Lusk"


def test_a_description_of_an_office_stands_for_the_person_named_before() -> None:
    text = (
        "Norland Water Office spokesperson Tor Vik on Monday gave an account of the collapse.\n\n"
        "The Norlandic diplomat said the dam stands on the Norland side of the river.\n\n"
        "He added that Sudmark engineers had opened the sluices twice."
    )
    claims = claims_of(text)
    assert "Tor Vik" in (find(claims, "stands on the Norland side").speaker or "")
    assert find(claims, "opened the sluices").speaker == "Tor Vik"


def test_a_typo_in_the_description_does_not_block_the_person() -> None:
    text = (
        "Norland Water Office spokesperson Tor Vik visited the dam on Monday.\n\n"
        "The Norlnadic diplomat said the dam stands on the Norland side of the river."
    )
    assert "Tor Vik" in (find(claims_of(text), "stands on").speaker or "")


def test_a_description_after_an_unnamed_holder_stays_unnamed() -> None:
    text = (
        "Tor Vik visited the dam on Monday.\n\n"
        "An official close to the water office said the sluices had been opened twice.\n\n"
        "The official said Sudmark engineers had been warned."
    )
    assert "Vik" not in (find(claims_of(text), "had been warned").speaker or "")


def test_a_description_of_another_nation_is_not_the_person_named_before() -> None:
    text = (
        "Norland envoy Tor Vik said the dam was sound.\n\n"
        "The Sudmarkese diplomat said the sluices had been opened twice."
    )
    assert "Vik" not in (find(claims_of(text), "opened twice").speaker or "")


def test_two_reporting_clauses_joined_by_while_each_keep_their_speaker() -> None:
    text = (
        "The Norland army added that Sudmark could not have known so quickly, while on Monday night "
        'Sudmark Prime Minister Ana Lusk wrote on her blog: "Norland engineers opened the sluices."'
    )
    claims = claims_of(text)
    assert "army" in (find(claims, "could not have known").speaker or "")
    assert find(claims, "opened the sluices").speaker == "Ana Lusk"
    assert find(claims, "opened the sluices").text.startswith("on Monday night")  # not "while on Monday ..."


def test_while_after_a_clause_that_reports_nothing_splits_nothing() -> None:
    text = "Some Norland units now seek a quick victory, while the Sudmark army wants to hold the valley."
    claims = claims_of(text)
    assert find(claims, "quick victory") is find(claims, "hold the valley")


def test_a_state_body_keeps_the_place_written_after_it() -> None:
    text = "The Sudmark water ministry in the Valdor Strip has confirmed at least 50 people were killed."
    claim = find(claims_of(text), "confirmed")
    assert claim.speaker is not None and claim.speaker.endswith("in the Valdor Strip")


def test_parties_named_together_as_one_subject_speak_together() -> None:
    text = (
        "Sudmark said the dam was breached by a charge laid by the Valdor Liberation Front, while the Valdor "
        'Liberation Front and the Norland Water Union have denied it, calling the accusation "absurd".'
    )
    claims = claims_of(text)
    assert find(claims, "was breached").speaker == "Sudmark"
    denial = find(claims, "have denied")
    assert denial.speaker is not None
    assert "Valdor Liberation Front" in denial.speaker and "Norland Water Union" in denial.speaker


def test_a_relative_clause_about_a_fact_stays_in_its_sentence() -> None:
    text = "Sudmark said the charge was laid near the Valdor gate, which the engineers had built in spring."
    claims = claims_of(text)
    assert find(claims, "was laid") is find(claims, "had built")


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the dam, which engineers described as sound, burst on its own, Tor Vik said it did not.",
        "The Norland survey also finds that, while 37 percent say the dam was sound, 39 percent blame Sudmark.",
    ],
)
def test_a_clause_inside_the_content_is_not_cut_out(text: str) -> None:
    claims = claims_of(text)
    assert len([c for c in claims if c.text in text]) == 1


def test_an_untagged_acronym_before_the_role_is_the_persons_side() -> None:
    text = '"We expect the same of Sudmark," NWO Spokesperson Anurag Velkar said in response to media queries.'
    claim = find(claims_of(text), "expect the same")
    assert claim.speaker is not None and claim.speaker.endswith("Anurag Velkar")
    assert claim.side == "NWO"
    assert claim.side_basis == "role"


def test_a_party_answering_the_claim_in_a_which_clause_is_a_claim_of_its_own() -> None:
    text = (
        "Sudmark said the dam was breached by a charge laid by the Valdor Liberation Front, which the "
        'Norland Water Union has denied, calling the accusation "absurd".'
    )
    claims = claims_of(text)
    claim, answer = find(claims, "was breached"), find(claims, "has denied")
    assert claim is not answer
    assert claim.speaker == "Sudmark"
    assert answer.speaker == "Norland Water Union"
    assert answer.text.startswith("the Norland Water Union")  # not ", which ..."


def test_an_answer_in_a_which_clause_is_linked_on_the_claim_it_answers() -> None:
    text = "Sudmark said the dam was breached by a charge laid by rebels, which the rebels have denied."
    answer = find(claims_of(text), "have denied")
    assert {"dam", "breach", "charge"} <= set(answer.features["lemmas"])


def test_a_passive_answer_in_a_which_clause_names_its_agent() -> None:
    text = "Sudmark said the dam was breached by a charge, which was denied by the Norland Water Union."
    claims = claims_of(text)
    assert find(claims, "was breached").speaker == "Sudmark"
    assert find(claims, "was denied by").speaker == "Norland Water Union"


@pytest.mark.parametrize(
    "text",
    [
        "Sudmark said the dam was breached by a charge, which the Norland Water Union did not deny.",
        "Sudmark said the dam was breached by the Norland Water Union, which denied entry to inspectors.",
        "Sudmark said the levy, which the council rejected in May, would pay for the new sluices.",
    ],
)
def test_a_which_clause_that_answers_nothing_stays_in_its_sentence(text: str) -> None:
    claims = claims_of(text)
    assert len([c for c in claims if c.text in text]) == 1


def test_a_headline_that_fools_the_name_tagger_does_not_rename_the_person() -> None:
    # The tagger reads "Mayors Rip Henrik Dahl" as one person; the body's "Henrik Dahl" is his name.
    headline = "Mayors Rip Henrik Dahl As A ‘Disgrace.’\n\nHenrik Dahl met the mayors.\n"
    first = article_from_text("001_mayors.txt", headline)
    second = article_from_text("002_dam.txt", "Dam Talks\n\nHenrik Dahl said the dam would hold all winter.\n")
    claims = extract_claims([first, second])
    assert find(claims, "would hold").speaker == "Henrik Dahl"


def test_a_name_is_its_own_words_not_every_name_in_its_apposition() -> None:
    # Was "Anne Marie Vik Norland": every proper noun under the subject, the hyphen lost.
    text = "Anne-Marie Vik, the water minister of Norland, a member of the river council, said the dam would hold."
    assert find(claims_of(text), "would hold").speaker == "Anne-Marie Vik"


def test_a_description_of_one_party_is_not_the_last_title_holder_of_another() -> None:
    text = (
        "Norland Party presidential nominee Ola Brun said on Monday that the dam would hold.\n"
        "Sudmark Alliance presidential nominee Per Lusk said on Tuesday that the dam would fail.\n"
        "The Norland Party presidential nominee said the flood barriers were ready."
    )
    speaker = find(claims_of(text), "flood barriers").speaker or ""
    assert speaker.endswith("Ola Brun")  # was "… nominee Lusk": the last nominee named, of the other party


def test_a_role_owned_by_a_person_is_that_persons() -> None:
    # Was "Ivo doctor": the owner's first name kept, its surname dropped with the possessive.
    claim = find(claims_of("Ivo Brenner’s doctor said the colonel was extremely fit."), "extremely fit")
    assert claim.speaker == "Ivo Brenner's doctor"


@pytest.mark.parametrize(
    "text",
    [
        "The head of the air force, Air Marshal Peter Olu, said the runway would reopen on Monday.",
        "The radio quoted the head of the air force, Air Marshal James Abara, as saying the runway would reopen. "
        '"The runway is clear," Abara said.',
    ],
)
def test_a_rank_the_tagger_took_for_an_organisation_is_no_side(text: str) -> None:
    # "Air Marshal" is one rank, tagged as an organisation before the name: "Air" is nobody's party.
    claims = [c for c in claims_of(text) if c.speaker and c.speaker.endswith(("Olu", "Abara"))]
    assert claims
    assert all(c.side is None for c in claims)


def test_a_possessive_before_a_role_and_a_rank_is_the_persons_party() -> None:
    # The rank between role and name hangs "Norland's" on the name itself, not on "chief".
    text = "Norland's defense chief Air Chief Marshal James Abara said the truce holds along the river."
    claim = find(claims_of(text), "truce holds")
    assert claim.speaker == "James Abara"
    assert claim.side == "Norland"


def test_a_possessive_on_a_name_without_a_role_is_no_party() -> None:
    text = "Norland's James Abara said the truce holds along the river."
    claim = find(claims_of(text), "truce holds")
    assert claim.side != "Norland"


@pytest.mark.parametrize(
    "text",
    [
        "Militant group Ondo Falim said it holds a hostage from the border town.",
        "The group, Ondo Falim, said it holds a hostage from the border town.",
        "The rebel movement Ondo Falim said it holds a hostage from the border town.",
        "The leader of Islamist group Ondo Falim said it holds a hostage from the border town.",
    ],
)
def test_a_name_the_text_calls_a_group_is_a_party_whatever_the_tagger_says(text: str) -> None:
    # The tagger takes "Ondo Falim" for a person; "group <Name>" / "the movement <Name>" says it is not.
    claim = find(claims_of(text), "holds a hostage")
    assert claim.side == "Ondo Falim"


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            "Militant group Ondo Falim said it holds a hostage from the border town. "
            "The group, Ondo Falim, has fought the army in the hills since 2019. "
            "Ondo Falim denied that any truce had been signed with the government.",
            "Ondo Falim",
            "Ondo Falim",
        ),
        (  # "the small organization <Name> set up": the parser puts the name in apposition to the group
            "The talks were held by the Lakeland Council, the small organization Maria Lopez set up in 2001. "
            "Maria Lopez said the truce had been signed with the government.",
            "Maria Lopez",
            None,
        ),
    ],
    ids=["called-a-group-twice", "read-as-a-group-once"],
)
def test_a_bare_name_speaks_for_a_group_the_text_calls_it_twice(text: str, speaker: str, side: str | None) -> None:
    claim = find(claims_of(text), "truce had been signed")
    assert claim.speaker == speaker
    assert claim.side == side


@pytest.mark.parametrize(
    "text",
    [
        "Ana Kerrow, a party member, said the truce had been signed with the government.",
        "The party leader, Ana Kerrow, said the truce had been signed with the government.",
    ],
)
def test_a_person_described_by_a_group_noun_stays_a_person(text: str) -> None:
    claim = find(claims_of(text), "truce had been signed")
    assert claim.speaker == "Ana Kerrow"
    assert claim.side != "Ana Kerrow"


def test_a_persons_full_name_the_tagger_took_for_an_organisation_is_still_that_person() -> None:
    # "Tobi Varga" is tagged a person in the first sentence and an organisation in the last: the corpus names a
    # person by that surname, so the name is that person's, who is no party of his own.
    text = 'Anchor Tobi Varga said he was going to the reporter at the stadium. "We lost the line," Tobi Varga said.'
    claim = find(claims_of(text), "We lost the line")
    assert claim.speaker == "Tobi Varga"
    assert claim.side is None


def test_an_organisation_the_tagger_once_took_for_a_person_stays_a_party() -> None:
    text = (
        "Rival firm Kessel Varn said the merger was off. Kessel Varn said on Monday it would sue the board, "
        "and Kessel Varn denied any talks."
    )
    claims = [c for c in claims_of(text) if c.speaker == "Kessel Varn"]
    assert claims and all(c.side == "Kessel Varn" for c in claims)
