"""A subject after an aside between dashes or brackets: the parser can hang the aside's last words on the
subject ("... easily - a familiar boast - others say"), and the speaker read "familiar boast others". The
speaker's words begin after the dash; a hyphen inside a name, with no space beside it, stays. Invented
sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_an_aside_before_the_subject_is_not_the_speakers_name() -> None:
    text = (
        "While some residents say the mayor would win the vote easily - a familiar boast - others say he has "
        "never been weaker.\n"
    )
    claim = find(claims_of(text), "While some residents")
    assert claim.speaker is not None and "boast" not in claim.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Senior Varga-Kern engineers said the dam at Orsk had cracked on Monday night.",
        "The Varga-Kern commission said the dam at Orsk had cracked on Monday night.",
    ],
)
def test_a_hyphen_inside_a_name_stays(text: str) -> None:
    speaker = find(claims_of(text + "\n"), text[:20]).speaker
    assert speaker is not None and "Varga" in speaker and "Kern" in speaker


def test_a_bracketed_tag_before_the_subject_is_not_the_speakers_name() -> None:
    text = "(Update) Harbour officials said the ferry had sunk near the Varn estuary on Sunday.\n"
    assert find(claims_of(text), "Harbour officials").speaker == "Harbour officials"
