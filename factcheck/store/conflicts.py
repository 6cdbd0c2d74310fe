"""Conflicts in the store: another analyst's differing verdict, from `factcheck import`, kept until settled.

One conflict per (claim, source); adding it again replaces and reopens it. Resolving one records
how (mine, theirs, both), by whom, and the history entry that settled it, so that undoing that
entry reopens the conflict (`Tables` does the reopening). Every change goes through `Store._commit`.
"""

from __future__ import annotations

from dataclasses import asdict

from factcheck.model import Verdict
from factcheck.store.part import StorePart


class ConflictsMixin(StorePart):
    """The conflict methods of `Store` (kept in their own room; they use the store's commit, clock and verdicts)."""

    def verdict(self, session: str, claim: str) -> Verdict | None:  # provided by Store's VerdictsMixin
        raise NotImplementedError

    def add_conflict(self, session: str, theirs: Verdict, *, source: str) -> None:
        """Keep another analyst's verdict that differs from ours, to adjudicate later.

        One conflict per (claim, source): adding it again replaces it and reopens it.
        """
        self._commit(
            {
                "op": "conflict",
                "session": session,
                "source": source,
                "theirs": asdict(theirs),
                "time": self._clock(),
            }
        )

    def conflicts(self, session: str) -> list[tuple[Verdict | None, Verdict, str]]:
        """Open conflicts as (ours, theirs, source)."""
        found = self._tables.conflicts.get(session, {}).values()
        return [(self.verdict(session, c.theirs.claim), c.theirs, c.source) for c in found if not c.resolved]

    def settled_conflicts(self, session: str) -> dict[tuple[str, str], Verdict]:
        """Their verdicts in conflicts already settled, by (claim, source): importing the same verdict
        again asks nothing new (a changed one is a new conflict)."""
        found = self._tables.conflicts.get(session, {}).values()
        return {(c.theirs.claim, c.source): c.theirs for c in found if c.resolved}

    def resolve_conflict(
        self, session: str, claim: str, *, choice: str = "", analyst: str = "", change: int | None = None
    ) -> None:
        """Close the conflict on a claim; `choice` (mine, theirs, both) and `analyst` are kept for the record.

        `change` is the history entry (its seq) that settled it: undoing that entry reopens the conflict.
        """
        open_ = [c for c in self._tables.conflicts.get(session, {}).values() if c.theirs.claim == claim]
        if any(not c.resolved for c in open_):
            entry = {"op": "resolve", "session": session, "claim": claim, "time": self._clock()}
            self._commit({**entry, "choice": choice, "analyst": analyst, "change": change} if choice else entry)

    def resolutions(self, session: str) -> dict[str, tuple[str, str]]:
        """How each resolved conflict was settled, by claim: (choice, analyst); older ones have ("", "")."""
        found = self._tables.conflicts.get(session, {}).values()
        return {c.theirs.claim: (c.choice, c.resolved_by) for c in found if c.resolved}
