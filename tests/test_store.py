"""The verdict store: API, persistence across close/open, journal replay, undo, lock, corruption, cache."""

from __future__ import annotations

import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from factcheck.model import Article, Claim, Extraction, Link, Session, Verdict
from factcheck.store import (
    SCHEMA,
    Store,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    utc_now,
)
from factcheck.store import files as files_module
from factcheck.store.cache import cache_dir, folding_path, journal_path, lock_path
from factcheck.store.files import AtomicJSONStorage
from factcheck.store.journal import read_journal
from factcheck.store.tables import ROWS_PER_PIECE, encode_tinydb


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database path whose folder does not exist yet (as `data/` in a fresh working directory)."""
    return tmp_path / "data" / "factcheck.json"


@pytest.fixture
def clock() -> Callable[[], str]:
    """A clock that ticks one second per call, so times are distinct and predictable."""
    ticks = itertools.count()

    def tick() -> str:
        t = next(ticks)
        return f"2024-01-01T{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}.000Z"

    return tick


@pytest.fixture
def store(db: Path, clock: Callable[[], str]) -> Iterator[Store]:
    """An open store with one session, `s`."""
    with Store.open(db, clock=clock) as opened:
        opened.save_session(Session("s", ["corpus/"], analyst="ana", org="desk"))
        yield opened


def crash(store: Store) -> None:
    """Simulate a killed process: drop the lock and the journal handle without folding or closing.

    A background fold in flight is let finish first (or fail, as a test arranged it to).
    """
    assert store._writer is not None and store._lock is not None
    store._writer.collect(wait=True)
    store._writer.journal.close()
    store._lock.release()
    store._closed = True


def journal_lines(db: Path) -> list[str]:
    return journal_path(db).read_text(encoding="utf-8").splitlines()


# opening, files, layout


def test_open_creates_the_missing_folder_the_database_and_the_lock(db: Path) -> None:
    assert not db.parent.exists()
    with Store.open(db):
        assert db.is_file()
        assert lock_path(db).is_file()
        assert journal_path(db).stat().st_size == 0
    raw = json.loads(db.read_text(encoding="utf-8"))
    assert raw["meta"]["1"]["schema"] == SCHEMA


def test_the_file_is_a_tinydb_database(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.close()
    tiny = TinyDB(db, storage=AtomicJSONStorage)
    assert tiny.table("meta").all()[0]["schema"] == SCHEMA
    [row] = tiny.table("verdicts").all()
    assert (row["session"], row["claim"], row["label"]) == ("s", "c-1", "disputed")
    assert tiny.table("sessions").all()[0]["name"] == "s"


def test_utc_now_is_iso_8601_utc() -> None:
    parsed = datetime.fromisoformat(utc_now())
    assert parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


def test_stale_temp_files_of_a_killed_write_are_removed_on_open(db: Path) -> None:
    Store.open(db).close()
    stale = db.parent / f".{db.name}.abc123.tmp"
    stale.write_text("{half", encoding="utf-8")
    Store.open(db).close()
    assert not stale.exists()


# sessions


def test_sessions_round_trip_and_are_copies(store: Store, db: Path) -> None:
    got = store.get_session("s")
    assert got is not None
    assert (got.name, got.corpus, got.analyst, got.org) == ("s", ["corpus/"], "ana", "desk")
    assert got.created and got.updated
    got.corpus.append("changed")
    got.filter["status"] = "changed"
    again = store.get_session("s")
    assert again is not None and again.corpus == ["corpus/"] and again.filter == {}
    assert store.get_session("nope") is None
    store.save_session(Session("t", ["b/"], created="2020-01-01T00:00:00.000Z"))
    assert [s.name for s in store.sessions()] == ["s", "t"]
    store.close()
    with Store.open(db) as reopened:
        t = reopened.get_session("t")
        assert t is not None and t.created == "2020-01-01T00:00:00.000Z"
        assert [s.name for s in reopened.sessions()] == ["s", "t"]


def test_set_position_is_kept_in_memory_and_persisted_at_close(store: Store, db: Path) -> None:
    size = journal_path(db).stat().st_size
    store.set_position("s", "c-9", {"status": "unreviewed", "sides": ["A"]})
    assert journal_path(db).stat().st_size == size  # no disk write per cursor move
    session = store.get_session("s")
    assert session is not None and session.cursor == "c-9"
    assert session.filter == {"status": "unreviewed", "sides": ["A"]}
    store.close()
    with Store.open(db) as reopened:
        session = reopened.get_session("s")
        assert session is not None
        assert (session.cursor, session.filter) == ("c-9", {"status": "unreviewed", "sides": ["A"]})


def test_set_position_rides_along_with_the_next_verdict(store: Store, db: Path) -> None:
    store.set_position("s", "c-2", {"status": "all"})
    store.record_verdict("s", "c-2", "unverified", analyst="ana")
    crash(store)
    with Store.open(db) as reopened:
        session = reopened.get_session("s")
        assert session is not None and session.cursor == "c-2"


def test_a_crash_loses_at_most_the_position(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.set_position("s", "c-5", {})
    crash(store)
    with Store.open(db) as reopened:
        session = reopened.get_session("s")
        assert session is not None and session.cursor is None
        assert reopened.verdicts("s")["c-1"].label == "disputed"


def test_set_position_refuses_unknown_sessions_and_non_json_filters(store: Store) -> None:
    with pytest.raises(KeyError):
        store.set_position("nope", None, {})
    with pytest.raises(TypeError):
        store.set_position("s", None, {"bad": object()})
    store.record_verdict("s", "c-1", "disputed", analyst="ana")  # still works afterwards
    assert store.verdict("s", "c-1") is not None


# verdicts and history


def test_record_verdict_returns_and_keeps_the_verdict(store: Store) -> None:
    verdict = store.record_verdict("s", "c-1", "corroborated", analyst="ana", note="two outlets")
    assert verdict == Verdict("c-1", "corroborated", "two outlets", "ana", verdict.updated)  # type: ignore[union-attr]
    assert verdict is not None and verdict.updated.endswith("Z")
    assert store.verdicts("s") == {"c-1": verdict}
    assert store.verdict("s", "c-1") == verdict
    assert store.verdicts("other") == {}


def test_note_none_keeps_the_note_and_repeating_a_verdict_records_nothing(store: Store) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana", note="why")
    kept = store.record_verdict("s", "c-1", "unverified", analyst="bo")
    assert kept is not None and (kept.label, kept.note, kept.analyst) == ("unverified", "why", "bo")
    before = len(store.history("s"))
    assert store.record_verdict("s", "c-1", "unverified", analyst="ana") == kept
    assert len(store.history("s")) == before


def test_unknown_label_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown label"):
        store.record_verdict("s", "c-1", "true", analyst="ana")  # type: ignore[arg-type]
    assert store.history("s") == []


def test_clearing_removes_the_verdict_but_keeps_history(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    assert store.record_verdict("s", "c-1", None, analyst="ana") is None
    assert store.verdicts("s") == {}
    assert [(h.old_label, h.new_label) for h in store.history("s")] == [(None, "disputed"), ("disputed", None)]
    store.close()
    with Store.open(db) as reopened:
        assert reopened.verdicts("s") == {}
        assert len(reopened.history("s")) == 2


def test_clearing_a_label_with_a_note_keeps_a_note_only_verdict(store: Store) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana", note="check the date")
    left = store.record_verdict("s", "c-1", None, analyst="ana")
    assert left is not None and (left.label, left.note) == (None, "check the date")
    assert store.set_note("s", "c-1", "", analyst="ana") is None
    assert store.verdicts("s") == {}


def test_set_note_keeps_the_label_and_can_note_an_unlabelled_claim(store: Store) -> None:
    store.record_verdict("s", "c-1", "corroborated", analyst="ana")
    noted = store.set_note("s", "c-1", "AP and Reuters", analyst="bo")
    assert noted is not None and (noted.label, noted.note, noted.analyst) == ("corroborated", "AP and Reuters", "bo")
    fresh = store.set_note("s", "c-2", "look later", analyst="ana")
    assert fresh is not None and (fresh.label, fresh.note) == (None, "look later")
    last = store.history("s")[-1]
    assert (last.claim, last.old_note, last.new_note, last.old_label, last.new_label) == (
        "c-2",
        "",
        "look later",
        None,
        None,
    )


def test_history_records_every_change_with_increasing_seq(store: Store) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.record_verdict("s", "c-2", "corroborated", analyst="bo")
    store.set_note("s", "c-1", "why", analyst="ana")
    history = store.history("s")
    assert [h.seq for h in history] == [1, 2, 3]
    assert [(h.claim, h.new_label, h.new_note, h.analyst) for h in history] == [
        ("c-1", "disputed", "", "ana"),
        ("c-2", "corroborated", "", "bo"),
        ("c-1", "disputed", "why", "ana"),
    ]
    assert history[0].time < history[1].time < history[2].time
    assert store.history("other") == []


def test_a_verdict_touches_the_journal_only(store: Store, db: Path) -> None:
    before = db.stat()
    lines = len(journal_lines(db))
    for n in range(5):
        store.record_verdict("s", f"c-{n}", "disputed", analyst="ana")
    after = db.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (before.st_ino, before.st_mtime_ns, before.st_size)
    assert len(journal_lines(db)) == lines + 5
    entry = json.loads(journal_lines(db)[-1])
    assert entry["op"] == "change" and entry["change"]["claim"] == "c-4"


def test_verdicts_update_the_session_time(store: Store) -> None:
    verdict = store.record_verdict("s", "c-1", "disputed", analyst="ana")
    session = store.get_session("s")
    assert verdict is not None and session is not None and session.updated == verdict.updated


# undo


def test_undo_walks_back_through_changes(store: Store) -> None:
    store.record_verdict("s", "c-1", "corroborated", analyst="ana")
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.record_verdict("s", "c-2", "unverified", analyst="ana")
    first = store.undo("s", analyst="ana")
    assert first is not None and (first.claim, first.undo_of, first.new_label) == ("c-2", 3, None)
    assert "c-2" not in store.verdicts("s")
    second = store.undo("s", analyst="ana")
    assert second is not None and second.undo_of == 2
    assert store.verdicts("s")["c-1"].label == "corroborated"
    third = store.undo("s", analyst="ana")
    assert third is not None and third.undo_of == 1
    assert store.verdicts("s") == {}
    assert store.undo("s", analyst="ana") is None
    assert [h.seq for h in store.history("s")] == [1, 2, 3, 4, 5, 6]


def test_undo_restores_notes_and_skips_changes_already_undone(store: Store) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana", note="a")
    store.set_note("s", "c-1", "b", analyst="ana")
    store.undo("s", analyst="ana")
    assert store.verdicts("s")["c-1"].note == "a"
    store.record_verdict("s", "c-1", "unverified", analyst="ana")
    undone = store.undo("s", analyst="ana")  # the new change, then the first one (the note change is undone)
    assert undone is not None and undone.undo_of == 4
    assert store.verdicts("s")["c-1"].label == "disputed"
    last = store.undo("s", analyst="ana")
    assert last is not None and last.undo_of == 1
    assert store.undo("s", analyst="ana") is None


def test_undo_works_across_a_restart_and_a_crash(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "corroborated", analyst="ana")
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.close()
    with Store.open(db) as reopened:
        entry = reopened.undo("s", analyst="ana")
        assert entry is not None and entry.undo_of == 2
        assert reopened.verdicts("s")["c-1"].label == "corroborated"
        crash(reopened)
    with Store.open(db) as again:
        assert again.verdicts("s")["c-1"].label == "corroborated"
        entry = again.undo("s", analyst="ana")
        assert entry is not None and entry.undo_of == 1
        assert again.verdicts("s") == {}


# persistence, journal replay, folding


def test_everything_round_trips_across_close_and_open(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "corroborated", analyst="ana", note="ok")
    store.record_verdict("s", "c-2", "disputed", analyst="bo")
    store.undo("s", analyst="ana")
    store.add_conflict("s", Verdict("c-1", "disputed", "no", "cy", "2024-02-01T00:00:00.000Z"), source="cy.json")
    store.set_position("s", "c-2", {"status": "reviewed"})
    state = (store.sessions(), store.verdicts("s"), store.history("s"), store.conflicts("s"))
    store.close()
    with Store.open(db) as reopened:
        assert (reopened.sessions(), reopened.verdicts("s"), reopened.history("s"), reopened.conflicts("s")) == state
    with Store.open(db, readonly=True) as readonly:
        assert readonly.verdicts("s") == state[1]


def test_journal_is_replayed_after_a_crash_and_then_folded(store: Store, db: Path) -> None:
    for n in range(20):
        store.record_verdict("s", f"c-{n}", "disputed", analyst="ana")
    crash(store)
    assert json.loads(db.read_text(encoding="utf-8"))["verdicts"] == {}
    with Store.open(db) as reopened:
        assert sorted(reopened.verdicts("s")) == sorted(f"c-{n}" for n in range(20))
        reopened.wait_for_fold()  # the fold after replay runs in the background
        assert journal_path(db).stat().st_size == 0
        assert not folding_path(journal_path(db)).exists()
        assert len(json.loads(db.read_text(encoding="utf-8"))["verdicts"]) == 20
        assert reopened.warnings == []


def test_replay_is_idempotent_when_a_fold_was_not_followed_by_the_journal_cut(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.record_verdict("s", "c-2", "corroborated", analyst="ana")
    unfolded = journal_path(db).read_bytes()
    store.close()  # folds and cuts the journal
    journal_path(db).write_bytes(unfolded)  # as if killed between the database write and the cut
    with Store.open(db) as reopened:
        assert [h.seq for h in reopened.history("s")] == [1, 2]
        assert len(reopened.verdicts("s")) == 2


def test_a_torn_last_journal_line_is_dropped(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.record_verdict("s", "c-2", "corroborated", analyst="ana")
    crash(store)
    whole = journal_path(db).read_bytes()
    last = whole.rstrip(b"\n").rsplit(b"\n", 1)[1]
    journal_path(db).write_bytes(whole[: len(whole) - len(last) // 2])
    with Store.open(db) as reopened:
        assert list(reopened.verdicts("s")) == ["c-1"]
        assert reopened.warnings == []
        reopened.record_verdict("s", "c-3", "unverified", analyst="ana")
        crash(reopened)
    with Store.open(db) as again:
        assert sorted(again.verdicts("s")) == ["c-1", "c-3"]


def test_a_damaged_middle_journal_line_is_skipped_and_the_rest_kept(store: Store, db: Path) -> None:
    for n in range(3):
        store.record_verdict("s", f"c-{n}", "disputed", analyst="ana")
    crash(store)
    lines = journal_lines(db)
    lines[-2] = lines[-2][:10] + "\x00garbage"
    journal_path(db).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Store.open(db) as reopened:
        assert sorted(reopened.verdicts("s")) == ["c-0", "c-2"]
        assert len(reopened.warnings) == 1 and "could not be read" in reopened.warnings[0]
    [kept] = db.parent.glob(f"{journal_path(db).name}.damaged-*")
    assert kept.read_text(encoding="utf-8").splitlines() == lines


def test_read_journal_reports_torn_and_damaged_lines(tmp_path: Path) -> None:
    path = tmp_path / "j"
    assert read_journal(path).entries == []
    path.write_bytes(b'{"seq":1}\nnot json\n{"seq":3}\n{"seq":4')
    found = read_journal(path)
    assert [e["seq"] for e in found.entries] == [1, 3]
    assert found.damaged_lines == [2] and found.torn_tail
    path.write_bytes(b'{"seq":1}\n{"se\n')
    found = read_journal(path)
    assert [e["seq"] for e in found.entries] == [1] and found.torn_tail and found.damaged_lines == []


def test_the_journal_is_folded_every_n_lines(db: Path) -> None:
    with Store.open(db, fold_every=4) as store:
        store.save_session(Session("s", []))
        for n in range(6):
            store.record_verdict("s", f"c-{n}", "disputed", analyst="ana")
        store.wait_for_fold()
        folded = json.loads(db.read_text(encoding="utf-8"))
        assert len(folded["verdicts"]) == 3  # folded after the 4th line (session + 3 verdicts)
        assert len(journal_lines(db)) == 3
        assert not folding_path(journal_path(db)).exists()


def disk_full(self: AtomicJSONStorage, chunks: object, **options: object) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_fold_keeps_the_journal_and_the_verdict(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(db, fold_every=1)
    store.save_session(Session("s", []))
    store.wait_for_fold()
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", disk_full)
    verdict = store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.wait_for_fold()
    assert verdict is not None and store.warnings == [
        f"{db}: could not fold the journal (No space left on device); it is kept"
    ]
    assert [json.loads(line)["op"] for line in folding_path(journal_path(db)).read_text().splitlines()] == ["change"]
    store.close()  # the final fold fails too: a second warning, and the journal stays
    assert len(store.warnings) == 2
    monkeypatch.undo()
    with Store.open(db) as reopened:
        assert reopened.verdicts("s") == {"c-1": verdict}


def test_a_failed_journal_write_raises_and_changes_nothing(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.record_verdict("s", "c-0", "disputed", analyst="ana")
    before = journal_path(db).read_bytes()
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        if len(data) > 20:
            return real_write(fd, data[:20])  # a partial line reaches the file, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "write", half_then_full)
    with pytest.raises(StoreError, match="cannot save the change"):
        store.record_verdict("s", "c-1", "disputed", analyst="ana")
    monkeypatch.undo()
    assert journal_path(db).read_bytes() == before  # the partial line was cut off again
    assert list(store.verdicts("s")) == ["c-0"] and len(store.history("s")) == 1
    assert store.record_verdict("s", "c-1", "disputed", analyst="ana") is not None
    crash(store)
    with Store.open(db) as reopened:
        assert sorted(reopened.verdicts("s")) == ["c-0", "c-1"] and reopened.warnings == []


def test_a_bak_of_the_previous_database_is_kept(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.fold()
    first = db.read_bytes()
    store.record_verdict("s", "c-2", "disputed", analyst="ana")
    store.fold()
    bak = db.with_name(db.name + ".bak")
    assert bak.read_bytes() == first
    assert len(json.loads(bak.read_text(encoding="utf-8"))["verdicts"]) == 1


def test_batch_writes_once_at_the_end(store: Store, db: Path) -> None:
    size = journal_path(db).stat().st_size
    with store.batch():
        for n in range(50):
            store.record_verdict("s", f"c-{n}", "disputed", analyst="import")
        assert journal_path(db).stat().st_size == size
        assert len(store.verdicts("s")) == 50
    assert len(journal_lines(db)) == 51
    crash(store)
    with Store.open(db) as reopened:
        assert len(reopened.verdicts("s")) == 50


def test_an_error_inside_a_batch_still_saves_what_was_applied(store: Store, db: Path) -> None:
    with pytest.raises(RuntimeError), store.batch():
        store.record_verdict("s", "c-1", "disputed", analyst="import")
        raise RuntimeError("import failed")
    crash(store)
    with Store.open(db) as reopened:
        assert list(reopened.verdicts("s")) == ["c-1"]


def test_atomic_write_leaves_the_old_file_and_no_temp_on_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "db.json"
    target.write_text('{"old": {}}', encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(files_module.os, "replace", refuse)
    with pytest.raises(OSError):
        AtomicJSONStorage(target).write({"new": {}})
    assert target.read_text(encoding="utf-8") == '{"old": {}}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json"]


def test_a_long_atomic_write_is_flushed_in_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fold's big write reaches the disk a step at a time (so that a key press's fdatasync never
    waits behind all of it), and the file is still replaced only once, whole."""
    target = tmp_path / "db.json"
    synced: list[int] = []
    real_fdatasync = os.fdatasync

    def counting(fd: int) -> None:
        synced.append(os.fstat(fd).st_size)
        real_fdatasync(fd)

    monkeypatch.setattr(files_module.os, "fdatasync", counting)
    files_module.atomic_write_chunks(target, [b"0123456789"] * 5, sync_every=20)
    assert synced == [20, 40]
    assert target.read_bytes() == b"0123456789" * 5


def test_closed_store_refuses_changes_and_close_is_idempotent(db: Path) -> None:
    store = Store.open(db)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.save_session(Session("s", []))


# read-only


def test_readonly_sees_unfolded_journal_entries_and_writes_nothing(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    files = {p: p.read_bytes() for p in db.parent.iterdir()}
    with Store.open(db, readonly=True) as reader:
        assert reader.verdicts("s")["c-1"].label == "disputed"
        with pytest.raises(StoreError, match="read-only"):
            reader.record_verdict("s", "c-2", "disputed", analyst="ana")
        with pytest.raises(StoreError, match="read-only"):
            reader.fold()
    assert {p: p.read_bytes() for p in db.parent.iterdir()} == files


def test_readonly_on_a_missing_database_creates_nothing(db: Path) -> None:
    with Store.open(db, readonly=True) as reader:
        assert reader.sessions() == []
    assert not db.parent.exists()


# lock


def test_a_second_open_in_the_same_process_is_refused(store: Store, db: Path) -> None:
    with pytest.raises(StoreLocked) as refused:
        Store.open(db)
    message = str(refused.value)
    assert message == f"{db}: database in use by another factcheck (pid {os.getpid()}); close it first"
    assert "\n" not in message
    store.close()
    Store.open(db).close()


# corruption


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b'{"meta": {"1": {"schema": "factcheck.db/1", "seq"', "not JSON"),
        (b"\x00\x00\x00\x00", "not JSON"),
        (b"\xff\xfe garbage", "not JSON"),
        (b"[1, 2, 3]", "not a TinyDB database"),
        (b'{"verdicts": {"1": {"claim": "c-1"}}}', "no valid meta record"),
        (b'{"meta": {"1": {"schema": "something.else/1"}}}', "is not factcheck.db"),
        (
            b'{"meta": {"1": {"schema": "factcheck.db/1", "seq": 1}},'
            b' "verdicts": {"1": {"session": "s", "claim": "c-1", "label": "maybe", "note": "",'
            b' "analyst": "", "updated": ""}}}',
            "unknown label",
        ),
        (
            b'{"meta": {"1": {"schema": "factcheck.db/1", "seq": 1}},'
            b' "verdicts": {"1": {"session": "s", "claim": "c-1", "label": "disputed"}}}',
            "KeyError('note')",
        ),
        (b'{"meta": {"1": {"schema": "factcheck.db/1", "seq": 0}}, "history": {"1": {"seq": 1}}}', "history"),
    ],
)
def test_an_unreadable_database_is_refused_and_left_untouched(db: Path, content: bytes, detail: str) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    journal_path(db).write_bytes(b'{"seq": 9, "op": "session", "session": {"name": "x", "corpus": []}}\n')
    for _ in range(2):  # the lock is released after the refusal: the second try says the same
        with pytest.raises(StoreCorrupt) as refused:
            Store.open(db)
        message = str(refused.value)
        assert message.startswith(f"{db}: cannot be read as a factcheck database (")
        assert detail in message
        assert message.endswith("it was left untouched — move it aside to start afresh")  # no backup yet
        assert "\n" not in message
    assert db.read_bytes() == content
    assert journal_path(db).read_bytes().startswith(b'{"seq": 9')
    with pytest.raises(StoreCorrupt):
        Store.open(db, readonly=True)


def test_a_newer_schema_is_refused_and_left_untouched(db: Path) -> None:
    db.parent.mkdir(parents=True)
    content = b'{"meta": {"1": {"schema": "factcheck.db/2", "seq": 0}}, "verdicts": {"1": {"new": "shape"}}}'
    db.write_bytes(content)
    with pytest.raises(StoreTooNew, match="newer factcheck") as refused:
        Store.open(db)
    assert isinstance(refused.value, StoreCorrupt)
    assert db.read_bytes() == content


@pytest.mark.parametrize("content", [b"", b"  \n", b"{}", b'{"_default": {}}'])
def test_an_empty_database_file_opens_as_empty(db: Path, content: bytes) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    with Store.open(db) as store:
        assert store.sessions() == []
    assert json.loads(db.read_text(encoding="utf-8"))["meta"]["1"]["schema"] == SCHEMA


# conflicts


def test_conflicts_are_kept_listed_and_resolved(store: Store, db: Path) -> None:
    ours = store.record_verdict("s", "c-1", "corroborated", analyst="ana")
    theirs = Verdict("c-1", "disputed", "denied later", "bo", "2024-03-01T00:00:00.000Z")
    other = Verdict("c-2", "unverified", "", "bo", "2024-03-01T00:00:00.000Z")
    store.add_conflict("s", theirs, source="bo.json")
    store.add_conflict("s", other, source="bo.json")
    assert store.conflicts("s") == [(ours, theirs, "bo.json"), (None, other, "bo.json")]
    store.resolve_conflict("s", "c-1")
    assert store.conflicts("s") == [(None, other, "bo.json")]
    size = journal_path(db).stat().st_size
    store.resolve_conflict("s", "c-1")  # nothing open on it: nothing written
    store.resolve_conflict("s", "c-404")
    assert journal_path(db).stat().st_size == size
    store.close()
    with Store.open(db) as reopened:
        assert reopened.conflicts("s") == [(None, other, "bo.json")]
        reopened.add_conflict("s", theirs, source="bo.json")  # reopened by a new import
        assert [c[1].claim for c in reopened.conflicts("s")] == ["c-2", "c-1"]
        assert reopened.conflicts("other") == []


# extraction cache


def sample_extraction() -> Extraction:
    text = "First line.\n\nThe army said the town fell. Rebels denied it.\n"
    article = Article("a1", "a.txt", "corpus/a.txt", "First line.", "ab" * 32, text, encoding="cp1252")
    claims = [
        Claim("c-000000000001", "a.txt", 13, 40, text[13:40], speaker="army", side="Army", cue="said",
              kind="reported", score=0.8, paragraph=(13, 61), features={"lemmas": ["town", "fall"]},
              suggestion={"label": "disputed", "reason": "denied"}),
        Claim("c-000000000002", "a.txt", 41, 60, text[41:60], kind="statement", paragraph=(13, 61)),
    ]  # fmt: skip
    links = [Link("c-000000000001", "c-000000000002", "competes", 0.7, "one denies")]
    return Extraction([article], claims, links)


def test_extraction_cache_round_trips_with_article_text(store: Store, db: Path) -> None:
    extraction = sample_extraction()
    store.cache_extraction("k" * 64, extraction)
    assert (cache_dir(db) / f"{'k' * 64}.json").is_file()
    store.close()
    with Store.open(db, readonly=True) as reader:
        cached = reader.cached_extraction("k" * 64)
    assert cached is not None
    assert cached == extraction
    assert cached.articles[0].text == extraction.articles[0].text
    assert cached.articles[0].encoding == "cp1252"
    assert cached.claims[0].features == {"lemmas": ["town", "fall"]}
    assert cached.claims[0].paragraph == (13, 61)


def test_cache_misses_are_none_never_errors(store: Store, db: Path) -> None:
    assert store.cached_extraction("absent") is None
    store.cache_extraction("key", sample_extraction())
    path = cache_dir(db) / "key.json"
    good = path.read_bytes()
    for damage in (good[: len(good) // 2], b"\x00" * 10, b"[]", b'{"schema": "factcheck.cache/1"}'):
        path.write_bytes(damage)
        assert store.cached_extraction("key") is None
    path.write_bytes(good)
    assert store.cached_extraction("key") is not None
    assert store.cached_extraction("other-key") is None


def test_odd_cache_keys_become_safe_file_names(store: Store, db: Path) -> None:
    key = "../../etc/passwd with spaces/" + "x" * 300
    store.cache_extraction(key, sample_extraction())
    [written] = cache_dir(db).iterdir()
    assert written.parent == cache_dir(db) and len(written.name) == 64 + len(".json")
    assert store.cached_extraction(key) is not None


def test_readonly_store_cannot_write_the_cache(db: Path) -> None:
    Store.open(db).close()
    with Store.open(db, readonly=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.cache_extraction("k", sample_extraction())


def test_a_bak_already_linked_to_the_database_is_left_as_is(store: Store, db: Path) -> None:
    store.fold()
    bak = db.with_name(db.name + ".bak")
    bak.unlink()
    os.link(db, bak)  # as left by a kill between linking the backup and replacing the database
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.fold()
    assert not [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert json.loads(bak.read_text(encoding="utf-8"))["verdicts"] == {}
    assert len(json.loads(db.read_text(encoding="utf-8"))["verdicts"]) == 1


def test_history_read_from_disk_and_new_changes_stay_in_order(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    store.record_verdict("s", "c-2", "disputed", analyst="ana")
    store.close()
    with Store.open(db) as reopened:
        reopened.record_verdict("s", "c-3", "corroborated", analyst="ana")  # before the history is built
        reopened.fold()  # writes the rows read from disk as they were, then the new entry
        assert [h.seq for h in reopened.history("s")] == [1, 2, 3]
        reopened.record_verdict("s", "c-4", "unverified", analyst="ana")
    with Store.open(db) as again:
        assert [(h.seq, h.claim) for h in again.history("s")] == [(1, "c-1"), (2, "c-2"), (3, "c-3"), (4, "c-4")]


def test_by_default_folds_come_less_often_as_the_database_grows(db: Path) -> None:
    with Store.open(db) as store:
        assert store._writer is not None and store._writer.fold_at() == 1000
        store._storage.size = 10_000_000
        assert store._writer.fold_at() == 5000
    with Store.open(db, fold_every=3) as store:
        store._storage.size = 10_000_000
        assert store._writer is not None and store._writer.fold_at() == 3


def test_a_failed_fold_is_retried_later_and_close_still_saves_an_open_batch(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(db, fold_every=2)
    store.save_session(Session("s", []))
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", disk_full)
    store.record_verdict("s", "c-1", "disputed", analyst="ana")  # 2nd line: the fold fails
    store.wait_for_fold()
    assert len(store.warnings) == 1
    store.record_verdict("s", "c-2", "disputed", analyst="ana")  # not retried at once
    store.wait_for_fold()
    assert len(store.warnings) == 1
    store.record_verdict("s", "c-3", "disputed", analyst="ana")  # 2 lines later: retried
    store.wait_for_fold()
    assert len(store.warnings) == 2
    # the first failed fold's segment is kept and not renamed over; the new lines are in the live one
    assert len(folding_path(journal_path(db)).read_text().splitlines()) == 2
    assert len(journal_lines(db)) == 2
    batch = store.batch()
    batch.__enter__()
    store.record_verdict("s", "c-4", "corroborated", analyst="import")
    store.close()  # inside the batch, with the disk refusing the fold: the batch goes to the journal
    monkeypatch.undo()
    with Store.open(db) as reopened:
        assert sorted(reopened.verdicts("s")) == ["c-1", "c-2", "c-3", "c-4"]


# background folds


class Held:
    """Patches a step of the fold thread so that it waits for `release` (or fails, with `fail`).

    `reached` is set when the fold thread gets to the step; `threads` records who called it.
    """

    def __init__(self, fail: BaseException | None = None) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self.fail = fail
        self.threads: list[threading.Thread] = []

    def wrap(self, step: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            if threading.current_thread() is not threading.main_thread():
                self.reached.set()
                assert self.release.wait(60), "the test never released the fold"
                if self.fail is not None:
                    raise self.fail
            return step(*args, **kwargs)

        return held


class Killed(Exception):
    """Stands for a SIGKILL at a fold step: the fold thread stops there and does nothing more."""


def db_verdicts(db: Path) -> dict[str, str]:
    return {row["claim"]: row["label"] for row in json.loads(db.read_bytes())["verdicts"].values()}


def test_an_automatic_fold_writes_the_database_off_the_callers_thread(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = Held()
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", held.wrap(AtomicJSONStorage.write_encoded))
    store = Store.open(db, fold_every=2)  # a new database is written at open, on this thread
    store.save_session(Session("s", []))
    store.record_verdict("s", "c-1", "disputed", analyst="ana")  # the 2nd line: a fold starts
    assert held.reached.wait(60)
    before = db.read_bytes()
    # while the fold's write is held, key presses go on, each on disk in the fresh live segment
    store.record_verdict("s", "c-2", "corroborated", analyst="ana")
    store.record_verdict("s", "c-3", "unverified", analyst="ana")
    assert db.read_bytes() == before
    assert [json.loads(line)["change"]["claim"] for line in journal_lines(db)] == ["c-2", "c-3"]
    assert folding_path(journal_path(db)).exists()
    held.release.set()
    store.wait_for_fold()
    assert held.threads[0] is threading.main_thread() and held.threads[1] is not threading.main_thread()
    assert db_verdicts(db) == {"c-1": "disputed"}  # the state when the fold started
    assert not folding_path(journal_path(db)).exists()  # deleted once the database held it
    store.close()
    assert db_verdicts(db) == {"c-1": "disputed", "c-2": "corroborated", "c-3": "unverified"}
    assert journal_path(db).stat().st_size == 0 and store.warnings == []


def test_a_fold_writes_the_state_of_its_snapshot_not_later_changes(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.store.tables as tables_module

    store.record_verdict("s", "c-1", "disputed", analyst="ana", note="first")
    store.add_conflict("s", Verdict("c-1", "corroborated", "", "bo", "2024-01-01T00:00:00.000Z"), source="bo")
    store.set_position("s", "c-1", {"status": "all"})
    held = Held()
    encode = tables_module.TablesSnapshot.encode
    monkeypatch.setattr(tables_module.TablesSnapshot, "encode", held.wrap(encode))
    assert store._writer is not None
    store._writer.start_fold()  # as an automatic fold does
    assert held.reached.wait(60)  # snapshot taken; encoding waits
    store.record_verdict("s", "c-1", "unverified", analyst="ana", note="second")
    store.resolve_conflict("s", "c-1")
    store.set_position("s", "c-9", {"status": "reviewed"})
    store.save_session(Session("t", []))
    held.release.set()
    store.wait_for_fold()
    raw = json.loads(db.read_bytes())
    assert [(r["label"], r["note"]) for r in raw["verdicts"].values()] == [("disputed", "first")]
    assert [r["resolved"] for r in raw["conflicts"].values()] == [None]
    assert [(r["name"], r["cursor"], r["filter"]) for r in raw["sessions"].values()] == [
        ("s", "c-1", {"status": "all"})
    ]
    assert len(raw["history"]) == 1
    store.close()
    with Store.open(db) as reopened:
        assert reopened.verdicts("s")["c-1"].note == "second" and reopened.conflicts("s") == []
        session = reopened.get_session("s")
        assert session is not None and session.cursor == "c-9"
        assert [s.name for s in reopened.sessions()] == ["s", "t"]


@pytest.mark.parametrize("step", ["encode", "write", "delete the folded segment"])
def test_a_kill_at_any_step_of_a_background_fold_loses_nothing_and_applies_nothing_twice(
    db: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    import factcheck.store.journal as journal_module
    import factcheck.store.tables as tables_module

    store = Store.open(db, fold_every=3)
    store.save_session(Session("s", []))
    store.record_verdict("s", "c-0", "disputed", analyst="ana")
    held = Held(fail=Killed(step))
    if step == "encode":
        monkeypatch.setattr(tables_module.TablesSnapshot, "encode", held.wrap(tables_module.TablesSnapshot.encode))
    elif step == "write":
        monkeypatch.setattr(AtomicJSONStorage, "write_encoded", held.wrap(AtomicJSONStorage.write_encoded))
    else:
        real_unlink = os.unlink

        def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
            if Path(path) == folding_path(journal_path(db)):
                return held.wrap(real_unlink)(path, *args, **kwargs)  # type: ignore[no-any-return]
            return real_unlink(path, *args, **kwargs)

        monkeypatch.setattr(journal_module.os, "unlink", unlink)
    store.record_verdict("s", "c-1", "corroborated", analyst="ana")  # the 3rd line: a fold starts
    assert held.reached.wait(60)
    store.record_verdict("s", "c-2", "unverified", analyst="ana")  # in the live segment, during the fold
    held.release.set()
    crash(store)  # the fold thread stopped at `step`: both segments are left
    monkeypatch.undo()
    assert folding_path(journal_path(db)).exists() and journal_path(db).exists()
    written = db_verdicts(db)
    assert written == ({} if step != "delete the folded segment" else {"c-0": "disputed", "c-1": "corroborated"})
    with Store.open(db) as reopened:
        assert {c: v.label for c, v in reopened.verdicts("s").items()} == {
            "c-0": "disputed",
            "c-1": "corroborated",
            "c-2": "unverified",
        }
        assert [h.seq for h in reopened.history("s")] == [1, 2, 3]
        assert reopened.warnings == []
        reopened.record_verdict("s", "c-3", "disputed", analyst="ana")
    assert len(db_verdicts(db)) == 4
    assert not folding_path(journal_path(db)).exists() and journal_path(db).stat().st_size == 0


def test_a_kill_between_renaming_the_live_segment_and_creating_the_next(store: Store, db: Path) -> None:
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    crash(store)
    os.replace(journal_path(db), folding_path(journal_path(db)))  # no live segment yet
    with Store.open(db) as reopened:
        assert list(reopened.verdicts("s")) == ["c-1"]
        reopened.record_verdict("s", "c-2", "disputed", analyst="ana")
        crash(reopened)
    with Store.open(db) as again:
        assert sorted(again.verdicts("s")) == ["c-1", "c-2"] and again.warnings == []


def test_a_torn_live_segment_is_cut_before_appending_while_a_folded_one_is_left(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", disk_full)
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    assert store._writer is not None
    store._writer.start_fold()  # fails: the segment stays as `.journal.1`
    store.record_verdict("s", "c-2", "disputed", analyst="ana")
    crash(store)
    monkeypatch.undo()
    with journal_path(db).open("ab") as live:
        live.write(b'{"seq": 99, "op": "chan')  # a key press in flight when killed
    with Store.open(db) as reopened:
        reopened.record_verdict("s", "c-3", "disputed", analyst="ana")  # must not glue onto the torn line
        crash(reopened)
    with Store.open(db) as again:
        assert sorted(again.verdicts("s")) == ["c-1", "c-2", "c-3"] and again.warnings == []


def test_a_reader_sees_both_segments_while_a_fold_runs(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = Held()
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", held.wrap(AtomicJSONStorage.write_encoded))
    with Store.open(db, fold_every=2) as store:
        store.save_session(Session("s", []))
        store.record_verdict("s", "c-1", "disputed", analyst="ana")
        assert held.reached.wait(60)
        store.record_verdict("s", "c-2", "disputed", analyst="ana")
        with Store.open(db, readonly=True) as reader:  # `factcheck export` while the app folds
            assert sorted(reader.verdicts("s")) == ["c-1", "c-2"]
        held.release.set()


def test_close_waits_for_the_fold_in_flight_then_folds_the_rest(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = Held()
    monkeypatch.setattr(AtomicJSONStorage, "write_encoded", held.wrap(AtomicJSONStorage.write_encoded))
    store = Store.open(db, fold_every=2)
    store.save_session(Session("s", []))
    store.record_verdict("s", "c-1", "disputed", analyst="ana")
    assert held.reached.wait(60)
    store.record_verdict("s", "c-2", "disputed", analyst="ana")
    releaser = threading.Thread(target=held.release.set)
    releaser.start()
    store.close()
    releaser.join()
    assert [t is threading.main_thread() for t in held.threads] == [True, False, True]  # open, fold, close
    assert not [t for t in threading.enumerate() if t.name == "factcheck-fold"]
    assert sorted(db_verdicts(db)) == ["c-1", "c-2"]
    assert journal_path(db).stat().st_size == 0 and not folding_path(journal_path(db)).exists()


def test_a_background_fold_after_replay_at_open(store: Store, db: Path) -> None:
    for n in range(5):
        store.record_verdict("s", f"c-{n}", "disputed", analyst="ana")
    crash(store)
    with Store.open(db) as reopened:
        reopened.record_verdict("s", "c-9", "disputed", analyst="ana")  # does not wait for the fold
        reopened.wait_for_fold()
        assert len(db_verdicts(db)) == 5 and [json.loads(x)["change"]["claim"] for x in journal_lines(db)] == ["c-9"]


def test_encoding_in_pieces_gives_the_bytes_of_one_json_dumps() -> None:
    rows: list[dict[str, Any]] = [
        {"claim": f"c-{n}", "note": 'é \u2028 "q" \\ 日本', "n": n, "x": None} for n in range(ROWS_PER_PIECE * 2 + 7)
    ]
    tables: list[tuple[str, list[dict[str, Any]]]] = [
        ("meta", [{"schema": SCHEMA, "seq": 3}]),
        ("empty", []),
        ("rows", rows),
        ("one", rows[:1]),
    ]
    expected = {name: {str(i): row for i, row in enumerate(found, start=1)} for name, found in tables}
    encoded = b"".join(encode_tinydb(tables, pause=0.0))
    assert encoded == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_cached_extraction_keeps_its_similarity_backend(store: Store, db: Path) -> None:
    extraction = sample_extraction()
    extraction.similarity = "semantic"
    store.cache_extraction("s" * 64, extraction)
    cached = store.cached_extraction("s" * 64)
    assert cached is not None
    assert cached.similarity == "semantic"


def test_a_damaged_database_with_a_backup_points_to_the_backup(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b'{"broken')
    db.with_name(db.name + ".bak").write_bytes(b"{}")
    with pytest.raises(StoreCorrupt) as refused:
        Store.open(db)
    assert str(refused.value).endswith(f"left untouched — restore {db}.bak or move it aside")
