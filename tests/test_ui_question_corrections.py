"""Pilot tests of the question corrections (issue 12) in the Questions view: move, flip, merge, undo, restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.model import Extraction
from factcheck.ui.screens.question import FigureScreen, QuestionScreen
from factcheck.ui.screens.question_picker import QuestionPicker
from factcheck.ui.screens.questions import QuestionsScreen
from factcheck.ui.widgets.question_list import QuestionList
from factcheck.ui.widgets.stance_column import StanceColumn

SIZE = (120, 36)
MakeApp = Callable[..., Any]


def columns(app: Any) -> list[tuple[str, list[str]]]:
    """Each stance column's stance and its claims, left to right."""
    return [(col.stance, list(col.members)) for col in app.screen.query(StanceColumn)]


def stances(app: Any, question_id: str) -> dict[str, str]:
    question = app.review.questions.question(question_id)
    return dict(question.claims) if question is not None else {}


async def test_t_flips_a_stance_and_ctrl_z_flips_it_back(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    closed = review_extraction.questions[0].id
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "t")
        await pilot.pause()
        assert stances(app, closed)[c[1].id] == "denies"
        assert [e.kind for e in app.store.active_edits("port")] == ["question"]
        assert columns(app) == [("asserts", [c[7].id]), ("denies", [c[2].id, c[4].id, c[1].id, c[5].id])]
        assert app.screen.current == c[1].id  # the flipped claim keeps the highlight
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert stances(app, closed)[c[1].id] == "asserts" and app.store.active_edits("port") == []
        assert columns(app)[0] == ("asserts", [c[1].id, c[7].id])


async def test_t_on_a_figure_asks_for_the_value(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    workers = review_extraction.questions[1].id
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "j", "enter", "t")
        assert isinstance(app.screen, FigureScreen)
        await pilot.press("ctrl+u", *"1,200", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert stances(app, workers) == {c[3].id: "4,000", c[4].id: "1,200"}
        assert [col[0] for col in columns(app)] == ["1,200", "4,000"]


async def test_m_moves_a_claim_to_a_question_picked_by_search(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    closed, _, protest = (q.id for q in review_extraction.questions)
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "m")
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press(*"peaceful", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.screen.question.id == closed
        assert c[1].id not in stances(app, closed)
        assert stances(app, protest)[c[1].id] == "asserts"  # keeps its stance
        assert columns(app)[0] == ("asserts", [c[7].id])
        await pilot.press("m", "escape")  # cancelled: nothing more recorded
        assert len(app.store.active_edits("port")) == 1


async def test_merging_questions_from_an_opened_question_and_from_the_list(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    closed, workers, protest = (q.id for q in review_extraction.questions)
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "G", "enter", "M", *"cargo", "enter")  # the protest question into the closed one
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.screen.question.id == closed
        assert stances(app, closed)[c[6].id] == "asserts" and app.review.questions.question(protest) is None
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionsScreen)
        assert len(app.screen.query_one(QuestionList).view.visible) == 2
        await pilot.press("j", "M", *"cargo", "enter")  # the list: workers into closed
        await pilot.pause()
        assert app.review.questions.question(workers) is None
        assert stances(app, closed)[c[3].id] == "4,000"
        assert app.screen.query_one(QuestionList).question_id == closed
        assert [e.kind for e in app.store.active_edits("port")] == ["question", "question"]


async def test_corrections_survive_a_restart(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    closed = review_extraction.questions[0].id
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "t")
        await pilot.pause()
        await pilot.press("q")
    again = make_review_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter")
        assert stances(again, closed)[c[1].id] == "denies"
        assert c[1].id in dict(columns(again))["denies"]


async def test_help_lists_the_question_corrections(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "question_mark")
        rows = app.screen.rows
        assert (
            "Corrections",
            "t",
            "Flip the claim's stance (asserts ↔ denies); for a figure, type the value it gives",
        ) in rows
        assert any(group == "Corrections" and keys == "m" for group, keys, _ in rows)
        assert any(group == "Corrections" and keys == "M" for group, keys, _ in rows)


async def test_quick_corrections_one_after_another(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    closed = review_extraction.questions[0].id
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "t", "t", "t")  # the columns are rebuilt three times, in turn
        await pilot.pause()
        assert stances(app, closed)[c[1].id] == "denies"
        assert sorted(col.id for col in app.screen.query(StanceColumn)) == ["stance-0", "stance-1"]


async def test_an_opened_question_redraws_when_the_questions_are_recomputed(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from dataclasses import replace

    from factcheck.model import Question

    c = review_extraction.claims
    closed = review_extraction.questions[0]
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter")
        screen = app.screen
        assert screen.check_fresh() is False
        # What a relink after corrections does: new questions for the same claims.
        recomputed = Question(closed.id, closed.label, {c[1].id: "asserts", c[2].id: "denies"})
        app.review.view.extraction = replace(app.review.view.extraction, questions=[recomputed])
        assert screen.check_fresh() is True
        await pilot.pause()
        assert columns(app) == [("asserts", [c[1].id]), ("denies", [c[2].id])]
