"""Search: one line of words that every listed claim must contain (text, speaker, side, id, article)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class SearchScreen(ModalScreen[str | None]):
    """Ask for search words; enter applies (empty clears the search), escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="search.cancel"),
    ]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box", classes="modal-box") as box:
            box.border_title = "Search claims"
            box.border_subtitle = "enter applies · empty clears · escape cancels"
            yield Input(self.current, placeholder="words in the claim, speaker, side or id", id="search-input")
            yield Static("Every word must match; case does not matter.", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
