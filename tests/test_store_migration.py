"""Databases of earlier formats: today's format kept as a fixture, and a migration from version 0.

Why: an analyst's database outlives the version of factcheck that wrote it. A file of today's
format (tests/fixtures/db_v1, written by the code of its day) must keep reading exactly and must
not be rewritten by merely opening it; an older one is migrated on open, never silently: the
original is kept byte for byte as `<db>.v<N>.bak` and a warning says so.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.model import HistoryEntry, Session, Verdict
from factcheck.store import SCHEMA, Store, StoreCorrupt, StoreTooNew

FIXTURE = Path(__file__).parent / "fixtures" / "db_v1" / "factcheck.json"
T = "2024-05-01T09:{:02d}:00.000Z".format

VERDICTS = {
    "a1-c1": Verdict("a1-c1", "corroborated", "checked the minutes", "ana", T(2)),
    "a1-c2": Verdict("a1-c2", "corroborated", "", "ana", T(7)),
    "a2-c3": Verdict("a2-c3", None, "ask the port authority", "ana", T(6)),  # a note only
}
HISTORY = [
    HistoryEntry(1, "a1-c1", None, "corroborated", "", "checked the minutes", "ana", T(2)),
    HistoryEntry(2, "a1-c2", None, "disputed", "", "", "ana", T(3)),
    HistoryEntry(3, "a2-c1", None, "unverified", "", "", "ana", T(4)),
    HistoryEntry(4, "a2-c1", "unverified", None, "", "", "ana", T(5), undo_of=3),
    HistoryEntry(5, "a2-c3", None, None, "", "ask the port authority", "ana", T(6)),
    HistoryEntry(6, "a1-c2", "disputed", "corroborated", "", "", "ana", T(7)),
]
SESSION = Session("port", ["corpus/"], "ana", T(1), T(7), cursor="a2-c3", filter={"label": "unlabelled"}, org="Desk")
THEIRS = Verdict("a1-c1", "disputed", "their note", "bob", "2024-04-30T08:00:00.000Z")


def check_fixture_contents(store: Store) -> None:
    """Everything the fixture holds, exactly."""
    assert store.sessions() == [SESSION]
    assert store.verdicts("port") == VERDICTS
    assert store.history("port") == HISTORY
    assert store.conflicts("port") == [(VERDICTS["a1-c1"], THEIRS, "bob.json")]


@pytest.fixture
def db_v1(tmp_path: Path) -> Path:
    """A copy of the fixture database, to open writable."""
    db = tmp_path / "data" / "factcheck.json"
    db.parent.mkdir()
    shutil.copyfile(FIXTURE, db)
    return db


def test_the_fixture_is_in_todays_format() -> None:
    """If SCHEMA moves on, keep this fixture as it is and add one of the new format."""
    assert json.loads(FIXTURE.read_bytes())["meta"]["1"]["schema"] == SCHEMA == "factcheck.db/1"


def test_a_v1_database_reads_exactly_and_opening_it_does_not_rewrite_it(db_v1: Path) -> None:
    original = db_v1.read_bytes()
    with Store.open(db_v1) as store:
        check_fixture_contents(store)
        assert store.warnings == []
    assert db_v1.read_bytes() == original
    assert not list(db_v1.parent.glob("*.bak"))
    with Store.open(db_v1, readonly=True) as reader:
        check_fixture_contents(reader)
    assert db_v1.read_bytes() == original


def test_a_v1_database_takes_new_changes_and_keeps_the_old(db_v1: Path) -> None:
    with Store.open(db_v1) as store:
        store.undo("port", analyst="ana")  # reverts seq 6: a1-c2 back to disputed
    with Store.open(db_v1) as store:
        reverted = store.verdict("port", "a1-c2")
        assert reverted is not None and (reverted.label, reverted.note) == ("disputed", "")
        assert store.history("port")[:6] == HISTORY
        assert store.history("port")[6].undo_of == 6


def make_v0(db: Path) -> bytes:
    """The fixture as factcheck.db/0 wrote it: that schema name, no `seq` in meta, no `undo_of` in history.

    (Version 0 had no undo: the fixture's undo and the change it undid are left out.)
    """
    raw = json.loads(FIXTURE.read_bytes())
    raw["meta"] = {"1": {"schema": "factcheck.db/0"}}
    raw["history"] = {k: row for k, row in raw["history"].items() if row["seq"] not in (3, 4)}
    for row in raw["history"].values():
        del row["undo_of"]
    data = json.dumps(raw, indent=1).encode()  # not the bytes today's code would write
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(data)
    return data


V0_HISTORY = [entry for entry in HISTORY if entry.seq not in (3, 4)]
V0_VERDICTS = VERDICTS  # the change undone in the fixture left no verdict


def test_a_v0_database_is_migrated_with_the_original_kept_and_a_warning(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    original = make_v0(db)
    backup = tmp_path / "factcheck.json.v0.bak"
    with Store.open(db) as store:
        assert store.warnings == [
            f"{db}: migrated from factcheck.db/0 to factcheck.db/1; the original file was kept as {backup}"
        ]
        assert store.verdicts("port") == V0_VERDICTS
        assert store.history("port") == V0_HISTORY
        assert store.sessions() == [SESSION]
        undone = store.undo("port", analyst="ana")  # undo works on migrated history
        assert undone is not None and undone.undo_of == 6
    assert backup.read_bytes() == original
    on_disk = json.loads(db.read_bytes())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA
    assert all("undo_of" in row for row in on_disk["history"].values())
    with Store.open(db) as store:  # migrated once: no second warning, no second backup
        assert store.warnings == []
        reverted = store.verdict("port", "a1-c2")
        assert reverted is not None and reverted.label == "disputed"
    assert sorted(p.name for p in tmp_path.glob("*.v0*")) == ["factcheck.json.v0.bak"]


def test_a_v0_database_opened_read_only_is_read_and_not_written(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    original = make_v0(db)
    with Store.open(db, readonly=True) as reader:
        assert reader.verdicts("port") == V0_VERDICTS
        assert reader.history("port") == V0_HISTORY
        assert reader.warnings == [f"{db}: factcheck.db/0 read as factcheck.db/1; the file was not changed (read-only)"]
    assert db.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["factcheck.json"]


def test_an_earlier_backup_with_other_bytes_is_not_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    (tmp_path / "factcheck.json.v0.bak").write_bytes(b"an older backup")
    original = make_v0(db)
    Store.open(db).close()
    assert (tmp_path / "factcheck.json.v0.bak").read_bytes() == b"an older backup"
    assert (tmp_path / "factcheck.json.v0.2.bak").read_bytes() == original


def test_a_newer_schema_is_still_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    raw = json.loads(FIXTURE.read_bytes())
    raw["meta"]["1"]["schema"] = "factcheck.db/2"
    db.write_text(json.dumps(raw))
    before = db.read_bytes()
    with pytest.raises(StoreTooNew):
        Store.open(db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".bak") == []


def test_a_v0_database_that_cannot_be_migrated_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    db.write_text(json.dumps({"meta": {"1": {"schema": "factcheck.db/0"}}, "history": {"1": "not a row"}}))
    before = db.read_bytes()
    with pytest.raises(StoreCorrupt, match="cannot migrate from version 0"):
        Store.open(db)
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))
