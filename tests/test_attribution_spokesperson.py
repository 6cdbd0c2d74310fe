"""A spokesperson of no one named speaks for the body that spoke just before (extractor 266): "The environment
agency rejected the group's figure. A spokeswoman said the samples had been taken at the wrong place." had no
side, so the agency's answer to the group stood as nobody's. Invented articles about an invented leak.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


def _sides(text: str) -> dict[str, str | None]:
    return {c.text[:24]: c.side for c in extract_claims([article_from_text("leak.txt", text)])}


def test_a_spokeswoman_after_a_body_speaks_for_it() -> None:
    sides = _sides(
        "Group disputes leak figure\n\nRiver Watch said at least 20 tonnes of chlorine had leaked into the Tarna."
        "\n\nThe regional environment agency rejected the group's figure. A spokeswoman said the samples had "
        "been taken at the wrong place.\n"
    )
    assert sides["A spokeswoman said the s"] == sides["The regional environment"] == "environment agency"


def test_a_person_speaking_in_between_leaves_her_unplaced() -> None:
    sides = _sides(
        "Group disputes leak figure\n\nThe regional environment agency rejected the group's figure. Mira "
        "Solberg, a chemist at Kessel University, said the agency was wrong. A spokeswoman said the samples "
        "had been taken at the wrong place.\n"
    )
    assert sides["A spokeswoman said the s"] is None


def test_a_spokesman_named_for_another_body_keeps_it() -> None:
    sides = _sides(
        "Leak at Kessel plant\n\nThe regional environment agency said the leak had been contained. A spokesman "
        "for Kessel General Hospital said nine workers had been treated.\n"
    )
    assert sides["A spokesman for Kessel G"] == "Kessel General Hospital"
