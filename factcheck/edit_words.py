"""The analyst's corrections in words and lists, for the screens and the command line.

`describe_edit` says an edit in a few words (notices, the `o` screen, the history, `factcheck
import`); `side_registry` and `camp_registry` list the sides and camps an extraction holds (the
sides screen, completion). Plain functions over the model, kept apart from `corrections.py`,
which applies the edits; all are still importable from `factcheck.corrections`.
"""

from __future__ import annotations

from collections import Counter

from factcheck.model import Edit, Extraction


def side_registry(extraction: Extraction) -> list[tuple[str, int]]:
    """Every side in the extraction with its claim count, most claims first (completion, sides screen)."""
    counts = Counter(c.side for c in extraction.claims if c.side)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))


def camp_registry(extraction: Extraction) -> dict[str, str]:
    """Each side's camp, where one is known (the most common camp among the side's claims)."""
    found: dict[str, Counter[str]] = {}
    for claim in extraction.claims:
        if claim.side and claim.camp:
            found.setdefault(claim.side, Counter())[claim.camp] += 1
    return {side: camps.most_common(1)[0][0] for side, camps in found.items()}


def describe_edit(edit: Edit) -> str:
    """An edit in a few words, for notices, the `o` screen and the history ("side of c-… → Norland Army")."""
    value = edit.value or "none"
    if edit.kind in ("speaker", "side"):
        scope = f" (every claim by {edit.speaker})" if edit.speaker else ""
        return f"{edit.kind} of {edit.target} → {value}{scope}"
    if edit.kind == "merge-sides":
        return f"side {edit.target} merged into {value}"
    if edit.kind == "camp":
        return f"side {edit.target} moved to camp {edit.value or '(its own)'}"
    if edit.kind == "reject-link":
        return f"link {edit.target} – {edit.value} rejected"
    if edit.kind == "add-link":
        word = "corroborating" if edit.relation == "corroborates" else "competing"
        return f"{edit.target} linked to {edit.value} as {word}"
    if edit.target.startswith("q-"):
        return f"question {edit.target} merged into {value}"
    return f"{edit.target} in question {value}" + (f" ({edit.stance})" if edit.stance else "")
