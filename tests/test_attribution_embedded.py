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
    ],
)
def test_a_party_reporting_inside_a_clause_of_the_outlets_sentence_is_its_speaker(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker in (find(claims_of(text), fragment).speaker or "")


def test_the_thing_a_clause_is_about_is_no_speaker() -> None:
    text = "The workers carried banners that said the dam would break before the spring floods came."
    assert find(claims_of(text), "banners").speaker is None
