"""Older databases: the schema steps applied on open, and the original kept before it is rewritten.

A migration is never a silent rewrite: `Store.open` keeps the original file (`keep_original`) and
warns; a read-only open migrates in memory only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck.store.cache import original_path
from factcheck.store.files import atomic_write_bytes
from factcheck.store.tables import TablesError


def _history_gains_undo_of(raw: dict[str, Any]) -> None:
    """factcheck.db/0 -> /1: history rows gain `undo_of` (undo came in /1; no /0 row was an undo)
    and the meta record gains `seq` (the journal came in /1; nothing of a /0 file is in one)."""
    for row in raw.get("history", {}).values():
        row.setdefault("undo_of", None)
    for meta in raw.get("meta", {}).values():
        meta.setdefault("seq", 0)


# MIGRATIONS[n] turns a database of version n into version n + 1, in place, in memory. When the
# format changes: bump SCHEMA in factcheck.store.database, add the step here, keep a fixture of the old format.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], None]] = {0: _history_gains_undo_of}


def migrate(raw: Any, schema: str) -> int | None:
    """Bring the raw data of an older database up to `schema`, in place; the version it had.

    None when there is nothing to migrate: no database, the current version, or something that
    is not one (then `Tables.from_raw` says what is wrong). A newer version is not touched here
    either (`from_raw` refuses it). A step that fails on the data raises TablesError.
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("meta"), dict):
        return None
    meta = next(iter(raw["meta"].values()), None)
    if not isinstance(meta, dict) or not isinstance(meta.get("schema"), str):
        return None
    name, _, version = schema.partition("/")
    found_name, _, found_version = meta["schema"].partition("/")
    if found_name != name or not found_version.isdigit() or int(found_version) >= int(version):
        return None
    for step in range(int(found_version), int(version)):
        if step not in MIGRATIONS:
            raise TablesError(f"schema {meta['schema']}: no migration from version {step}")
        try:
            MIGRATIONS[step](raw)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TablesError(f"schema {meta['schema']}: cannot migrate from version {step} ({exc!r})") from None
    meta["schema"] = schema
    return int(found_version)


def keep_original(db: Path, version: int) -> Path:
    """Copy the database file of an older `version` to `<db>.v<version>.bak`, before it is rewritten; where it went.

    Why: the analyst (or an older factcheck) can go back to the original. A backup with other bytes
    already there is kept too: the copy then goes to `<db>.v<version>.<n>.bak`.
    """
    original = db.read_bytes()
    n = 1
    backup = original_path(db, version)
    while backup.exists() and backup.read_bytes() != original:
        n += 1
        backup = original_path(db, version, n)
    if not backup.exists():
        atomic_write_bytes(backup, original)
    return backup


def migration_notice(db: Path, version: int, schema: str, backup: Path | None) -> str:
    """The warning of a migration: where the original was kept, or (`backup` None) that nothing was written."""
    old = schema.partition("/")[0] + f"/{version}"
    if backup is None:
        return f"{db}: {old} read as {schema}; the file was not changed (read-only)"
    return f"{db}: migrated from {old} to {schema}; the original file was kept as {backup}"
