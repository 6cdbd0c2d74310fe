"""One question opened: its claims side by side, one column per stance; the verdict keys work here.

A verdict goes through `Review` exactly as in the Claims view (store first, then the views), then
the highlight moves to the question's next claim without a verdict. `escape` goes back to the
question list; `v` or `enter` shows the highlighted claim in the Claims view (the screen is
dismissed with its id).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from factcheck.model import Label, Question
from factcheck.session import Change, Review
from factcheck.ui.screens.shared import shared_bindings, stored
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.question_summary import QuestionSummary
from factcheck.ui.widgets.stance_column import StanceColumn

MIN_COLUMN = 32  # cells: narrower, a claim's text wraps every few words


class QuestionScreen(Screen[str | None]):
    """The claims of one question grouped by stance (asserts | denies, or one column per value)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *shared_bindings(
            "verdict.corroborated", "verdict.disputed", "verdict.unverified", "verdict.accept", "verdict.clear"
        ),
        *shared_bindings("note", "undo"),
        Binding("escape", "back", "Questions", tooltip="Back to the list of questions", id="question.back"),
        Binding(
            "v",
            "claims",
            "Claims view",
            show=False,
            tooltip="Show the highlighted claim in the Claims view",
            id="view.claims.claim",
        ),
        Binding("right,tab", "column(1)", "Next column", show=False, tooltip="Next stance", id="question.right"),
        Binding(
            "left,shift+tab", "column(-1)", "Previous column", show=False, tooltip="Previous stance", id="question.left"
        ),
        *shared_bindings("help", "quit"),
    ]

    def __init__(self, review: Review, question: Question) -> None:
        super().__init__()
        self.review = review
        self.question = question

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="header")
        yield QuestionSummary(lambda: self.review.questions, id="question-title")
        with Horizontal(id="stances"):
            for i, group in enumerate(self.review.questions.groups(self.question)):
                yield StanceColumn(group, id=f"stance-{i}")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._columns = list(self.query(StanceColumn))
        self._refresh_title()
        first = self.review.questions.next_unreviewed(self.question, None)
        if (first is None or not self.select(first)) and self._columns:  # the columns are filled on their mount
            self._columns[0].focus()

    def on_resize(self) -> None:
        self.query_one(Footer).show_command_palette = self.size.width >= 100
        self.size_columns()

    def size_columns(self) -> None:
        """Share the width among the stance columns, none narrower than `MIN_COLUMN` (more scroll sideways)."""
        columns = list(self.query(StanceColumn))
        if columns:
            width = max(MIN_COLUMN, self.size.width // len(columns))
            for column in columns:
                column.styles.width = width

    @property
    def current(self) -> str | None:
        """The highlighted claim of the focused column (the first column's when none has the focus)."""
        focused = self.focused
        if isinstance(focused, StanceColumn):
            return focused.claim_id
        return self._columns[0].claim_id if self._columns else None

    def select(self, claim_id: str) -> bool:
        """Focus the column holding a claim and highlight it; False when it is not in the question."""
        for column in self._columns:
            if column.select_claim(claim_id):
                column.focus()
                return True
        return False

    def _refresh_title(self) -> None:
        self.query_one(QuestionSummary).show(self.question)
        self.query_one(ReviewHeader).show_questions(self.review)

    def _refresh_member(self, claim_id: str) -> None:
        for group in self.review.questions.groups(self.question):
            for member in group.members:
                if member.claim.id == claim_id:
                    for column in self._columns:
                        column.update_member(member)

    def after_change(self, change: Change, *, move: bool) -> None:
        """Redraw what a stored change affects; after a verdict, go to the next claim without one."""
        self._refresh_member(change.claim)
        self._refresh_title()
        if not move:
            return
        following = self.review.questions.next_unreviewed(self.question, change.claim)
        if following is None:
            self.notify("Every claim in this question has a verdict")
        else:
            self.select(following)

    # verdicts
    def action_verdict(self, label: Label | None) -> None:
        """c/d/u record a label and move on within the question; x clears it and stays."""
        claim = self.current
        if claim is None:
            return
        change = stored(self, lambda: self.review.record(claim, label))
        if change is not None:
            self.after_change(change, move=label is not None)

    def action_accept_suggestion(self) -> None:
        """Record the suggested label of the highlighted claim."""
        claim = self.current
        if claim is None:
            return
        if self.review.view.suggestion(claim) is None:
            self.notify("No suggestion for this claim")
            return
        change = stored(self, lambda: self.review.accept_suggestion(claim))
        if change is not None:
            self.after_change(change, move=True)

    def action_undo(self) -> None:
        """Revert the last change; show it here when its claim is in this question."""
        undone = stored(self, self.review.undo)
        if undone is None:
            return
        entry, change = undone
        self._refresh_title()
        if change.claim in self.question.claims:
            self._refresh_member(change.claim)
            self.select(change.claim)
            self.notify(f"Undone: {change.claim} is {entry.new_label or 'unreviewed'} again")
        else:
            self.notify(f"Undone: {change.claim} (not in this question) is {entry.new_label or 'unreviewed'} again")

    def action_note(self) -> None:
        """Edit the highlighted claim's note; escape saves."""
        from factcheck.ui.screens.note import NoteScreen

        claim_id = self.current
        claim = self.review.view.claim(claim_id) if claim_id else None
        if claim is None:
            return

        def save(note: str | None) -> None:
            if note is None:
                return
            change = stored(self, lambda: self.review.set_note(claim.id, note))
            if change is not None:
                self.after_change(change, move=False)

        self.app.push_screen(NoteScreen(claim, self.review.note(claim.id)), save)

    # moving
    def action_column(self, step: int) -> None:
        """Focus the next (or previous) stance column, wrapping round."""
        if not self._columns:
            return
        focused = self.focused
        index = self._columns.index(focused) if isinstance(focused, StanceColumn) else -step
        self._columns[(index + step) % len(self._columns)].focus()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_claims(self) -> None:
        self.dismiss(self.current)

    @on(StanceColumn.Show)
    def _show(self, event: StanceColumn.Show) -> None:
        self.dismiss(event.claim_id)

    def action_help(self) -> None:
        from factcheck.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen([*self.BINDINGS, *StanceColumn.BINDINGS]))
