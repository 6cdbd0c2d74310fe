"""The verdict store: sessions, verdicts, history and conflicts of one database file, and the extraction cache.

The rooms, from the top:

- `database`: `Store`, the typed API (open, sessions, undo, fold, close) over the rooms below; its
  methods for each kind of record are in `verdicts` (labels, notes, history), `conflicts` (another
  analyst's differing verdicts) and `edits` (the analyst's corrections), on `part.StorePart`;
- `tables`: the whole database in memory; `rows`: each record as a JSON row, and the checks on rows
  read from disk; `snapshot`: what a fold writes, encoded a hundred rows at a time;
- `migration`: older schemas brought up to date;
- `journal`: one fsynced line per change, and the folds that empty it into the database file;
- `files`: atomic writes (temp file, fsync, rename) and the lock that keeps a second writer off;
- `cache`: what every file beside the database is called, and the extraction cache with the one
  lookup (`find_cached_extraction`) that export, `factcheck sessions` and the review app share;
- `errors`: what the user must act on (`StoreError` and its kinds).

`from factcheck.store import Store, StoreError, ...` is the way in. Importing the store imports
neither spaCy nor numpy (resuming a review stays fast), and neither extraction nor linking.
"""

from __future__ import annotations

from factcheck.clock import utc_now
from factcheck.store.database import SCHEMA, Store
from factcheck.store.errors import StoreCorrupt, StoreError, StoreLocked, StoreTooNew

__all__ = ["SCHEMA", "Store", "StoreCorrupt", "StoreError", "StoreLocked", "StoreTooNew", "utc_now"]
