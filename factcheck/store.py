"""The verdict database: TinyDB behind a small typed API, a journal for cheap key presses, and a lock.

Layout on disk, for a database path `data/factcheck.json`:
- `data/factcheck.json`          TinyDB file (tables: meta, sessions, verdicts, history, conflicts),
                                 written by an atomic storage (temp file, fsync, rename, fsync dir).
- `data/factcheck.json.bak`      the previous database file, kept at each write.
- `data/factcheck.json.journal`  append-only JSON lines of changes not yet folded in; each key
                                 press appends one line and fsyncs it, so it costs little whatever the size.
- `data/factcheck.json.lock`     flock'ed sidecar; a second writer is refused (StoreLocked).
- `data/factcheck.cache/`        extraction cache, one JSON file per corpus key, apart from verdicts.

Every change is a journal line with a sequence number; the database remembers the last sequence
number folded into it, so replaying a journal after a crash (fold written, journal not yet cut)
applies nothing twice. The whole database is held in memory, so reads never touch the disk.

The Store is not thread-safe: call it from one thread (the UI's event loop). Folding happens on
that thread too: at `close()`, on open, and after `fold_every` journal lines (by default 1000, or
one line per 2 kB of database when that is more, so that the cost of folds per key press stays
flat as the database grows, and replay at open stays a small part of reading the database).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factcheck.locations import cache_dir, journal_path, lock_path
from factcheck.model import LABELS, Article, Claim, Extraction, HistoryEntry, Label, Link, Session, Verdict
from factcheck.storage import (
    AtomicJSONStorage,
    FileLock,
    Journal,
    LockBusy,
    Tables,
    TablesError,
    atomic_write_bytes,
    read_journal,
)

SCHEMA = "factcheck.db/1"
CACHE_SCHEMA = "factcheck.cache/1"
FOLD_EVERY = 1000  # fewest journal lines between automatic folds (see `_fold_at`)
FOLD_BYTES_PER_LINE = 2000
_SAFE_KEY = re.compile(r"[A-Za-z0-9._-]{1,120}")
_ARTICLE_KEYS = ("id", "file", "path", "title", "sha256", "text", "encoding")
log = logging.getLogger(__name__)


class StoreError(Exception):
    """A problem with the database that the user must act on; str() is a one-line message."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class StoreLocked(StoreError):
    """Another process holds the database's lock."""


class StoreCorrupt(StoreError):
    """The database file cannot be parsed; it is left untouched."""


class StoreTooNew(StoreCorrupt):
    """The database was written by a newer factcheck (unknown schema); it is left untouched."""


def utc_now() -> str:
    """The current time as ISO-8601 UTC with milliseconds, e.g. `2024-05-01T09:30:00.123Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """Sessions, verdicts, history, conflicts and the extraction cache of one database file.

    Open it with `Store.open`; every change is on disk when the method returns. Not thread-safe.
    """

    def __init__(self, path: Path, *, readonly: bool, fold_every: int | None, clock: Callable[[], str]) -> None:
        """Use `Store.open`; this only sets the fields."""
        self.path = path
        self.readonly = readonly
        self.warnings: list[str] = []  # things the UI may show once (damaged journal lines, a failed fold)
        self._fold_every = fold_every
        self._clock = clock
        self._tables = Tables()
        self._storage = AtomicJSONStorage(path)
        self._lock: FileLock | None = None
        self._journal: Journal | None = None
        self._unfolded = 0  # journal lines written since the last fold
        self._retry_after = 0  # after a failed fold: the lines there were then
        self._position_dirty: set[str] = set()  # sessions whose cursor/filter moved since last written
        self._batch: list[dict[str, Any]] | None = None
        self._closed = False

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        readonly: bool = False,
        fold_every: int | None = None,
        clock: Callable[[], str] = utc_now,
    ) -> Store:
        """Open (creating if missing) and lock the database; `readonly` takes no lock, writes nothing.

        `fold_every` folds the journal after exactly that many lines (tests); None adapts it to
        the size of the database. Raises StoreLocked when another factcheck has it open,
        StoreCorrupt when the file cannot be read (it is then left untouched), StoreError when
        the folder cannot be used.
        """
        path = Path(path)
        store = cls(path, readonly=readonly, fold_every=fold_every, clock=clock)
        try:
            if not readonly:
                path.parent.mkdir(parents=True, exist_ok=True)
                store._lock = FileLock(lock_path(path))
            store._load()
        except LockBusy as busy:
            pid = busy.pid if busy.pid is not None else "unknown"
            raise StoreLocked(
                path, f"{path}: database in use by another factcheck (pid {pid}); close it first"
            ) from None
        except OSError as exc:
            store._release()
            raise StoreError(path, f"{path}: cannot open the database ({exc.strerror or exc})") from None
        except BaseException:
            store._release()
            raise
        return store

    def _load(self) -> None:
        """Read the database and replay the journal; a writer then folds it and starts a fresh journal."""
        jpath = journal_path(self.path)
        # The journal is read before the database: if a writer folds in between, the entries read
        # are then all in the database too, and are skipped by their sequence numbers.
        journal = read_journal(jpath)
        try:
            raw = self._storage.read()
        except (ValueError, UnicodeDecodeError) as exc:
            raise self._corrupt(f"not JSON: {exc}") from None
        try:
            self._tables = Tables.from_raw(raw, SCHEMA)
        except TablesError as exc:
            if exc.too_new:
                raise StoreTooNew(
                    self.path,
                    f"{self.path}: written by a newer factcheck ({exc}); it was left untouched"
                    " — upgrade factcheck to open it",
                ) from None
            raise self._corrupt(str(exc)) from None
        for number in journal.damaged_lines:
            self.warnings.append(f"{jpath}: line {number} could not be read and was skipped")
        for entry in journal.entries:
            if entry["seq"] <= self._tables.seq:
                continue  # already folded (a crash came between the fold and the journal cut)
            try:
                self._tables.apply(entry)
            except (KeyError, TypeError, ValueError) as exc:
                self.warnings.append(f"{jpath}: entry {entry['seq']} skipped ({exc!r})")
            self._tables.seq = entry["seq"]
        if self.readonly:
            return
        if journal.damaged_lines:
            shutil.copy2(jpath, jpath.with_name(f"{jpath.name}.damaged-{self._clock()}".replace(":", "")))
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # a temp file of a write that was killed; we hold the lock
        self._journal = Journal(jpath)
        if raw is None or "meta" not in raw or jpath.stat().st_size > 0:  # new, or changes to fold
            self.fold()

    def _corrupt(self, detail: str) -> StoreCorrupt:
        return StoreCorrupt(
            self.path,
            f"{self.path}: cannot be read as a factcheck database ({detail}); it was left untouched"
            f" — move it aside or restore {self.path}.bak",
        )

    def close(self) -> None:
        """Fold the journal into the database and release the lock (idempotent; never loses a change).

        If the fold fails (disk full), the journal is kept and replayed at the next open.
        """
        if self._closed:
            return
        try:
            pending, self._batch = self._batch, None  # an open batch is folded with the rest
            needed = self._journal is not None and (pending or self._unfolded or self._position_dirty)
            if needed and not self._try_fold() and pending:
                self._write(pending)  # the fold failed: journal the batch instead
        finally:
            self._closed = True
            self._release()

    def _release(self) -> None:
        if self._journal is not None:
            self._journal.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fold(self) -> None:
        """Write the whole state to the database atomically, then empty the journal.

        Crash-safe in that order: a kill after the write but before the cut leaves journal
        lines whose sequence numbers the database already holds, and replay skips them.
        """
        journal = self._writable()
        self._storage.write(self._tables.to_raw(SCHEMA))
        journal.truncate()
        self._unfolded = self._retry_after = 0
        self._position_dirty.clear()

    def _fold_at(self) -> int:
        """How many journal lines trigger a fold."""
        if self._fold_every is not None:
            every = max(1, self._fold_every)
        else:
            every = max(FOLD_EVERY, self._storage.size // FOLD_BYTES_PER_LINE)
        return every + self._retry_after

    def _try_fold(self) -> bool:
        """Fold, or on failure (disk full) keep the journal, warn, and wait as many lines again to retry."""
        try:
            self.fold()
        except OSError as exc:
            message = f"{self.path}: could not fold the journal ({exc.strerror or exc}); it is kept"
            self.warnings.append(message)
            log.warning(message)
            self._retry_after = self._unfolded
            return False
        return True

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many changes (an import) into one journal write and one fsync, at the end.

        Inside the block, changes show at once but reach the disk only when it exits: a kill
        inside the block loses the whole batch, never part of it, and never earlier changes.
        """
        self._writable()
        if self._batch is not None:  # nested: the outer block writes
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            if not self._closed:
                self._flush_batch()
                if self._unfolded >= self._fold_at():
                    self._try_fold()

    def _flush_batch(self) -> None:
        pending, self._batch = self._batch, None
        if pending:
            self._write(pending)

    # sessions
    def sessions(self) -> list[Session]:
        """All sessions, oldest first."""
        return [_copy_session(s) for s in self._tables.sessions.values()]

    def get_session(self, name: str) -> Session | None:
        """The session called `name` (a copy: change it, then `save_session`)."""
        session = self._tables.sessions.get(name)
        return _copy_session(session) if session is not None else None

    def save_session(self, session: Session) -> None:
        """Create or replace a session; fills `created` when empty and sets `updated`."""
        now = self._clock()
        row = asdict(session)
        row["created"] = session.created or now
        row["updated"] = now
        self._commit({"op": "session", "session": row})

    def set_position(self, session: str, cursor: str | None, filter: dict) -> None:
        """Remember where the analyst is, to resume there.

        Cheap enough for every cursor move: it changes memory only; the position is written
        with the next change, at a fold or at close. A kill may lose the position, nothing else.
        Raises KeyError for an unknown session, TypeError for a filter that is not JSON.
        """
        self._writable()
        json.dumps(filter)  # refuse a bad filter now, not at the next verdict
        self._tables.set_position(session, cursor, copy.deepcopy(filter))
        self._position_dirty.add(session)

    # verdicts
    def verdicts(self, session: str) -> dict[str, Verdict]:
        """The session's current verdicts by claim id (a copy).

        A claim that has a note but no label is included with `label` None.
        """
        return dict(self._tables.verdicts.get(session, {}))

    def verdict(self, session: str, claim: str) -> Verdict | None:
        """One claim's current verdict, without copying the session's whole table."""
        return self._tables.verdicts.get(session, {}).get(claim)

    def record_verdict(
        self, session: str, claim: str, label: Label | None, *, analyst: str, note: str | None = None
    ) -> Verdict | None:
        """Set (or with None clear) a claim's label; on disk before it returns; history appended.

        `note` None keeps the current note. Setting what is already there records nothing.
        Returns the verdict now held, or None when the claim has neither label nor note.
        """
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}; expected one of {', '.join(LABELS)}")
        current = self.verdict(session, claim)
        old = (current.label, current.note) if current else (None, "")
        if (label, old[1] if note is None else note) != old:
            self._change(session, claim, label, note, analyst=analyst)
        return self.verdict(session, claim)

    def set_note(self, session: str, claim: str, note: str, *, analyst: str) -> Verdict | None:
        """Change a claim's note and keep its label; on disk before it returns; history appended."""
        current = self.verdict(session, claim)
        return self.record_verdict(session, claim, current.label if current else None, analyst=analyst, note=note)

    def history(self, session: str) -> list[HistoryEntry]:
        """Every change in the session, oldest first (seq increasing)."""
        return list(self._tables.history(session))

    def undo(self, session: str, *, analyst: str) -> HistoryEntry | None:
        """Revert the most recent change not yet undone; returns the new (undo) entry.

        Undo entries themselves are never undone: pressing undo again walks further back.
        Returns None when there is nothing left to undo.
        """
        target = self._tables.undo_target(session)
        if target is None:
            return None
        self._change(session, target.claim, target.old_label, target.old_note, analyst=analyst, undo_of=target.seq)
        return self._tables.history(session)[-1]

    def _change(
        self,
        session: str,
        claim: str,
        label: Label | None,
        note: str | None,
        *,
        analyst: str,
        undo_of: int | None = None,
    ) -> None:
        """Journal one change of a claim's label and note (`note` None keeps it) as a history entry."""
        current = self.verdict(session, claim)
        old_label, old_note = (current.label, current.note) if current else (None, "")
        change = HistoryEntry(
            self._tables.next_history_seq(session),
            claim,
            old_label,
            label,
            old_note,
            old_note if note is None else note,
            analyst,
            self._clock(),
            undo_of,
        )
        self._commit({"op": "change", "session": session, "change": asdict(change)})

    # conflicts (another analyst's differing verdict, from `factcheck import`)
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

    def resolve_conflict(self, session: str, claim: str) -> None:
        """Close the conflict on a claim (the analyst has recorded the verdict to keep)."""
        open_ = [c for c in self._tables.conflicts.get(session, {}).values() if c.theirs.claim == claim]
        if any(not c.resolved for c in open_):
            self._commit({"op": "resolve", "session": session, "claim": claim, "time": self._clock()})

    # writing
    def _writable(self) -> Journal:
        if self.readonly:
            raise StoreError(self.path, f"{self.path}: opened read-only; nothing can be changed")
        if self._closed or self._journal is None:
            raise StoreError(self.path, f"{self.path}: the database is closed")
        return self._journal

    def _commit(self, entry: dict[str, Any]) -> None:
        """Put a change on disk (or in the open batch), then apply it to memory."""
        self._writable()
        lines: list[dict[str, Any]] = [
            {"op": "position", "session": name, "cursor": s.cursor, "filter": s.filter}
            for name in sorted(self._position_dirty)
            if (s := self._tables.sessions.get(name)) is not None
        ]
        lines.append(entry)
        first = self._tables.seq + 1
        for offset, line in enumerate(lines):
            line["seq"] = first + offset
        if self._batch is not None:
            json.dumps(lines)  # fail now, inside the caller's call, on something not JSON
            self._batch.extend(lines)
        else:
            self._write(lines)
        self._position_dirty.clear()
        self._tables.seq = first + len(lines) - 1
        self._tables.apply(entry)
        if self._batch is None and self._unfolded >= self._fold_at():
            self._try_fold()

    def _write(self, lines: list[dict[str, Any]]) -> None:
        journal = self._writable()
        try:
            journal.append(lines)
        except OSError as exc:
            raise StoreError(
                self.path,
                f"{journal.path}: cannot save the change ({exc.strerror or exc}); it was not recorded",
            ) from None
        self._unfolded += len(lines)

    # extraction cache
    def _cache_file(self, key: str) -> Path:
        name = key if _SAFE_KEY.fullmatch(key) else hashlib.sha256(key.encode("utf-8")).hexdigest()
        return cache_dir(self.path) / f"{name}.json"

    def cached_extraction(self, key: str) -> Extraction | None:
        """The extraction cached under `key`, or None (missing, unreadable or another key: a miss)."""
        try:
            doc = json.loads(self._cache_file(key).read_bytes())
            if doc.get("schema") != CACHE_SCHEMA or doc.get("key") != key:
                return None
            articles = [Article(**{k: a[k] for k in _ARTICLE_KEYS if k in a}) for a in doc["articles"]]
            claims = [Claim.from_json(c) for c in doc["claims"]]
            links = [Link.from_json(lk) for lk in doc["links"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None
        return Extraction(articles=articles, claims=claims, links=links)

    def cache_extraction(self, key: str, extraction: Extraction) -> None:
        """Cache an extraction (with article texts and claim features) under `key`, atomically.

        A cache that cannot be written is only a warning: the next run extracts again.
        """
        self._writable()
        doc = extraction.to_json(with_features=True)
        doc["claims_schema"] = doc["schema"]
        doc["schema"] = CACHE_SCHEMA
        doc["key"] = key
        doc["articles"] = [{**a.to_json(), "text": a.text, "encoding": a.encoding} for a in extraction.articles]
        target = self._cache_file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            message = f"{target}: could not write the extraction cache ({exc.strerror or exc})"
            self.warnings.append(message)
            log.warning(message)


def _copy_session(session: Session) -> Session:
    return replace(session, corpus=list(session.corpus), filter=copy.deepcopy(session.filter))
