"""Resolving another analyst's conflicting verdict: keep mine, keep theirs, or keep both with a note (issue 12)."""

from __future__ import annotations

from pathlib import Path

from factcheck.model import Extraction, Verdict
from factcheck.session import Review, conflict_note, open_session
from factcheck.store import Store


def review_on(db: Path, extraction: Extraction) -> Review:
    store = Store.open(db)
    session = open_session(store, "port", [Path("corpus")], "ana")
    return Review.open(store, session, "ana", extraction)


def test_keep_theirs_records_their_verdict_as_a_change_of_mine(review_db: Path, review_extraction: Extraction) -> None:
    claim = review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.record(claim, "corroborated")
    review.store.add_conflict("port", Verdict(claim, "disputed", "a denial came later", "bo", "t1"), source="bo.json")
    change = review.resolve_conflict(claim, "bo.json", "theirs")
    assert change.verdict is not None and (change.verdict.label, change.verdict.note) == (
        "disputed",
        "a denial came later",
    )
    assert review.conflicts() == []
    last = review.store.history("port")[-1]
    assert (last.old_label, last.new_label, last.analyst) == ("corroborated", "disputed", "ana")
    review.store.close()
    with Store.open(review_db, readonly=True) as again:
        assert again.conflicts("port") == []
        assert again.resolutions("port")[claim] == ("theirs", "ana")


def test_keep_mine_changes_no_verdict_and_closes_the_conflict(review_db: Path, review_extraction: Extraction) -> None:
    claim = review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.record(claim, "corroborated")
    review.store.add_conflict("port", Verdict(claim, "disputed", "", "bo", "t1"), source="bo.json")
    review.resolve_conflict(claim, "bo.json", "mine")
    assert review.view.label(claim) == "corroborated" and review.conflicts() == []
    assert review.store.resolutions("port")[claim] == ("mine", "ana")
    review.store.close()


def test_keep_both_keeps_my_label_and_notes_theirs(review_db: Path, review_extraction: Extraction) -> None:
    claim = review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.record(claim, "corroborated")
    review.set_note(claim, "two wire reports agree")
    theirs = Verdict(claim, "disputed", "the harbour office denied it", "bo", "t1")
    review.store.add_conflict("port", theirs, source="bo.json")
    note = conflict_note(review.view.verdict(claim), theirs, "bo.json")
    assert note.startswith("two wire reports agree\n") and "bo" in note and "disputed" in note
    assert "the harbour office denied it" in note
    change = review.resolve_conflict(claim, "bo.json", "both", note=note)
    assert change.verdict is not None and change.verdict.label == "corroborated" and change.verdict.note == note
    assert review.conflicts() == []
    review.store.close()


def test_the_note_names_the_other_analyst_once() -> None:
    theirs = Verdict("c-000000000001", "disputed", "", "bo", "t")
    assert conflict_note(None, theirs, "bo (bo-export.json)") == "bo (bo-export.json) said disputed"
    assert conflict_note(None, theirs, "bo.json") == "bo (bo.json) said disputed"


def test_undoing_a_settled_conflict_reopens_it_also_after_a_restart(
    review_db: Path, review_extraction: Extraction
) -> None:
    claim = review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.record(claim, "corroborated")
    review.store.add_conflict("port", Verdict(claim, "disputed", "denied", "bo", "t1"), source="bo.json")
    review.resolve_conflict(claim, "bo.json", "theirs")
    review.store.close()
    review = review_on(review_db, review_extraction)
    assert review.conflicts() == []
    review.undo()
    assert review.view.label(claim) == "corroborated"
    assert [(t.claim, s) for _, t, s in review.conflicts()] == [(claim, "bo.json")]  # open again
    review.store.close()
    with Store.open(review_db, readonly=True) as again:
        assert [t.claim for _, t, _ in again.conflicts("port")] == [claim]


def test_undoing_keep_mine_reopens_the_conflict_and_takes_back_nothing_else(
    review_db: Path, review_extraction: Extraction
) -> None:
    """ctrl+z after "keep mine" used to take back the change before it (another claim's verdict)."""
    earlier, claim = review_extraction.claims[1].id, review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.record(claim, "corroborated")
    review.set_note(claim, "two wire reports agree")
    review.record(earlier, "disputed")
    review.store.add_conflict("port", Verdict(claim, "disputed", "", "bo", "t1"), source="bo.json")
    review.resolve_conflict(claim, "bo.json", "mine")
    undone = review.undo()
    assert undone is not None and undone[1].claim == claim
    assert review.view.label(earlier) == "disputed"
    assert (review.view.label(claim), review.note(claim)) == ("corroborated", "two wire reports agree")
    assert [(t.claim, s) for _, t, s in review.conflicts()] == [(claim, "bo.json")]
    review.store.close()
    review = review_on(review_db, review_extraction)  # the same after a restart
    assert [(t.claim, s) for _, t, s in review.conflicts()] == [(claim, "bo.json")]
    assert review.view.label(earlier) == "disputed" and review.view.label(claim) == "corroborated"
    review.undo()  # the next ctrl+z walks on back: the verdict before
    assert review.view.label(earlier) is None and review.note(claim) == "two wire reports agree"
    review.store.close()


def test_taking_theirs_when_it_is_mine_already_is_undone_alone(review_db: Path, review_extraction: Extraction) -> None:
    earlier, claim = review_extraction.claims[1].id, review_extraction.claims[2].id
    review = review_on(review_db, review_extraction)
    review.store.add_conflict("port", Verdict(claim, "disputed", "", "bo", "t1"), source="bo.json")
    review.record(claim, "disputed")  # mine now agrees with theirs: taking theirs changes nothing
    review.record(earlier, "corroborated")
    review.resolve_conflict(claim, "bo.json", "theirs")
    review.undo()
    assert review.view.label(earlier) == "corroborated" and review.view.label(claim) == "disputed"
    assert [t.claim for _, t, _ in review.conflicts()] == [claim]
    review.store.close()
