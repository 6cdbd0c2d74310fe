"""Which sentences are claims worth a verdict, on invented sentences about an invented dam.

Seen on an unseen FNC-1 story: "However, it turned out the pope had not made the comment", the
denial the story turns on, scored below the claim bar (no name, no figure in it).
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "However, it turned out the mayor had not made the comment.",
        "It later emerged that the dam had never been inspected.",
        "It has since been revealed that the gates were left open.",
    ],
)
def test_a_finding_that_turns_a_story_is_a_claim(sentence: str) -> None:
    claims = claims_of(f"The mayor said the dam would be closed for a month.\n\n{sentence}")
    assert any(sentence[:25] in c.text for c in claims), [c.text for c in claims]


@pytest.mark.parametrize("sentence", ["That turned out to be harder than expected.", "It emerged from the fog."])
def test_a_turn_of_phrase_with_no_finding_is_no_claim(sentence: str) -> None:
    claims = claims_of(f"The mayor said the dam would be closed for a month.\n\n{sentence}")
    assert not any(sentence[:12] in c.text for c in claims)
