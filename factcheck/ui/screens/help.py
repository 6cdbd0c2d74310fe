"""The help screen: every key, generated from the bindings themselves so it never drifts from them."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.ui.marks import CONTESTED_MARK, MARKS, NOTE_MARK

KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "ctrl+z": "ctrl+z",
    "shift+tab": "shift+tab",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "space": "space",
    "backspace": "⌫",
}


def key_label(keys: str) -> str:
    """`j,down` → `j ↓`: the keys of a binding as the analyst types them."""
    arrows = {"down": "↓", "up": "↑"}
    return " ".join(arrows.get(k, KEY_NAMES.get(k, k)) for k in keys.split(","))


def binding_rows() -> list[tuple[str, str, str]]:
    """(keys, name, what it does) for every key of the review screen and its panes."""
    from factcheck.ui.screens.review import ReviewScreen
    from factcheck.ui.widgets.claim_list import ClaimList
    from factcheck.ui.widgets.related import RelatedList

    rows: list[tuple[str, str, str]] = []
    for owner in (ReviewScreen, ClaimList, RelatedList):
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding)
            rows.append((key_label(binding.key), binding.description, binding.tooltip))
    rows.append(("ctrl+p", "Command palette", "Every action by name"))
    return rows


class HelpScreen(ModalScreen[None]):
    """All keys and what the list's marks mean; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(style="dim")
        for keys, name, what in binding_rows():
            table.add_row(keys, name, what if what != name else "")
        legend = Text()
        legend.append("\nMarks in the claim list\n", style="bold")
        for label, glyph in MARKS.items():
            legend.append(f"  {glyph}  {label or 'not reviewed yet'}\n")
        legend.append(f"  {CONTESTED_MARK}  has competing claims\n")
        legend.append(f"  {NOTE_MARK}  has a note\n")
        legend.append("\nEvery verdict is saved the moment you press the key.", style="italic")
        with VerticalScroll(id="help-box", classes="modal-box") as box:
            box.border_title = "factcheck keys"
            box.border_subtitle = "escape closes"
            yield Static(table, id="help-keys")
            yield Static(legend, id="help-legend")

    def action_close(self) -> None:
        self.dismiss(None)
