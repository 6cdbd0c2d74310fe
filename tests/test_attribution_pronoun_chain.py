"""Who "he" stands for when a sentence names someone else: the person a sentence is about stays its subject
("He did not explain why <Other> left. But he denied ..."), and whom a reported clause is about or who is
told it is not who reports it ("he said <Name> could not have known", "he tells <Name> ..."). Invented
sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_a_pronoun_subject_keeps_its_person_past_a_name_it_mentions() -> None:
    claims = claims_of(
        "Peter Olu met the farmers in the valley on Monday. When questioned by reporters, he did not explain why "
        "Ondo Falim chose to sell the land.\n\n"
        "But he strongly denied taking any money from the farmers."
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
        'Senator Tom Murrow attacked the council on Monday. "Who is the real villain here?" said Murrow on a call '
        "with reporters.\n\n"
        "He was joined on the call by Ada Kessel, head of the farmers' union. She said the council had failed to act."
    )
    assert find(claims, "failed to act").speaker == "Ada Kessel"  # was "Tom Murrow"


def test_a_named_speaker_the_tagger_took_for_an_organisation_is_who_she_stands_for() -> None:
    claims = claims_of(
        "Governor Tom Dunmore said the levy would end in May. However, he could not explain why the rule was "
        "mentioned by Ivy Dunmore in an interview.\n\n"
        '"We have not written the law yet," he said.\n\n'
        "Ivy Dunmore, the governor's eldest daughter, noted the rule in the interview last week. She said fathers "
        "would not be covered by the levy."
    )
    assert find(claims, "law yet").speaker == "Tom Dunmore"
    assert find(claims, "fathers would not").speaker == "Ivy Dunmore"  # was "Tom Dunmore"


def test_whom_the_reported_clause_is_about_does_not_report_it() -> None:
    claims = claims_of(
        "Ondo Falim posted a reply on Sunday. Peter Olu walked through the valley on Monday.\n\n"
        "Speaking in a video, he said Peter Olu could not have known the farmers."
    )
    assert find(claims, "could not have known").speaker == "Ondo Falim"  # was "Peter Olu"


def test_whom_a_speaker_tells_is_not_the_speaker() -> None:
    claims = claims_of(
        "Peter Olu filmed the harbour for a week. He meets an old fisherman named Tobias Kessler on the quay.\n\n"
        "He tells Peter Olu he is only trying to earn enough to buy bread."
    )
    assert find(claims, "enough to buy bread").speaker == "Tobias Kessler"  # was "Peter Olu"


def test_those_the_reported_clause_is_about_together_do_not_report_it() -> None:
    claims = claims_of(
        "Ondo Falim watched the quay from the ferry. Peter Olu met Ruth Vell there.\n\n"
        "He says that Peter Olu and Ruth Vell were working together."
    )
    assert find(claims, "working together").speaker == "Ondo Falim"  # was "Ruth Vell"
