"""A body whose name opens with a plural possessive and has more words before its head ("the Workers'
Solidarity Front") is one party under its whole name, whoever names it; and "the front" after it is that
body, as "the union" is the union named before (extractor 262). Invented names only.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.extract.camps import camps, text_ties

pytestmark = pytest.mark.slow

STORY = (
    "The Workers' Solidarity Front called a march through Orvale on Saturday. Organisers from the Workers' "
    "Solidarity Front said 80,000 people took part.\n\n"
    '"This is the biggest march Orvale has seen in years," said Mara Tesk, a spokeswoman for the front.\n\n'
    "The front denied that its members had thrown stones at the police.\n"
)


def test_every_form_of_the_front_is_one_side() -> None:
    claims = claims_of(STORY)
    sides = {find(claims, fragment).side for fragment in ("80,000", "biggest march", "thrown stones")}
    assert sides == {"Workers' Solidarity Front"}


def test_the_front_named_only_before_is_who_speaks() -> None:
    claims = claims_of(
        "Police clashed with members of the Workers' Solidarity Front in Orvale on Saturday. The front denied "
        "that its members had thrown stones at the police.\n"
    )
    claim = find(claims, "thrown stones")
    assert (claim.speaker, claim.side) == ("Workers' Solidarity Front", "Workers' Solidarity Front")


def test_a_possessive_of_a_country_still_owns_its_front() -> None:
    claims = claims_of("Norland's Popular Front said the Orvale march was peaceful.\n")
    assert find(claims, "march was peaceful").side == "Norland"


@pytest.mark.parametrize("name", ["Norland Liberation Movement", "Norland Workers' Front", "Norland Resistance"])
def test_a_movement_named_after_its_country_is_no_body_of_its_state(name: str) -> None:
    """A civil conflict's two parties stay apart: "<Country> Liberation Movement" is no body of <Country>'s
    state, as "<Country> defence ministry" is (262: "front" is a group noun now, and "movement", "resistance"
    and their like never split off an owner)."""
    text = f"Norland's army said it shelled no village. The {name}, a rebel group, said the army lied."
    result = camps(["Norland", name, "army", "Norland defence ministry"], text_ties(text))
    assert result[name] == name
    assert result["army"] == result["Norland defence ministry"] == "Norland"
