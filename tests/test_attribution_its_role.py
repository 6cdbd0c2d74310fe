"""Whose "its spokesman" is (extractor 258): the body the sentence before is about, as wire copy writes it
("<Country>'s interior ministry issued a statement. Its spokesman, <Name>, said ..."). A person, a family or
a name that may be a person's just before is not such a body, and nor is one named far back. A generic group
named by its members ("the farmers' alliance") is such a body (extractor 260). Invented names only.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_its_spokesman_named_after_a_comma_speaks_for_the_ministry_before() -> None:
    claims = claims_of(
        "Veldria's interior ministry issued a statement on Monday.\n\n"
        "Its spokesman, Tor Alden, said the bridge had been reopened.\n"
    )
    claim = find(claims, "bridge had been reopened")
    assert claim.speaker == "Tor Alden"
    assert claim.side == "Veldria"


def test_its_commander_speaks_for_the_navy_that_spoke_before() -> None:
    claims = claims_of(
        "The Ostravan navy said its ships had left the strait. Its commander said no shots were fired.\n"
    )
    assert find(claims, "no shots were fired").side == "Ostravan"


def test_their_spokeswoman_speaks_for_the_alliance_before() -> None:
    claims = claims_of("The rebel alliance rejected the account. Their spokeswoman said the bridge was still closed.\n")
    assert find(claims, "still closed").side == "rebel alliance"


def test_its_chief_executive_speaks_for_the_firm_the_tagger_took_for_a_person() -> None:
    claims = claims_of(
        "Dalmark Shipping owns the tanker. Its chief executive, Ivo Ren, said the ship would sail on Friday.\n"
    )
    claim = find(claims, "ship would sail")
    assert claim.speaker == "Ivo Ren"
    assert claim.side == "Dalmark Shipping"


def test_their_lawyer_after_people_is_nobodys_body() -> None:
    claims = claims_of(
        "Veldria's interior ministry issued a statement on Monday. The families met the mayor on Friday.\n\n"
        "Their lawyer, Ana Kell, said the talks had failed.\n"
    )
    claim = find(claims, "talks had failed")
    assert claim.speaker == "Ana Kell"
    assert claim.side is None


def test_its_spokesman_far_from_any_body_takes_no_side() -> None:
    filler = " ".join(f"Rain fell on the hills on day {n} and the roads stayed wet." for n in range(1, 9))
    claims = claims_of(
        f"Veldria's interior ministry issued a statement on Monday.\n\n{filler}\n\n"
        "Its spokesman, Tor Alden, said the bridge had been reopened.\n"
    )
    assert find(claims, "bridge had been reopened").side is None


def test_its_president_after_the_verb_is_not_the_body_of_the_sentence_before() -> None:
    claims = claims_of(
        "Each committee is working to raise more money. Veldria's port authority closed the harbour.\n\n"
        "The host committee in Port Lund has raised 12 million dollars, said Ivo Brask, its president.\n"
    )
    side = find(claims, "12 million dollars").side or ""
    assert "port" not in side.lower()
    assert side != "Veldria"


def test_a_generic_group_named_by_its_members_is_a_body() -> None:
    claims = claims_of(
        "The Lower Kessa farmers' alliance rejected the account. Their spokeswoman said three villages were "
        "under water by noon.\n"
    )
    assert find(claims, "rejected the account").side == "farmers' alliance"
    assert find(claims, "under water").side == "farmers' alliance"


def test_a_group_owned_by_a_person_is_not_named_by_members() -> None:
    claims = claims_of("Ivo Kern's group said the dam was safe and the gates were opened in time.\n")
    assert "'" not in (find(claims, "dam was safe").side or "")
