"""The analyst's corrections (edits) in the store: recorded, withdrawn, listed, like verdicts.

An edit is journalled and fsynced before the call returns, exactly as a verdict is (it goes
through `Store._commit`), numbered in the same sequence as verdict changes so that one ctrl+z
walks back through both, and kept for ever: an undo or a withdrawal is a new row, never a
rewrite. Edits are keyed by claim ids and side names, never by positions, so the same list
applies on top of every re-extraction (`factcheck.corrections` does the applying).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Correction, Edit
from factcheck.store.part import StorePart


class EditsMixin(StorePart):
    """The edit methods of `Store` (kept in their own room; they use the store's commit and clock)."""

    def record_edits(
        self,
        session: str,
        corrections: Sequence[Correction],
        *,
        analyst: str,
        updated: str | None = None,
        pending: bool = False,
        source: str = "",
    ) -> list[Edit]:
        """Record the corrections of one key press (undone together); on disk before it returns.

        `updated` keeps another analyst's time on an import; `pending` holds an imported edit back
        as a conflict (listed, applied only when kept); `source` names the file it came from.
        """
        if not corrections:
            return []
        return self._commit_edits(session, corrections, analyst=analyst, time=updated, pending=pending, source=source)

    def withdraw_edit(self, session: str, seq: int, *, analyst: str) -> Edit | None:
        """Take back an edit (a rejected link restored, an orphaned or conflicting edit dropped).

        The withdrawal is a new row, itself undone by ctrl+z. None when there is no such edit.
        """
        target = self._tables.edit(session, seq)
        if target is None or target.undo_of is not None or target.withdraws is not None:
            return None
        return self._commit_edits(session, [target.correction], analyst=analyst, withdraws=seq)[0]

    def keep_pending_edit(self, session: str, seq: int, *, analyst: str) -> list[Edit]:
        """Keep another analyst's conflicting edit: it applies from now on, and is no longer pending."""
        target = self._tables.edit(session, seq)
        if target is None or not target.pending:
            return []
        # their edit, in force now, and the pending row's withdrawal: one key press, one ctrl+z
        made = self._commit_edits(
            session, [target.correction], analyst=target.analyst, time=target.time, withdrawing=(target, analyst)
        )
        return made[:-1]

    def edits(self, session: str) -> list[Edit]:
        """Every edit row of the session, oldest first (undos and withdrawals too): the edit history."""
        return list(self._tables.edits.get(session, []))

    def active_edits(self, session: str) -> list[Edit]:
        """The edits in force, oldest first (what `factcheck.corrections.apply_edits` applies)."""
        return self._tables.active_edits(session)

    def pending_edits(self, session: str) -> list[Edit]:
        """Other analysts' imported edits that conflict with ours, still open."""
        return self._tables.pending_edits(session)

    def _commit_edits(
        self,
        session: str,
        corrections: Sequence[Correction],
        *,
        analyst: str,
        time: str | None = None,
        undo_of: int | None = None,
        withdraws: int | None = None,
        pending: bool = False,
        source: str = "",
        withdrawing: tuple[Edit, str] | None = None,
    ) -> list[Edit]:
        """Journal the rows of one key press; `withdrawing` (an edit, by whom) adds its withdrawal as the
        last row, all in one group, so that ctrl+z takes them back together."""
        now = self._clock()
        rows = self._tables.edit_rows(
            session,
            corrections,
            analyst,
            time or now,
            undo_of=undo_of,
            withdraws=withdraws,
            pending=pending,
            source=source,
        )
        corrections = list(corrections)
        if withdrawing is not None:
            edit, by = withdrawing
            (withdrawal,) = self._tables.edit_rows(session, [edit.correction], by, now, withdraws=edit.seq)
            withdrawal["seq"] = rows[-1]["seq"] + 1
            rows.append(withdrawal)
            corrections.append(edit.correction)
            for row in rows:
                row["group"] = rows[0]["seq"]
        for row, correction in zip(rows, corrections, strict=True):
            # a question edit's claims (see `Correction`): written only when there are some, so
            # other rows keep their shape and rows written before read as they did
            for name in ("value_claims", "target_claims"):
                if getattr(correction, name):
                    row[name] = list(getattr(correction, name))
                else:
                    row.pop(name, None)
        self._commit({"op": "edits", "session": session, "edits": rows, "time": now})
        found = [self._tables.edit(session, row["seq"]) for row in rows]
        return [e for e in found if e is not None]

    def _undo_edit(self, session: str, target: Edit, *, analyst: str) -> Edit:
        """Undo an edit (with the rest of its key press): one row pointing at it."""
        return self._commit_edits(session, [target.correction], analyst=analyst, undo_of=target.seq)[0]
