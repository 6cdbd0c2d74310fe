"""The analyst's corrections in the store: journalled like verdicts, one undo stack, kept for ever.

Invented event: a dam collapse argued over by the river authority of Norland and Sudmark's ministry.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.model import Correction, Edit, Session
from factcheck.store import Store

SIDE = Correction("side", "c-000000000001", "Norland River Authority", speaker="Ola Brenn")
SPEAKER = Correction("speaker", "c-000000000001", "Ola Brenn-Lie", speaker="Ola Brenn")
REJECT = Correction("reject-link", "c-000000000001", "c-000000000002")


def clock() -> str:
    clock.n += 1  # type: ignore[attr-defined]
    return f"2026-03-01T10:00:{clock.n:02d}.000Z"  # type: ignore[attr-defined]


clock.n = 0  # type: ignore[attr-defined]


def open_store(db: Path) -> Store:
    store = Store.open(db, clock=clock)
    if store.get_session("dam") is None:
        store.save_session(Session("dam", ["corpus/"]))
    return store


def test_edits_are_on_disk_when_recorded_and_survive_a_restart_without_a_fold(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    store = open_store(db)
    made = store.record_edits("dam", [SIDE, SPEAKER], analyst="ana")
    assert [e.seq for e in made] == [1, 2] and {e.group for e in made} == {1}
    assert made[0].analyst == "ana" and made[0].time.startswith("2026-03-01")
    journal = (tmp_path / "factcheck.json.journal").read_text(encoding="utf-8")
    assert '"op":"edits"' in journal  # in the journal (fsynced), not yet folded
    store._release()  # as if killed: no close, no fold
    store._closed = True
    with Store.open(db) as again:
        assert [e.correction for e in again.active_edits("dam")] == [SIDE, SPEAKER]
    raw = json.loads(db.read_bytes())  # the close folded it into the database file
    assert [row["kind"] for row in raw["edits"].values()] == ["side", "speaker"]


def test_one_undo_stack_over_verdicts_and_edits_also_after_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    with open_store(db) as store:
        store.record_verdict("dam", "c-000000000001", "disputed", analyst="ana")
        store.record_edits("dam", [SIDE, SPEAKER], analyst="ana")
        store.record_edits("dam", [REJECT], analyst="ana")
    with Store.open(db) as store:
        first = store.undo("dam", analyst="ana")
        assert isinstance(first, Edit) and first.undo_of == 4 and first.kind == "reject-link"
        assert [e.correction for e in store.active_edits("dam")] == [SIDE, SPEAKER]
        second = store.undo("dam", analyst="ana")  # both edits of one key press go together
        assert isinstance(second, Edit) and store.active_edits("dam") == []
        third = store.undo("dam", analyst="ana")
        assert not isinstance(third, Edit) and third is not None and third.claim == "c-000000000001"
        assert store.verdict("dam", "c-000000000001") is None
        assert store.undo("dam", analyst="ana") is None
    with Store.open(db) as store:
        assert store.active_edits("dam") == []
        assert len(store.edits("dam")) == 5  # nothing rewritten: every row kept, undos are rows


def test_a_withdrawn_edit_stops_applying_and_the_withdrawal_is_undone_by_ctrl_z(tmp_path: Path) -> None:
    with open_store(tmp_path / "factcheck.json") as store:
        (rejected,) = store.record_edits("dam", [REJECT], analyst="ana")
        restored = store.withdraw_edit("dam", rejected.seq, analyst="bo")
        assert restored is not None and restored.withdraws == rejected.seq and restored.analyst == "bo"
        assert store.active_edits("dam") == []
        assert store.withdraw_edit("dam", 99, analyst="bo") is None
        store.undo("dam", analyst="bo")  # re-rejects
        assert [e.seq for e in store.active_edits("dam")] == [rejected.seq]


def test_pending_edits_wait_for_the_analyst_and_apply_once_kept(tmp_path: Path) -> None:
    with open_store(tmp_path / "factcheck.json") as store:
        theirs = Correction("side", "c-000000000001", "Sudmark Ministry")
        (pending,) = store.record_edits(
            "dam", [theirs], analyst="bo", updated="2026-02-01T00:00:00.000Z", pending=True, source="bo.json"
        )
        assert store.active_edits("dam") == [] and store.pending_edits("dam") == [pending]
        assert store.undo("dam", analyst="ana") is None  # nothing applied it: nothing to undo
        kept = store.keep_pending_edit("dam", pending.seq, analyst="ana")
        assert [e.correction for e in kept] == [theirs] and kept[0].analyst == "bo"
        assert store.pending_edits("dam") == [] and store.active_edits("dam") == kept


def test_a_database_without_an_edits_table_reads_and_a_bad_edit_row_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    with open_store(db) as store:
        store.record_edits("dam", [REJECT], analyst="ana")
    raw = json.loads(db.read_bytes())
    raw["edits"]["1"]["kind"] = "rename-everything"
    db.write_text(json.dumps(raw))
    import pytest

    from factcheck.store import StoreCorrupt

    with pytest.raises(StoreCorrupt, match="edits"):
        Store.open(db)
    del raw["edits"]
    db.write_text(json.dumps(raw))
    with Store.open(db) as store:
        assert store.edits("dam") == []
