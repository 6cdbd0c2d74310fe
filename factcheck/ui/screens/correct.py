"""The speaker-and-side form (`s`) and a one-line prompt with completion (used by the sides screen).

Both complete from what the corpus holds (the side registry, the speakers), so a correction
reuses an existing name instead of creating a near-duplicate side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Input, Label, Static

from factcheck.model import Claim
from factcheck.ui.widgets.claim_list import one_line


@dataclass(frozen=True)
class SpeakerSide:
    """What the form returns: the speaker and side to set ("" for none), and their scope."""

    speaker: str
    side: str
    every_claim_by_speaker: bool


class CorrectScreen(ModalScreen[SpeakerSide | None]):
    """Correct a claim's speaker and side; enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="correct.cancel"),
        Binding("ctrl+s", "save", "Save", show=False, id="correct.save"),
    ]

    def __init__(self, claim: Claim, sides: list[tuple[str, int]], speakers: list[str]) -> None:
        super().__init__()
        self.claim = claim
        self.sides = sides
        self.speakers = speakers

    def compose(self) -> ComposeResult:
        known = ", ".join(f"{name} ({count})" for name, count in self.sides[:12]) or "none yet"
        with Vertical(id="correct-box", classes="modal-box") as box:
            box.border_title = f"Speaker and side of {self.claim.id}"
            box.border_subtitle = "enter saves · escape cancels · → completes"
            yield Static(one_line(self.claim.text), classes="modal-hint")
            with Horizontal(classes="filter-row"):
                yield Label("Speaker", classes="filter-label")
                yield Input(
                    self.claim.speaker or "",
                    placeholder="empty: the outlet's own voice",
                    suggester=SuggestFromList(self.speakers, case_sensitive=False),
                    id="correct-speaker",
                )
            with Horizontal(classes="filter-row"):
                yield Label("Side", classes="filter-label")
                yield Input(
                    self.claim.side or "",
                    placeholder="empty: no side (neutral)",
                    suggester=SuggestFromList([name for name, _ in self.sides], case_sensitive=False),
                    id="correct-side",
                )
            yield Checkbox(
                f"Apply to every claim by {self.claim.speaker}" if self.claim.speaker else "Apply to this claim only",
                value=bool(self.claim.speaker),
                disabled=not self.claim.speaker,
                id="correct-every",
            )
            yield Static(f"Sides in the corpus: {known}", classes="modal-hint", id="correct-sides")

    def on_mount(self) -> None:
        self.query_one("#correct-side", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        self.dismiss(
            SpeakerSide(
                self.query_one("#correct-speaker", Input).value.strip(),
                self.query_one("#correct-side", Input).value.strip(),
                self.query_one("#correct-every", Checkbox).value,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one name, completing from `choices`; enter returns it, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, hint: str, value: str, choices: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.value = value
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="modal-box") as box:
            box.border_title = self.title_text
            box.border_subtitle = "enter saves · escape cancels · → completes"
            yield Input(self.value, suggester=SuggestFromList(self.choices, case_sensitive=False), id="prompt-input")
            yield Static(self.hint, classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
