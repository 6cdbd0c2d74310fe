"""The help screen: every key, generated from the bindings themselves so it never drifts from them."""

from __future__ import annotations

from collections.abc import Sequence
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


GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Verdicts", ("verdict.", "note", "undo")),
    ("Corrections", ("correct.",)),
    ("Moving", ("list.", "focus.", "related.", "back", "question-list.", "stance.", "question.left", "question.right")),
    ("Views and questions", ("view.", "questions.", "question.")),
    ("Finding", ("search", "filter", "problems")),
    ("Other", ("",)),
)


def binding_rows(bindings: Sequence[BindingType]) -> list[tuple[str, str, str]]:
    """(group, keys, what it does) for every one of `bindings`, grouped."""
    rows: list[tuple[str, str, str]] = []
    placed: set[int] = set()
    for group, prefixes in GROUPS:
        for i, binding in enumerate(bindings):
            assert isinstance(binding, Binding)
            if i in placed or not any((binding.id or "").startswith(p) for p in prefixes):
                continue
            placed.add(i)
            rows.append((group, key_label(binding.key), binding.tooltip or binding.description))
    rows.append(("Other", "ctrl+p", "Command palette: every action by name"))
    return rows


class HelpScreen(ModalScreen[None]):
    """All keys and what the list's marks mean; any of escape, q or ? closes it.

    The screen that opens it hands it the bindings to describe (its own and its panes'), so the
    help never imports the screens it describes.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help", id="help.close"),
    ]

    def __init__(self, bindings: Sequence[BindingType]) -> None:
        super().__init__()
        self.rows = binding_rows(bindings)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        group = None
        for row_group, keys, what in self.rows:
            if row_group != group:
                table.add_row(Text(("\n" if group else "") + row_group, style="bold underline"), "")
                group = row_group
            table.add_row(keys, what)
        legend = Text()
        legend.append("\nMarks in the claim list\n", style="bold")
        for label, glyph in MARKS.items():
            legend.append(f"  {glyph}  {label or 'not reviewed yet'}\n")
        legend.append(f"  {CONTESTED_MARK}  has competing claims (in the question list: the question is disputed)\n")
        legend.append(f"  {NOTE_MARK}  has a note\n")
        legend.append("\nEvery verdict and correction is saved the moment you press the key.", style="italic")
        with VerticalScroll(id="help-box", classes="modal-box") as box:
            box.border_title = "factcheck keys"
            box.border_subtitle = "escape closes"
            yield Static(table, id="help-keys")
            yield Static(legend, id="help-legend")

    def action_close(self) -> None:
        self.dismiss(None)
