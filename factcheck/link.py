"""Competing and corroborating claims across articles (STUB until the linking work lands)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Claim, Link

LINKER_VERSION = "0"


def link_claims(claims: Sequence[Claim]) -> list[Link]:
    """For each claim, the claims of other sources that compete with it or back it up."""
    return []


def suggest_verdicts(claims: Sequence[Claim], links: Sequence[Link]) -> None:
    """Set each claim's `suggestion` ({label, reason}) from its links: a hint, never a verdict."""
    for claim in claims:
        claim.suggestion = {"label": "unverified", "reason": "unverified: single source"}
