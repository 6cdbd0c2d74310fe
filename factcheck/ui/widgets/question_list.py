"""The question list: one line per question, fast at a thousand questions and more (`RowList`).

Each line shows whether the question is disputed, how many of its claims have a verdict, its
label, and who answers it how (counts by camp under each stance).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.message import Message

from factcheck.extract.names import without_generation
from factcheck.questionview import QuestionCounts, QuestionView
from factcheck.ui.marks import CONTESTED_MARK, short_side, short_words
from factcheck.ui.widgets.row_list import RowList, fit, one_line


def short_camp(
    camp: str, width: int = 8, persons: frozenset[str] = frozenset(), voices: frozenset[str] = frozenset()
) -> str:
    """A camp's name in at most `width` cells, shortened as everywhere else (`short_side`); a person's
    (`persons`) to the surname when it fits ("Kessler", not "ITK" for "Ivo T. Kessler"); a description of
    no party (`voices`) by its first words ("several…", not "SW" for "several witnesses", which reads as a
    party's acronym)."""
    if camp in persons and len(camp) > width:
        surname = without_generation(camp.split())[-1]
        if len(surname) <= width:
            return surname
    if camp in voices:
        return short_words(camp, width)
    return short_side(camp, width)


def fit_counts(counts: str, width: int) -> str:
    """Counts by stance and camp in at most `width` cells, cut after a whole entry ("Norland 7, …",
    "… 2 │ …"), never inside a name or a stance; cut as any text only when no entry fits."""
    if len(counts) <= width:
        return counts
    ends = [m.end() for m in re.finditer(r", | │ ", counts) if m.end() + 1 <= width]
    return counts[: ends[-1]] + "…" if ends else counts[: max(0, width - 1)] + "…"


_HEAD_MIN = 14  # cells a label's head keeps beside its tail; narrower, the label is cut at its end


def fit_label(label: str, width: int) -> str:
    """A question's label in exactly `width` cells. A label that kept the words saying no after its cut
    head ("The suggestion that …… is categorically false", `link.stance`) keeps them here too, its head cut
    further: cut at the end, it would say the opposite again."""
    label = one_line(label)
    head, mark, tail = label.rpartition("… ")
    if cell_len(label) <= width or not mark or cell_len(tail) + _HEAD_MIN > width:
        return fit(label, width)
    cut = head[: width - cell_len(tail) - 2].rsplit(" ", 1)[0]
    return fit(f"{cut.rstrip(' ,;:')}… {tail}", width)


def every_stance(counts: str, width: int) -> tuple[str, int] | None:
    """Counts in `width` cells that keep at least the first camp of every stance ("asserts: Norland 11, … │
    denies: Sudmark 8, …"), adding camps to each stance in turn while they fit; with how many camps it
    shows. None when not even the first camp of each fits."""
    parts: list[tuple[str, list[str]]] = []
    for part in counts.split(" │ "):
        stance, _, listed = part.partition(": ")
        parts.append((stance, listed.split(", ")))

    def line(shown: list[int]) -> str:
        return " │ ".join(
            f"{stance}: " + ", ".join(entries[:k]) + (", …" if k < len(entries) else "")
            for (stance, entries), k in zip(parts, shown, strict=True)
        )

    shown = [1] * len(parts)
    if len(line(shown)) > width:
        return None
    grew = True
    while grew:
        grew = False
        for k, (_, entries) in enumerate(parts):
            if shown[k] < len(entries):
                shown[k] += 1
                if len(line(shown)) <= width:
                    grew = True
                else:
                    shown[k] -= 1
    return line(shown), sum(shown)


def counts_line(counts: QuestionCounts, width: int) -> str:
    """A question's counts in `width` cells: whole with camps shortened as little as fits ("Port Authority"
    → "PA"); else the first camps of every stance (who denies matters as much as who asserts); else cut
    after whole entries. Of the shortenings, the one that shows the most camps."""
    variants = [counts.summary()] + [
        counts.summary(partial(short_camp, width=w, persons=counts.persons, voices=counts.voices)) for w in (12, 10, 8)
    ]
    whole = next((v for v in variants if len(v) <= width), None)
    if whole is not None:
        return whole
    sided = [found for v in variants if (found := every_stance(v, width)) is not None]
    if sided:
        return max(sided, key=lambda found: found[1])[0]  # the first (least shortened) of equals
    cut = [fit_counts(v, width) for v in variants]
    return max(cut, key=lambda c: c.count(", ") + c.count(" │ "))  # the first (least shortened) of equals


class QuestionList(RowList):
    """Every shown question on one line: disputed mark, reviewed/total, label, counts by camp and stance."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next question", show=False, id="question-list.down"),
        Binding("k,up", "cursor_up", "Previous question", show=False, id="question-list.up"),
        Binding("pagedown,space", "page_down", "Page down the questions", show=False, id="question-list.page_down"),
        Binding("pageup", "page_up", "Page up the questions", show=False, id="question-list.page_up"),
        Binding("home,g", "first", "First question", show=False, id="question-list.first"),
        Binding("end,G", "last", "Last question", show=False, id="question-list.last"),
    ]

    STYLE_PREFIX = "question-list"
    ROW_STYLES = ("disputed", "done", "progress", "label", "counts")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "question-list--cursor",
        "question-list--cursor-blurred",
        "question-list--disputed",
        "question-list--done",
        "question-list--progress",
        "question-list--label",
        "question-list--counts",
        "question-list--empty",
    }

    @dataclass
    class Highlighted(Message):
        """The cursor is on another question (None: the list is empty)."""

        question_list: QuestionList
        question_id: str | None

        @property
        def control(self) -> QuestionList:
            return self.question_list

    def __init__(self, questions: Callable[[], QuestionView], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._questions = questions
        self._longest_label = 0

    @property
    def view(self) -> QuestionView:
        """The review's question view as it is now (a correction builds a new one)."""
        return self._questions()

    @property
    def question_id(self) -> str | None:
        """The id of the question under the cursor."""
        visible = self.view.visible
        return visible[self.cursor].id if 0 <= self.cursor < len(visible) else None

    def reload(self, question_id: str | None = None) -> None:  # type: ignore[override]
        """Take a new list (after a filter) and put the cursor on `question_id` or the top."""
        self._longest_label = max((len(q.label) for q in self.view.visible), default=0)
        super().reload(self.view.position(question_id))

    def refresh_all(self) -> None:
        """Repaint every line (after verdicts changed: reviewed/total is part of each line's key)."""
        self._lines.clear()
        self.refresh()

    # what RowList asks
    def row_count(self) -> int:
        return len(self.view.visible)

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self, self.question_id))

    def empty_message(self) -> str:
        if self.view.questions:
            return "No question matches. Press f to show every question, / to change the search."
        return "No contested points were found: no two sources bear on the same point."

    def row_key(self, index: int) -> tuple:
        question = self.view.visible[index]
        return (question.id, self.view.reviewed(question))

    def render_row(self, index: int, styles: dict[str, Style], width: int) -> list[Segment]:
        question = self.view.visible[index]
        done, total = self.view.reviewed(question)
        progress = f"{done}/{total}".rjust(7)
        segments = [
            Segment(" ", styles["base"]),
            Segment(CONTESTED_MARK if question.disputed else " ", styles["disputed"]),
            Segment(progress + "  ", styles["done" if done == total else "progress"]),
        ]
        rest = max(0, width - 11)
        if rest >= 50:
            label_w = max(24, min(rest * 9 // 20, self._longest_label))  # the counts take what labels leave
            segments.append(Segment(fit_label(question.label, label_w) + "  ", styles["label"]))
            counts_w = rest - label_w - 2
            counts = counts_line(self.view.counts(question), counts_w)
            segments.append(Segment(fit(counts, counts_w), styles["counts"]))
        else:
            segments.append(Segment(fit_label(question.label, rest), styles["label"]))
        return segments
