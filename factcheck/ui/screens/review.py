"""The review screen: claim list, detail, competing and corroborating panes; one key per verdict.

Every key that changes a verdict calls the core (`Review`), which writes the store first;
only then is the screen updated, so nothing shows as saved that is not on disk. The correction
keys are in `review_corrections.py`, the finding keys (search, filter, jump to a linked claim and
back) in `review_finding.py`; `ReviewScreen` mixes both in and declares every binding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from factcheck.claimview import ClaimFilter
from factcheck.corrections import describe_edit
from factcheck.model import Edit, Label
from factcheck.session import Change, Review, describe_undone
from factcheck.store import StoreError
from factcheck.ui.screens.guard import stored, undo_last
from factcheck.ui.screens.review_corrections import CorrectionKeys
from factcheck.ui.screens.review_finding import FindingKeys
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.detail import ClaimDetail
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.related import RelatedList

NARROW = 100  # columns below which the layout is `-narrow` (see `ReviewScreen.on_resize`)


class ReviewScreen(CorrectionKeys, FindingKeys, Screen[None]):
    """The screen the analyst lives in (see "The review screen" in DESIGN.md)."""

    # Declared once: the footer shows those with show=True; help and the command palette show all.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "c",
            "verdict('corroborated')",
            "Corroborated",
            tooltip="Mark corroborated, go to next unreviewed",
            id="verdict.corroborated",
        ),
        Binding(
            "d",
            "verdict('disputed')",
            "Disputed",
            tooltip="Mark disputed, go to next unreviewed",
            id="verdict.disputed",
        ),
        Binding(
            "u",
            "verdict('unverified')",
            "Unverified",
            tooltip="Mark unverified, go to next unreviewed",
            id="verdict.unverified",
        ),
        Binding(
            "a",
            "accept_suggestion",
            "Accept suggestion",
            show=False,
            tooltip="Record the suggested verdict, go to next unreviewed",
            id="verdict.accept",
        ),
        Binding(
            "x",
            "verdict(None)",
            "Clear verdict",
            show=False,
            tooltip="Clear the verdict (the note stays)",
            id="verdict.clear",
        ),
        Binding("n", "note", "Note", tooltip="Edit the note of the claim (escape saves)", id="note"),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            show=False,
            tooltip="Undo the last change: verdict, note or correction (also after a restart)",
            id="undo",
        ),
        Binding(
            "s",
            "correct",
            "Speaker/side",
            show=False,
            tooltip="Correct the claim's speaker and side (enter saves, escape cancels)",
            id="correct.speaker",
        ),
        Binding(
            "S",
            "sides",
            "Sides & camps",
            show=False,
            tooltip="Every side with its claim count: rename, merge, move to another camp",
            id="correct.sides",
        ),
        Binding(
            "r",
            "reject_link",
            "Reject link",
            show=False,
            tooltip="In the competing/corroborating pane: reject that link (restore it from o)",
            id="correct.reject",
        ),
        Binding(
            "l",
            "add_link",
            "Link to…",
            show=False,
            tooltip="Link the claim to another one, picked by search, as competing or corroborating",
            id="correct.link",
        ),
        Binding(
            "slash", "search", "Search", show=False, tooltip="Search claims (text, speaker, side, id)", id="search"
        ),
        Binding("f", "filter", "Filter", tooltip="Filter by status, side, article; sort", id="filter"),
        Binding(
            "v",
            "questions",
            "Questions",
            tooltip="Switch to the Questions view: each contested point, who asserts, who denies",
            id="view.questions",
        ),
        Binding(
            "tab",
            "app.focus_next",
            "Next pane",
            show=False,
            tooltip="Move between the claim list and the competing/corroborating panes",
            id="focus.next",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous pane",
            show=False,
            tooltip="Move back between the panes",
            id="focus.previous",
        ),
        Binding("backspace,b", "back", "Back", show=False, tooltip="Back to the claim before the last jump", id="back"),
        Binding(
            "o",
            "problems",
            "Orphans & conflicts",
            show=False,
            tooltip="Orphaned verdicts and edits, rejected links, other analysts' differing verdicts and edits",
            id="problems",
        ),
        Binding(
            "A",
            "read_article",
            "Article",
            show=False,
            tooltip="Read the claim's whole article, the claim highlighted",
            id="article",
        ),
        Binding("e", "export", "Export", show=False, tooltip="Export the verdicts to a file", id="export"),
        Binding("question_mark", "help", "Help", tooltip="All keys", id="help"),
        Binding("q", "app.quit", "Quit", tooltip="Quit (everything is already saved)", id="quit"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self._jumps: list[tuple[str, ClaimFilter | None]] = []  # (claim left, filter it had if put aside)
        self._painted = False

    def compose(self) -> ComposeResult:
        view = self.review.view
        yield ReviewHeader(id="header")
        with Horizontal(id="main"):
            yield ClaimList(view, id="claims")
            with Vertical(id="right"):
                yield ClaimDetail(view, questions=lambda: self.review.questions, id="detail")
                with Horizontal(id="related"):
                    yield RelatedList(view, "competes", id="competing")
                    yield RelatedList(view, "corroborates", id="corroborating")
        yield Footer(compact=True)

    def on_resize(self) -> None:
        """Show the command palette key in the footer only where it fits beside the main keys.

        Below 100 columns the screen is `-narrow`: the claim list takes more of the width (so an
        80-column terminal shows ~35 characters of each claim, not ~15), the claim under the
        cursor is wrapped whole, and the linked panes stack.
        """
        self.query_one(Footer).show_command_palette = self.size.width >= 100
        self.set_class(self.size.width < NARROW, "-narrow")
        self.query_one("#claims", ClaimList).set_wrap_cursor(self.size.width < NARROW)

    def on_mount(self) -> None:
        self._claim_list = self.query_one("#claims", ClaimList)
        self._detail = self.query_one(ClaimDetail)
        self._panes = list(self.query(RelatedList))
        self._header = self.query_one(ReviewHeader)
        self._claim_list.border_title = "Claims"
        self.claim_list.reload(self.review.start_claim())
        self.claim_list.focus()
        self.refresh_header()
        self.schedule_relink()  # a resumed session's corrected speakers and sides
        self.call_after_refresh(self._prepare_corrections)

    def _prepare_corrections(self) -> None:
        """After the first frame, build in a thread what corrections need (~0.1 s at 10k claims, ~0.9 s at
        50k, which resume paid before its first screen): the list answers keys meanwhile, and a correction
        key pressed before it ends builds its own (the result is the same)."""
        prepare = self.review.prepare_corrections
        self.app.run_worker(prepare, name="prepare-corrections", thread=True, exit_on_error=False)

    # parts
    @property
    def claim_list(self) -> ClaimList:
        return self._claim_list

    @property
    def current(self) -> str | None:
        """The claim under the list's cursor."""
        return self.claim_list.claim_id

    def refresh_header(self) -> None:
        self._header.show(self.review)

    def show_claim(self, claim_id: str | None) -> None:
        """Fill the detail and linked panes for a claim.

        On the very first claim the linked panes are filled just after the first frame, so the
        list and the claim appear without waiting for a few dozen wrapped linked claims.
        """
        self._detail.show(claim_id)
        if not self._painted:
            self._painted = True
            self.call_after_refresh(self._show_linked)
            return
        self._show_linked()

    def _show_linked(self) -> None:
        for pane in self._panes:
            pane.show(self.current)

    @on(ClaimList.Highlighted)
    def _claim_highlighted(self, event: ClaimList.Highlighted) -> None:
        self.show_claim(event.claim_id)
        self._save_position()

    def _save_position(self) -> None:
        try:
            self.review.remember_position(self.current)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)

    def after_change(self, change: Change, *, move: bool) -> None:
        """Redraw what a stored change affects, then move on when asked."""
        self.claim_list.refresh_claim(change.claim)
        self.refresh_header()
        if move and change.next_claim is not None and change.next_claim != change.claim:
            self.go_to(change.next_claim)
        else:
            self.show_claim(self.current)
        if move and change.next_claim is None:
            self.notify("Every claim in this view has a verdict")

    # verdicts
    def action_verdict(self, label: Label | None) -> None:
        """c/d/u record a label and move to the next unreviewed claim; x clears it and stays."""
        claim = self.current
        if claim is None:
            return
        change = stored(self, lambda: self.review.record(claim, label))
        if change is not None:
            self.after_change(change, move=label is not None)

    def action_accept_suggestion(self) -> None:
        """Record the suggested label of the claim."""
        claim = self.current
        if claim is None:
            return
        try:
            change = self.review.accept_suggestion(claim)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        if change is None:
            self.notify("No suggestion for this claim")
            return
        self.after_change(change, move=True)

    def action_undo(self) -> None:
        """Revert the last change (also one from an earlier run) and show the claim it touched."""
        undone = undo_last(self, self.review)
        if undone is None:
            return
        entry, change = undone
        if isinstance(entry, Edit):
            self.after_correction(change.claim or None)
            self.notify(f"Undone: {describe_edit(entry)}")
            return
        self.claim_list.refresh_claim(change.claim)
        self.refresh_header()
        self.go_to(change.claim)
        self.show_claim(self.current)
        self.notify(f"Undone: {describe_undone(entry)}")

    def action_note(self) -> None:
        """Open the note editor; escape saves."""
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

    def action_read_article(self) -> None:
        """Open the selected claim's whole article (a linked pane's claim when that pane has the focus),
        scrolled to the claim, the claim highlighted."""
        from factcheck.ui.screens.article import ArticleScreen

        claim_id = self.current
        focused = self.focused
        if isinstance(focused, RelatedList) and focused.highlighted_option is not None:
            claim_id = focused.highlighted_option.id or claim_id
        claim = self.review.view.claim(claim_id) if claim_id else None
        article = self.review.view.article(claim.article) if claim is not None else None
        if claim is None or article is None or not article.text:
            self.notify("The article's text is not available", severity="warning")
            return
        self.app.push_screen(ArticleScreen(article, claim))

    # other screens
    def action_help(self) -> None:
        from factcheck.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen([*self.BINDINGS, *ClaimList.BINDINGS, *RelatedList.BINDINGS]))

    def action_problems(self) -> None:
        from factcheck.ui.screens.problems import ProblemsScreen

        def done(claim_id: str | None) -> None:
            self.after_correction()  # a link restored or an edit kept there
            if claim_id is not None:
                self.go_to(claim_id)

        def changed(change: Change) -> None:
            self.claim_list.refresh_claim(change.claim)
            self.refresh_header()
            self.show_claim(self.current)

        self.app.push_screen(ProblemsScreen(self.review, changed), done)

    @dataclass
    class QuestionsWanted(Message):
        """`v`: the analyst wants the Questions view, opened on this claim's question (the app switches)."""

        screen: ReviewScreen
        claim_id: str | None

    def action_questions(self) -> None:
        """Ask the app for the Questions view; it comes back through `back_from_questions`."""
        self.post_message(self.QuestionsWanted(self, self.current))

    def back_from_questions(self, claim_id: str | None) -> None:
        """Redraw after the Questions view (verdicts or questions may have changed there); go to the claim asked for."""
        self.claim_list.reload(self.current)
        self.refresh_header()
        if claim_id is not None:
            self.go_to(claim_id)
        self.show_claim(self.current)
        self.claim_list.focus()

    def action_export(self) -> None:
        from factcheck.ui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.review))
