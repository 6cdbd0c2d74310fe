"""Orphaned verdicts (their claim left the corpus) and open conflicts with other analysts' verdicts;
the analyst's rejected links, orphaned edits, and other analysts' conflicting edits.

Nothing here is ever deleted: the list shows what the store keeps, and enter goes to the claim.
Enter on a rejected link restores it; on another analyst's conflicting edit, keeps it; `x` on
one drops it (both are new edits, undone by ctrl+z like any other).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.corrections import describe_edit
from factcheck.session import Review
from factcheck.store import StoreError
from factcheck.ui.marks import status_word


class ProblemsScreen(ModalScreen[str | None]):
    """Lists orphaned verdicts and open conflicts; enter on a conflict returns its claim id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "close", "Close", id="problems.close"),
        Binding("x", "drop", "Drop their edit", tooltip="Drop another analyst's conflicting edit", id="problems.drop"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        orphans = self.review.orphans()
        conflicts = self.review.conflicts()
        with Vertical(id="problems-box", classes="modal-box") as box:
            box.border_title = f"Orphaned verdicts ({len(orphans)}) · conflicts ({len(conflicts)})"
            box.border_subtitle = "enter goes to a conflict's claim · escape closes"
            yield Static(
                "Orphaned: verdicts whose claim is no longer in the corpus. They are kept, never deleted.",
                classes="modal-hint",
            )
            options: list[Option] = []
            for v in orphans:
                line = Text(f"{v.claim}  {status_word(v)}  {v.analyst or '-'}  {v.updated}")
                if v.note:
                    line.append(f"\n   note: {v.note}", style="italic")
                options.append(Option(line, id=f"orphan:{v.claim}"))
            for ours, theirs, source in conflicts:
                line = Text(f"{theirs.claim}  ours: {status_word(ours)}  theirs: {status_word(theirs)}")
                line.append(f"  ({theirs.analyst or '-'}, from {source})", style="dim")
                options.append(Option(line, id=f"conflict:{theirs.claim}"))
            edit_options = self._edit_options()
            options.extend(edit_options)
            if edit_options:
                box.border_title += f" · corrections ({len(edit_options)})"
                box.border_subtitle = "enter: go to a conflict's claim, restore a link, keep their edit · escape closes"
            if not options:
                options.append(Option("Nothing orphaned, no open conflicts.", disabled=True))
            yield OptionList(*options, id="problems-list")

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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, claim = (event.option.id or "").partition(":")
        if kind in ("rejected", "pending"):
            self._edit_chosen(kind, int(claim))
            return
        if kind == "edit-orphan":
            self.notify("Its claim is no longer in the corpus; the edit is kept in case it comes back")
            return
        if kind == "conflict" and self.review.view.claim(claim) is not None:
            self.dismiss(claim)
        else:
            self.notify("That claim is not in the corpus any more", severity="warning")

    def _claim_words(self, claim_id: str) -> str:
        """A claim as a few words and who says it, for a line about a link."""
        claim = self.review.view.claim(claim_id)
        if claim is None:
            return claim_id
        words = " ".join(claim.text.split())
        return f"{claim.speaker or 'outlet'}: “{words[:40] + '…' if len(words) > 40 else words}”"

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
        self._remove_highlighted()

    def action_drop(self) -> None:
        """Drop the highlighted conflicting edit of another analyst (kept in the history)."""
        listing = self.query_one(OptionList)
        option = listing.highlighted_option
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
        self._remove_highlighted()

    def _remove_highlighted(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            listing.remove_option_at_index(listing.highlighted)

    def action_close(self) -> None:
        self.dismiss(None)
