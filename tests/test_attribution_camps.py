"""Camps over claims: a pure reduce over sides and the ties the text states (no spaCy needed)."""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.camps import Tie, assign_camps, camps, text_ties, tie_of
from factcheck.extract.claims import extract_claims
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


def test_an_office_named_for_what_it_does_is_no_office_of_its_first_word() -> None:
    from factcheck.extract.sides import party_name

    assert party_name("Stone Harbour Research Office") == "Stone Harbour Research Office"  # was "Stone"
    assert party_name("Kessland Defence Ministry") == "Kessland"
    assert party_name("Kessland Armed Forces") == "Kessland"
    assert party_name("Kessland National Police") == "Kessland"
    claims = claims_of("The leak was no accident, said Tom Reel, head of the Stone Harbour Research Office.")
    assert find(claims, "no accident").side == "Stone Harbour Research Office"  # was "Stone"


# Ties the article text states (issue 10, camps round 2): one invented sentence per tie.


def test_possessive_state_body_joins_the_state_through_its_nation_adjective() -> None:
    text = "Norland's Northern Fleet Command said the patrol boat had stayed in its own waters."
    ties = text_ties(text)
    assert Tie("Northern Fleet Command", "Norland") in ties
    result = camps(["Norlandic", "Northern Fleet Command", "Sudmarkese"], ties)
    assert result["Northern Fleet Command"] == "Norlandic"
    assert result["Sudmarkese"] == "Sudmarkese"


def test_an_outlet_joins_its_state_only_when_the_text_calls_it_state_media() -> None:
    unmarked = "Norland's Harbor Times reported that the dam held."
    assert camps(["Norland", "Harbor Times"], text_ties(unmarked))["Harbor Times"] == "Harbor Times"
    marked = "Sudmark's state-run Valley Courier said the strike was illegal."
    assert camps(["Sudmark", "Valley Courier"], text_ties(marked))["Valley Courier"] == "Sudmark"


def test_x_run_body_in_the_text_joins_x() -> None:
    ties = text_ties("The Front-controlled port authority said no ship had left.")
    assert Tie("port authority", "Front") in ties
    assert camps(["Front", "port authority"], ties)["port authority"] == "Front"


def test_body_of_a_state_joins_the_state() -> None:
    ties = text_ties("The army of Norland denied firing across the river.")
    assert Tie("army", "Norland") in ties
    assert camps(["Norland", "army", "Sudmark"], ties)["army"] == "Norland"


def test_one_body_named_with_a_party_and_a_place_joins_the_place_to_the_party() -> None:
    text = (
        "The Norlandic health ministry in the Kessland Strip said 40 people died. "
        "Kessland's health ministry later raised the toll."
    )
    ties = text_ties(text)
    assert camps(["Norlandic", "Kessland", "Sudmark"], ties)["Kessland"] == "Norlandic"
    # The place is joined only when it owns that body elsewhere: a location alone is no tie.
    alone = text_ties("The Norlandic health ministry in the Kessland Strip said 40 people died.")
    assert camps(["Norlandic", "Kessland"], alone)["Kessland"] == "Kessland"


def test_civil_conflict_a_movement_of_the_country_never_joins_its_state() -> None:
    text = (
        "Norland's army said it shelled no village. The Norland Liberation Front, a rebel movement, said the "
        "army lied. The Norlandic militia and Norland's Liberation Front denied it. The Front-run health "
        "ministry counted 30 dead; Norland's health ministry counted 3."
    )
    ties = text_ties(text)
    result = camps(["Norland", "Norland Liberation Front", "Front", "army", "health ministry"], ties)
    assert result["Norland Liberation Front"] == "Norland Liberation Front"
    assert result["Front"] != result["Norland"]
    assert result["army"] == "Norland"
    assert result["health ministry"] == "health ministry"  # two camps own it: it stays apart


@pytest.mark.slow
def test_extraction_joins_a_place_that_speaks_through_the_body_the_text_gives_a_party() -> None:
    texts = [
        "Blast at Eastport clinic kills dozens\n\nThe Norlandic health ministry in the Kessland Strip said at least "
        "40 people were killed in the blast at the clinic.\n\nThe Norlandic health ministry said the clinic had been "
        "full of patients.",
        "Clinic toll rises\n\nKessland's health ministry said on Tuesday that the death toll had risen to 60.\n\n"
        "Sudmark's army said the blast was caused by a misfired rocket.",
    ]
    articles = [article_from_text(f"{i:03d}_test.txt", text) for i, text in enumerate(texts)]
    claims = extract_claims(articles)
    toll = next(c for c in claims if "risen to 60" in c.text)
    rocket = next(c for c in claims if "misfired rocket" in c.text)
    assert toll.side == "Kessland" and toll.camp == "Norlandic"
    assert rocket.camp == "Sudmark"


def test_a_bare_body_joins_the_camp_that_owns_it_clearly_most_often() -> None:
    ties = [Tie("health ministry", "Kessland"), Tie("health ministry", "Kessland"), Tie("health ministry", "Valdor")]
    result = camps(["health ministry", "Kessland", "Valdor"], ties)
    assert result["health ministry"] == "Kessland"
    assert result["Valdor"] == "Valdor"


def test_a_bare_body_owned_once_by_each_of_two_camps_stays_apart() -> None:
    ties = [Tie("health ministry", "Kessland"), Tie("health ministry", "Valdor"), Tie("health ministry", "Norland")]
    assert camps(["health ministry", "Kessland", "Valdor", "Norland"], ties)["health ministry"] == "health ministry"


def test_a_bare_body_owned_as_often_by_two_camps_stays_apart() -> None:
    ties = [Tie("health ministry", "Kessland")] * 2 + [Tie("health ministry", "Valdor")] * 2
    assert camps(["health ministry", "Kessland", "Valdor"], ties)["health ministry"] == "health ministry"


def _one_claim(body: str, fragment: str) -> Claim:
    """The claim holding `fragment` in an invented article about a dam dispute."""
    claims = extract_claims([article_from_text("000_test.txt", f"Dam dispute\n\n{body}")])
    return next(c for c in claims if fragment in c.text)


def test_an_outlet_a_party_takes_on_by_name_is_a_side() -> None:
    reply = _one_claim(
        "The Norland water ministry accused the Harbor Times of inventing the casualty figures.\n\n"
        "The Harbor Times said it stands by its reporting on the dam collapse.",
        "stands by",
    )
    assert reply.speaker == "Harbor Times"
    assert reply.side == "Harbor Times" and reply.camp == "Harbor Times"


@pytest.mark.parametrize(
    "denial",
    [
        "The Norland water ministry denied that the dam had cracked, the Harbor Times reported.",
        "The Norland water ministry denied that the dam had cracked, according to the Harbor Times.",
        "The Norland water ministry denied that the dam had cracked, an engineer told the Harbor Times.",
    ],
)
def test_an_outlet_that_only_reports_a_denial_is_not_taken_on(denial: str) -> None:
    report = _one_claim(f"{denial}\n\nThe Harbor Times reported that 40 people died when the dam burst.", "40 people")
    assert report.speaker == "Harbor Times" and report.side is None


@pytest.mark.parametrize("name", ["Orbis", "KVN"])
def test_a_name_people_tell_things_to_is_an_outlet_not_a_party(name: str) -> None:
    report = _one_claim(
        f"A harbour pilot told {name} on Monday that the dam had cracked in March.\n\n"
        f"{name} reported that 40 people died when the dam burst on Sunday night.",
        "40 people",
    )
    assert report.speaker == name and report.side is None


def test_a_body_with_its_own_spokesman_stays_a_party_though_told_things() -> None:
    claim = _one_claim(
        "An Orbis spokesman said the dam was safe.\n\nA harbour pilot told Orbis on Monday that the dam had"
        " cracked in March.\n\nOrbis said that the dam would hold through the winter storms.",
        "hold through",
    )
    assert claim.speaker == "Orbis" and claim.side == "Orbis"


def test_an_outlet_nobody_takes_on_has_no_side() -> None:
    report = _one_claim(
        "The Norland water ministry said the dam was sound.\n\n"
        "According to the Harbor Times, 40 people died when the dam burst.",
        "40 people",
    )
    assert report.speaker == "Harbor Times" and report.side is None


def test_a_state_intelligence_service_speaks_for_its_state() -> None:
    claims = extract_claims(
        [
            article_from_text(
                "000_test.txt",
                "Sudmark ordered the dam blast, says Norland intel\n\n"
                "Norland said on Monday that Sudmark engineers had laid the charge.",
            )
        ]
    )
    headline = next(c for c in claims if "ordered the dam blast" in c.text)
    assert headline.camp == "Norland"


@pytest.mark.slow
def test_a_bare_body_takes_the_owner_its_own_article_gives() -> None:
    """Two towns' police in one corpus (an article that recalls another town's shooting): each article's
    "police" are the town that article ties them to, not the town another article names most."""
    texts = [
        "Harbour shooting\n\nA Kessport police officer shot a man near the docks on Tuesday.\n\n"
        "Police said the man had a knife. The Kessport police said the officer was on leave.",
        "Vardale protest\n\nA Vardale police officer fired at a crowd on Monday.\n\n"
        "Police said the crowd had thrown stones.\n\n"
        "The shooting came a week after a police shooting in Kessport, where police said the man had a knife.",
    ]
    articles = [article_from_text(f"{i:03d}_test.txt", text) for i, text in enumerate(texts)]
    claims = extract_claims(articles)
    knife = next(c for c in claims if c.article == "000_test.txt" and "had a knife" in c.text)
    stones = next(c for c in claims if "thrown stones" in c.text)
    assert (knife.side, knife.camp) == ("Kessport", "Kessport")
    assert (stones.side, stones.camp) == ("Vardale", "Vardale")


@pytest.mark.slow
def test_a_bare_body_of_an_article_that_names_no_owner_stays_generic() -> None:
    texts = [
        "Harbour shooting\n\nThe Kessport police said a man had been shot near the docks.\n\n"
        "The Kessport police said the officer was on leave.",
        "Veterans\n\nA former police officer and navy veteran, Tom Reel, said the hotline had failed him.",
    ]
    articles = [article_from_text(f"{i:03d}_test.txt", text) for i, text in enumerate(texts)]
    claims = extract_claims(articles)
    hotline = next(c for c in claims if "hotline" in c.text)
    assert hotline.side != "Kessport" and hotline.camp != "Kessport"


def test_no_tie_is_read_from_a_headline_in_title_case() -> None:
    text = "Governor Calls Mayor A Disgrace Over Police Remarks\n\nThe Kessport police said the mayor was wrong."
    assert text_ties(text) == [Tie("police", "Kessport", "body")]  # not "Over Police" owned by "Disgrace"


@pytest.mark.slow
@pytest.mark.parametrize("body", ["Department of Water Safety", "Ministry of Water Safety", "Water Safety Department"])
def test_a_portfolio_before_a_title_is_the_department_of_it(body: str) -> None:
    first = "Dam dispute\n\nWater Safety Secretary Ana Lusk said the sluices were shut on Monday.\n"
    second = f"Sluice row\n\nThe {body} said the sluices had been shut since Sunday.\n"
    claims = extract_claims([article_from_text("a.txt", first), article_from_text("b.txt", second)])
    lusk = next(c for c in claims if c.speaker == "Ana Lusk")
    body_claim = next(c for c in claims if "since Sunday" in c.text)
    assert lusk.side is not None and lusk.side == body_claim.side  # before: "Water Safety" and the department apart
    assert lusk.camp == body_claim.camp


@pytest.mark.slow
def test_a_portfolio_joined_to_its_department_shows_the_department() -> None:
    first = "Dam dispute\n\nWater Safety Secretary Ana Lusk said the sluices were shut on Monday.\n\n"
    first += "Water Safety Secretary Ana Lusk said the gates had held.\n"
    second = "Sluice row\n\nThe Department of Water Safety said the sluices had been shut since Sunday.\n"
    claims = extract_claims([article_from_text("a.txt", first), article_from_text("b.txt", second)])
    assert {c.side for c in claims} == {"Department of Water Safety"}  # not the bare portfolio, said more often


@pytest.mark.slow
def test_a_portfolio_held_by_a_ministry_and_a_department_is_left_alone() -> None:
    first = "Dam dispute\n\nWater Safety Secretary Ana Lusk said the sluices were shut on Monday.\n"
    second = "Sluice row\n\nThe Ministry of Water Safety said the sluices had been shut since Sunday.\n"
    third = "Gates held\n\nThe Water Safety Department said the gates had held.\n"
    texts = {"a.txt": first, "b.txt": second, "c.txt": third}
    claims = extract_claims([article_from_text(name, text) for name, text in texts.items()])
    assert next(c for c in claims if c.speaker == "Ana Lusk").side == "Water Safety"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("also", "side"),
    [("", "Norland"), ("Vardia's Defence Ministry said the border was closed. ", "ministry")],
    ids=["one-owned-ministry", "two-owners"],
)
def test_a_bare_body_is_the_one_owned_body_of_its_kind_in_the_article(also: str, side: str) -> None:
    """ "ministry spokesman <Name>" after "Norland's Interior Ministry said": the article's one ministry is
    Norland's; with a second owner's ministry in the article, which one is not told."""
    text = (
        "Ferry strike\n\nNorland's Interior Ministry said on Wednesday that the ferry had been cleared to sail. "
        + also
        + '"The crew has been paid," ministry spokesman Ivo Kern told reporters.'
    )
    claims = extract_claims([article_from_text("000_test.txt", text)])
    paid = next(c for c in claims if "crew has been paid" in c.text)
    assert paid.speaker == "Ivo Kern"
    assert paid.side == side


@pytest.mark.slow
def test_a_capitalised_state_body_before_a_role_is_the_articles_owned_body() -> None:
    """ "Government spokeswoman <Name>" in an article that says "Norland's government": the capital letter
    makes no party of its own; the body is Norland's."""
    text = (
        "Bridge survey\n\nNorland's government said on Sunday the bridge was safe. "
        "A survey confirmed the cracks were old, said Government spokeswoman Ana Soler."
    )
    claims = extract_claims([article_from_text("000_test.txt", text)])
    survey = next(c for c in claims if "survey confirmed" in c.text)
    assert survey.speaker == "Ana Soler"
    assert survey.side == "Norland"
