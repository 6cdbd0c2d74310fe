"""Orphaned verdicts (their claim left the corpus) and open conflicts with other analysts' verdicts.

Nothing here is ever deleted: the list shows what the store keeps, and enter goes to the claim.
A conflict is settled here with one key: keep mine, keep theirs, or keep both (mine, with a note
recording theirs); the choice is journalled like a verdict (`Review.resolve_conflict`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.session import Change, ConflictChoice, Review, conflict_note, conflict_source
from factcheck.store import StoreError
from factcheck.ui.marks import status_word


class ProblemsScreen(ModalScreen[str | None]):
    """Lists orphaned verdicts and open conflicts; enter on a conflict returns its claim id; m/t/b settle one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "close", "Close", id="problems.close"),
        Binding("m", "resolve('mine')", "Keep mine", tooltip="Keep my verdict, close the conflict", id="conflict.mine"),
        Binding("t", "resolve('theirs')", "Keep theirs", tooltip="Take their verdict and note", id="conflict.theirs"),
        Binding(
            "b",
            "resolve('both')",
            "Keep both",
            tooltip="Keep my verdict, with a note recording theirs (edit it; escape saves)",
            id="conflict.both",
        ),
    ]

    def __init__(self, review: Review, on_change: Callable[[Change], None] | None = None) -> None:
        super().__init__()
        self.review = review
        self.on_change = on_change

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-box", classes="modal-box") as box:
            box.border_subtitle = "escape closes"
            yield Static(
                "Orphaned: verdicts whose claim is no longer in the corpus. They are kept, never deleted.\n"
                "On a conflict: m keeps my verdict, t takes theirs, b keeps both (mine, with a note "
                "recording theirs); enter goes to the claim.",
                classes="modal-hint",
            )
            yield OptionList(*self._options(), id="problems-list")

    def _options(self) -> list[Option]:
        orphans = self.review.orphans()
        conflicts = self.review.conflicts()
        options: list[Option] = []
        for v in orphans:
            line = Text(f"{v.claim}  {status_word(v)}  {v.analyst or '-'}  {v.updated}")
            if v.note:
                line.append(f"\n   note: {v.note}", style="italic")
            options.append(Option(line, id=f"orphan:{v.claim}"))
        for ours, theirs, source in conflicts:
            line = Text(f"{theirs.claim}  mine: {status_word(ours)}  theirs: {status_word(theirs)}")
            line.append(f"  (from {conflict_source(theirs, source)})", style="dim")
            if theirs.note:
                line.append(f"\n   their note: {theirs.note}", style="italic")
            options.append(Option(line, id=f"conflict:{theirs.claim}:{source}"))
        if not options:
            options.append(Option("Nothing orphaned, no open conflicts.", disabled=True))
        return options

    def on_mount(self) -> None:
        self._refresh_title()

    def _refresh_title(self) -> None:
        box = self.query_one("#problems-box")
        box.border_title = (
            f"Orphaned verdicts ({len(self.review.orphans())}) · conflicts ({len(self.review.conflicts())})"
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, rest = (event.option.id or "").partition(":")
        claim = rest.partition(":")[0]
        if kind == "conflict" and self.review.view.claim(claim) is not None:
            self.dismiss(claim)
        else:
            self.notify("That claim is not in the corpus any more", severity="warning")

    def _highlighted_conflict(self) -> tuple[str, str] | None:
        """(claim id, source) of the conflict under the cursor, or None."""
        found = self.query_one(OptionList)
        option = found.get_option_at_index(found.highlighted) if found.highlighted is not None else None
        kind, _, rest = (option.id or "").partition(":") if option is not None else ("", "", "")
        if kind != "conflict":
            return None
        claim, _, source = rest.partition(":")
        return claim, source

    def action_resolve(self, choice: ConflictChoice) -> None:
        """Settle the conflict under the cursor; "both" first opens the note to edit."""
        target = self._highlighted_conflict()
        if target is None:
            self.notify("Put the cursor on a conflict first", severity="warning")
            return
        claim_id, source = target
        if choice != "both":
            self._settle(claim_id, source, choice, None)
            return
        from factcheck.ui.screens.note import NoteScreen

        theirs = next(t for _, t, s in self.review.conflicts() if t.claim == claim_id and s == source)
        note = conflict_note(self.review.view.verdict(claim_id), theirs, source)
        claim = self.review.view.claim(claim_id)
        if claim is None:  # an orphaned claim has no text to show in the editor: keep the note as written
            self._settle(claim_id, source, "both", note)
            return

        def save(text: str | None) -> None:
            if text is not None:
                self._settle(claim_id, source, "both", text)

        self.app.push_screen(NoteScreen(claim, note), save)

    def _settle(self, claim_id: str, source: str, choice: ConflictChoice, note: str | None) -> None:
        try:
            change = self.review.resolve_conflict(claim_id, source, choice, note)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        if self.on_change is not None:
            self.on_change(change)
        found = self.query_one(OptionList)
        at = found.highlighted or 0
        found.clear_options()
        found.add_options(self._options())
        found.highlighted = min(at, found.option_count - 1)  # stay where the settled conflict was
        self._refresh_title()
        kept = {"mine": "kept mine", "theirs": "took theirs", "both": "kept both, with a note"}[choice]
        self.notify(f"{claim_id}: {kept}")

    def action_close(self) -> None:
        self.dismiss(None)
