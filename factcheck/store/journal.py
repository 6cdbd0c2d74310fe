"""The journal of a database: one fsynced JSON line per change, and the folds that empty it.

Files, for the journal path `J` (`data/factcheck.json.journal`):
- `J`    the live segment. Every change is appended here and fdatasync'ed before the call returns,
         so a key press costs one small write whatever the size of the database.
- `J.1`  the segment being folded. A fold renames the live segment to `J.1` and starts a fresh `J`
         (on the caller's thread: a rename and a create), takes a snapshot of the in-memory tables,
         and then, on its own thread, writes the whole database atomically and deletes `J.1`.
         Key presses go on appending to the new `J` meanwhile.

Each line carries a sequence number and the database records the last one folded into it, so a
crash at any step leaves entries that replay applies once: both segments present (the database is
older than both), the database written but `J.1` not yet deleted (its entries are skipped), `J.1`
renamed but no `J` yet. A fold that fails (disk full) leaves `J.1` where it is and is retried later
without renaming again; `J.1` only ever holds entries older than those in `J`.

Threads: `JournalWriter` belongs to the store's caller's thread. The only other thread is the
one `Fold` in flight, which touches nothing but its snapshot, the database's temp file, the
database and `J.1`; its outcome is read after joining it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from factcheck.store.cache import folding_path
from factcheck.store.files import AtomicJSONStorage, fsync_dir

FOLD_EVERY = 1000  # fewest journal lines between automatic folds (see `JournalWriter.fold_at`)
FOLD_BYTES_PER_LINE = 2000
FOLD_PAUSE = 0.0001  # seconds a fold thread sleeps between pieces of JSON, to hand over the GIL
FOLD_SYNC_EVERY = 1 << 20  # bytes a fold thread writes between flushes (see `atomic_write_chunks`)


@dataclass
class JournalRead:
    """What was found in a journal segment: the readable entries, and what was wrong with the rest."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    damaged_lines: list[int] = field(default_factory=list)  # 1-based numbers of unreadable middle lines
    torn_tail: bool = False  # the last line was cut short (a key press in flight when killed)
    length: int = 0  # bytes up to the end of the last complete line: where the next append must start


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
    result.length = len(raw) - len(tail)
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


def read_segments(live: Path) -> list[tuple[Path, JournalRead]]:
    """Both segments of a journal, oldest first: (`J.1`, `J`).

    Read newest first, and both before the database, so that a reader racing with a writer never
    misses an entry: if `J` is renamed to `J.1` in between, `J.1` is read twice (replay skips the
    repeats by seq); an old `J.1` deleted in between was in the database first.
    """
    newer = read_journal(live)
    older = folding_path(live)
    return [(older, read_journal(older)), (live, newer)]


class Journal:
    """The live segment, open for appending; one fdatasync'ed write per change (or batch)."""

    _FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT

    def __init__(self, path: Path, *, cut_at: int | None = None) -> None:
        """Open (creating) the live segment; `cut_at` drops a torn last line, so appends start clean."""
        self.path = path
        existed = path.exists()
        self._fd = os.open(path, self._FLAGS, 0o644)
        self.size = os.fstat(self._fd).st_size
        if cut_at is not None and self.size > cut_at:
            os.ftruncate(self._fd, cut_at)
            os.fsync(self._fd)
            self.size = cut_at
        if not existed:
            fsync_dir(path.parent)

    def append(self, entries: list[dict[str, Any]]) -> None:
        """Write entries as JSON lines in one write, then fdatasync: the change is on disk on return.

        On an error (disk full) the journal is cut back to where it was, so that a partial line
        never sits in the middle of the journal, glued to the next one.
        """
        payload = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)
        data = payload.encode("utf-8")
        start, end = self.size, self.size + len(data)
        try:
            while data:
                data = data[os.write(self._fd, data) :]
            os.fdatasync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)
            raise
        self.size = end

    def rotate(self) -> None:
        """Rename this segment to `J.1` and go on in a fresh, empty `J` (the caller checked `J.1` is free).

        If the fresh segment cannot be created, the rename is undone and the error raised.
        """
        target = folding_path(self.path)
        os.replace(self.path, target)
        try:
            fd = os.open(self.path, self._FLAGS, 0o644)
        except OSError:
            os.replace(target, self.path)
            raise
        os.close(self._fd)
        self._fd, self.size = fd, 0
        fsync_dir(self.path.parent)  # the rename and the new file, before an append in it returns

    def truncate(self) -> None:
        """Empty the segment (once its changes are folded into the database)."""
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)
        self.size = 0

    def close(self) -> None:
        """Close the file (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class Snapshot(Protocol):
    """The state a fold writes: taken on the caller's thread, encoded on the fold's."""

    def encode(self, *, pause: float) -> list[bytes]:
        """The whole database as JSON, in pieces, sleeping `pause` seconds between them."""
        ...


class Fold:
    """One fold on its own thread: encode a snapshot, replace the database, delete `J.1`.

    The thread is not a daemon, so an interpreter that exits without closing the store still
    finishes the database write in flight. Its outcome (`error`, `size`) is read after `wait`.
    """

    def __init__(self, snapshot: Snapshot, storage: AtomicJSONStorage, folded: Path, *, pause: float) -> None:
        self.error: Exception | None = None
        self.size = 0
        self._snapshot = snapshot
        self._storage = storage
        self._folded = folded
        self._pause = pause
        self._thread = threading.Thread(target=self._run, name="factcheck-fold")

    def start(self) -> None:
        """Start the thread (RuntimeError when the system cannot start one)."""
        self._thread.start()

    def done(self) -> bool:
        """Whether the fold has finished (successfully or not)."""
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the fold has finished."""
        self._thread.join()

    def _run(self) -> None:
        try:
            chunks = self._snapshot.encode(pause=self._pause)
            self._storage.write_encoded(chunks, sync_every=FOLD_SYNC_EVERY)
            self.size = sum(map(len, chunks))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._folded)  # only now: its entries are in the database, durably
        except Exception as exc:  # any failure keeps the segments; the store warns and retries
            self.error = exc


class JournalWriter:
    """The writing side of a journal: appends, automatic folds in the background, a final fold.

    Call it from one thread only. `unfolded` counts the lines appended since the last snapshot;
    an automatic fold starts after `fold_at()` of them, unless one is still running.
    """

    def __init__(
        self,
        live: Path,
        storage: AtomicJSONStorage,
        take_snapshot: Callable[[], Snapshot],
        *,
        fold_every: int | None,
        warn: Callable[[str], None],
        cut_at: int | None = None,
    ) -> None:
        """Open the live segment (cutting a torn last line at `cut_at`); folds call `take_snapshot`."""
        self.journal = Journal(live, cut_at=cut_at)
        self.unfolded = 0
        self.batch: list[dict[str, Any]] | None = None  # lines of an open batch, written when it ends
        self._storage = storage
        self._take_snapshot = take_snapshot
        self._fold_every = fold_every
        self._warn = warn
        self._retry_after = 0  # after a failed fold: the lines there were then
        self._running: Fold | None = None
        self._running_lines = 0

    @property
    def folding(self) -> Path:
        """The path of the segment being folded (`J.1`)."""
        return folding_path(self.journal.path)

    def write(self, lines: list[dict[str, Any]]) -> None:
        """Put lines on disk, or in the open batch (OSError when they could not be; nothing was written then).

        The caller applies them to its tables next, then calls `maybe_fold`: a fold must never
        take a snapshot without the lines just written.
        """
        if self.batch is not None:
            self.batch.extend(lines)
            return
        self.journal.append(lines)
        self.unfolded += len(lines)

    def end_batch(self) -> None:
        """Write the batch's lines in one append (OSError as for `write`), then maybe fold."""
        pending, self.batch = self.batch, None
        if pending:
            self.write(pending)
        self.maybe_fold()

    def fold_at(self) -> int:
        """How many journal lines trigger a fold.

        By default 1000, or one line per 2 kB of database when that is more, so that the cost of
        folds per key press stays flat as the database grows and replay stays small at open.
        """
        if self._fold_every is not None:
            every = max(1, self._fold_every)
        else:
            every = max(FOLD_EVERY, self._storage.size // FOLD_BYTES_PER_LINE)
        return every + self._retry_after

    def maybe_fold(self) -> None:
        """Take in a finished fold's outcome; start a fold if enough lines piled up (never in a batch)."""
        self.collect()
        if self._running is None and self.batch is None and self.unfolded >= self.fold_at():
            self.start_fold()

    def has_unfolded(self) -> bool:
        """Whether anything on disk is not in the database yet (or not known to be)."""
        return bool(self._running or self.unfolded or self.journal.size or self.folding.exists())

    def start_fold(self) -> None:
        """Rotate the live segment to `J.1` (unless a failed fold left one), snapshot, fold on a thread.

        The caller's thread pays for a rename, a create, an fsync of the folder and the snapshot
        (shallow copies); encoding and writing the database happen on the fold's thread.
        """
        self.collect(wait=True)
        try:
            if not self.folding.exists():
                self.journal.rotate()
        except OSError as exc:
            self._failed(exc, self.unfolded)
            return
        fold = Fold(self._take_snapshot(), self._storage, self.folding, pause=FOLD_PAUSE)
        self._running, self._running_lines, self.unfolded = fold, self.unfolded, 0
        try:
            fold.start()
        except RuntimeError as exc:
            self._running = None
            self._failed(exc, self._running_lines)

    def collect(self, *, wait: bool = False) -> None:
        """Take in the outcome of a finished fold (with `wait`, of the running one): a failure warns."""
        fold = self._running
        if fold is None or not (wait or fold.done()):
            return
        fold.wait()
        self._running = None
        if fold.error is None:
            self._storage.size = fold.size
            self._retry_after = 0
        else:
            self._failed(fold.error, self.unfolded + self._running_lines)

    def _failed(self, exc: BaseException, lines: int) -> None:
        """Keep the segments, warn, and wait as many lines again before the next try."""
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else repr(exc)
        self._warn(f"{self._storage.path}: could not fold the journal ({detail}); it is kept")
        self.unfolded = lines
        self._retry_after = lines

    def fold_now(self) -> None:
        """Fold on this thread: wait for a running fold, write the database, then empty the journal.

        Crash-safe in that order: a kill after the write but before the cut leaves journal
        lines whose sequence numbers the database already holds, and replay skips them.
        Raises OSError (the segments are then kept).
        """
        self.collect(wait=True)
        chunks = self._take_snapshot().encode(pause=0.0)
        self._storage.write_encoded(chunks)
        self._storage.size = sum(map(len, chunks))
        self.folding.unlink(missing_ok=True)
        self.journal.truncate()
        self.unfolded = self._retry_after = 0

    def close(self, *, dirty: bool) -> None:
        """Wait for a fold in flight, fold the rest (an open batch with it) on this thread, and close.

        `dirty`: the caller holds changes that are in no line (positions). If the fold fails, the
        journal is kept (and the batch appended to it: OSError if that fails too).
        """
        try:
            self.collect(wait=True)
            pending, self.batch = self.batch, None
            if not (pending or dirty or self.has_unfolded()):
                return
            try:
                self.fold_now()
            except OSError as exc:
                self._failed(exc, self.unfolded)
                if pending:
                    self.write(pending)
        finally:
            self.journal.close()


def keep_damaged(segments: Iterable[tuple[Path, JournalRead]], stamp: str) -> None:
    """Copy aside each segment with unreadable lines (`J.damaged-<stamp>`) before a fold drops them."""
    for path, found in segments:
        if found.damaged_lines:
            shutil.copy2(path, path.with_name(f"{path.name}.damaged-{stamp}".replace(":", "")))
