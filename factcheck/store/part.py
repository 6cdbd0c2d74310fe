"""What every room of `Store` (verdicts, conflicts, edits) may use of it: the tables, the clock and the commit.

The rooms are mixins of `Store`, kept in modules of their own so that each table's methods read
together; `StorePart` names, for the type checker and the reader, the three things they take from
`Store` (`store.database`), which provides them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.store.tables import Tables


class StorePart:
    """The part of `Store` its rooms use: `_tables` (the database in memory), `_clock`, `_commit`."""

    _tables: Tables
    _clock: Callable[[], str]

    def _commit(self, entry: dict[str, Any]) -> None:  # provided by Store: journal, then apply, then maybe fold
        raise NotImplementedError
