"""A body named with a plural possessive ("the Kessland Workers' Front", "the Farmers' Union") is one name. The
tagger cuts it in two ("Kessland Workers'" and "Front"), and the body spoke as "Kessland Workers Front" for a
side "Kessland Workers", its own owner. Invented sentences about an invented march.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kessland Workers' Front said on Sunday that police had fired tear gas at the marchers.",
         "Kessland Workers' Front"),
        ("The Varn Farmers' Union said on Sunday that the new labour law would ruin small farms.",
         "Varn Farmers' Union"),
    ],
)
def test_a_name_with_a_plural_possessive_is_one_name(text: str, name: str) -> None:
    claim = find(claims_of(text + "\n"), text[:20])
    assert (claim.speaker, claim.side) == (name, name)


def test_a_body_a_country_owns_keeps_its_owner() -> None:
    text = "Kessland's Labour Front said on Sunday that the new law would be withdrawn.\n"
    claim = find(claims_of(text), "Labour Front")
    assert claim.side == "Kessland"
