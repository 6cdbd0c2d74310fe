"""A body named with a plural possessive ("the Kessland Workers' Front", "the Farmers' Union") is one name. The
tagger cuts it in two ("Kessland Workers'" and "Front"), and the body spoke as "Kessland Workers Front" for a
side "Kessland Workers", its own owner. Invented sentences about an invented march.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.camps import carry_generic_sides
from factcheck.extract.claims import extract_claims
from factcheck.model import Claim

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kessland Workers' Front said on Sunday that police had fired tear gas at the marchers.",
            "Kessland Workers' Front",
        ),
        (
            "The Varn Farmers' Union said on Sunday that the new labour law would ruin small farms.",
            "Varn Farmers' Union",
        ),
    ],
)
def test_a_name_with_a_plural_possessive_is_one_name(text: str, name: str) -> None:
    claim = find(claims_of(text + "\n"), text[:20])
    assert (claim.speaker, claim.side) == (name, name)


def test_a_body_a_country_owns_keeps_its_owner() -> None:
    text = "Kessland's Labour Front said on Sunday that the new law would be withdrawn.\n"
    claim = find(claims_of(text), "Labour Front")
    assert claim.side == "Kessland"


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # untagged, the body spoke as "Workers's Front" for no one
        (
            "The Workers' Front rejected the offer on Sunday, saying the mills must pay the old wage.",
            "Workers' Front",
            "Workers' Front",
        ),
        # a role or a person "from" / "of" the body spoke for "Front"
        (
            "Organisers from the Workers' Front said 12,000 people joined the march through Orsk.",
            "Organisers",
            "Workers' Front",
        ),
        ("Dana Velk of the Workers' Front said the police figure was far too low.", "Dana Velk", "Workers' Front"),
        # tagged a work of art, the body spoke as "Dockers Union"
        (
            "The Velm Dockers' Union said the arrests at the port were far more numerous than the police said.",
            "Velm Dockers' Union",
            "Velm Dockers' Union",
        ),
    ],
)
def test_a_plural_possessive_name_is_whole_as_a_speaker_and_as_an_affiliation(
    text: str, speaker: str, side: str
) -> None:
    claim = find(claims_of(text + "\n"), text[:20])
    assert (claim.speaker, claim.side) == (speaker, side)


def test_the_bodys_short_forms_across_articles_are_one_camp() -> None:
    text = (
        "The Kessland Workers' Front said on Saturday that 12,000 people had joined the march.\n\n"
        "The Workers' Front rejected the police count of 3,000 as far too low.\n\n"
        '"Not one mill in Orsk is working today," the Front said in a statement.\n'
    )
    claims = claims_of(text)
    camps = {find(claims, start).camp for start in ("The Kessland", "The Workers'", '"Not one mill')}
    assert camps == {"Kessland Workers' Front"}


def _article(text: str) -> list[Claim]:
    """The claims of one invented article whose first line is its headline."""
    return extract_claims([article_from_text("ledger.txt", text)])


# An invented factory fire: a headline that names the union by its head word alone, then the union in full.
TOLL_STORY = (
    "Union says 14 died in Tarn factory blaze, not nine\n\n"
    "The death toll from Thursday's fire at a Tarn garment factory is at least 14, the Tarn Garment Workers'"
    " Union said on Friday, disputing the official count of nine.\n\n"
)


def test_a_bare_head_word_is_the_one_body_its_article_names_so() -> None:
    # the headline's "Union" and "the union's secretary" stood as a camp "union" of their own
    text = (
        TOLL_STORY
        + '"We have the names of 14 colleagues who did not come home," said Ria Dost, the union\'s secretary.\n'
    )
    claims = _article(text)
    camps = {find(claims, start).camp for start in ("Union says", "The death toll", '"We have')}
    assert camps == {"Tarn Garment Workers' Union"}


def test_a_bare_head_word_stays_its_own_where_the_article_names_two_such_bodies() -> None:
    text = TOLL_STORY + "The Orsk Textile Union said on Friday that its members would strike in support of them.\n"
    camp = find(_article(text), "Union says").camp
    assert camp not in ("Tarn Garment Workers' Union", "Orsk Textile Union")


def test_a_bare_head_word_someone_owns_is_not_the_articles_body() -> None:
    union = "Tarn Garment Workers' Union"
    named = Claim("c-1", "ledger.txt", 0, 54, "The Tarn Garment Workers' Union said 14 workers died.", union, union)
    owned = Claim("c-2", "ledger.txt", 56, 106, "Ivo Kern's union said the count was far too high.", "union", "union")
    bare = Claim("c-3", "ledger.txt", 108, 150, "The union said the count was far too high.", "union", "union")
    named.camp, owned.camp, bare.camp = union, "union", "union"
    carry_generic_sides([named, owned, bare], {"ledger.txt": ""}, {})
    assert (owned.camp, bare.camp) == ("union", union)  # "<Name>'s union" is <Name>'s, whichever the article names
