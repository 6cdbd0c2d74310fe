"""Who "he" stands for when a sentence names someone else: the person a sentence is about stays its subject
("He did not explain why <Other> left. But he denied ..."), and whom a reported clause is about is not who
reports it ("he said <Name> could not have known"). Invented sentences about an invented event.
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

