"""Who "he" stands for when a sentence names someone else: the person a sentence is about stays its subject
("He would not say why <Other> left. But he denied ..."), and whom a reported clause is about or who is
told it is not who reports it ("he said <Name> could not have known", "he tells <Name> ..."). Invented
sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_a_pronoun_subject_keeps_its_person_past_a_name_it_mentions() -> None:
    claims = claims_of(
        "Peter Olu visited the farmers on Monday. Asked about the sale, he would not say why Ondo Falim had sold "
        "the land.\n\n"
        "But he firmly denied taking any money from the farmers."
    )
    assert find(claims, "taking any money").speaker == "Peter Olu"  # was "Ondo Falim"


def test_a_name_merely_mentioned_after_a_subject_is_still_passed_over() -> None:
    claims = claims_of(
        "Ruth Vell walked along the quay with Maria Lopez on Monday.\n\n"
        "She said the ferry had been late for a week."
    )
    assert find(claims, "ferry had been late").speaker == "Ruth Vell"


def test_a_he_the_chain_resolved_is_no_she_later() -> None:
    claims = claims_of(
        'Senator Tom Murrow attacked the council on Monday. "Who is to blame here?" said Murrow at the town '
        "meeting.\n\n"
        "He was seated on the stage beside Ada Kessel, head of the farmers' union. She said the council had ignored "
        "the levy."
    )
    assert find(claims, "ignored the levy").speaker == "Ada Kessel"  # was "Tom Murrow"


def test_a_named_speaker_the_tagger_took_for_an_organisation_is_who_she_stands_for() -> None:
    claims = claims_of(
        "Mayor Tom Dunmore opened the new bridge on Friday. He did not say why Ivy Dunmore had opposed the toll.\n\n"
        '"The toll will be gone by May," he said.\n\n'
        "Ivy Dunmore, the mayor's younger sister, spoke at the ceremony too. She said the toll would ruin the "
        "market traders."
    )
    assert find(claims, "gone by May").speaker == "Tom Dunmore"
    assert find(claims, "ruin the market").speaker == "Ivy Dunmore"  # was "Tom Dunmore"


def test_whom_the_reported_clause_is_about_does_not_report_it() -> None:
    claims = claims_of(
        "Ondo Falim posted a reply on Sunday. Peter Olu walked through the valley on Monday.\n\n"
        "In a radio interview, he said Peter Olu could not have known the farmers."
    )
    assert find(claims, "could not have known").speaker == "Ondo Falim"  # was "Peter Olu"


def test_whom_a_speaker_tells_is_not_the_speaker() -> None:
    claims = claims_of(
        "Peter Olu filmed the harbour for a week. He meets an old fisherman named Tobias Kessler on the quay.\n\n"
        "He tells Peter Olu that the nets were cut on purpose."
    )
    assert find(claims, "cut on purpose").speaker == "Tobias Kessler"  # was "Peter Olu"


def test_those_the_reported_clause_is_about_together_do_not_report_it() -> None:
    claims = claims_of(
        "Ondo Falim watched the quay from the ferry. Peter Olu met Ruth Vell there.\n\n"
        "He says that Peter Olu and Ruth Vell planned the sale between them."
    )
    assert find(claims, "planned the sale").speaker == "Ondo Falim"  # was "Ruth Vell"
