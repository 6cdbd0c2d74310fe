"""One question opened: its claims side by side, one column per stance; the verdict keys work here.

A verdict goes through `Review` exactly as in the Claims view (store first, then the views), then
the highlight moves to the question's next claim without a verdict. `escape` goes back to the
question list; `v` or `enter` shows the highlighted claim in the Claims view (the screen is
dismissed with its id).
"""

from __future__ import annotations

import asyncio
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input

from factcheck.corrections import describe_edit
from factcheck.model import Edit, Label, Question
from factcheck.questionview import ASSERTS, DENIES
from factcheck.session import Change, Review, describe_undone
from factcheck.ui.screens.shared import FRESH_CHECK_S, shared_bindings, stored, undo_last
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.question_summary import QuestionSummary
from factcheck.ui.widgets.stance_column import StanceColumn

MIN_COLUMN = 32  # cells: narrower, a claim's text wraps every few words


class FigureScreen(ModalScreen[str | None]):
    """Ask for the figure a claim gives ("12,000"); enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="figure.cancel")]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="figure-box", classes="modal-box") as box:
            box.border_title = "The figure this claim gives"
            box.border_subtitle = "enter saves · escape cancels"
            yield Input(self.current, id="figure-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


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
        Binding(
            "m",
            "move_claim",
            "Move to question…",
            show=False,
            tooltip="Move the highlighted claim to another question, picked by search",
            id="correct.question.move",
        ),
        Binding(
            "t",
            "flip_stance",
            "Flip stance",
            show=False,
            tooltip="Flip the claim's stance (asserts ↔ denies); for a figure, type the value it gives",
            id="correct.question.stance",
        ),
        Binding(
            "M",
            "merge_question",
            "Merge question into…",
            show=False,
            tooltip="Merge this question into another, picked by search",
            id="correct.question.merge",
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
        self._reloading = asyncio.Lock()

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="header")
        yield QuestionSummary(lambda: self.review.questions, id="question-title")
        with Horizontal(id="stances"):
            for i, group in enumerate(self.review.questions.groups(self.question)):
                yield StanceColumn(group, id=f"stance-{i}")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._columns = list(self.query(StanceColumn))
        self._drawn = self.review.questions
        self.set_interval(FRESH_CHECK_S, self.check_fresh)
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
        """Revert the last change or correction; show it here when its claim is in this question."""
        undone = undo_last(self, self.review)
        if undone is None:
            return
        entry, change = undone
        if isinstance(entry, Edit):
            self.call_later(self.reload, change.claim or None)
            self.notify(f"Undone: {describe_edit(entry)}")
            return
        self._refresh_title()
        if change.claim in self.question.claims:
            self._refresh_member(change.claim)
            self.select(change.claim)
            self.notify(f"Undone: {describe_undone(entry)}")
        else:
            self.notify(f"Undone: {describe_undone(entry)} (not in this question)")

    # corrections (issue 12): stored as edits through Review, undone by ctrl+z
    async def reload(self, claim_id: str | None = None) -> None:
        """Show this question again after a correction (its members or stances changed), on `claim_id`.

        A question merged away or left empty is gone: the screen then goes back to the list.
        """
        async with self._reloading:  # two quick corrections: one rebuild after the other, never interleaved
            await self._rebuild(claim_id)

    def check_fresh(self) -> bool:
        """Redraw when the review's questions were recomputed meanwhile (e.g. a relink after corrections)."""
        if self.review.questions is self._drawn:
            return False
        self._drawn = self.review.questions
        self.call_later(self.reload, self.current)
        return True

    async def _rebuild(self, claim_id: str | None) -> None:
        self._drawn = self.review.questions
        question = self.review.questions.question(self.question.id)
        if question is None:
            self.dismiss(None)
            return
        self.question = question
        groups = self.review.questions.groups(question)
        if len(groups) == len(self._columns):  # the usual case (a flip, a move): refill the columns in place
            for column, group in zip(self._columns, groups, strict=True):
                column.show(group)
        else:
            await self.query(StanceColumn).remove()
            columns = [StanceColumn(group, id=f"stance-{i}") for i, group in enumerate(groups)]
            await self.query_one("#stances", Horizontal).mount_all(columns)
            self._columns = columns
            self.size_columns()
        self._refresh_title()
        keep = claim_id if claim_id in question.claims else self.review.questions.next_unreviewed(question, None)
        self.call_after_refresh(self._focus_after_reload, keep)

    def _focus_after_reload(self, claim_id: str | None) -> None:
        if (claim_id is None or not self.select(claim_id)) and self._columns:
            self._columns[0].focus()

    def action_move_claim(self) -> None:
        """Pick another question for the highlighted claim; it keeps its stance there."""
        from factcheck.ui.screens.question_picker import QuestionPicker

        claim = self.current
        if claim is None:
            return
        stance = self.question.claims.get(claim)

        def done(into: str | None) -> None:
            if into is None:
                return
            if stored(self, lambda: self.review.move_to_question(claim, into, stance)):
                target = self.review.questions.question(into)
                self.notify(f"Moved to “{target.label if target else into}” ({stance})")
                self.call_later(self.reload)

        self.app.push_screen(QuestionPicker(self.review.questions, "Move the claim to", exclude=self.question.id), done)

    def action_flip_stance(self) -> None:
        """asserts ↔ denies; for a figure, ask for the value the claim gives."""
        claim = self.current
        if claim is None:
            return
        stance = self.question.claims[claim]
        if stance in (ASSERTS, DENIES):
            self._set_stance(claim, DENIES if stance == ASSERTS else ASSERTS)
            return

        def done(value: str | None) -> None:
            if value is not None and value.strip() and value.strip() != stance:
                self._set_stance(claim, value.strip())

        self.app.push_screen(FigureScreen(stance), done)

    def _set_stance(self, claim: str, stance: str) -> None:
        """Give the claim this stance in this question (the edit names the question, so it is this one)."""
        if stored(self, lambda: self.review.move_to_question(claim, self.question.id, stance)):
            self.notify(f"Stance: {stance}")
            self.call_later(self.reload, claim)

    def action_merge_question(self) -> None:
        """Pick a question to merge this one into; the screen then shows the merged question."""
        from factcheck.ui.screens.question_picker import QuestionPicker

        def done(into: str | None) -> None:
            if into is None:
                return
            merged = self.question.id
            if stored(self, lambda: self.review.merge_questions(merged, into)):
                target = self.review.questions.question(into)
                if target is not None:
                    self.question = target
                self.notify(f"Merged into “{target.label if target else into}”")
                self.call_later(self.reload)

        self.app.push_screen(
            QuestionPicker(self.review.questions, "Merge this question into", exclude=self.question.id), done
        )

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
