"""The filter dialog: status, side, article, contested only, and the sort order of the claim list."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select

from factcheck.claimview import NO_SIDE, SORTS, STATUSES, ClaimFilter, ClaimView

ANY = "(any)"


class FilterScreen(ModalScreen[ClaimFilter | None]):
    """Pick what the claim list shows; Apply (or ctrl+s) returns the filter, escape returns None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filter.cancel"),
        Binding("ctrl+s", "apply", "Apply", id="filter.apply"),
        Binding("ctrl+r", "reset", "Show all", id="filter.reset"),
    ]

    def __init__(self, view: ClaimView) -> None:
        super().__init__()
        self.view = view
        self.current = view.filter

    def compose(self) -> ComposeResult:
        f = self.current
        sides = [*self.view.sides(), NO_SIDE]
        articles = [a.file for a in self.view.articles()]
        with Vertical(id="filter-box", classes="modal-box") as box:
            box.border_title = "Filter claims"
            box.border_subtitle = "ctrl+s applies · ctrl+r shows all · escape cancels"
            with Horizontal(classes="filter-row"):
                yield Label("Status", classes="filter-label")
                yield Select(
                    [(s, s) for s in STATUSES], value=f.status, allow_blank=False, compact=True, id="filter-status"
                )
            with Horizontal(classes="filter-row"):
                yield Label("Side", classes="filter-label")
                yield Select(
                    [(ANY, ANY)] + [(s, s) for s in sides],
                    value=f.side or ANY,
                    allow_blank=False,
                    compact=True,
                    id="filter-side",
                )
            with Horizontal(classes="filter-row"):
                yield Label("Article", classes="filter-label")
                yield Select(
                    [(ANY, ANY)] + [(a, a) for a in articles],
                    value=f.article or ANY,
                    allow_blank=False,
                    compact=True,
                    id="filter-article",
                )
            with Horizontal(classes="filter-row"):
                yield Label("Sort by", classes="filter-label")
                yield Select([(s, s) for s in SORTS], value=f.sort, allow_blank=False, compact=True, id="filter-sort")
            yield Checkbox("only claims with competing claims", f.contested, id="filter-contested", compact=True)
            with Horizontal(id="filter-buttons"):
                yield Button("Apply", variant="primary", id="filter-apply", compact=True)
                yield Button("Show all", id="filter-reset", compact=True)
                yield Button("Cancel", id="filter-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#filter-status", Select).focus()

    def chosen(self) -> ClaimFilter:
        """The filter the dialog currently describes (the search text is kept)."""

        def value(widget_id: str) -> str | None:
            v = self.query_one(widget_id, Select).value
            return None if v in (ANY, Select.BLANK) else str(v)

        return ClaimFilter(
            status=value("#filter-status") or "all",
            side=value("#filter-side"),
            article=value("#filter-article"),
            contested=self.query_one("#filter-contested", Checkbox).value,
            search=self.current.search,
            sort=value("#filter-sort") or "article",
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        {"filter-apply": self.action_apply, "filter-reset": self.action_reset}.get(
            event.button.id or "", self.action_cancel
        )()

    def action_apply(self) -> None:
        self.dismiss(self.chosen())

    def action_reset(self) -> None:
        self.dismiss(ClaimFilter())

    def action_cancel(self) -> None:
        self.dismiss(None)
