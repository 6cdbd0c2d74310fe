"""Orphaned verdicts (their claim left the corpus) and open conflicts with other analysts' verdicts.

Nothing here is ever deleted: the list shows what the store keeps, and enter goes to the claim.
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

from factcheck.session import Review
from factcheck.ui.marks import status_word


class ProblemsScreen(ModalScreen[str | None]):
    """Lists orphaned verdicts and open conflicts; enter on a conflict returns its claim id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,o", "close", "Close", id="problems.close"),
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
            if not options:
                options.append(Option("Nothing orphaned, no open conflicts.", disabled=True))
            yield OptionList(*options, id="problems-list")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, claim = (event.option.id or "").partition(":")
        if kind == "conflict" and self.review.view.claim(claim) is not None:
            self.dismiss(claim)
        else:
            self.notify("That claim is not in the corpus any more", severity="warning")

    def action_close(self) -> None:
        self.dismiss(None)
