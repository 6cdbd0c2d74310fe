"""The errors a user must act on, raised by the store (`from factcheck.store import StoreError, ...`)."""

from __future__ import annotations

from pathlib import Path


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


def unreadable(path: Path, detail: str, *, too_new: bool, backup: Path) -> StoreCorrupt:
    """The one-line refusal to open a database that cannot be read (or is too new); `backup` is its `.bak`."""
    if too_new:
        upgrade = " — upgrade factcheck to open it"
        return StoreTooNew(path, f"{path}: written by a newer factcheck ({detail}); it was left untouched{upgrade}")
    remedy = f"restore {backup} or move it aside" if backup.exists() else "move it aside to start afresh"
    return StoreCorrupt(
        path, f"{path}: cannot be read as a factcheck database ({detail}); it was left untouched — {remedy}"
    )


def locked(path: Path, pid: int | None) -> StoreLocked:
    """The refusal to open a database another process holds, naming that process."""
    holder = pid if pid is not None else "unknown"
    return StoreLocked(path, f"{path}: database in use by another factcheck (pid {holder}); close it first")
