"""The verdict database: TinyDB behind a small typed API, a journal for cheap key presses, and a lock.

The files it keeps beside the database are listed in `store.cache`. Every change is a journal line
with a sequence number, and the database records the last one folded into it, so replay after a
crash at any step applies nothing twice (`store.journal`). The whole database is held in memory
(`store.tables`): reads never touch the disk.

Threads: the Store is not thread-safe; call it from one thread (the UI's event loop). Rewriting
the database (0.1 s at 10k claims, 1 s at 50k) would stall a key press, so the automatic folds
(after `fold_every` lines: 1000, or one per 2 kB of database when that is more) and the fold after
replay at open run on a thread of their own, which only encodes a snapshot taken on the caller's
thread and writes files nothing else writes. `close()` waits for it, then folds what is left on
the caller's thread. A failed fold (disk full) keeps the journal, adds to `warnings`, is retried.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from factcheck.clock import utc_now
from factcheck.model import LABELS, Edit, Extraction, HistoryEntry, Label, Session, Verdict
from factcheck.store.cache import (
    backup_path,
    cache_file,
    folding_path,
    journal_path,
    lock_path,
    read_cached_extraction,
    write_cached_extraction,
)
from factcheck.store.edits import EditsMixin
from factcheck.store.errors import StoreError, locked, unreadable
from factcheck.store.files import AtomicJSONStorage, FileLock, LockBusy, files_stamp
from factcheck.store.journal import JournalRead, JournalWriter, keep_damaged, read_segments
from factcheck.store.migration import keep_original, migrate, migration_notice
from factcheck.store.tables import Tables, TablesError, TablesSnapshot, copy_session

SCHEMA = "factcheck.db/1"
log = logging.getLogger(__name__)


class Store(EditsMixin):
    """Sessions, verdicts, history, conflicts, edits and the extraction cache of one database file.

    Open it with `Store.open`; every change is on disk when the method returns. Not thread-safe:
    one caller's thread (see the module's docstring for the fold's own thread).
    """

    def __init__(self, path: Path, *, readonly: bool, fold_every: int | None, clock: Callable[[], str]) -> None:
        """Use `Store.open`; this only sets the fields."""
        self.path = path
        self.readonly = readonly
        self.warnings: list[str] = []  # things the UI may show once (damaged journal lines, a failed fold)
        self._fold_every = fold_every
        self._clock = clock
        self._tables = Tables()
        self._storage = AtomicJSONStorage(path, backup=backup_path(path))
        self._lock: FileLock | None = None
        self._writer: JournalWriter | None = None
        self._position_dirty: set[str] = set()  # sessions whose cursor/filter moved since last written
        self._closed = False
        self._stamp: tuple[tuple[int, int, int] | None, ...] = ()  # what `_load` read, for `_start_writing`:
        self._segments: list[tuple[Path, JournalRead]] = []  # journal segments, the schema migrated from, a new file
        self._migrated_from: int | None = None
        self._new_file = False

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
        if not path.name:  # ".", "/" or "": a folder, and no name to put the sidecars beside
            raise StoreError(path, f"{path}: is a folder, not a database file (e.g. data/factcheck.json)")
        store = cls(path, readonly=True, fold_every=fold_every, clock=clock)
        try:
            store._load()  # read first: a database that cannot be read gets no lock file beside it
        except OSError as exc:
            raise StoreError(path, f"{path}: cannot open the database ({exc.strerror or exc})") from None
        if not readonly:
            store.promote()
        elif store._migrated_from is not None:
            store.warnings.append(migration_notice(path, store._migrated_from, SCHEMA, None))
        return store

    def promote(self) -> None:
        """Take the lock and start writing on a store opened read-only; what it read is kept unless it changed.

        Why: `review` checks its input against the database before creating or changing any file,
        and reading a large database twice would slow every start. If another process wrote
        between the read and the lock, the database is read again. Raises StoreLocked (the store
        stays read-only), StoreError when the folder cannot be used.
        """
        if not self.readonly:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(lock_path(self.path))
        except LockBusy as busy:
            raise locked(self.path, busy.pid) from None
        except OSError as exc:
            raise StoreError(self.path, f"{self.path}: cannot open the database ({exc.strerror or exc})") from None
        self.readonly = False
        if self._migrated_from is not None:  # the read-only notice ("not changed") no longer holds
            notice = migration_notice(self.path, self._migrated_from, SCHEMA, None)
            self.warnings = [w for w in self.warnings if w != notice]
        try:
            if self._files_stamp() != self._stamp:
                self._tables = Tables()
                self.warnings.clear()
                self._load()
            self._start_writing()
        except BaseException as exc:
            self._release()
            if isinstance(exc, OSError):
                raise StoreError(self.path, f"{self.path}: cannot open the database ({exc.strerror or exc})") from None
            raise

    def _files_stamp(self) -> tuple[tuple[int, int, int] | None, ...]:
        """The database's and journal's stat: changed when another process wrote since `_load` read them."""
        return files_stamp((self.path, journal_path(self.path), folding_path(self.path)))

    def _load(self) -> None:
        """Read the database and replay the journal into memory; `_start_writing` then opens it for changes."""
        jpath = journal_path(self.path)
        self._stamp = self._files_stamp()
        # The journal is read before the database: if a writer folds in between, the entries read
        # are then all in the database too, and are skipped by their sequence numbers.
        segments = read_segments(jpath)
        try:
            raw = self._storage.read()
            self._migrated_from = migrate(raw, SCHEMA)
            self._tables = Tables.from_raw(raw, SCHEMA)
        except (ValueError, UnicodeDecodeError, TablesError) as exc:
            too_new = isinstance(exc, TablesError) and exc.too_new
            detail = str(exc) if isinstance(exc, TablesError) else f"not JSON: {exc}"
            raise unreadable(self.path, detail, too_new=too_new, backup=backup_path(self.path)) from None
        for segment, found in segments:
            for number in found.damaged_lines:
                self.warnings.append(f"{segment}: line {number} could not be read and was skipped")
        for problem in self._tables.replay(e for _, found in segments for e in found.entries):
            self.warnings.append(f"{jpath}: {problem}")
        self._segments = segments
        self._new_file = raw is None or "meta" not in raw

    def _start_writing(self) -> None:
        """With the lock held: keep damaged journal lines aside, open the journal, fold what needs folding."""
        segments, self._segments = self._segments, []
        keep_damaged(segments, self._clock())
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # a temp file of a write that was killed; we hold the lock
        self._writer = JournalWriter(
            journal_path(self.path),
            self._storage,
            self._snapshot,
            fold_every=self._fold_every,
            warn=self._warn,
            cut_at=segments[-1][1].length,
        )
        if self._migrated_from is not None:
            backup = keep_original(self.path, self._migrated_from)
            self._warn(migration_notice(self.path, self._migrated_from, SCHEMA, backup))
            self._migrated_from = None
            self.fold()  # the file is in today's format when open returns; the original is kept
        elif self._new_file:
            self.fold()  # a new database: the file exists when open returns
        elif self._writer.has_unfolded():
            self._writer.start_fold()

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning(message)

    def close(self) -> None:
        """Wait for a fold in flight, fold the rest and release the lock (idempotent; never loses a change).

        If the fold fails (disk full), the journal is kept and replayed at the next open.
        """
        if self._closed:
            return
        try:
            if self._writer is not None:
                self._writer.close(dirty=bool(self._position_dirty))
        except OSError as exc:
            raise self._unsaved(exc) from None
        finally:
            self._closed = True
            self._release()

    def _release(self) -> None:
        if self._writer is not None:
            self._writer.journal.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fold(self) -> None:
        """Write the whole state to the database now, on this thread, then empty the journal.

        Waits for a background fold in flight first. Raises OSError when the database cannot be
        written (the journal is then kept).
        """
        self._writable().fold_now()

    def wait_for_fold(self) -> None:
        """Wait for a background fold in flight and take in its outcome (a failure adds a warning).

        The store never needs it (a change never waits for a fold); tests and benchmarks do."""
        if self._writer is not None:
            self._writer.collect(wait=True)

    def _snapshot(self) -> TablesSnapshot:
        """What a fold writes; the positions in it no longer need writing with the next change."""
        self._position_dirty.clear()
        return self._tables.snapshot(SCHEMA)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many changes (an import) into one journal write and one fsync, at the end.

        Inside the block, changes show at once but reach the disk only when it exits: a kill
        inside the block loses the whole batch, never part of it, and never earlier changes.
        """
        writer = self._writable()
        if writer.batch is not None:  # nested: the outer block writes
            yield
            return
        writer.batch = []
        try:
            yield
        finally:
            if not self._closed:
                try:
                    writer.end_batch()
                except OSError as exc:
                    raise self._unsaved(exc) from None

    # sessions
    def sessions(self) -> list[Session]:
        """All sessions, oldest first."""
        return [copy_session(s) for s in self._tables.sessions.values()]

    def get_session(self, name: str) -> Session | None:
        """The session called `name` (a copy: change it, then `save_session`)."""
        session = self._tables.sessions.get(name)
        return copy_session(session) if session is not None else None

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

    def history(self, session: str) -> list[HistoryEntry]:
        """Every change in the session, oldest first (seq increasing)."""
        return list(self._tables.history(session))

    def undo(self, session: str, *, analyst: str) -> HistoryEntry | Edit | None:
        """Revert the most recent change or edit not yet undone; returns the new (undo) entry.

        Undo entries themselves are never undone: pressing undo again walks further back.
        Returns None when there is nothing left to undo.
        """
        target = self._tables.undo_target(session)
        if target is None:
            return None
        if isinstance(target, Edit):
            return self._undo_edit(session, target, analyst=analyst)
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
        time: str | None = None,
    ) -> None:
        """Journal one change of a claim's label and note (`note` None keeps it) as a history entry."""
        self._commit(self._tables.change(session, claim, label, note, analyst, self._clock(), time, undo_of))

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

    # writing
    def _writable(self) -> JournalWriter:
        if self.readonly:
            raise StoreError(self.path, f"{self.path}: opened read-only; nothing can be changed")
        if self._closed or self._writer is None:
            raise StoreError(self.path, f"{self.path}: the database is closed")
        return self._writer

    def _commit(self, entry: dict[str, Any]) -> None:
        """Put a change on disk (or in the open batch), then apply it to memory, then maybe fold."""
        writer = self._writable()
        lines: list[dict[str, Any]] = [
            {"op": "position", "session": name, "cursor": s.cursor, "filter": s.filter}
            for name in sorted(self._position_dirty)
            if (s := self._tables.sessions.get(name)) is not None
        ]
        lines.append(entry)
        first = self._tables.seq + 1
        for offset, line in enumerate(lines):
            line["seq"] = first + offset
        if writer.batch is not None:
            json.dumps(lines)  # fail now, inside the caller's call, on something not JSON
        try:
            writer.write(lines)
        except OSError as exc:
            raise self._unsaved(exc) from None
        self._position_dirty.clear()
        self._tables.seq = first + len(lines) - 1
        self._tables.apply(entry)
        writer.maybe_fold()

    def _unsaved(self, exc: OSError) -> StoreError:
        return StoreError(
            self.path, f"{journal_path(self.path)}: cannot save the change ({exc.strerror or exc}); it was not recorded"
        )

    # extraction cache
    def cached_extraction(self, key: str) -> Extraction | None:
        """The extraction cached under `key`, or None (missing, unreadable or another key: a miss)."""
        return read_cached_extraction(cache_file(self.path, key), key)

    def cache_extraction(self, key: str, extraction: Extraction) -> None:
        """Cache an extraction (with article texts and claim features) under `key`, atomically.

        A cache that cannot be written is only a warning: the next run extracts again.
        """
        self._writable()
        if (problem := write_cached_extraction(cache_file(self.path, key), key, extraction)) is not None:
            self._warn(problem)
