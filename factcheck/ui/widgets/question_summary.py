"""A question described in a few lines: label, disputed or not, reviewed/total, and who answers it how."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from factcheck.model import Question, is_count
from factcheck.questionview import QuestionView, stance_heading
from factcheck.ui.marks import ThemeStyles


class QuestionSummary(Static):
    """The question under the cursor (below the question list) or the one opened (above its columns)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "question--label",
        "question--disputed",
        "question--undisputed",
        "question--stance",
        "question--camps",
        "question--hint",
    }

    def __init__(self, questions: Callable[[], QuestionView], *, hint: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self._questions = questions
        self.hint = hint
        self._styles = ThemeStyles("question")

    def show(self, question: Question | None) -> None:
        """Describe a question (None: say that none is selected)."""
        self.update(self.describe(question))

    def describe(self, question: Question | None) -> Text:
        """The label; `disputed · 2/5 reviewed · q-…`; one line per stance with its camps' counts."""

        def style(name: str) -> Style:
            return self._styles.get(self, name)

        if question is None:
            return Text("No question selected.", style=style("hint"))
        view = self._questions()
        done, total = view.reviewed(question)
        out = Text()
        out.append(question.label, style=style("label"))
        out.append("\n")
        if question.disputed:
            out.append("disputed", style=style("disputed"))
        else:
            out.append("not disputed", style=style("undisputed"))
        out.append(f" · {done}/{total} reviewed · {question.id}", style=style("hint"))
        by_stance = view.counts(question).by_stance
        count = is_count(stance for stance, _ in by_stance)
        for i, (stance, camps) in enumerate(by_stance):
            # One line per stance; many figures share lines, so that the columns keep the room.
            out.append("\n" if i == 0 or len(by_stance) <= 3 else " │ ")
            out.append(f"{stance_heading(stance, count)}: ", style=style("stance"))
            out.append(", ".join(f"{camp} {n}" for camp, n in camps), style=style("camps"))
        if self.hint:
            out.append(f"\n{self.hint}", style=style("hint"))
        return out
