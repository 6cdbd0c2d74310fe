"""What a fold writes: a snapshot of the tables, encoded as TinyDB's JSON a hundred rows at a time.

`Tables.snapshot` takes it on the caller's thread, in shallow copies; `TablesSnapshot.encode` runs
on the fold's own thread and turns it into the database file's bytes in pieces, so that the fold
never holds the GIL for long (see `encode_tinydb`).
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.model import Edit, HistoryEntry, Session, Verdict
from factcheck.store.rows import Conflict, as_row

ROWS_PER_PIECE = 100  # rows per json.dumps call when encoding a snapshot
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


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
            (as_row(e, name) for name, entries in self.history for e in entries),
        )
        conflicts = (
            {
                "session": name,
                "source": c.source,
                "theirs": as_row(c.theirs),
                "added": c.added,
                "resolved": c.resolved,
                **({"choice": c.choice, "resolved_by": c.resolved_by, "change": c.change} if c.choice else {}),
            }
            for name, found in self.conflicts
            for c in found
        )
        return [
            ("meta", [{"schema": self.schema, "seq": self.seq}]),
            ("sessions", (as_row(s) for s in self.sessions)),
            ("verdicts", (as_row(v, name) for name, found in self.verdicts for v in found)),
            ("history", history),
            ("conflicts", conflicts),
            ("edits", (as_row(e, name) for name, found in self.edits for e in found)),
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
