"""Another analyst's corrections in an import: read from the export's `edits` list, merged like verdicts.

An edit of theirs that we hold already changes nothing; one on something we have not corrected
is recorded under their name and time; one that contradicts a correction of ours (the same
claim's speaker or side, the same side's merge or camp, the same link, the same claim's
question) is kept as a pending edit, shown on the `o` screen, and applied only if the analyst
keeps it; once kept or dropped, the same edit from the same source is not asked about again.
Nothing of ours is overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.model import EDIT_KINDS, Correction, Edit

if TYPE_CHECKING:
    from factcheck.store import Store

RELATIONS = ("competes", "corroborates")


class EditsError(ValueError):
    """An `edits` row that is not one; str() names the file and the row."""


@dataclass(frozen=True)
class TheirEdit:
    """One correction read from an export, with who made it and when."""

    correction: Correction
    analyst: str
    updated: str


@dataclass
class EditsMerge:
    """What an import did with the other analyst's edits."""

    added: list[TheirEdit] = field(default_factory=list)
    identical: list[TheirEdit] = field(default_factory=list)
    conflicts: list[tuple[Edit, TheirEdit]] = field(default_factory=list)  # (ours, theirs)
    settled: list[TheirEdit] = field(default_factory=list)  # conflicting, but kept or dropped on an earlier import


def parse_edits(rows: Any, path: Path) -> list[TheirEdit]:
    """The `edits` list of a verdicts export (missing: none); EditsError names a bad row."""
    if rows is None:
        return []
    if not isinstance(rows, list):
        raise EditsError(f'{path}: "edits" must be a list')
    found = []
    for number, row in enumerate(rows, start=1):
        where = f"{path}: edit {number}"
        if not isinstance(row, dict):
            raise EditsError(f"{where}: must be an object")
        kind = row.get("kind")
        if kind not in EDIT_KINDS:
            raise EditsError(f"{where}: kind {kind!r} is not one of {', '.join(EDIT_KINDS)}")
        values = {}
        for key in ("target", "value", "analyst", "updated", "relation", "stance", "speaker"):
            value = row.get(key)
            if value is not None and not isinstance(value, str):
                raise EditsError(f"{where}: {key} must be a string")
            values[key] = value
        if not values["target"]:
            raise EditsError(f"{where}: has no target")
        if values["relation"] is not None and values["relation"] not in RELATIONS:
            raise EditsError(f"{where}: relation {values['relation']!r} is not one of {', '.join(RELATIONS)}")
        claims = {}
        for key in ("value_claims", "target_claims"):  # a question edit's questions, by claims (optional)
            ids = row.get(key) or []
            if not isinstance(ids, list) or not all(isinstance(cid, str) for cid in ids):
                raise EditsError(f"{where}: {key} must be a list of claim ids")
            claims[key] = tuple(ids)
        correction = Correction(
            kind,
            values["target"] or "",
            values["value"] or "",
            values["relation"],  # type: ignore[arg-type]
            values["stance"],
            values["speaker"],
            claims["value_claims"],
            claims["target_claims"],
        )
        found.append(TheirEdit(correction, values["analyst"] or "", values["updated"] or ""))
    return found


def edit_key(c: Correction) -> tuple[str, ...]:
    """What two corrections must share to be about the same thing (a link is about its pair, either way)."""
    if c.kind in ("reject-link", "add-link"):
        return ("link", *sorted((c.target, c.value)))
    return (c.kind, c.target)


def same_edit(a: Correction, b: Correction) -> bool:
    """Whether two corrections do the same (a link edit the same whichever claim it was made from)."""
    if a.kind in ("reject-link", "add-link"):
        return edit_key(a) == edit_key(b) and (a.kind, a.relation) == (b.kind, b.relation)
    return a == b


def merge_edits(store: Store, session: str, theirs: Sequence[TheirEdit], *, source: str) -> EditsMerge:
    """Merge their edits into a session (call inside the import's `store.batch()`)."""
    report = EditsMerge()
    ours = {edit_key(e.correction): e for e in store.active_edits(session)}
    open_ = {(e.correction, e.source) for e in store.pending_edits(session)}
    # a pending edit no longer open was kept or dropped by the analyst: the same one is not asked again
    settled = {(e.correction, e.source) for e in store.edits(session) if e.pending} - open_
    for edit in theirs:
        mine = ours.get(edit_key(edit.correction))
        if mine is not None and same_edit(mine.correction, edit.correction):
            report.identical.append(edit)
            continue
        if mine is not None:
            if (edit.correction, source) in settled:
                report.settled.append(edit)
                continue
            if (edit.correction, source) not in open_:
                store.record_edits(
                    session,
                    [edit.correction],
                    analyst=edit.analyst,
                    updated=edit.updated or None,
                    pending=True,
                    source=source,
                )
            report.conflicts.append((mine, edit))
            continue
        made = store.record_edits(
            session, [edit.correction], analyst=edit.analyst, updated=edit.updated or None, source=source
        )
        ours[edit_key(edit.correction)] = made[0]
        report.added.append(edit)
    return report
