"""Headline shorthand for a passive view: "<X> feared dead", "<X> reported missing", "<X> believed to have
fled" say something of X, and name nobody who holds the view. Before, X was taken for the speaker ("Dozens
of sailors" speaking). Invented sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "line",
    [
        "Dozens of sailors feared dead after ferry sinks off Varn",
        "Three sailors reported missing after Kessland ferry sinks",
        "Ferry captain believed to have fled after the sinking off Varn",
    ],
)
def test_a_bare_participle_of_a_view_names_no_speaker(line: str) -> None:
    claim = find(claims_of(line + "\n"), line[:20])
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour officials feared the ferry had sunk near the Varn estuary.", "Harbour officials"),
        ("Ivo Kern, the harbour master, reported that the ferry had sunk near Varn.", "Ivo Kern"),
        ("Port officials believe the ferry sank near the Varn estuary.", "Port officials"),
    ],
)
def test_a_view_with_its_clause_or_object_keeps_its_holder(text: str, speaker: str) -> None:
    assert find(claims_of(text + "\n"), text[:20]).speaker == speaker
