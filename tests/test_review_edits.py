"""`Review`'s correction methods through a real store: what the keys and the Questions view call.

Invented event: a dam collapse; the extraction is built by hand (no spaCy).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import Article, Claim, Edit, Extraction, Link, Question, Session
from factcheck.session import Review
from factcheck.store import Store

IDS = [f"c-{n:012x}" for n in range(1, 6)]


def extraction(*, without: str | None = None) -> Extraction:
    rows = [
        ("a.txt", "The dam wall broke after the rains.", "Ina Sol", "River Agency"),
        ("b.txt", "The dam wall did not break.", "Ole Berg", "Ministry of Works"),
        ("c.txt", "The dam gave way on Sunday night.", None, None),
        ("a.txt", "Forty homes were flooded.", "Ina Sol", "River Agency"),
        ("b.txt", "Only four homes took water.", "Ole Berg", "Ministry of Works"),
    ]
    claims = [
        Claim(cid, file, 0, len(text), text, speaker=speaker, side=side)
        for cid, (file, text, speaker, side) in zip(IDS, rows, strict=True)
        if cid != without
    ]
    questions = [
        Question("q-000000000001", "the dam wall broke", {IDS[0]: "asserts", IDS[1]: "denies", IDS[2]: "asserts"}),
        Question("q-000000000002", "homes flooded", {IDS[3]: "40", IDS[4]: "4"}),
    ]
    links = [
        Link(IDS[0], IDS[1], "competes", 0.8, "'the dam wall broke': River Agency asserts, Ministry of Works denies"),
        Link(IDS[0], IDS[2], "corroborates", 0.6, "both assert 'the dam wall broke'"),
        Link(IDS[3], IDS[4], "competes", 0.7, "'homes flooded': 40 vs 4"),
    ]
    articles = [Article(f, f, f, f, "0", "") for f in ("a.txt", "b.txt", "c.txt")]
    return Extraction(articles, claims, links, "lexical", questions)


def open_review(db: Path, base: Extraction) -> Review:
    store = Store.open(db)
    if store.get_session("dam") is None:
        store.save_session(Session("dam", ["corpus/"]))
    session = store.get_session("dam")
    assert session is not None
    return Review.open(store, session, "ana", base)


def relation(review: Review, a: str, b: str) -> str | None:
    return next((r.relation for r in review.view.related(a, "competes") + review.view.related(a, "corroborates")
                 if r.claim.id == b), None)  # fmt: skip


def test_flip_move_and_merge_questions_relink_by_stance_and_undo(tmp_path: Path) -> None:
    review = open_review(tmp_path / "db.json", extraction())
    assert relation(review, IDS[0], IDS[2]) == "corroborates"
    (flip,) = review.flip_stance(IDS[2])
    assert flip.kind == "question" and flip.stance == "denies"
    assert relation(review, IDS[0], IDS[2]) == "competes"
    assert review.question_of(IDS[2]).claims[IDS[2]] == "denies"  # type: ignore[union-attr]
    review.move_to_question(IDS[2], "q-000000000002", "40")
    assert review.question_of(IDS[2]).id == "q-000000000002"  # type: ignore[union-attr]
    assert relation(review, IDS[0], IDS[2]) is None and relation(review, IDS[2], IDS[4]) == "competes"
    review.merge_questions("q-000000000002", "q-000000000001")
    assert [q.id for q in review.view.extraction.questions] == ["q-000000000001"]
    assert review.flip_stance(IDS[3]) == []  # a figure has no opposite
    for _ in range(3):
        undone = review.undo()
        assert undone is not None and isinstance(undone[0], Edit)
    assert review.view.extraction.questions == extraction().questions
    assert relation(review, IDS[0], IDS[2]) == "corroborates"
    review.store.close()


def test_edits_apply_again_on_a_re_extraction_and_a_gone_claim_orphans_its_edit(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    review = open_review(db, extraction())
    review.correct_claim(IDS[2], speaker="Kai Dune", side="Dam Watch", every_claim_by_speaker=True)
    review.reject_link(IDS[3], IDS[4])
    review.merge_sides("Ministry of Works", "Works Ministry")
    assert review.view.claim(IDS[2]).side == "Dam Watch"  # type: ignore[union-attr]
    assert review.rejected_links()[0].value == IDS[4]
    review.store.close()
    review = open_review(db, extraction(without=IDS[2]))  # the corpus changed: that claim is gone
    assert [e.kind for e in review.orphaned_edits()] == ["speaker", "side"]
    assert review.view.claim(IDS[1]).side == "Works Ministry"  # type: ignore[union-attr]
    assert review.aliases() == {"Ministry of Works": "Works Ministry"}
    assert relation(review, IDS[3], IDS[4]) is None
    assert dict(review.sides()) == {"River Agency": 2, "Works Ministry": 2}
    review.store.close()
    review = open_review(db, extraction())  # it came back: so does the edit
    assert review.orphaned_edits() == [] and review.view.claim(IDS[2]).speaker == "Kai Dune"  # type: ignore[union-attr]
    review.store.close()


def test_a_restored_link_comes_back_and_a_camp_moves_a_side(tmp_path: Path) -> None:
    review = open_review(tmp_path / "db.json", extraction())
    (rejected,) = review.reject_link(IDS[1], IDS[0])
    assert relation(review, IDS[0], IDS[1]) is None
    review.restore_edit(rejected.seq)
    assert relation(review, IDS[0], IDS[1]) == "competes" and review.rejected_links() == []
    review.set_camp("Ministry of Works", "Government")
    assert review.camp_of("Ministry of Works") == "Government"
    assert review.view.claim(IDS[1]).camp == "Government"  # type: ignore[union-attr]
    history = review.edit_history()
    assert [(e.kind, e.analyst) for e in history] == [("reject-link", "ana")] * 2 + [("camp", "ana")]
    assert history[1].withdraws == rejected.seq
    review.store.close()


def test_the_refreshed_view_shows_what_a_view_built_afresh_shows(tmp_path: Path) -> None:
    from factcheck.claimview import ClaimView

    review = open_review(tmp_path / "db.json", extraction())
    review.correct_claim(IDS[0], speaker="Ina Sol", side="Dam Board", every_claim_by_speaker=True)
    review.reject_link(IDS[0], IDS[1])
    review.add_link(IDS[2], IDS[4], "corroborates")
    review.flip_stance(IDS[2])
    review.undo()
    review.merge_sides("Dam Board", "River Agency")
    fresh = ClaimView(review.corrected.extraction, review.store.verdicts("dam"))
    for claim_id in IDS:
        for kind in ("competes", "corroborates"):
            assert review.view.related(claim_id, kind) == fresh.related(claim_id, kind)  # type: ignore[arg-type]
        assert review.view.claim(claim_id) == fresh.claim(claim_id)
    assert [c.id for c in review.view.visible] == [c.id for c in fresh.visible]
    assert review.view.visible == fresh.visible
    review.store.close()


def test_the_linker_runs_again_on_corrected_sides_and_its_result_is_dropped_when_out_of_date(
    tmp_path: Path, monkeypatch: object
) -> None:
    import factcheck.pipeline

    seen: list[list[str | None]] = []

    def fake_link_again(articles: list[Article], claims: list[Claim]) -> Extraction:
        seen.append([c.side for c in claims])
        for claim in claims:
            claim.suggestion = {"label": "unverified", "reason": f"linked with {claim.side}"}
        links = [Link(IDS[0], IDS[4], "competes", 0.9, "'homes flooded': relinked")]
        return Extraction(list(articles), claims, links, "lexical", [])

    monkeypatch.setattr(factcheck.pipeline, "link_again", fake_link_again)  # type: ignore[attr-defined]
    base = extraction()
    for claim in base.claims:
        claim.features = {"lemmas": ["dam"]}  # what extraction gives every claim; the linker reads it
    review = open_review(tmp_path / "db.json", base)
    assert not review.relink_needed()
    review.correct_claim(IDS[1], speaker="Ole Berg", side="Dam Board", every_claim_by_speaker=True)
    assert review.relink_needed()
    signature, job = review.relink_job()
    relinked = job()  # what the worker thread runs
    assert seen == [["River Agency", "Dam Board", None, "River Agency", "Dam Board"]]
    assert [c.side for c in relinked.claims][:2] == ["River Agency", "Ministry of Works"]  # edits still edits
    review.reject_link(IDS[0], IDS[2])  # not a claim edit: the result is still good
    assert review.adopt_relinked(signature, relinked) and not review.relink_needed()
    assert relation(review, IDS[0], IDS[4]) == "competes"  # the linker's new link
    assert review.view.claim(IDS[1]).side == "Dam Board"  # type: ignore[union-attr]
    assert review.view.claim(IDS[1]).side_basis == "edited"  # type: ignore[union-attr]
    # a claim the edits do not touch keeps the linker's suggestion; the edited ones are suggested again
    assert review.view.claim(IDS[3]).suggestion["reason"] == "linked with River Agency"  # type: ignore[index,union-attr]
    review.undo()  # the rejected link
    review.undo()  # the side: the relinked base is out of date now
    assert review.relink_needed()
    signature, job = review.relink_job()
    assert job() is review.machine  # no claim edits left: back to the machine's links, no linker
    review.merge_sides("River Agency", "Dam Board")
    assert not review.adopt_relinked(signature, review.machine)  # corrected again meanwhile: dropped
    review.store.close()


def regrouped(base: Extraction) -> Extraction:
    """A re-extraction that rebuilt the questions under new ids (the flood figures first, the dam split in two)."""
    questions = [
        Question("q-0000000000f1", "homes flooded", {IDS[3]: "40", IDS[4]: "4"}),
        Question("q-0000000000f2", "the dam wall broke", {IDS[0]: "asserts", IDS[1]: "denies"}),
        Question("q-0000000000f3", "the dam gave way", {IDS[2]: "asserts"}),
    ]
    return Extraction(base.articles, base.claims, base.links, base.similarity, questions)


def test_question_edits_survive_a_regrouping_that_changes_every_question_id(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    review = open_review(db, extraction())
    (flip,) = review.flip_stance(IDS[1])
    (move,) = review.move_to_question(IDS[2], "q-000000000002", "40")
    assert flip.value_claims[0] == IDS[1] and set(move.value_claims) == {IDS[3], IDS[4]}
    assert move.to_json()["value_claims"] == list(move.value_claims) and "target_claims" not in move.to_json()
    review.store.close()
    again = open_review(db, regrouped(extraction()))  # the edits as stored on disk, on new question ids
    assert again.orphaned_edits() == []
    assert again.question_of(IDS[1]).claims[IDS[1]] == "asserts"  # type: ignore[union-attr]
    assert again.question_of(IDS[2]).id == "q-0000000000f1"  # type: ignore[union-attr]
    (merge,) = again.merge_questions("q-0000000000f2", "q-0000000000f1")
    assert set(merge.target_claims) == {IDS[0], IDS[1]}
    again.store.close()
    moved_on = regrouped(extraction())
    moved_on.questions = [
        moved_on.questions[1],
        Question("q-0000000000f9", "homes flooded", moved_on.questions[0].claims),
    ]
    last = open_review(db, moved_on)
    assert last.orphaned_edits() == []
    (only,) = last.view.extraction.questions
    assert only.id == "q-0000000000f9" and set(only.claims) == set(IDS)
    last.store.close()


def test_an_exported_question_edit_keeps_its_claims_through_an_import(tmp_path: Path) -> None:
    from factcheck.export.merge_edits import EditsError, parse_edits

    review = open_review(tmp_path / "db.json", extraction())
    (merge,) = review.merge_questions("q-000000000002", "q-000000000001")
    row = merge.to_json()
    assert set(row) >= {"kind", "target", "value", "analyst", "updated"}
    (theirs,) = parse_edits([row], tmp_path / "theirs.json")
    assert theirs.correction.target_claims == (IDS[3], IDS[4]) and theirs.correction.value_claims[0] == IDS[0]
    with pytest.raises(EditsError, match=r"theirs\.json: edit 1: value_claims"):
        parse_edits([{**row, "value_claims": "c-1"}], tmp_path / "theirs.json")
    review.store.close()


def test_without_edits_a_review_opens_on_the_extraction_as_it_is_and_builds_lookups_later(tmp_path: Path) -> None:
    """Resume pays nothing for corrections it may never see; `prepare_corrections` (after the first screen)
    builds what the first correction key would need, and a correction after it is the same as before."""
    base = extraction()
    review = open_review(tmp_path / "db.json", base)
    assert review.corrected.extraction is base and review.corrected._lookups is None
    review.prepare_corrections()
    assert review.corrected._lookups is not None
    assert len(review.flip_stance(IDS[2])) == 1
    assert relation(review, IDS[0], IDS[2]) == "competes"
    review.store.close()
    reopened = open_review(tmp_path / "db.json", base)  # with an edit in force: applied, lookups built at open
    assert reopened.corrected._lookups is not None and relation(reopened, IDS[0], IDS[2]) == "competes"
    reopened.store.close()
