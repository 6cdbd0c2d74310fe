"""The Questions view: one line per contested point; `enter` opens it, `v` goes back to the claims.

The rows, counts and order come from the core (`QuestionView`); this screen only draws them and
passes keys on. The screen is dismissed with a claim id when the analyst asked to see a claim in
the Claims view, and with None when they simply switched back.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from factcheck.model import Question
from factcheck.session import Review
from factcheck.ui.screens.search import SearchScreen
from factcheck.ui.screens.shared import FRESH_CHECK_S, shared_bindings
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.question_list import QuestionList
from factcheck.ui.widgets.question_summary import QuestionSummary


class QuestionSearchScreen(SearchScreen):
    """The search box, worded for questions."""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="modal-box") as box:
            box.border_title = "Search questions"
            box.border_subtitle = "enter applies · empty clears · escape cancels"
            yield Input(
                self.current, placeholder="words in the question, its claims, speakers or camps", id="search-input"
            )
            yield Static("Every word must match; case does not matter.", classes="modal-hint")


class QuestionsScreen(Screen[str | None]):
    """Every question, disputed first; the line under the cursor is described in full below the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v,escape", "claims", "Claims view", tooltip="Switch back to the Claims view", id="view.claims"),
        Binding(
            "enter",
            "open",
            "Open question",
            tooltip="Open the question: its claims side by side by stance",
            id="questions.open",
        ),
        Binding(
            "slash",
            "search",
            "Search questions",
            tooltip="Search questions (label, claims, speakers, camps)",
            id="questions.search",
        ),
        Binding(
            "f",
            "disputed_only",
            "Disputed only",
            tooltip="Show only the disputed questions, or all of them",
            id="questions.disputed",
        ),
        Binding(
            "M",
            "merge_question",
            "Merge question into…",
            show=False,
            tooltip="Merge the highlighted question into another, picked by search",
            id="correct.questions.merge",
        ),
        *shared_bindings("help", "quit"),
    ]

    def __init__(self, review: Review, question_id: str | None = None) -> None:
        super().__init__()
        self.review = review
        self._start = question_id

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="header")
        yield QuestionList(lambda: self.review.questions, id="questions")
        yield QuestionSummary(lambda: self.review.questions, hint="enter opens it", id="question-preview")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._list = self.query_one(QuestionList)
        self._drawn = self.review.questions
        self._list.reload(self._start)
        self._list.focus()
        self._refresh_title()
        self.set_interval(FRESH_CHECK_S, self.check_fresh)

    def check_fresh(self) -> bool:
        """Redraw when the review's questions were recomputed meanwhile (e.g. a relink after corrections)."""
        if self.review.questions is self._drawn:
            return False
        self.refresh_rows()
        return True

    def on_resize(self) -> None:
        self.query_one(Footer).show_command_palette = self.size.width >= 100

    @property
    def question_list(self) -> QuestionList:
        return self._list

    @property
    def current(self) -> Question | None:
        """The question under the cursor."""
        qid = self._list.question_id
        return self.review.questions.question(qid) if qid else None

    def _refresh_title(self) -> None:
        view = self.review.questions
        filtered = view.disputed_only or view.search
        shown = f"{len(view.visible)} of {len(view.questions)}" if filtered else str(len(view.questions))
        self._list.border_title = f"Questions ({shown}, {view.disputed_count()} disputed)"
        self.query_one(ReviewHeader).show_questions(self.review)

    @on(QuestionList.Highlighted)
    def _highlighted(self, event: QuestionList.Highlighted) -> None:
        self.query_one(QuestionSummary).show(self.current)

    def refresh_rows(self) -> None:
        """Redraw after verdicts or corrections changed elsewhere (rows, reviewed/total, the header)."""
        self._drawn = self.review.questions
        self._list.reload(self._list.question_id)
        self._refresh_title()
        self.post_message(QuestionList.Highlighted(self._list, self._list.question_id))

    # actions
    def action_claims(self) -> None:
        """Back to the Claims view, where the analyst left it."""
        self.dismiss(None)

    def action_open(self) -> None:
        """Open the question under the cursor."""
        from factcheck.ui.screens.question import QuestionScreen

        question = self.current
        if question is None:
            return

        def done(claim_id: str | None) -> None:
            if claim_id is not None:
                self.dismiss(claim_id)
                return
            self.refresh_rows()

        self.app.push_screen(QuestionScreen(self.review, question), done)

    def action_disputed_only(self) -> None:
        """Toggle between every question and only the disputed ones, keeping the cursor's question if shown."""
        keep = self._list.question_id
        view = self.review.questions
        view.set_disputed_only(not view.disputed_only)
        self._list.reload(keep)
        self._refresh_title()

    def action_search(self) -> None:
        """Ask for words every shown question must hold; empty clears the search."""

        def done(text: str | None) -> None:
            if text is None:
                return
            keep = self._list.question_id
            self.review.questions.set_search(text)
            self._list.reload(keep)
            self._refresh_title()

        self.app.push_screen(QuestionSearchScreen(self.review.questions.search), done)

    def action_merge_question(self) -> None:
        """Merge the highlighted question into another (an edit, undone by ctrl+z in any view)."""
        from factcheck.ui.screens.question_picker import QuestionPicker
        from factcheck.ui.screens.shared import stored

        question = self.current
        if question is None:
            return

        def done(into: str | None) -> None:
            if into is None:
                return
            if stored(self, lambda: self.review.merge_questions(question.id, into)):
                self._drawn = self.review.questions
                self._list.reload(into)
                self._refresh_title()
                self.notify(f"Merged “{question.label}” into this question")

        self.app.push_screen(
            QuestionPicker(self.review.questions, "Merge this question into", exclude=question.id), done
        )

    def action_help(self) -> None:
        from factcheck.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen([*self.BINDINGS, *QuestionList.BINDINGS]))
