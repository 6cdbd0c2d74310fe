"""Verdicts in the store: a claim's label and note, set, changed or cleared, with the history of each change.

Every change is one journal line (a history entry numbered in the session's one sequence, which
edits share, so that ctrl+z walks back through both) and is on disk before the call returns: it
goes through `Store._commit`. Undo itself is `Store.undo`, as it walks verdicts and edits alike.
"""

from __future__ import annotations

from factcheck.model import LABELS, HistoryEntry, Label, Verdict
from factcheck.store.part import StorePart


class VerdictsMixin(StorePart):
    """The verdict and history methods of `Store` (kept in their own room; they use the store's commit and clock)."""

    def verdicts(self, session: str) -> dict[str, Verdict]:
        """The session's current verdicts by claim id (a copy; a claim with a note but no label has `label` None)."""
        return dict(self._tables.verdicts.get(session, {}))

    def verdict(self, session: str, claim: str) -> Verdict | None:
        """One claim's current verdict, without copying the session's whole table."""
        return self._tables.verdicts.get(session, {}).get(claim)

    def record_verdict(
        self,
        session: str,
        claim: str,
        label: Label | None,
        *,
        analyst: str,
        note: str | None = None,
        updated: str | None = None,
    ) -> Verdict | None:
        """Set (or with None clear) a claim's label; on disk before it returns; history appended.

        `note` None keeps the current note. Setting what is already there records nothing.
        `updated` is when the decision was made, when not now (an import keeps the other
        analyst's time; None or "" means now); the session's `updated` is now either way.
        Returns the verdict now held, or None when the claim has neither label nor note.
        """
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
        current = self.verdict(session, claim)
        old = (current.label, current.note) if current else (None, "")
        if (label, old[1] if note is None else note) != old:
            self._change(session, claim, label, note, analyst=analyst, time=updated or None)
        return self.verdict(session, claim)

    def set_note(
        self, session: str, claim: str, note: str, *, analyst: str, updated: str | None = None
    ) -> Verdict | None:
        """Change a claim's note and keep its label; on disk before it returns; history appended.

        `updated` as for `record_verdict`.
        """
        current = self.verdict(session, claim)
        label = current.label if current else None
        return self.record_verdict(session, claim, label, analyst=analyst, note=note, updated=updated)

    def keep_verdict(self, session: str, claim: str, *, analyst: str) -> Verdict | None:
        """Record a claim's verdict again, unchanged, by `analyst` now: a decision to keep it (over another
        analyst's), journalled as a history entry that changes nothing, so that ctrl+z can take it back."""
        current = self.verdict(session, claim)
        self._change(session, claim, current.label if current else None, None, analyst=analyst)
        return self.verdict(session, claim)

    def history(self, session: str) -> list[HistoryEntry]:
        """Every change in the session, oldest first (seq increasing)."""
        return list(self._tables.history(session))

    def _change(
        self,
        session: str,
        claim: str,
        label: Label | None,
        note: str | None,
        *,
        analyst: str,
        undo_of: int | None = None,
        time: str | None = None,
    ) -> None:
        """Journal one change of a claim's label and note (`note` None keeps it) as a history entry."""
        self._commit(self._tables.change(session, claim, label, note, analyst, self._clock(), time, undo_of))
