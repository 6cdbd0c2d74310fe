"""Link the selected claim to another (`l`): search for it, pick competing or corroborating, enter links.

The search is the claim view's own (every word must match the text, speaker, side, id or
article), so what finds a claim in the list finds it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from factcheck.claimview import ClaimView
from factcheck.model import Claim, Relation
from factcheck.ui.marks import short_side, short_speaker
from factcheck.ui.widgets.claim_list import one_line

MATCHES = 40  # claims listed at most; more words narrow the search


@dataclass(frozen=True)
class LinkChoice:
    """The claim to link to, and how."""

    claim_id: str
    relation: Relation


class LinkScreen(ModalScreen[LinkChoice | None]):
    """Pick the claim to link the selected one to; enter on a match links, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="link.cancel"),
        Binding("ctrl+t", "toggle_relation", "Competing/corroborating", id="link.toggle"),
    ]

    def __init__(self, view: ClaimView, claim: Claim) -> None:
        super().__init__()
        self.view = view
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(id="link-box", classes="modal-box") as box:
            box.border_title = self._title()
            box.border_subtitle = "↓ matches · enter links · ctrl+t competing/corroborating · escape cancels"
            yield Static(one_line(self.claim.text), classes="modal-hint")
            with RadioSet(id="link-relation"):
                yield RadioButton("competing", value=True, id="link-competes")
                yield RadioButton("corroborating", id="link-corroborates")
            yield Input(placeholder="words in the other claim, its speaker, side or id", id="link-search")
            yield OptionList(id="link-matches")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._search("")

    def _title(self, relation: Relation = "competes") -> str:
        """The box's title names the relation in words (the radio buttons differ only by colour)."""
        return f"Link {self.claim.id} as {'competing' if relation == 'competes' else 'corroborating'} with…"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.query_one("#link-box").border_title = self._title(self.relation)

    @property
    def relation(self) -> Relation:
        return "corroborates" if self.query_one("#link-corroborates", RadioButton).value else "competes"

    def _search(self, text: str) -> None:
        words = text.lower().split()
        found: list[Option] = []
        for claim in self.view.claims:
            if claim.id == self.claim.id:
                continue
            hay = " ".join(filter(None, (claim.text, claim.speaker, claim.side, claim.id, claim.article))).lower()
            if words and not all(w in hay for w in words):
                continue
            line = Text()
            if claim.side:
                line.append(short_side(claim.side, 20) + " ", style="bold")
            line.append(short_speaker(claim.speaker, 24, claim.side) + " · ", style="italic")
            line.append(one_line(claim.text))
            found.append(Option(line, id=claim.id))
            if len(found) >= MATCHES:
                break
        matches = self.query_one(OptionList)
        matches.clear_options()
        matches.add_options(found or [Option("no claim matches", disabled=True)])
        matches.highlighted = 0 if found else None

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(OptionList).focus()

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.focused is self.query_one(Input):
            event.stop()
            event.prevent_default()  # the list must not take this ↓ as a move too (it skipped a match)
            self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(LinkChoice(event.option.id, self.relation))

    def action_toggle_relation(self) -> None:
        target = "#link-corroborates" if self.relation == "competes" else "#link-competes"
        self.query_one(target, RadioButton).value = True

    def action_cancel(self) -> None:
        self.dismiss(None)
