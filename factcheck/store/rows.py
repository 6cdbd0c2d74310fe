"""The rows of the database's tables: how a record becomes a JSON row and back, and the checks on each.

`Tables` (the tables in memory) and `TablesSnapshot` (what a fold writes) share them. A row is
built field by field, in the dataclass's order, which is also the order on disk; a row read from
disk is checked as it is loaded, so a bad one makes the database unreadable, never half-read.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields, replace
from operator import itemgetter
from typing import Any

from factcheck.model import EDIT_KINDS, LABELS, Edit, HistoryEntry, Session, Verdict


class TablesError(Exception):
    """The database's contents do not have the expected shape; `too_new` for an unknown schema version."""

    def __init__(self, message: str, *, too_new: bool = False) -> None:
        super().__init__(message)
        self.too_new = too_new


@dataclass(frozen=True)
class Conflict:
    """Another analyst's differing verdict on a claim, from one source, open until resolved."""

    theirs: Verdict
    source: str
    added: str
    resolved: str | None = None
    choice: str = ""  # how it was resolved: mine, theirs or both (empty before issue 12)
    resolved_by: str = ""
    change: int | None = None  # the history entry that settled it; undoing that entry reopens it


def check_schema(found: Any, expected: str) -> None:
    name, _, version = expected.partition("/")
    if not isinstance(found, str) or found.partition("/")[0] != name:
        raise TablesError(f"schema {found!r} is not {name}")
    found_version = found.partition("/")[2]
    if not found_version.isdigit():
        raise TablesError(f"schema {found!r} has no version number")
    if int(found_version) > int(version):
        raise TablesError(f"schema {found}; this version reads {expected}", too_new=True)


def check_edit(edit: Edit) -> None:
    """Refuse an edit row that is not one (a bad one in the database makes it unreadable, as for verdicts)."""
    if edit.kind not in EDIT_KINDS:
        raise ValueError(f"unknown edit kind {edit.kind!r}")
    if not isinstance(edit.seq, int) or not all(isinstance(v, str) for v in (edit.target, edit.value, edit.analyst)):
        raise ValueError(f"bad edit row {edit!r}")
    for number in (edit.group, edit.undo_of, edit.withdraws):
        if number is not None and not isinstance(number, int):
            raise ValueError(f"bad edit row {edit!r}")


def check_labels(*labels: Any) -> None:
    for label in labels:
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}")


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


SESSION_FIELDS = _field_names(Session)
FIELDS: dict[type, tuple[str, ...]] = {cls: _field_names(cls) for cls in (Session, Verdict, HistoryEntry, Edit)}
# All fields, in order, are required in verdict and history rows (we always write them all);
# itemgetter plus positional arguments is the cheapest way to build thousands of dataclasses.
VERDICT_FIELDS = itemgetter(*_field_names(Verdict))
HISTORY_FIELDS = itemgetter(*_field_names(HistoryEntry))
SEQ = itemgetter("seq")


def as_row(obj: Session | Verdict | HistoryEntry | Edit, session: str | None = None) -> dict[str, Any]:
    """A dataclass as a JSON row, field by field (asdict deep-copies and is many times slower)."""
    row = {name: getattr(obj, name) for name in FIELDS[type(obj)]}
    if session is not None:
        row["session"] = session
    return row


def copy_session(session: Session) -> Session:
    """A copy of a session that the caller may change without changing the tables."""
    return replace(session, corpus=list(session.corpus), filter=copy.deepcopy(session.filter))
