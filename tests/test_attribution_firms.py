"""A firm and the bodies around it, as an invented mine collapse showed them (extractor 257, linker 76): a
spokeswoman "for the company, <Name>," speaks for the firm, not for a party named after herself; "<Name>
said" after "<Name> Mining" is the firm, opening a sentence untagged too (extractor 259); and a body of the
same trade ("the state mining authority") is not the firm's party because both names hold the word "mining".
Invented names only.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.link.parties import Parties
from factcheck.model import Claim

pytestmark = pytest.mark.slow


def corpus(*texts: str) -> list[Claim]:
    """The claims of several invented articles, read as one corpus."""
    return extract_claims([article_from_text(f"{i:03d}_mine.txt", text) for i, text in enumerate(texts)])


def claim_with(claims: list[Claim], fragment: str) -> Claim:
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}; claims: {[c.text for c in claims]}"
    return hits[0]


def test_a_spokeswoman_for_the_company_named_after_a_comma_speaks_for_the_firm() -> None:
    claims = corpus(
        "Mine owner defends rescue\n\nTarnby Mining said on Tuesday that its rescue teams reached the shaft.\n\n"
        "A spokeswoman for the company, Dana Holm, said 12 miners had been in the section at the time.\n"
    )
    claim = claim_with(claims, "12 miners had been")
    assert claim.speaker == "Dana Holm"
    assert claim.side == "Tarnby Mining"


def test_the_firms_name_without_its_trade_word_is_the_firm() -> None:
    claims = corpus(
        "Miners trapped\n\nTarnby Mining said only 12 workers were below ground.\n",
        "Warning denied\n\nOn Wednesday, Tarnby denied receiving any warning about the tunnel supports.\n",
        "Supports\n\nTarnby said it had never been told the supports were unsafe.\n",
    )
    short = claim_with(claims, "denied receiving")
    again = claim_with(claims, "never been told")
    assert again.side == "Tarnby Mining"
    full = claim_with(claims, "only 12 workers")
    assert (short.speaker or "").lower() == "tarnby"
    assert short.side == full.side == "Tarnby Mining"
    assert short.camp == full.camp


def test_a_country_is_not_joined_to_a_firm_named_after_it() -> None:
    claims = corpus(
        "Ship held\n\nKessia Shipping said the tanker was held at the port.\n",
        "Inquiry opened\n\nKessian officials said an inquiry had been opened. Kessia said the crew were safe.\n",
    )
    assert claim_with(claims, "held at the port").side == "Kessia Shipping"
    assert claim_with(claims, "crew were safe").side == "Kessian"


def test_a_body_of_the_firms_trade_is_another_party() -> None:
    parties = Parties(["Tarnby Mining", "Tarnby Mining", "state mining authority", "mining authority"])
    assert parties.of("state mining authority") != parties.of("Tarnby Mining")
    assert parties.of("mining authority") != parties.of("Tarnby Mining")


def test_two_firms_of_one_trade_are_two_parties() -> None:
    parties = Parties(["Tarnby Mining", "Holt Mining", "Tarnby"])
    assert parties.of("Tarnby Mining") != parties.of("Holt Mining")
    assert parties.of("Tarnby") == parties.of("Tarnby Mining")


def test_the_firms_short_name_opening_a_sentence_untagged_is_the_firm() -> None:
    claims = corpus(
        "Miners trapped\n\nTarnby Mining said only 12 workers were below ground.\n",
        "Warning denied\n\nTarnby denied receiving any warning about the tunnel supports.\n",
    )
    claim = claim_with(claims, "denied receiving")
    assert claim.speaker == "Tarnby"
    assert claim.side == "Tarnby Mining"


def test_a_common_noun_opening_a_sentence_is_no_firm() -> None:
    claims = corpus(
        "Miners trapped\n\nTarnby Mining said only 12 workers were below ground.\n",
        "Families wait\n\nResidents said the sirens sounded twice before dawn.\n",
    )
    claim = claim_with(claims, "sirens sounded")
    assert (claim.speaker or "").lower() == "residents"
    assert claim.side != "Tarnby Mining"


def test_a_common_noun_inside_a_sentence_is_no_firm_named_after_it() -> None:
    claims = corpus(
        "Media group\n\nNews Corporation said its papers would print the letters.\n",
        "Reports\n\nOne news account described the minister sitting glumly on the podium at the summit.\n",
    )
    claim = claim_with(claims, "sitting glumly")
    assert claim.side != "News Corporation"
