"""Property-based test of the store: any sequence of verdict changes, notes, undos and restarts.

Why: the example tests in test_store.py check the cases someone thought of; this drives the store
through random sequences (hypothesis shrinks a failure to the shortest one) against a small model
of what the verdicts must be, and checks after every step that the history is consistent and,
after every close, that the file on disk is JSON and reopens to the same verdicts.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from factcheck.model import LABELS, HistoryEntry, Label
from factcheck.store import Store

SESSION = "s"
CLAIMS = st.sampled_from(["c1", "c2", "c3", "c/4 é"])
LABEL_OR_NONE = st.one_of(st.none(), st.sampled_from(LABELS))
NOTES = st.one_of(st.none(), st.sampled_from(["", "n", "note ✓", 'q"uote\n']))


@dataclass(frozen=True)
class ModelChange:
    """One change in the model's history: enough to find what an undo reverts."""

    seq: int
    claim: str
    old: tuple[Label | None, str]
    undo_of: int | None


class StoreMachine(RuleBasedStateMachine):
    """The store against a model: `verdicts` (claim -> (label, note)) and the list of changes."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="factcheck-prop-"))
        self.db = self.folder / "data" / "factcheck.json"
        self.store: Store | None = None
        self.fold_every: int | None = None
        self.verdicts: dict[str, tuple[Label | None, str]] = {}
        self.changes: list[ModelChange] = []
        self.undone: set[int] = set()

    @initialize(fold_every=st.sampled_from([1, 3, None]))
    def open_store(self, fold_every: int | None) -> None:
        """Open a new database; fold_every 1 folds at every change, None only at close."""
        self.fold_every = fold_every
        self.store = Store.open(self.db, fold_every=fold_every)

    def _live(self) -> Store:
        assert self.store is not None
        return self.store

    def _model_change(self, claim: str, new: tuple[Label | None, str], undo_of: int | None = None) -> None:
        old = self.verdicts.get(claim, (None, ""))
        if new == old and undo_of is None:
            return  # setting what is there records nothing
        seq = len(self.changes) + 1
        self.changes.append(ModelChange(seq, claim, old, undo_of))
        if undo_of is not None:
            self.undone.add(undo_of)
        if new == (None, ""):
            self.verdicts.pop(claim, None)
        else:
            self.verdicts[claim] = new

    @rule(claim=CLAIMS, label=LABEL_OR_NONE, note=NOTES)
    def record_verdict(self, claim: str, label: Label | None, note: str | None) -> None:
        """A label key press (None clears it); note None keeps the current note."""
        current_note = self.verdicts.get(claim, (None, ""))[1]
        self._live().record_verdict(SESSION, claim, label, analyst="ana", note=note)
        self._model_change(claim, (label, current_note if note is None else note))

    @rule(claim=CLAIMS, note=st.sampled_from(["", "n", "other note"]))
    def set_note(self, claim: str, note: str) -> None:
        """A note edit keeps the label."""
        self._live().set_note(SESSION, claim, note, analyst="ana")
        self._model_change(claim, (self.verdicts.get(claim, (None, ""))[0], note))

    @rule()
    def undo(self) -> None:
        """Undo reverts the latest change that is neither an undo nor undone already."""
        target = next(
            (c for c in reversed(self.changes) if c.undo_of is None and c.seq not in self.undone),
            None,
        )
        entry = self._live().undo(SESSION, analyst="ana")
        if target is None:
            assert entry is None
            return
        assert entry is not None and entry.undo_of == target.seq and entry.claim == target.claim
        self._model_change(target.claim, target.old, undo_of=target.seq)

    @precondition(lambda self: self.store is not None)
    @rule()
    def close_and_reopen(self) -> None:
        """A restart: the file is JSON when closed and the reopened store holds the same verdicts."""
        store = self._live()
        store.close()
        self.store = None
        json.loads(self.db.read_text(encoding="utf-8"))
        reopened = Store.open(self.db, fold_every=self.fold_every)
        assert reopened.warnings == []
        self.store = reopened

    @invariant()
    def verdicts_match_the_model(self) -> None:
        """The store's verdicts are the model's (a note-only claim has label None)."""
        if self.store is None:
            return
        got = {claim: (v.label, v.note) for claim, v in self.store.verdicts(SESSION).items()}
        assert got == self.verdicts

    @invariant()
    def history_is_consistent(self) -> None:
        """seq strictly increasing; each entry starts where the claim's previous one ended; undos point back."""
        if self.store is None:
            return
        history = self.store.history(SESSION)
        assert [e.seq for e in history] == [c.seq for c in self.changes]
        last: dict[str, tuple[Label | None, str]] = {}
        by_seq: dict[int, HistoryEntry] = {}
        for entry in history:
            assert (entry.old_label, entry.old_note) == last.get(entry.claim, (None, ""))
            last[entry.claim] = (entry.new_label, entry.new_note)
            if entry.undo_of is not None:
                target = by_seq[entry.undo_of]  # a real, earlier entry
                assert target.undo_of is None and target.claim == entry.claim
                assert (entry.new_label, entry.new_note) == (target.old_label, target.old_note)
            by_seq[entry.seq] = entry
        assert {c: v for c, v in last.items() if v != (None, "")} == self.verdicts
        undos = [e.undo_of for e in history if e.undo_of is not None]
        assert len(undos) == len(set(undos))  # nothing undone twice

    def teardown(self) -> None:
        """Close and check the file once more, then remove the folder."""
        try:
            if self.store is not None:
                self.store.close()
                with Store.open(self.db, readonly=True) as reader:
                    got = {claim: (v.label, v.note) for claim, v in reader.verdicts(SESSION).items()}
                assert got == self.verdicts
                json.loads(self.db.read_text(encoding="utf-8"))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


StoreMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
TestStoreMachine = StoreMachine.TestCase
