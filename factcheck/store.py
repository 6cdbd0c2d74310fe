"""The verdict database: TinyDB behind a small typed API (STUB: signatures are the contract).

Layout on disk, for a database path `data/factcheck.json`:
- `data/factcheck.json`          TinyDB file (tables: sessions, verdicts, history, conflicts, meta),
                                 written by an atomic storage (temp file, fsync, rename, fsync dir).
- `data/factcheck.json.journal`  append-only JSON lines of verdict changes not yet folded in; each key
                                 press appends one line and fsyncs it, so it costs little whatever the size.
- `data/factcheck.json.lock`     flock'ed sidecar; a second writer is refused (StoreLocked).
- `data/factcheck.cache/`        extraction cache, one JSON file per corpus key, apart from verdicts.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.model import Extraction, HistoryEntry, Label, Session, Verdict


class StoreError(Exception):
    """A problem with the database that the user must act on; str() is a one-line message."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class StoreLocked(StoreError):
    """Another process holds the database's lock."""


class StoreCorrupt(StoreError):
    """The database file cannot be parsed; it is left untouched."""


class Store:
    """Sessions, verdicts, history, conflicts and the extraction cache of one database file."""

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        """Open (creating if missing) and lock the database; `readonly` takes no lock, writes nothing."""
        raise NotImplementedError

    def close(self) -> None:
        """Fold the journal into the database and release the lock."""
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # sessions
    def sessions(self) -> list[Session]:
        raise NotImplementedError

    def get_session(self, name: str) -> Session | None:
        raise NotImplementedError

    def save_session(self, session: Session) -> None:
        raise NotImplementedError

    def set_position(self, session: str, cursor: str | None, filter: dict) -> None:
        """Remember where the analyst is, to resume there."""
        raise NotImplementedError

    # verdicts
    def verdicts(self, session: str) -> dict[str, Verdict]:
        raise NotImplementedError

    def record_verdict(
        self, session: str, claim: str, label: Label | None, *, analyst: str, note: str | None = None
    ) -> Verdict | None:
        """Set (or with None clear) a claim's label; on disk before it returns; history appended."""
        raise NotImplementedError

    def set_note(self, session: str, claim: str, note: str, *, analyst: str) -> Verdict | None:
        raise NotImplementedError

    def history(self, session: str) -> list[HistoryEntry]:
        raise NotImplementedError

    def undo(self, session: str, *, analyst: str) -> HistoryEntry | None:
        """Revert the most recent change not yet undone; returns the new (undo) entry."""
        raise NotImplementedError

    # conflicts (another analyst's differing verdict, from `factcheck import`)
    def add_conflict(self, session: str, theirs: Verdict, *, source: str) -> None:
        """Keep another analyst's verdict that differs from ours, to adjudicate later."""
        raise NotImplementedError

    def conflicts(self, session: str) -> list[tuple[Verdict | None, Verdict, str]]:
        """Open conflicts as (ours, theirs, source)."""
        raise NotImplementedError

    def resolve_conflict(self, session: str, claim: str) -> None:
        """Close the conflict on a claim (the analyst has recorded the verdict to keep)."""
        raise NotImplementedError

    # extraction cache
    def cached_extraction(self, key: str) -> Extraction | None:
        raise NotImplementedError

    def cache_extraction(self, key: str, extraction: Extraction) -> None:
        raise NotImplementedError
