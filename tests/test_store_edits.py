"""The analyst's corrections in the store: journalled like verdicts, one undo stack, kept for ever.

Invented event: a dam collapse argued over by the river authority of Norland and Sudmark's ministry.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from factcheck.model import LABELS, Correction, Edit, Label, Session
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


def test_undoing_a_kept_conflicting_edit_takes_it_back_whole_in_one_step(tmp_path: Path) -> None:
    """It took two: the first left their edit applied and listed as waiting again."""
    db = tmp_path / "factcheck.json"
    with open_store(db) as store:
        theirs = Correction("side", "c-000000000001", "Sudmark Ministry")
        (pending,) = store.record_edits("dam", [theirs], analyst="bo", pending=True, source="bo.json")
        store.keep_pending_edit("dam", pending.seq, analyst="ana")
        store.undo("dam", analyst="ana")
        assert store.active_edits("dam") == [] and store.pending_edits("dam") == [pending]
    with open_store(db) as store:  # the same after a restart
        assert store.active_edits("dam") == [] and store.pending_edits("dam") == [pending]
        assert store.undo("dam", analyst="ana") is None  # nothing left that a key press applied


def test_a_database_without_an_edits_table_reads_and_a_bad_edit_row_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    with open_store(db) as store:
        store.record_edits("dam", [REJECT], analyst="ana")
    raw = json.loads(db.read_bytes())
    raw["edits"]["1"]["kind"] = "rename-everything"
    db.write_text(json.dumps(raw))
    from factcheck.store import StoreCorrupt

    with pytest.raises(StoreCorrupt, match="edits"):
        Store.open(db)
    del raw["edits"]
    db.write_text(json.dumps(raw))
    with Store.open(db) as store:
        assert store.edits("dam") == []


# --- property: any sequence of verdicts, edits, withdrawals, undos and restarts ------------------

KINDS_AND_VALUES = st.tuples(st.sampled_from(["side", "speaker", "reject-link"]), st.sampled_from(["A", "B", ""]))


@dataclass
class Entry:
    """One undoable step in the model: a verdict change, a key press's edits, or a withdrawal."""

    seqs: list[int]
    kind: str
    claim: str = ""
    old: tuple[Label | None, str] = (None, "")
    corrections: list[Correction] = field(default_factory=list)
    withdraws: int | None = None
    undone: bool = False


class EditsMachine(RuleBasedStateMachine):
    """The store against a model of verdicts and edits sharing one undo stack."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="factcheck-edits-"))
        self.db = self.folder / "factcheck.json"
        self.store: Store | None = None
        self.seq = 0
        self.entries: list[Entry] = []
        self.verdicts: dict[str, tuple[Label | None, str]] = {}

    @initialize(fold_every=st.sampled_from([1, 3, None]))
    def open_store(self, fold_every: int | None) -> None:
        self.fold_every = fold_every
        self.store = Store.open(self.db, fold_every=fold_every)
        self.store.save_session(Session("s", ["corpus/"]))

    def live(self) -> Store:
        assert self.store is not None
        return self.store

    def model_active(self) -> list[tuple[int, Correction]]:
        withdrawn = {e.withdraws for e in self.entries if e.kind == "withdraw" and not e.undone}
        return [
            (seq, c)
            for e in self.entries
            if e.kind == "edit" and not e.undone
            for seq, c in zip(e.seqs, e.corrections, strict=True)
            if seq not in withdrawn
        ]

    @rule(claim=st.sampled_from(["c1", "c2"]), label=st.one_of(st.none(), st.sampled_from(LABELS)))
    def verdict(self, claim: str, label: Label | None) -> None:
        old = self.verdicts.get(claim, (None, ""))
        self.live().record_verdict("s", claim, label, analyst="ana")
        if (label, old[1]) != old:
            self.seq += 1
            self.entries.append(Entry([self.seq], "verdict", claim, old))
            self.verdicts[claim] = (label, old[1])
            if self.verdicts[claim] == (None, ""):
                del self.verdicts[claim]

    @rule(edits=st.lists(KINDS_AND_VALUES, min_size=1, max_size=2), claim=st.sampled_from(["c1", "c2"]))
    def edit(self, edits: list[tuple[str, str]], claim: str) -> None:
        corrections = [Correction(kind, claim, value or "c9") for kind, value in edits]  # type: ignore[arg-type]
        made = self.live().record_edits("s", corrections, analyst="ana")
        seqs = list(range(self.seq + 1, self.seq + 1 + len(corrections)))
        assert [e.seq for e in made] == seqs
        self.seq = seqs[-1]
        self.entries.append(Entry(seqs, "edit", corrections=corrections))

    @rule(pick=st.integers(0, 10))
    def withdraw(self, pick: int) -> None:
        active = self.model_active()
        if not active:
            return
        seq = active[pick % len(active)][0]
        made = self.live().withdraw_edit("s", seq, analyst="ana")
        assert made is not None and made.withdraws == seq
        self.seq += 1
        self.entries.append(Entry([self.seq], "withdraw", withdraws=seq))

    @rule()
    def undo(self) -> None:
        target = next((e for e in reversed(self.entries) if not e.undone), None)
        got = self.live().undo("s", analyst="ana")
        if target is None:
            assert got is None
            return
        assert got is not None and got.undo_of == target.seqs[-1]
        target.undone = True
        self.seq += 1
        if target.kind == "verdict":
            if target.old == (None, ""):
                self.verdicts.pop(target.claim, None)
            else:
                self.verdicts[target.claim] = target.old

    @rule()
    def restart(self) -> None:
        self.live().close()
        self.store = Store.open(self.db, fold_every=self.fold_every)
        assert self.store.warnings == []

    @invariant()
    def store_matches_the_model(self) -> None:
        if self.store is None:
            return
        assert [(e.seq, e.correction) for e in self.store.active_edits("s")] == self.model_active()
        assert {c: (v.label, v.note) for c, v in self.store.verdicts("s").items()} == self.verdicts
        seqs = [e.seq for e in self.store.history("s")] + [e.seq for e in self.store.edits("s")]
        assert sorted(seqs) == list(range(1, self.seq + 1))  # one sequence, no gaps, no repeats

    def teardown(self) -> None:
        try:
            if self.store is not None:
                self.store.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


EditsMachine.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None)
TestEditsMachine = EditsMachine.TestCase
