"""The header line: session, progress by label, active filter, similarity backend, orphans.

No clock and no paths, so screenshots and snapshot tests stay stable.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from factcheck.model import LABELS
from factcheck.session import Review
from factcheck.ui.marks import ThemeStyles, mark


class ReviewHeader(Static):
    """One or two lines at the top of the review screen, rebuilt after every change."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "header--title",
        "header--corroborated",
        "header--disputed",
        "header--unverified",
        "header--filter",
        "header--warning",
        "header--hint",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._styles = ThemeStyles("header")

    def _style(self, name: str) -> Style:
        return self._styles.get(self, name)

    def _progress(self, review: Review) -> Text:
        """`factcheck ─ session: NAME ─ N/M reviewed ✓a ✗b ?c`: the start of every view's header."""
        progress = review.view.progress()
        out = Text(no_wrap=False, overflow="ellipsis")
        out.append("factcheck", style=self._style("title"))
        out.append(f" ─ session: {review.name} ─ ")
        out.append(progress.summary(), style=self._style("title"))
        for label in LABELS:
            out.append(f" {mark(label)}{progress.by_label[label]}", style=self._style(label))
        return out

    def show_questions(self, review: Review) -> None:
        """Redraw for the Questions view: progress, then how many questions and how many are disputed."""
        questions = review.questions
        out = self._progress(review)
        out.append(" ─ questions: ")
        out.append(f"{len(questions.questions)}, {questions.disputed_count()} disputed", style=self._style("filter"))
        shown = questions.describe_filter()
        if shown:
            out.append(f" ─ showing: {shown} ({len(questions.visible)})", style=self._style("hint"))
        self.update(out)

    def show(self, review: Review) -> None:
        """Redraw from the review's current state (the Claims view)."""
        view = review.view
        style = self._style
        out = self._progress(review)
        out.append(" ─ filter: ")
        out.append(view.filter.describe(), style=style("filter"))
        if not view.filter.is_default:
            out.append(f" ({len(view.visible)} shown)", style=style("hint"))
        backend = view.extraction.similarity  # the backend linking used, "" when not known
        if backend:
            out.append(f" ─ similarity: {backend}", style=style("hint"))
        orphans = view.orphan_count() + len(review.corrected.orphaned)
        if orphans:
            out.append(f" ─ {orphans} orphaned (o)", style=style("warning"))
        edits = len(review.corrected.applied)
        if edits:
            out.append(f" ─ {edits} correction{'s' if edits != 1 else ''}", style=style("hint"))
        self.update(out)
