"""A name the sentence speaks of as a thing is no person ("<Firm>, which owns four mills, said"), nor one that
ends as only a firm's name does ("<Name> Apparel", "<Name> Ltd"); a person
"of the <Town> police" speaks for the police as a police officer does, and one "who leads the dockers' union"
for the union. Invented sentences about an invented strike.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_a_name_described_with_which_is_a_body_that_speaks_for_itself() -> None:
    # the tagger took the firm for a person, and a person of no party spoke for no one
    text = "Orsk Textiles, which owns four of the mills, said the strike had no support among its staff.\n"
    claim = find(claims_of(text), "Orsk Textiles")
    assert (claim.speaker, claim.side) == ("Orsk Textiles", "Orsk Textiles")


def test_a_person_described_with_who_stays_a_person() -> None:
    text = "Mira Hollan, who runs four of the mills, said the strike had no support among her staff.\n"
    claim = find(claims_of(text), "Mira Hollan")
    assert (claim.speaker, claim.side) == ("Mira Hollan", None)


def test_a_person_of_a_towns_police_speaks_for_the_police() -> None:
    text = (
        '"The march passed off peacefully and around 3,000 people attended," said Inspector Tomas Rell'
        " of the Orsk police.\n"
    )
    claim = find(claims_of(text), "passed off")
    assert claim.speaker == "Tomas Rell"
    assert claim.side == "Orsk"  # the police's own camp, as "Police said" in an article that names the Orsk police


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Sela Mirr, who leads the Velm Dockers' Union, said more than 200 members had been arrested.",
            "Velm Dockers' Union",
        ),
        ("Sela Mirr, who heads the dockers' union, said more than 200 members had been arrested.", "dockers union"),
        ("Sela Mirr, who runs a bakery by the port, said more than 200 dockers had been arrested.", None),
        ("Sela Mirr, who runs a small shipping company, said more than 200 dockers had been arrested.", None),
        ("Sela Mirr, who led the Velm Dockers' Union until 2019, said more than 200 members had been arrested.", None),
    ],
)
def test_a_person_who_leads_a_body_speaks_for_it(text: str, side: str | None) -> None:
    claim = find(claims_of(text + "\n"), "Sela Mirr")
    assert (claim.speaker, claim.side) == ("Sela Mirr", side)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Brisk Apparel said the fire started in the cutting room after a short circuit.", "Brisk Apparel"),
        ("The factory's owner, Brisk Apparel, blamed an electrical fault in the cutting room.", "owner"),
    ],
)
def test_a_name_that_ends_as_a_firms_does_is_the_firm(text: str, fragment: str) -> None:
    # tagged a person's name, the firm spoke for no one (or the owner's role spoke for it)
    claim = find(claims_of(text + "\n"), fragment)
    assert (claim.speaker, claim.side) == ("Brisk Apparel", "Brisk Apparel")
