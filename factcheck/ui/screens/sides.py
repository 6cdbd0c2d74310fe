"""Sides and camps (`S`): every side with its claim count; rename, merge, move to another camp.

Each change is an edit stored like a verdict (undone by ctrl+z); the list is redrawn from the
corrected claims after each one, so counts and camps are what the review screen now shows.
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
from factcheck.store import StoreError
from factcheck.ui.screens.correct import PromptScreen
from factcheck.ui.screens.guard import undo_last


class SidesScreen(ModalScreen[bool]):
    """The side registry; dismisses with True when anything was changed (the review screen redraws)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "rename", "Rename", tooltip="Rename the side (the old name becomes an alias)", id="sides.rename"),
        Binding("m", "merge", "Merge into…", tooltip="Merge the side into another one", id="sides.merge"),
        Binding("c", "camp", "Camp…", tooltip="Move the side to another camp", id="sides.camp"),
        Binding("ctrl+z", "undo", "Undo", tooltip="Undo the last change (here too)", id="sides.undo"),
        Binding("escape,q", "close", "Close", id="sides.close"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="sides-box", classes="modal-box") as box:
            box.border_title = "Sides and camps"
            box.border_subtitle = "r rename · m merge · c camp · ctrl+z undo · escape closes"
            yield Static("Every side with its claim count and camp. Changes are saved at once; ctrl+z undoes them.",
                         classes="modal-hint")  # fmt: skip
            yield OptionList(id="sides-list")
            yield Static("", classes="modal-hint", id="sides-aliases")

    def on_mount(self) -> None:
        self.fill()
        self.query_one(OptionList).focus()

    def fill(self, keep: str | None = None) -> None:
        """List the sides again from the corrected claims, keeping the highlight on `keep`."""
        listing = self.query_one(OptionList)
        listing.clear_options()
        sides = self.review.sides()
        camps = self.review.camps()
        for name, count in sides:
            line = Text(f"{name}  ", style="bold")
            line.append(f"{count} claim{'s' if count != 1 else ''}")
            camp = camps.get(name)
            if camp and camp != name:
                line.append(f"  camp: {camp}", style="italic")
            listing.add_option(Option(line, id=name))
        if not sides:
            listing.add_option(Option("No claim has a side yet.", disabled=True))
        names = [name for name, _ in sides]
        if names:  # the highlight starts on a side, never nowhere (a first ↓ would skip one)
            listing.highlighted = names.index(keep) if keep in names else 0
        aliases = self.review.aliases()
        self.query_one("#sides-aliases", Static).update(
            "Aliases: " + ", ".join(f"{old} → {new}" for old, new in sorted(aliases.items())) if aliases else ""
        )

    @property
    def side(self) -> str | None:
        option = self.query_one(OptionList).highlighted_option
        return option.id if option is not None and not option.disabled else None

    def _ask(self, title: str, hint: str, value: str, choices: list[str], apply: str) -> None:
        side = self.side
        if side is None:
            return

        def done(answer: str | None) -> None:
            if answer is None:
                return
            try:
                change = self.review.set_camp if apply == "camp" else self.review.merge_sides
                made = change(side, answer)
            except StoreError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                return
            if made:
                self.changed = True
                self.fill(answer if apply != "camp" else side)
                self.notify(f"{side}: {'camp ' + (answer or 'its own') if apply == 'camp' else '→ ' + answer}")

        self.app.push_screen(PromptScreen(title, hint, value, choices), done)

    def action_rename(self) -> None:
        side = self.side or ""
        self._ask(f"Rename {side}", "The old name becomes an alias of the new one.", side, [], "merge")

    def action_merge(self) -> None:
        side = self.side or ""
        others = [name for name, _ in self.review.sides() if name != side]
        self._ask(f"Merge {side} into", "Its claims take the other side's name.", "", others, "merge")

    def action_camp(self) -> None:
        side = self.side or ""
        camps = sorted(set(self.review.camps().values()) | {name for name, _ in self.review.sides()})
        self._ask(f"Camp of {side}", "Sides of one camp argue together; empty: its own camp.",
                  self.review.camp_of(side) or "", camps, "camp")  # fmt: skip

    def action_undo(self) -> None:
        """Undo the last change (a rename or camp made here, or anything before it)."""
        keep = self.side
        undone = undo_last(self, self.review)
        if undone is None:
            return
        self.changed = True
        self.fill(keep)
        self.notify("Undone")

    def action_close(self) -> None:
        self.dismiss(self.changed)
