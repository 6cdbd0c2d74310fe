"""The `factcheck sessions` listing: each saved session's progress, found without spaCy, as a table.

Also the extraction cache key of a corpus (`extraction_key`): the listing looks the claims up by
it, as the command line does before `open_session`. Kept apart from `session.py`, which drives a review, so
that each stays small; every name here is still importable from `factcheck.session`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import LABELS, Article, Session

if TYPE_CHECKING:
    from factcheck.store import Store


def extraction_key(articles: Sequence[Article], model: str | None) -> str:
    """The extraction cache key of these articles with this model (no spaCy import)."""
    from factcheck.pipeline import cache_key

    return cache_key(articles, model)


@dataclass(frozen=True)
class SessionSummary:
    """One session's progress for `factcheck sessions`; `total` None when its claims are not cached."""

    session: Session
    by_label: dict[str, int]
    total: int | None
    orphaned: int = 0

    @property
    def reviewed(self) -> int:
        return sum(self.by_label.values())


def summarise_session(store: Store, session: Session, model: str | None = None) -> SessionSummary:
    """Progress of a session, using the cached extraction of its corpus when it can be found (no spaCy)."""
    from factcheck.store.cache import find_cached_extraction

    verdicts = store.verdicts(session.name)
    extraction, _ = find_cached_extraction(store, session, extraction_key, model=model)
    claim_ids = None if extraction is None else {c.id for c in extraction.claims}
    counted = [v for cid, v in verdicts.items() if v.label is not None and (claim_ids is None or cid in claim_ids)]
    by_label: dict[str, int] = {label: sum(1 for v in counted if v.label == label) for label in LABELS}
    orphaned = 0 if claim_ids is None else sum(1 for cid in verdicts if cid not in claim_ids)
    return SessionSummary(session, by_label, None if claim_ids is None else len(claim_ids), orphaned)


def corpus_label(path: str) -> str:
    """A corpus path as the sessions table shows it: its name, or "bundled sample" for the sample."""
    from factcheck.locations import seeds_dir

    if Path(path).resolve() == seeds_dir().resolve():
        return "bundled sample"
    return Path(path).name


def format_sessions(summaries: Sequence[SessionSummary]) -> str:
    """The `factcheck sessions` table: name, progress, labels, analyst, last update, corpus."""
    header = ("session", "progress", "corroborated", "disputed", "unverified", "analyst", "updated", "corpus")
    rows: list[tuple[str, ...]] = [header]
    for s in summaries:
        total = f"{s.reviewed}/{s.total} reviewed" if s.total is not None else f"{s.reviewed} verdicts"
        if s.orphaned:
            total += f" (+{s.orphaned} orphaned)"
        corpus = ", ".join(corpus_label(p) for p in s.session.corpus) or "-"
        rows.append(
            (
                s.session.name,
                total,
                *(str(s.by_label.get(label, 0)) for label in LABELS),
                s.session.analyst or "-",
                s.session.updated or s.session.created or "-",
                corpus,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])) + "  " + row[-1] for row in rows
    )
