"""The whole database in memory: the tables that journal entries change, snapshots, and their JSON.

Reads never touch the disk: `Tables` holds sessions, verdicts, history, conflicts and the
analyst's corrections (edits) as dataclasses. Journal entries are performed by `Tables.apply`,
the same code live and at replay.
`Tables.snapshot` takes, in shallow copies, what a fold writes; `Snapshot.encode` turns it into
TinyDB's layout (`{table: {doc_id: document}}`) a hundred rows at a time, so that a fold thread
never holds the GIL for long (see `encode_tinydb`).
"""

from __future__ import annotations

import copy
import itertools
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from operator import itemgetter
from typing import Any

from factcheck.model import EDIT_KINDS, LABELS, Correction, Edit, HistoryEntry, Label, Session, Verdict

ROWS_PER_PIECE = 100  # rows per json.dumps call when encoding a snapshot
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


class TablesError(Exception):
    """The database's contents do not have the expected shape; `too_new` for an unknown schema version."""

    def __init__(self, message: str, *, too_new: bool = False) -> None:
        super().__init__(message)
        self.too_new = too_new


@dataclass(frozen=True)
class Conflict:
    """Another analyst's differing verdict on a claim, from one source, open until resolved."""

    theirs: Verdict
    source: str
    added: str
    resolved: str | None = None
    choice: str = ""  # how it was resolved: mine, theirs or both (empty before issue 12)
    resolved_by: str = ""
    change: int | None = None  # the history entry that settled it; undoing that entry reopens it


class Tables:
    """The whole database in memory, so that reads never touch the disk.

    `apply` performs one journal entry; `from_raw` reads TinyDB's on-disk layout and `snapshot`
    takes what a fold writes back. `seq` is the last journal sequence number applied.
    History read from disk stays as checked rows until first asked for (undo, the history
    view): building ten thousand frozen dataclasses would cost the resume ~30 ms for nothing.
    """

    def __init__(self) -> None:
        self.seq = 0
        self.sessions: dict[str, Session] = {}
        self.verdicts: dict[str, dict[str, Verdict]] = {}
        self.undone: dict[str, set[int]] = {}
        self.conflicts: dict[str, dict[tuple[str, str], Conflict]] = {}
        self.edits: dict[str, list[Edit]] = {}  # every edit row, in seq order (undos and withdrawals too)
        self._edit_seq: dict[str, dict[int, Edit]] = {}
        self._history: dict[str, list[HistoryEntry]] = {}
        self._history_rows: dict[str, list[dict[str, Any]]] = {}  # from disk, older than `_history`
        self._last_seq: dict[str, int] = {}

    @classmethod
    def from_raw(cls, raw: Any, schema: str) -> Tables:
        """Build the tables from what the storage read, checking the shape and the schema version."""
        tables = cls()
        if raw is None:
            return tables
        if not isinstance(raw, dict) or not all(isinstance(t, dict) for t in raw.values()):
            raise TablesError("not a TinyDB database")
        if "meta" not in raw and not any(raw.values()):
            return tables  # an empty TinyDB file
        meta = next(iter(raw.get("meta", {}).values()), None)
        if not isinstance(meta, dict) or not isinstance(meta.get("seq", 0), int):
            raise TablesError("no valid meta record")
        _check_schema(meta.get("schema"), schema)
        tables.seq = meta.get("seq", 0)
        loaders = (
            ("sessions", tables._load_session),
            ("verdicts", tables._load_verdict),
            ("history", tables._load_history_row),
            ("conflicts", tables._load_conflict),
            ("edits", tables._load_edit_row),  # absent from databases written before corrections
        )
        for table, load in loaders:
            for doc_id, row in raw.get(table, {}).items():
                try:
                    load(row)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise TablesError(f"table {table!r}, document {doc_id}: {exc!r}") from None
        for rows in tables._history_rows.values():
            rows.sort(key=_SEQ)
        for edits in tables.edits.values():
            edits.sort(key=lambda e: e.seq)
        return tables

    def snapshot(self, schema: str) -> TablesSnapshot:
        """What a fold writes, as of now, in copies that later changes do not touch.

        Shallow copies: verdicts, history entries and conflicts are frozen and history rows read
        from disk are never changed, so copying the containers is enough (about 1 ms at 50k
        verdicts); sessions, which change in place, are copied one by one.
        """
        return TablesSnapshot(
            schema=schema,
            seq=self.seq,
            sessions=[copy.copy(s) for s in self.sessions.values()],
            verdicts=[(name, list(by.values())) for name, by in self.verdicts.items()],
            history_rows=[list(rows) for rows in self._history_rows.values()],
            history=[(name, list(entries)) for name, entries in self._history.items()],
            conflicts=[(name, list(by.values())) for name, by in self.conflicts.items()],
            edits=[(name, list(found)) for name, found in self.edits.items()],
        )

    def replay(self, entries: Iterable[dict[str, Any]]) -> list[str]:
        """Apply journal entries in seq order, skipping those the tables hold already (folded
        before a crash cut the journal, or read twice); returns what could not be applied."""
        problems = []
        for entry in sorted(entries, key=_SEQ):
            if entry["seq"] <= self.seq:
                continue
            try:
                self.apply(entry)
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(f"entry {entry['seq']} skipped ({exc!r})")
            self.seq = entry["seq"]
        return problems

    def apply(self, entry: dict[str, Any]) -> None:
        """Perform one journal entry (the same code path live and at replay)."""
        op = entry["op"]
        if op == "change":
            self._apply_change(entry["session"], entry["change"], entry.get("recorded"))
        elif op == "edits":
            for row in entry["edits"]:
                self._load_edit_row({**row, "session": entry["session"]})
            if entry["session"] in self.sessions:
                self.sessions[entry["session"]].updated = str(entry["time"])
        elif op == "session":
            self._load_session(entry["session"])
        elif op == "position":
            self.set_position(entry["session"], entry["cursor"], dict(entry["filter"]))
        elif op == "conflict":
            row = {"session": entry["session"], "source": entry["source"], "theirs": entry["theirs"]}
            self._load_conflict({**row, "added": entry["time"], "resolved": None})
        elif op == "resolve":
            by_key = self.conflicts.get(entry["session"], {})
            for key, conflict in by_key.items():
                if conflict.theirs.claim == entry["claim"] and conflict.resolved is None:
                    by_key[key] = replace(  # frozen: snapshots share them
                        conflict,
                        resolved=str(entry["time"]),
                        choice=str(entry.get("choice", "")),
                        resolved_by=str(entry.get("analyst", "")),
                        change=entry.get("change"),
                    )
        else:
            raise ValueError(f"unknown op {op!r}")

    def set_position(self, session: str, cursor: str | None, filter: dict[str, Any]) -> None:
        """Move a session's cursor and filter; KeyError when there is no such session."""
        target = self.sessions[session]
        target.cursor = cursor
        target.filter = filter

    def history(self, session: str) -> list[HistoryEntry]:
        """The session's history, oldest first (the live list: do not change it)."""
        rows = self._history_rows.pop(session, None)
        if rows is not None:
            self._history[session] = [HistoryEntry(*_HISTORY_FIELDS(r)) for r in rows] + self._history.get(session, [])
        return self._history.get(session, [])

    def change(
        self,
        session: str,
        claim: str,
        label: Label | None,
        note: str | None,
        analyst: str,
        now: str,
        time: str | None = None,
        undo_of: int | None = None,
    ) -> dict[str, Any]:
        """The journal entry of a change of a claim's label and note (`note` None keeps it).

        `time` is when the change was decided, when not `now` (an import keeps the other analyst's
        time); the entry then also says when it was `recorded`, which the session's `updated` takes.
        """
        current = self.verdicts.get(session, {}).get(claim)
        old_label, old_note = (current.label, current.note) if current else (None, "")
        new_note = old_note if note is None else note
        seq = self._last_seq.get(session, 0) + 1
        change = HistoryEntry(seq, claim, old_label, label, old_note, new_note, analyst, time or now, undo_of)
        entry: dict[str, Any] = {"op": "change", "session": session, "change": _row(change)}
        if time and time != now:
            entry["recorded"] = now
        return entry

    def undo_target(self, session: str) -> HistoryEntry | Edit | None:
        """The most recent change or edit that is neither an undo nor undone already.

        Verdicts, notes and edits share one sequence, so ctrl+z walks back through all of them.
        An imported edit held back as a conflict is not undone by ctrl+z (nothing applied it).
        """
        undone = self.undone.get(session, set())
        change = next((e for e in reversed(self.history(session)) if e.undo_of is None and e.seq not in undone), None)
        edit = next(
            (
                e
                for e in reversed(self.edits.get(session, []))
                if e.undo_of is None and not e.pending and e.seq not in undone
            ),
            None,
        )
        if change is None or (edit is not None and edit.seq > change.seq):
            return edit
        return change

    def edit_rows(
        self,
        session: str,
        corrections: Iterable[Correction],
        analyst: str,
        time: str,
        *,
        undo_of: int | None = None,
        withdraws: int | None = None,
        pending: bool = False,
        source: str = "",
    ) -> list[dict[str, Any]]:
        """The journal rows of edits made by one key press: numbered on, one `group` when several."""
        first = self._last_seq.get(session, 0) + 1
        found = list(corrections)
        group = first if len(found) > 1 else None
        rows = []
        for offset, c in enumerate(found):
            edit = Edit(
                first + offset, c.kind, c.target, c.value, analyst, time, c.relation, c.stance, c.speaker,
                group, undo_of, withdraws, pending, source,
            )  # fmt: skip
            _check_edit(edit)
            rows.append(_row(edit))
        return rows

    def edit(self, session: str, seq: int) -> Edit | None:
        """The edit row numbered `seq`, or None."""
        return self._edit_seq.get(session, {}).get(seq)

    def active_edits(self, session: str) -> list[Edit]:
        """The edits in force, oldest first: not undone, not withdrawn, not held back as a conflict."""
        undone = self.undone.get(session, set())
        rows = self.edits.get(session, [])
        withdrawn = {e.withdraws for e in rows if e.withdraws is not None and e.seq not in undone}
        return [
            e
            for e in rows
            if e.undo_of is None and e.withdraws is None and not e.pending and e.seq not in undone | withdrawn
        ]

    def pending_edits(self, session: str) -> list[Edit]:
        """Imported edits that conflict with ours and wait for the analyst (kept, never applied silently)."""
        undone = self.undone.get(session, set())
        rows = self.edits.get(session, [])
        withdrawn = {e.withdraws for e in rows if e.withdraws is not None and e.seq not in undone}
        return [e for e in rows if e.pending and e.seq not in undone | withdrawn]

    def _load_session(self, row: dict[str, Any]) -> None:
        session = Session(**{name: row[name] for name in _SESSION_FIELDS if name in row})
        session.corpus = list(session.corpus)
        session.filter = dict(session.filter or {})
        self.sessions[session.name] = session

    def _load_verdict(self, row: dict[str, Any]) -> None:
        verdict = Verdict(*_VERDICT_FIELDS(row))
        _check_labels(verdict.label)
        self.verdicts.setdefault(row["session"], {})[verdict.claim] = verdict

    def _load_history_row(self, row: dict[str, Any]) -> None:
        """Check a history row now (a bad one is a corrupt database) and keep it to build on demand."""
        seq, _, old_label, new_label, *_, undo_of = _HISTORY_FIELDS(row)
        if not isinstance(seq, int) or not (undo_of is None or isinstance(undo_of, int)):
            raise ValueError(f"bad seq {seq!r} or undo_of {undo_of!r}")
        _check_labels(old_label, new_label)
        session = row["session"]
        self._history_rows.setdefault(session, []).append(row)
        self._note_seq(session, seq, undo_of)

    def _note_seq(self, session: str, seq: int, undo_of: int | None) -> None:
        self._last_seq[session] = max(seq, self._last_seq.get(session, 0))
        if undo_of is not None:
            self.undone.setdefault(session, set()).add(undo_of)

    def _apply_change(self, session: str, change: dict[str, Any], recorded: str | None) -> None:
        """Perform a change; the session's `updated` is when it was recorded (an import keeps the
        other analyst's time on the verdict, but the session was changed now)."""
        entry = HistoryEntry(*_HISTORY_FIELDS(change))
        _check_labels(entry.old_label, entry.new_label)
        self._history.setdefault(session, []).append(entry)
        self._note_seq(session, entry.seq, entry.undo_of)
        by_claim = self.verdicts.setdefault(session, {})
        if entry.new_label is None and not entry.new_note:
            by_claim.pop(entry.claim, None)
        else:
            label: Any = entry.new_label  # None with a note: a note on a claim not yet labelled
            by_claim[entry.claim] = Verdict(entry.claim, label, entry.new_note, entry.analyst, entry.time)
        if session in self.sessions:
            self.sessions[session].updated = recorded or entry.time
        if entry.undo_of is not None:  # undoing the change that settled a conflict reopens it
            by_key = self.conflicts.get(session, {})
            for key, conflict in by_key.items():
                if conflict.resolved and conflict.change == entry.undo_of:
                    by_key[key] = replace(conflict, resolved=None, choice="", resolved_by="", change=None)

    def _load_edit_row(self, row: dict[str, Any]) -> None:
        """An edit row (from disk or the journal); an undo marks its target, with its whole group, undone."""
        values = {name: row[name] for name in _FIELDS[Edit] if name in row}
        edit = Edit(**values)
        _check_edit(edit)
        session = row["session"]
        self.edits.setdefault(session, []).append(edit)
        self._edit_seq.setdefault(session, {})[edit.seq] = edit
        self._note_seq(session, edit.seq, edit.undo_of)
        target = self.edit(session, edit.undo_of) if edit.undo_of is not None else None
        if target is not None and target.group is not None:
            undone = self.undone.setdefault(session, set())
            undone.update(e.seq for e in self.edits[session] if e.group == target.group)

    def _load_conflict(self, row: dict[str, Any]) -> None:
        theirs = Verdict(*_VERDICT_FIELDS(row["theirs"]))
        _check_labels(theirs.label)
        key = (theirs.claim, str(row["source"]))
        conflict = Conflict(
            theirs,
            key[1],
            str(row.get("added", "")),
            row.get("resolved") or None,
            str(row.get("choice", "")),
            str(row.get("resolved_by", "")),
            row.get("change"),
        )
        by_key = self.conflicts.setdefault(row["session"], {})
        by_key.pop(key, None)  # re-adding moves it to the end, as the newest
        by_key[key] = conflict


@dataclass
class TablesSnapshot:
    """The tables as of one moment (see `Tables.snapshot`), ready to be encoded on another thread."""

    schema: str
    seq: int
    sessions: list[Session]
    verdicts: list[tuple[str, list[Verdict]]]
    history_rows: list[list[dict[str, Any]]]
    history: list[tuple[str, list[HistoryEntry]]]
    conflicts: list[tuple[str, list[Conflict]]]
    edits: list[tuple[str, list[Edit]]]

    def tables(self) -> list[tuple[str, Iterable[dict[str, Any]]]]:
        """(table name, rows) in TinyDB's order; the rows are built as they are iterated."""
        history = itertools.chain(
            itertools.chain.from_iterable(self.history_rows),
            (_row(e, name) for name, entries in self.history for e in entries),
        )
        conflicts = (
            {
                "session": name,
                "source": c.source,
                "theirs": _row(c.theirs),
                "added": c.added,
                "resolved": c.resolved,
                **({"choice": c.choice, "resolved_by": c.resolved_by, "change": c.change} if c.choice else {}),
            }
            for name, found in self.conflicts
            for c in found
        )
        return [
            ("meta", [{"schema": self.schema, "seq": self.seq}]),
            ("sessions", (_row(s) for s in self.sessions)),
            ("verdicts", (_row(v, name) for name, found in self.verdicts for v in found)),
            ("history", history),
            ("conflicts", conflicts),
            ("edits", (_row(e, name) for name, found in self.edits for e in found)),
        ]

    def encode(self, *, pause: float = 0.0) -> list[bytes]:
        """The database file's bytes, in pieces (see `encode_tinydb`)."""
        return encode_tinydb(self.tables(), pause=pause)


def encode_tinydb(tables: Iterable[tuple[str, Iterable[dict[str, Any]]]], *, pause: float = 0.0) -> list[bytes]:
    """Tables as TinyDB's JSON (documents numbered from 1), byte for byte what one compact
    `json.dumps(..., ensure_ascii=False)` gives, but built `ROWS_PER_PIECE` rows at a time.

    Why in pieces: one `json.dumps` of the whole database is a single C call that holds the GIL
    from start to end (about 40 ms at 10k claims, 200 ms at 50k), and a key press on the UI thread
    would wait that long. With `pause`, a fold thread sleeps between pieces, and the GIL goes to a
    thread that wants it within a piece's time (well under a millisecond).
    """
    out = [b"{"]
    for number, (name, rows) in enumerate(tables):
        out.append(f"{',' if number else ''}{_ENCODER.encode(name)}:{{".encode())
        for start, piece in _pieces(rows):
            body = _ENCODER.encode({str(doc_id): row for doc_id, row in enumerate(piece, start=start)})
            out.append(f"{',' if start > 1 else ''}{body[1:-1]}".encode())
            if pause:
                time.sleep(pause)
        out.append(b"}")
    out.append(b"}")
    return out


def _pieces(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(number of the first row, up to ROWS_PER_PIECE rows), for rows numbered from 1."""
    iterator = iter(rows)
    start = 1
    while piece := list(itertools.islice(iterator, ROWS_PER_PIECE)):
        yield start, piece
        start += len(piece)


def _check_schema(found: Any, expected: str) -> None:
    name, _, version = expected.partition("/")
    if not isinstance(found, str) or found.partition("/")[0] != name:
        raise TablesError(f"schema {found!r} is not {name}")
    found_version = found.partition("/")[2]
    if not found_version.isdigit():
        raise TablesError(f"schema {found!r} has no version number")
    if int(found_version) > int(version):
        raise TablesError(f"schema {found}; this version reads {expected}", too_new=True)


def _check_edit(edit: Edit) -> None:
    """Refuse an edit row that is not one (a bad one in the database makes it unreadable, as for verdicts)."""
    if edit.kind not in EDIT_KINDS:
        raise ValueError(f"unknown edit kind {edit.kind!r}")
    if not isinstance(edit.seq, int) or not all(isinstance(v, str) for v in (edit.target, edit.value, edit.analyst)):
        raise ValueError(f"bad edit row {edit!r}")
    for number in (edit.group, edit.undo_of, edit.withdraws):
        if number is not None and not isinstance(number, int):
            raise ValueError(f"bad edit row {edit!r}")


def _check_labels(*labels: Any) -> None:
    for label in labels:
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}")


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_SESSION_FIELDS = _field_names(Session)
_FIELDS: dict[type, tuple[str, ...]] = {cls: _field_names(cls) for cls in (Session, Verdict, HistoryEntry, Edit)}
# All fields, in order, are required in verdict and history rows (we always write them all);
# itemgetter plus positional arguments is the cheapest way to build thousands of dataclasses.
_VERDICT_FIELDS = itemgetter(*_field_names(Verdict))
_HISTORY_FIELDS = itemgetter(*_field_names(HistoryEntry))
_SEQ = itemgetter("seq")


def _row(obj: Session | Verdict | HistoryEntry | Edit, session: str | None = None) -> dict[str, Any]:
    """A dataclass as a JSON row, field by field (asdict deep-copies and is many times slower)."""
    row = {name: getattr(obj, name) for name in _FIELDS[type(obj)]}
    if session is not None:
        row["session"] = session
    return row


def copy_session(session: Session) -> Session:
    """A copy of a session that the caller may change without changing the tables."""
    return replace(session, corpus=list(session.corpus), filter=copy.deepcopy(session.filter))
