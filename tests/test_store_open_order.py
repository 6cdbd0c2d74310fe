"""Opening the database reads it before taking the lock, so that a database that cannot be read, or a
check that fails after reading, leaves no new file behind (issue 12: no lock next to a corrupt database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import Session
from factcheck.store import Store, StoreCorrupt, StoreLocked
from factcheck.store.cache import journal_path, lock_path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "factcheck.json"


def test_a_corrupt_database_gets_no_lock_file_beside_it(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b'{"meta": {"1": {"schema": "factcheck.db/1", "seq"')
    with pytest.raises(StoreCorrupt):
        Store.open(db)
    assert sorted(p.name for p in db.parent.iterdir()) == ["factcheck.json"]


def test_a_read_only_store_promoted_to_writing_creates_its_files_only_then(db: Path) -> None:
    reader = Store.open(db, readonly=True)
    assert not db.parent.exists()  # looking at a database that is not there creates nothing
    reader.promote()
    reader.save_session(Session("dam", ["/corpus"], analyst="ana"))
    reader.close()
    assert lock_path(db).exists() and journal_path(db).exists()
    with Store.open(db, readonly=True) as again:
        assert [s.name for s in again.sessions()] == ["dam"]


def test_promoting_takes_in_what_another_writer_saved_after_the_read(db: Path) -> None:
    with Store.open(db) as first:
        first.save_session(Session("dam", ["/corpus"], analyst="ana"))
    reader = Store.open(db, readonly=True)
    with Store.open(db) as other:  # another app writes between our read and our lock
        other.record_verdict("dam", "c-000000000001", "disputed", analyst="bo")
    reader.promote()
    assert reader.verdict("dam", "c-000000000001") is not None
    reader.record_verdict("dam", "c-000000000002", "corroborated", analyst="ana")
    reader.close()
    with Store.open(db, readonly=True) as again:
        assert set(again.verdicts("dam")) == {"c-000000000001", "c-000000000002"}


def test_promoting_is_refused_while_another_writer_holds_the_database(db: Path) -> None:
    with Store.open(db) as first:
        first.save_session(Session("dam", ["/corpus"], analyst="ana"))
        reader = Store.open(db, readonly=True)
        with pytest.raises(StoreLocked):
            reader.promote()
        assert reader.readonly
        reader.close()


def test_a_promoted_store_says_once_that_it_migrated(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b'{"meta": {"1": {"schema": "factcheck.db/0", "seq": 0}}}')
    reader = Store.open(db, readonly=True)
    assert len(reader.warnings) == 1 and "not changed" in reader.warnings[0]
    reader.promote()
    assert len(reader.warnings) == 1 and "migrated" in reader.warnings[0]
    reader.close()
