"""Suggested verdicts weigh how strongly a claim is contested, not only whether anything competes."""

from __future__ import annotations

from factcheck.link import STRONG_COMPETE, suggest_verdicts
from factcheck.model import Claim, Link


def claim(cid: str, article: str, side: str | None = None) -> Claim:
    return Claim(id=cid, article=article, start=0, end=1, text=cid, speaker=side, side=side)


def test_a_strong_competitor_makes_it_disputed_and_counts_other_sides_only() -> None:
    claims = [claim("a", "1.txt", "Union"), claim("b", "2.txt", "Management"), claim("c", "3.txt", "Union")]
    links = [
        Link("a", "b", "competes", STRONG_COMPETE + 0.2, "opposite sides"),
        Link("a", "c", "competes", STRONG_COMPETE + 0.1, "numbers differ"),
    ]
    suggest_verdicts(claims, links)
    assert claims[0].suggestion == {
        "label": "disputed",
        "reason": "disputed: 2 competing claims from 1 other side",
    }


def test_only_weak_competitors_and_other_outlets_backing_it_suggest_corroborated() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt", "Management"), claim("c", "3.txt"), claim("d", "4.txt")]
    links = [
        Link("a", "b", "competes", STRONG_COMPETE / 3, "weak"),
        Link("a", "c", "corroborates", 0.6, "same"),
        Link("a", "d", "corroborates", 0.5, "same"),
    ]
    suggest_verdicts(claims, links)
    assert claims[0].suggestion is not None
    assert claims[0].suggestion["label"] == "corroborated"
    assert claims[0].suggestion["reason"] == "corroborated: said by 3 outlets; 1 weakly competing claim"


def test_only_weak_competitors_and_no_backing_suggest_unverified() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt", "Management")]
    suggest_verdicts(claims, [Link("a", "b", "competes", STRONG_COMPETE / 2, "weak")])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: single source; 1 weakly competing claim",
    }
