"""Sides an invented seizure at sea showed missing (extractor 251): a coastguard or troops owned by a country,
a firm's chief executive, a country the tagger took for a person, "the company" after the firm was named,
and a country's coastguard where the claims call the country by its people's adjective; two reports a
semicolon parts (252); "the group" its article named (253). Invented names only.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.model import Claim

pytestmark = pytest.mark.slow


def corpus(*texts: str) -> list[Claim]:
    """The claims of several invented articles, read as one corpus."""
    return extract_claims([article_from_text(f"{i:03d}_sea.txt", text) for i, text in enumerate(texts)])


def test_a_countrys_coastguard_and_troops_speak_for_the_country() -> None:
    claims = claims_of(
        "Norland's coastguard said on Tuesday it had seized the tanker inside its waters.\n\n"
        "Norland's troops said they had boarded the ship at dawn."
    )
    assert find(claims, "seized the tanker").side == "Norland"  # was no side
    assert find(claims, "boarded the ship").side == "Norland"  # was no side


def test_a_spokeswoman_for_a_peoples_coastguard_speaks_for_that_people() -> None:
    claims = claims_of("A spokeswoman for the Norlandic coastguard, Mira Ensk, said the tanker hid its position.")
    assert find(claims, "hid its position").side == "Norlandic"  # was no side


@pytest.mark.parametrize(
    "sentence",
    [
        "Brannock Shipping's chief executive, Tomas Greer, rejected that account of the voyage.",
        "Tomas Greer, Brannock Shipping's chief executive, rejected that account of the voyage.",
        "Brannock Shipping chief executive Tomas Greer rejected that account of the voyage.",
    ],
)
def test_a_firms_chief_executive_speaks_for_the_firm(sentence: str) -> None:
    claim = find(claims_of(sentence), "account of the voyage")
    assert claim.speaker == "Tomas Greer"
    assert claim.side == "Brannock Shipping"  # was no side: "executive" was no role


def test_the_company_is_the_one_firm_its_article_named() -> None:
    claims = claims_of(
        "The tanker's owner, Brannock Shipping, said the ship was in international waters.\n\n"
        '"Our vessel was 19 miles offshore," the company said in a statement.'
    )
    assert find(claims, "19 miles offshore").side == "Brannock Shipping"  # was "company"


def test_the_company_of_an_article_naming_two_firms_is_neither() -> None:
    claims = claims_of(
        "Brannock Shipping said the ship was in international waters.\n\n"
        "Orr Logistics said the cargo had been declared.\n\n"
        '"Our vessel was 19 miles offshore," the company said in a statement.'
    )
    assert find(claims, "19 miles offshore").side not in ("Brannock Shipping", "Orr Logistics")


def test_a_country_the_tagger_took_for_a_person_speaks_as_the_country() -> None:
    claims = corpus(
        "Tanker seized at sea\n\nOstrava's foreign ministry said the tanker was boarded on the high seas.",
        "Ostrava says tanker seized on high seas\n\nOstrava says the crew of 21 is held without charge.",
    )
    held = find(claims, "without charge")
    assert held.speaker == "Ostrava"
    assert held.side == "Ostrava"  # was no side: a person named Ostrava


def test_a_surname_the_corpus_gives_a_person_stays_a_person() -> None:
    claims = corpus(
        "Tanker seized at sea\n\nOstrava's foreign ministry said the tanker was boarded on the high seas.",
        "Crew held\n\nAna Ostrava, a lawyer for the crew, said they were held without charge.\n\n"
        "Ostrava said the sailors had not seen a judge.",
    )
    assert find(claims, "seen a judge").speaker == "Ana Ostrava"


def test_a_countrys_coastguard_joins_the_camp_of_its_peoples_adjective() -> None:
    claims = corpus(
        "Tanker seized\n\nA Veldrian government spokesman said the crew were being treated well.",
        "Tanker seized\n\nVeldria's coastguard said on Tuesday it had seized the tanker inside its waters.\n\n"
        "The coastguard said the ship had switched off its beacon.",
    )
    spokesman = find(claims, "treated well")
    assert find(claims, "switched off its beacon").camp == spokesman.camp  # was "Veldria" beside "Veldrian"
    assert find(claims, "inside its waters").camp == spokesman.camp


def test_two_reports_a_semicolon_parts_are_two_claims() -> None:
    claims = claims_of("The city hospital says three people died; the opposition puts the toll at seven.")
    hospital, opposition = find(claims, "three people died"), find(claims, "toll at seven")
    assert hospital.speaker == "city hospital"  # was the opposition's, with the hospital's figure
    assert "seven" not in hospital.text
    assert opposition.speaker == "opposition"
    assert "three" not in opposition.text


def test_a_semicolon_before_an_elliptical_figure_or_inside_a_report_cuts_nothing() -> None:
    short = claims_of("Officials say 23 sailors were detained; the union says 21.")
    assert "21" in find(short, "23 sailors").text  # "the union says 21" is no claim of its own
    inside = claims_of("The mayor said the bridge was safe; it had been inspected in May by two engineers.")
    assert find(inside, "bridge was safe").speaker == "mayor"
    assert "inspected in May" in find(inside, "bridge was safe").text


def test_the_group_is_the_body_its_article_calls_a_group() -> None:
    claims = claims_of(
        "Rights group Open Lantern said it had found spent cartridges near the square.\n\n"
        'The group\'s director, Nina Sol, said the cartridges "leave no doubt" that live rounds were fired.'
    )
    assert find(claims, "leave no doubt").side == "Open Lantern"  # was "group"


def test_a_body_named_in_apposition_as_a_group_is_the_group() -> None:
    claims = claims_of(
        "Open Lantern, a monitoring group based in Kessport, said it had counted 40 arrests.\n\n"
        "The group said its observers were turned away at the gate."
    )
    assert find(claims, "turned away").side == "Open Lantern"  # was "Norland", the headline's place


def test_the_group_of_an_article_naming_two_groups_is_neither() -> None:
    claims = claims_of(
        "Rights group Open Lantern said it had found spent cartridges near the square.\n\n"
        "Monitoring group Clear Gate said it had counted 40 arrests.\n\n"
        "The group's director, Ana Vik, said its observers were turned away at the gate."
    )
    assert find(claims, "turned away").side not in ("Open Lantern", "Clear Gate")
