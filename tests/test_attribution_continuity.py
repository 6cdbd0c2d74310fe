"""Who speaks when a sentence names others around its speaker, on invented sentences about invented events.

Each test pins one rule found by studying attribution errors on news text: a later "he" stays with the
speaker rather than with someone the speaker only mentioned, "the vice president" is not the president
named last, a passive's agent is never a means ("said by telephone"), and of two subjects the parser gives a
colon lead, the one nearest its verb speaks.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


TWO_PRESIDENTS = (
    "Vice President Ivo Marten said the dam was weak. He added that the danger had grown because of remarks"
    ' by Governor Kell, which included the claim that President Dorran was the "founder" of the militia.\n\n'
    '"This man\'s shame has no limits," he said.\n\n'
    "Kell is so reckless, the vice president said, that the valley should worry."
)


def test_he_after_a_speakers_sentence_is_the_speaker_not_whom_he_named() -> None:
    assert find(claims_of(TWO_PRESIDENTS), "shame has no limits").speaker == "Ivo Marten"


def test_it_said_in_a_statement_that_is_a_claim() -> None:
    # "It said in a statement that ...", the clause hung on "statement" by the parser, was read as saying
    # nothing and dropped under the claim bar.
    claims = claims_of(
        "The Kessel Water Trust denied the report on Monday.\n\nIt said in a statement that the dam was safe."
    )
    assert find(claims, "dam was safe").speaker == "Kessel Water Trust"


def test_the_novelist_is_the_person_introduced_as_one() -> None:
    # A person introduced by a walk of life ("<Name>, a novelist,", "the actor <Name>") is referred back to by
    # it, as an office holder is by the office: "the novelist said" was a speaker "novelist".
    claims = claims_of(
        "Tom Dunmore, a novelist from Quillo, was arrested at the dam on Monday.\n\n"
        "The novelist said the police had beaten him.\n\n"
        "The actor Ruth Vell joined the protest.\n\n"
        "The actor said the levy was unfair.\n\n"
        "The driver said the road was closed.\n\n"
        "Ms. Ada Kessel spoke at the rally. The woman said the dam was unsafe. 'It will break,' she said."
    )
    assert find(claims, "beaten him").speaker == "novelist Tom Dunmore"
    assert find(claims, "levy was unfair").speaker == "actor Ruth Vell"
    assert find(claims, "road was closed").speaker == "driver"  # no driver was introduced: the description
    # nor a woman: the description stays no person, whom the "she" after it would be taken for
    assert (find(claims, "dam was unsafe").speaker, find(claims, "It will break").speaker) == ("woman", "Ada Kessel")


def test_the_vice_president_is_not_the_president_named_last() -> None:
    speaker = find(claims_of(TWO_PRESIDENTS), "so reckless").speaker
    assert speaker is not None and speaker.endswith("Ivo Marten")


def test_said_by_telephone_names_no_speaker_telephone() -> None:
    claims = claims_of(
        '"If the council had listened to us, the mill would still be standing," Piet Orsk, now 81 and retired'
        " in Eastvale, said by telephone this week."
    )
    assert find(claims, "mill would still be standing").speaker != "telephone"


def test_a_passive_agent_still_speaks() -> None:
    claims = claims_of("It was said by the water ministry that the spillway had been opened too late.")
    assert find(claims, "spillway").speaker == "water ministry"


def test_a_colon_lead_with_two_subjects_is_the_one_nearest_its_verb() -> None:
    claims = claims_of('The crowd cheers, and then Dorran continues: "The dam will hold and the valley will prosper."')
    assert find(claims, "valley will prosper").speaker == "Dorran"


def test_a_surname_the_tagger_missed_still_anchors_the_he_after_it() -> None:
    claims = claims_of(
        "“In breaking news,” Axelrod wrote last January, “the mayor wins a full-throated endorsement from her"
        " press secretary,” after council spokesman Brian Fallon praised his boss online.\n\n"
        "Fallon fired back: “As a guardian of the dam’s legacy,” he wrote, “we know you are rooting for the"
        " mayor, too.”"
    )
    assert find(claims, "guardian of the dam").speaker == "Brian Fallon"


def test_a_surname_the_tagger_took_for_an_organisation_still_anchors_the_he_after_it() -> None:
    claims = claims_of(
        "“I don’t know if Ivo realizes this, but that is not a pro-dam policy,” Senator Ana Kell said of"
        " Governor Ivo Brandt’s plan.\n\n"
        "Brandt, who relishes counter-punching at his opponents, was also remarkably understated in the first"
        " hour of the debate.\n\n"
        "He also staked out some new positions, saying he would deploy up to 300 engineers to the dam."
    )
    assert find(claims, "300 engineers").speaker == "Ivo Brandt"


def test_a_vice_admiral_is_still_the_admiral() -> None:
    claims = claims_of(
        "Vice Admiral Ivo Marten inspected the dam on Monday. President Dorran arrived later.\n\n"
        "The dam will hold, the admiral said."
    )
    speaker = find(claims, "dam will hold").speaker
    assert speaker is not None and speaker.endswith("Ivo Marten")


def test_the_spokesperson_is_not_whom_the_spokesperson_speaks_for() -> None:
    claims = claims_of(
        "There is no Father Ivo Brandt in the Archdiocese of Eastvale. So says a spokesperson for the"
        " Archbishop himself, Cardinal Piet Orsk.\n\n"
        '"I believe this could be a hoax story," the spokesperson told a writer for the website.\n\n'
        "A spokesman for the water ministry, Ivo Kern, said the dam was safe. \"The dam will hold,\" the"
        " spokesman added."
    )
    assert find(claims, "hoax story").speaker == "spokesperson"
    speaker = find(claims, "dam will hold").speaker
    assert speaker is not None and speaker.endswith("Ivo Kern")


def test_a_headlines_capitalised_walk_of_life_is_no_party() -> None:
    claims = extract_claims(
        [article_from_text("000_test.txt", "Priest who survived the flood says the dam will hold\n\nThe dam held.")]
    )
    claim = find(claims, "dam will hold")
    assert (claim.speaker, claim.side) == ("Priest", None)


def test_quoted_or_cited_someone_saying_without_as_is_their_word() -> None:
    claims = claims_of(
        "The Eastvale Herald cited the water ministry saying the spillway had been opened too late.\n\n"
        "The council quoted the figures, saying the dam was safe."
    )
    assert find(claims, "spillway").speaker == "water ministry"
    assert find(claims, "dam was safe").speaker == "council"


def test_quoted_him_saying_a_quotation_is_his_and_an_interjection_names_no_one() -> None:
    claims = claims_of(
        "Mayor Ivo Brandt spoke at the dam.\n\n"
        "Ms. Kell quoted him saying, “It’s not just about money. We want to build a new dam.” Yep, nothing"
        " says success quite like a dam."
    )
    assert find(claims, "not just about money").speaker == "Ivo Brandt"
    assert all(c.speaker != "Yep" for c in claims)


def test_a_parenthetical_said_on_a_contracted_auxiliary_speaks_for_the_clause() -> None:
    claims = claims_of(
        "Tomas Ekdahl, a ferry pilot from Varn, said he was angry about the new tolls. He would like to see the"
        " council drop them. Even then, he said, he’s learned enough about the harbour board that he’s fairly"
        " sure he can’t support it."
    )
    assert find(claims, "learned enough").speaker == "Tomas Ekdahl"


@pytest.mark.parametrize(
    "lead",
    [
        "A second harbour official walked along the damaged quay on Monday.",
        "A harbour official said the quay had been inspected in May.",
    ],
)
def test_he_after_an_unnamed_subject_is_that_unnamed_person_not_the_last_name(lead: str) -> None:
    text = f'Ivo Kern, the mayor, said the dam was safe. {lead} "We cannot confirm the crack," he said.'
    claim = find(claims_of(text), "cannot confirm the crack")
    assert claim.speaker is not None and claim.speaker.endswith("harbour official")


def test_he_after_an_unnamed_speaker_who_named_someone_is_still_the_unnamed_speaker() -> None:
    text = (
        "Ana Soler said the dam was safe. A spokesman for Ivo Kern said the mayor had left the city. "
        '"He will be back on Monday," he said.'
    )
    claim = find(claims_of(text), "back on Monday")
    assert claim.speaker == "spokesman"


def test_he_after_a_named_subject_who_follows_the_unnamed_one_is_the_named_one() -> None:
    text = (
        "A city official said the dam had been inspected in May. Ivo Kern, the mayor, said the dam was safe. "
        '"We cannot confirm the crack," he said.'
    )
    claim = find(claims_of(text), "cannot confirm the crack")
    assert claim.speaker == "Ivo Kern"


def test_they_is_never_a_person_named_by_surname_the_tagger_took_for_an_organisation() -> None:
    text = (
        "Rebel leader Ivo al-Kadri has not been seen since May. The statement came a day after Vardic police "
        "said they had arrested a driver believed to be al-Kadri's cousin. They said the man was stopped at a "
        "checkpoint with forged papers."
    )
    claim = find(claims_of(text), "forged papers")
    assert "Kadri" not in (claim.speaker or "")


def test_they_is_the_people_who_spoke_last_and_he_is_never_them() -> None:
    text = (
        "Mayor Tom Dunmore opened the dam on Monday. Engineers said the gates were safe. "
        "Residents said the water in the town was brown. They added that the taps had been dry for days.\n\n"
        "He added that the river was calm."
    )
    claims = claims_of(text)
    assert find(claims, "taps had been dry").speaker == "residents"  # was "engineers"
    assert find(claims, "water in the town").speaker == "residents"  # was "Residents": one speaker, one spelling
    assert find(claims, "river was calm").speaker == "Tom Dunmore"


def test_a_plural_role_opening_a_sentence_is_not_completed_to_an_earlier_speakers_name() -> None:
    text = (
        "Harbour Weekly officials say the ferry timetable was wrong.\n\n"
        "Officials at the Kessland Water Board said the pipes were old.\n\n"
        "Quillo officials say the timetable was fixed."
    )
    claims = claims_of(text)
    assert find(claims, "pipes were old").speaker == "officials"  # was "Harbour Weekly officials"
    assert find(claims, "timetable was fixed").speaker == "Quillo officials"  # a name keeps its capital


def test_it_after_a_sentence_about_an_organisation_is_that_organisation() -> None:
    text = (
        "The ministry said the dam was safe. Kessel Water Trust sent its own divers to the dam on Thursday. "
        "It said on Friday that the dam had cracked."
    )
    claims = claims_of(text)
    assert find(claims, "dam had cracked").speaker == "Kessel Water Trust"  # was "ministry"
    assert find(claims, "dam was safe").speaker == "ministry"


def test_they_after_a_sentence_about_an_organisation_is_not_that_organisation() -> None:
    text = (
        "The ministry said the dam was safe. Kessel Water Trust interviewed twenty farmers near the dam. "
        "They described crass behaviour by the engineers."
    )
    assert find(claims_of(text), "crass behaviour").speaker != "Kessel Water Trust"  # the farmers, most likely
