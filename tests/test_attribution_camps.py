"""Camps over claims: a pure reduce over sides and the ties the text states (no spaCy needed)."""

from __future__ import annotations

from factcheck.extract.camps import Tie, assign_camps, camps, tie_of
from factcheck.model import Claim


def claim(side: str | None) -> Claim:
    return Claim(id="c-000000000000", article="a.txt", start=0, end=1, text="x", side=side)


def test_state_body_named_with_its_party_joins_the_party() -> None:
    assert camps(["Norland", "Norland defence ministry", "Sudmark"]) == {
        "Norland": "Norland",
        "Norland defence ministry": "Norland",
        "Sudmark": "Sudmark",
    }


def test_x_run_tie_puts_a_bare_body_in_the_party_camp() -> None:
    tie = tie_of("Kessland-run port authority", "Kessland")
    assert tie == Tie("port authority", "Kessland")
    result = camps(["Kessland", "port authority", "Norland"], [tie])
    assert result["port authority"] == "Kessland"
    assert result["Norland"] == "Norland"


def test_a_body_two_camps_own_stays_apart() -> None:
    ties = [Tie("army", "Norland"), Tie("army", "Sudmark")]
    assert camps(["army", "Norland", "Sudmark"], ties)["army"] == "army"


def test_party_name_is_no_tie() -> None:
    assert tie_of("Kessland", "Kessland") is None


def test_claims_without_a_side_get_no_camp() -> None:
    claims = [claim("Norland health ministry"), claim("Norland"), claim(None)]
    assign_camps(claims)
    assert [c.camp for c in claims] == ["Norland", "Norland", None]


def test_dotted_acronyms_and_spelling_variants_are_one_camp() -> None:
    result = camps(["U.S.", "US", "Western Theatre Command", "Western Theater Command"])
    assert result["U.S."] == result["US"]
    assert result["Western Theatre Command"] == result["Western Theater Command"]


def test_ministry_of_x_named_with_its_state_speaks_for_the_state() -> None:
    from factcheck.extract.sides import party_name

    assert party_name("Kessland Ministry of Health") == "Kessland"
    assert party_name("Ministry of External Affairs") == "Ministry of External Affairs"
    assert party_name("Bank of Norland") == "Bank of Norland"
