"""Pick a question by typing words of it: where to move a claim, or which question to merge into.

The list shows the questions that hold every typed word (the question view's own search rule),
the best first as in the Questions view, at most `LIMIT` of them; enter picks the highlighted one,
escape cancels. The question the pick starts from is never offered.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.questionview import QuestionView

LIMIT = 200  # questions listed at once; typing narrows the rest


class QuestionPicker(ModalScreen[str | None]):
    """A search box over the questions and the matching questions under it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "down", "Next question", show=False, id="picker.down"),
        Binding("up", "up", "Previous question", show=False, id="picker.up"),
    ]

    def __init__(self, view: QuestionView, title: str, *, exclude: str | None = None) -> None:
        super().__init__()
        self.view = view
        self.title_text = title
        self.exclude = exclude

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box", classes="modal-box") as box:
            box.border_title = self.title_text
            box.border_subtitle = "enter picks · escape cancels"
            yield Input(placeholder="words of the question, its claims, speakers or camps", id="picker-input")
            yield OptionList(id="picker-list")
            yield Static("", id="picker-hint", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._fill("")

    def matches(self, text: str) -> list[str]:
        """The ids of the questions holding every word of `text`, in list order (all when empty)."""
        words = text.lower().split()
        return [
            q.id for q in self.view.questions if q.id != self.exclude and all(w in self.view.text_of(q) for w in words)
        ]

    def _fill(self, text: str) -> None:
        found = self.matches(text)
        listing = self.query_one(OptionList)
        listing.clear_options()
        for qid in found[:LIMIT]:
            question = self.view.question(qid)
            assert question is not None
            prompt = Text()
            prompt.append("! " if question.disputed else "  ", style="bold")
            prompt.append(question.label)
            prompt.append(f"  {self.view.counts(question).summary()}", style="dim")
            listing.add_option(Option(prompt, id=qid))
        if found:
            listing.highlighted = 0
        more = f", the first {LIMIT} shown" if len(found) > LIMIT else ""
        count = f"{len(found)} question{'s' if len(found) != 1 else ''}{more}"
        self.query_one("#picker-hint", Static).update(count if found else "No question matches.")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._pick()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def _pick(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.dismiss(option.id)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
