"""What sits under the store: crash-safe files (atomic writes, TinyDB storage, journal, lock) and
the in-memory tables that the journal's entries change and a fold writes out.

Every write is either an atomic replace (temp file in the same folder, fsync, rename, fsync the
folder) or one appended, fsynced line, so a process killed at any moment leaves files that read back.
`factcheck.store` puts the typed API on top; nothing here is public beyond the store.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import itemgetter
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from factcheck.model import LABELS, HistoryEntry, Session, Verdict


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename or a new file) to disk."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace `path` with `data` so that a reader (or a crash) sees the old file or the new, never a mix.

    With `backup`, the file being replaced is kept there (a hard link, so it costs no copy).
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if backup is not None and path.exists():
            _keep_backup(path, backup)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(folder)


def _keep_backup(path: Path, backup: Path) -> None:
    """Point `backup` at the current contents of `path` (hard link; a copy where links are refused)."""
    if backup.exists() and os.path.samefile(path, backup):
        return  # already linked (a kill came between linking and replacing); rename would be a no-op
    fd, tmp_name = tempfile.mkstemp(dir=backup.parent, prefix=f".{backup.name}.", suffix=".tmp")
    os.close(fd)
    try:
        os.unlink(tmp_name)  # mkstemp only reserved a unique name for the link
        try:
            os.link(path, tmp_name)
        except OSError:
            with open(path, "rb") as src, open(tmp_name, "wb") as dst:
                dst.write(src.read())
        os.replace(tmp_name, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


class AtomicJSONStorage(Storage):
    """A TinyDB storage that reads the file fresh and writes it atomically, keeping a `.bak`.

    TinyDB's own JSONStorage rewrites the file in place, so a kill mid-write destroys it;
    this one writes a temp file, fsyncs it, renames it over the old one and fsyncs the folder.
    `read` raises `json.JSONDecodeError`/`UnicodeDecodeError` on a damaged file rather than
    guessing, so that the caller can refuse to open it (and so never overwrite it).
    """

    def __init__(self, path: str | Path, *, backup: bool = True) -> None:
        self.path = Path(path)
        self.backup = self.path.with_name(self.path.name + ".bak") if backup else None
        self.size = 0  # bytes last read or written

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, or None when the file is missing or empty."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        self.size = len(raw)
        if not raw.strip():
            return None
        return json.loads(raw.decode("utf-8"))  # type: ignore[no-any-return]

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the file with `data`; the previous file becomes the `.bak`."""
        # json.dumps (one C pass) then a single write: json.dump would encode in pure Python.
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write_bytes(self.path, payload, backup=self.backup)
        self.size = len(payload)


@dataclass
class JournalRead:
    """What was found in a journal: the readable entries, and what was wrong with the rest."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    damaged_lines: list[int] = field(default_factory=list)  # 1-based numbers of unreadable middle lines
    torn_tail: bool = False  # the last line was cut short (a key press in flight when killed)


def read_journal(path: Path) -> JournalRead:
    """Parse a journal of JSON lines, keeping every readable line.

    A last line that is unterminated or unreadable is the write that was in flight when the
    process died, and is dropped. An unreadable line in the middle (disk damage, a hand edit)
    is reported by number and skipped; the lines around it are kept.
    """
    result = JournalRead()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return result
    *complete, tail = raw.split(b"\n")  # `tail` is b"" when the file ends with a newline
    for number, line in enumerate(complete, start=1):
        entry = _parse_line(line)
        if entry is not None:
            result.entries.append(entry)
        elif number == len(complete) and not tail:
            result.torn_tail = True
        elif line.strip():
            result.damaged_lines.append(number)
    result.torn_tail = result.torn_tail or bool(tail)
    return result


def _parse_line(line: bytes) -> dict[str, Any] | None:
    """One journal line as a dict with an integer `seq`, or None when it cannot be read."""
    try:
        entry = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("seq"), int):
        return None
    return entry


class Journal:
    """The append-only file of changes not yet folded into the database; one fsynced line per change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        existed = path.exists()
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if not existed:
            fsync_dir(path.parent)

    def append(self, entries: list[dict[str, Any]]) -> None:
        """Write entries as JSON lines in one write, then fdatasync: the change is on disk on return.

        On an error (disk full) the journal is cut back to where it was, so that a partial line
        never sits in the middle of the journal, glued to the next one.
        """
        payload = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)
        data = payload.encode("utf-8")
        start = os.fstat(self._fd).st_size
        try:
            while data:
                data = data[os.write(self._fd, data) :]
            os.fdatasync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)
            raise

    def truncate(self) -> None:
        """Empty the journal (once its changes are folded into the database)."""
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)

    def close(self) -> None:
        """Close the file (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class LockBusy(Exception):
    """The lock file is held by another open database; `pid` is the holder's, when it wrote it."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(pid)
        self.pid = pid


class FileLock:
    """An exclusive `flock` on a sidecar file, held while the object is open.

    flock belongs to the open file, so the kernel drops it when the holder exits or is killed:
    a stale lock never blocks. A second open in the same process is refused too. The file is
    never deleted (deleting a lock file races with a new holder); it just holds the holder's pid.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            pid = self._read_pid()
            os.close(self._fd)
            self._fd = -1
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LockBusy(pid) from None
            raise
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)

    def _read_pid(self) -> int | None:
        try:
            text = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class TablesError(Exception):
    """The database's contents do not have the expected shape; `too_new` for an unknown schema version."""

    def __init__(self, message: str, *, too_new: bool = False) -> None:
        super().__init__(message)
        self.too_new = too_new


@dataclass
class Conflict:
    """Another analyst's differing verdict on a claim, from one source, open until resolved."""

    theirs: Verdict
    source: str
    added: str
    resolved: str | None = None


class Tables:
    """The whole database in memory, so that reads never touch the disk.

    `apply` performs one journal entry; `from_raw`/`to_raw` convert from/to TinyDB's on-disk
    layout (`{table: {doc_id: document}}`). `seq` is the last journal sequence number applied.
    History read from disk stays as checked rows until first asked for (undo, the history
    view): building ten thousand frozen dataclasses would cost the resume ~30 ms for nothing.
    """

    def __init__(self) -> None:
        self.seq = 0
        self.sessions: dict[str, Session] = {}
        self.verdicts: dict[str, dict[str, Verdict]] = {}
        self.undone: dict[str, set[int]] = {}
        self.conflicts: dict[str, dict[tuple[str, str], Conflict]] = {}
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
        )
        for table, load in loaders:
            for doc_id, row in raw.get(table, {}).items():
                try:
                    load(row)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise TablesError(f"table {table!r}, document {doc_id}: {exc!r}") from None
        for rows in tables._history_rows.values():
            rows.sort(key=_SEQ)
        return tables

    def to_raw(self, schema: str) -> dict[str, dict[str, Any]]:
        """The tables in TinyDB's layout, ready for `AtomicJSONStorage.write`."""
        history = itertools.chain(
            itertools.chain.from_iterable(self._history_rows.values()),
            (_row(e, name) for name, entries in self._history.items() for e in entries),
        )
        conflicts = (
            {"session": name, "source": c.source, "theirs": _row(c.theirs), "added": c.added, "resolved": c.resolved}
            for name, by_key in self.conflicts.items()
            for c in by_key.values()
        )
        return {
            "meta": {"1": {"schema": schema, "seq": self.seq}},
            "sessions": _rows(_row(s) for s in self.sessions.values()),
            "verdicts": _rows(_row(v, name) for name, by in self.verdicts.items() for v in by.values()),
            "history": _rows(history),
            "conflicts": _rows(conflicts),
        }

    def apply(self, entry: dict[str, Any]) -> None:
        """Perform one journal entry (the same code path live and at replay)."""
        op = entry["op"]
        if op == "change":
            self._apply_change(entry["session"], entry["change"])
        elif op == "session":
            self._load_session(entry["session"])
        elif op == "position":
            self.set_position(entry["session"], entry["cursor"], dict(entry["filter"]))
        elif op == "conflict":
            row = {"session": entry["session"], "source": entry["source"], "theirs": entry["theirs"]}
            self._load_conflict({**row, "added": entry["time"], "resolved": None})
        elif op == "resolve":
            for conflict in self.conflicts.get(entry["session"], {}).values():
                if conflict.theirs.claim == entry["claim"] and conflict.resolved is None:
                    conflict.resolved = str(entry["time"])
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

    def next_history_seq(self, session: str) -> int:
        """The seq the session's next history entry gets."""
        return self._last_seq.get(session, 0) + 1

    def undo_target(self, session: str) -> HistoryEntry | None:
        """The most recent change that is neither an undo nor undone already."""
        undone = self.undone.get(session, set())
        for entry in reversed(self.history(session)):
            if entry.undo_of is None and entry.seq not in undone:
                return entry
        return None

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

    def _apply_change(self, session: str, change: dict[str, Any]) -> None:
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
            self.sessions[session].updated = entry.time

    def _load_conflict(self, row: dict[str, Any]) -> None:
        theirs = Verdict(*_VERDICT_FIELDS(row["theirs"]))
        _check_labels(theirs.label)
        key = (theirs.claim, str(row["source"]))
        conflict = Conflict(theirs, key[1], str(row.get("added", "")), row.get("resolved") or None)
        by_key = self.conflicts.setdefault(row["session"], {})
        by_key.pop(key, None)  # re-adding moves it to the end, as the newest
        by_key[key] = conflict


def _check_schema(found: Any, expected: str) -> None:
    name, _, version = expected.partition("/")
    if not isinstance(found, str) or found.partition("/")[0] != name:
        raise TablesError(f"schema {found!r} is not {name}")
    found_version = found.partition("/")[2]
    if not found_version.isdigit():
        raise TablesError(f"schema {found!r} has no version number")
    if int(found_version) > int(version):
        raise TablesError(f"schema {found}; this version reads {expected}", too_new=True)


def _check_labels(*labels: Any) -> None:
    for label in labels:
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}")


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_SESSION_FIELDS = _field_names(Session)
_FIELDS: dict[type, tuple[str, ...]] = {cls: _field_names(cls) for cls in (Session, Verdict, HistoryEntry)}
# All fields, in order, are required in verdict and history rows (we always write them all);
# itemgetter plus positional arguments is the cheapest way to build thousands of dataclasses.
_VERDICT_FIELDS = itemgetter(*_field_names(Verdict))
_HISTORY_FIELDS = itemgetter(*_field_names(HistoryEntry))
_SEQ = itemgetter("seq")


def _row(obj: Session | Verdict | HistoryEntry, session: str | None = None) -> dict[str, Any]:
    """A dataclass as a JSON row, field by field (asdict deep-copies and is many times slower)."""
    row = {name: getattr(obj, name) for name in _FIELDS[type(obj)]}
    if session is not None:
        row["session"] = session
    return row


def _rows(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(doc_id): row for doc_id, row in enumerate(rows, start=1)}
