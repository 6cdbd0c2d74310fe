"""Orphaned verdicts (their claim left the corpus) and open conflicts with other analysts' verdicts;
the analyst's rejected links, orphaned edits, and other analysts' conflicting edits.

Nothing here is ever deleted: the list shows what the store keeps, and enter goes to the claim.
A conflict is settled here with one key: keep mine, keep theirs, or keep both (mine, with a note
recording theirs); the choice is journalled like a verdict (`Review.resolve_conflict`).
Enter on a rejected link restores it; on another analyst's conflicting edit, keeps it; `x` on
one drops it (both are new edits, undone by ctrl+z like any other).
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

from factcheck.corrections import describe_edit
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
        Binding("x", "drop", "Drop their edit", tooltip="Drop another analyst's conflicting edit", id="problems.drop"),
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
                "recording theirs); enter goes to the claim. Enter restores a rejected link and keeps another "
                "analyst's edit; x drops it.",
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
        options.extend(self._edit_options())
        if not options:
            options.append(Option("Nothing orphaned, no open conflicts.", disabled=True))
        return options

    def _edit_options(self) -> list[Option]:
        """Rejected links (enter restores), orphaned edits, and other analysts' conflicting edits."""
        options = []
        for edit in self.review.rejected_links():
            line = Text("rejected link: ", style="bold")
            line.append(f"{self._claim_words(edit.target)}  –  {self._claim_words(edit.value)}  ")
            line.append(f"({edit.analyst or '-'}, {edit.time}) enter restores", style="dim")
            options.append(Option(line, id=f"rejected:{edit.seq}"))
        for edit in self.review.orphaned_edits():
            line = Text(f"orphaned edit: {describe_edit(edit)}  ")
            line.append(f"({edit.analyst or '-'}, {edit.time})", style="dim")
            options.append(Option(line, id=f"edit-orphan:{edit.seq}"))
        for edit in self.review.pending_edits():
            line = Text(f"their edit: {describe_edit(edit)}  ")
            line.append(f"({edit.analyst or '-'}, from {edit.source or '?'}) enter keeps · x drops", style="dim")
            options.append(Option(line, id=f"pending:{edit.seq}"))
        return options

    def _claim_words(self, claim_id: str) -> str:
        """A claim as a few words and who says it, for a line about a link."""
        claim = self.review.view.claim(claim_id)
        if claim is None:
            return claim_id
        words = " ".join(claim.text.split())
        return f"{claim.speaker or 'outlet'}: “{words[:40] + '…' if len(words) > 40 else words}”"

    def on_mount(self) -> None:
        self._refresh_title()

    def _refresh_title(self) -> None:
        box = self.query_one("#problems-box")
        box.border_title = (
            f"Orphaned verdicts ({len(self.review.orphans())}) · conflicts ({len(self.review.conflicts())})"
        )
        corrections = len(self.review.rejected_links()) + len(self.review.orphaned_edits())
        corrections += len(self.review.pending_edits())
        if corrections:
            box.border_title += f" · corrections ({corrections})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, rest = (event.option.id or "").partition(":")
        if kind in ("rejected", "pending"):
            self._edit_chosen(kind, int(rest))
            return
        if kind == "edit-orphan":
            self.notify("Its claim is no longer in the corpus; the edit is kept in case it comes back")
            return
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

    def _edit_chosen(self, kind: str, seq: int) -> None:
        try:
            if kind == "rejected":
                self.review.restore_edit(seq)
                self.notify("Link restored (ctrl+z rejects it again)")
            else:
                self.review.keep_pending_edit(seq)
                self.notify("Their edit kept")
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self._relist()

    def action_drop(self) -> None:
        """Drop the highlighted conflicting edit of another analyst (kept in the history)."""
        found = self.query_one(OptionList)
        option = found.get_option_at_index(found.highlighted) if found.highlighted is not None else None
        kind, _, seq = (option.id or "").partition(":") if option is not None else ("", "", "")
        if kind != "pending":
            self.notify("x drops another analyst's conflicting edit; this is not one")
            return
        try:
            self.review.restore_edit(int(seq))
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.notify("Their edit dropped")
        self._relist()

    def _relist(self) -> None:
        """List again after a change made here, the cursor where it was."""
        found = self.query_one(OptionList)
        at = found.highlighted or 0
        found.clear_options()
        found.add_options(self._options())
        found.highlighted = min(at, found.option_count - 1)
        self._refresh_title()

    def action_close(self) -> None:
        self.dismiss(None)
