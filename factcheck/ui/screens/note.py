"""The note editor: a multi-line TextArea over the review screen; escape saves and closes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from factcheck.model import Claim
from factcheck.ui.widgets.claim_list import one_line


class NoteScreen(ModalScreen[str | None]):
    """Edit the note of one claim; dismisses with the text (escape or ctrl+s), or None (ctrl+g discards)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "save", "Save note", id="note.save"),
        Binding("ctrl+s", "save", "Save note", show=False, id="note.save2"),
        Binding("ctrl+g", "cancel", "Discard changes", id="note.cancel"),
    ]

    def __init__(self, claim: Claim, note: str) -> None:
        super().__init__()
        self.claim = claim
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="modal-box") as box:
            box.border_title = f"Note on {self.claim.id}"
            box.border_subtitle = "escape saves · ctrl+g discards"
            yield Static(one_line(self.claim.text), id="note-claim", classes="modal-hint")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.rstrip())

    def action_cancel(self) -> None:
        self.dismiss(None)
