"""The export dialog: a format, then a file name, then the core's `write_export` does the work.

It opens on the format list: enter there chooses and moves on to the file field, so a stray
enter never writes a file; enter in the file field (or ctrl+s anywhere) writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.export import FORMATS, SUFFIXES, ExportError, write_export
from factcheck.session import Review

FORMAT_NOTES: dict[str, str] = {  # one short line each: the dialog is 80 columns wide at most
    "json": "everything; factcheck import reads it",
    "claimreview": "schema.org ClaimReview (JSON-LD)",
    "csv": "one row per verdict",
    "markdown": "a readable report",
    "fever": "FEVER rows with evidence (JSON lines)",
}


def default_export_path(session: str, fmt: str, suffixes: dict[str, str]) -> str:
    """`<session>-verdicts<suffix>` in the working directory."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in session) or "session"
    return f"{safe}-verdicts{suffixes.get(fmt, '.txt')}"


class ExportScreen(ModalScreen[Path | None]):
    """Ask for a format and a file; write it; stay open with the error when it cannot be written."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("ctrl+s", "export", "Export", id="export.write"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self.formats: tuple[str, ...] = FORMATS
        self.suffixes: dict[str, str] = {str(k): v for k, v in SUFFIXES.items()}

    def compose(self) -> ComposeResult:
        fmt = self.formats[0]
        with Vertical(id="export-box", classes="modal-box") as box:
            box.border_title = f"Export session {self.review.name}"
            box.border_subtitle = "enter chooses the format, then writes from the file field · escape cancels"
            with Horizontal(classes="filter-row"):
                yield Label("Format", classes="filter-label")
                yield OptionList(
                    *(Option(f"{f:<12} {FORMAT_NOTES.get(f, '')}", id=f) for f in self.formats),
                    id="export-format",
                    compact=True,
                )
            with Horizontal(classes="filter-row"):
                yield Label("File", classes="filter-label")
                yield Input(default_export_path(self.review.name, fmt, self.suffixes), id="export-path", compact=True)
            yield Static(f"A relative name is saved under {Path.cwd()}", id="export-message", classes="modal-hint")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-write", compact=True)
                yield Button("Cancel", id="export-cancel", compact=True)

    def on_mount(self) -> None:
        formats = self.query_one("#export-format", OptionList)
        formats.highlighted = 0
        formats.focus()

    @property
    def format(self) -> str:
        """The format under the list's cursor."""
        formats = self.query_one("#export-format", OptionList)
        return self.formats[formats.highlighted or 0]

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Follow the format with the file's suffix, unless the analyst typed another name."""
        event.stop()
        path_input = self.query_one("#export-path", Input)
        current = path_input.value
        for fmt in self.formats:
            if current == default_export_path(self.review.name, fmt, self.suffixes):
                path_input.value = default_export_path(self.review.name, self.format, self.suffixes)
                break

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a format chooses it and moves on to the file name; it writes nothing."""
        event.stop()
        self.query_one("#export-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-write":
            self.action_export()
        else:
            self.action_cancel()

    def action_export(self) -> None:
        """Write the export through the core; the store is read on this (the event-loop) thread."""
        fmt = self.format
        target = self.query_one("#export-path", Input).value.strip()
        message = self.query_one("#export-message", Static)
        if not target:
            message.update("Give a file name.")
            return
        warnings: list[str] = []
        try:
            written = write_export(
                self.review.store,
                self.review.name,
                fmt,
                Path(target).expanduser(),
                extraction=self.review.view.extraction,
                warn=warnings.append,
            )
        except ExportError as exc:
            message.update(str(exc))
            return
        for warning in warnings:
            self.notify(warning, severity="warning")
        self.notify(f"Exported {fmt} to {written}")
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
