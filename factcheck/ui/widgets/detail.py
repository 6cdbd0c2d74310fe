"""The detail pane: the selected claim with its id, attribution, paragraph, verdict and suggestion."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.claimview import ClaimView
from factcheck.model import Claim
from factcheck.questionview import QuestionView
from factcheck.sources import source_line
from factcheck.ui.marks import ThemeStyles, label_of, status_word, style_class


def attribution(speaker: str | None, side: str | None, outlet: str | None = None) -> str:
    """`Name (Side)`, `Name`; for a claim in the outlet's own voice, the outlet's name, or `the outlet`. A body
    that is its own side is named once ("Health Ministry", not "Health Ministry (Health Ministry)")."""
    who = speaker or outlet or "the outlet"
    return f"{who} ({side})" if side and side.casefold() != who.casefold() else who


def side_line(claim: Claim) -> str | None:
    """`Side: Norland army (role) · camp Norland`: the side, how it was decided, and its camp when
    that is another name; None for a claim without a side (the outlet's own voice)."""
    if not claim.side:
        return None
    out = f"Side: {claim.side}"
    if claim.side_basis:
        out += f" ({claim.side_basis})"
    if claim.camp and claim.camp != claim.side:
        out += f" · camp {claim.camp}"
    return out


class ClaimDetail(VerticalScroll, can_focus=False):
    """Everything about one claim, rebuilt from the claim view whenever the selection or its verdict changes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail--id",
        "detail--corroborated",
        "detail--disputed",
        "detail--unverified",
        "detail--unreviewed",
        "detail--speaker",
        "detail--claim",
        "detail--context",
        "detail--hint",
    }

    def __init__(
        self, view: ClaimView, *, questions: Callable[[], QuestionView] | None = None, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.view = view
        self.questions = questions  # the review's question view as it is when drawn (a correction makes another)
        self.claim_id: str | None = None
        self.border_title = "Claim"
        self._styles = ThemeStyles("detail")

    def compose(self) -> ComposeResult:
        yield Static(id="detail-body")

    def show(self, claim_id: str | None) -> None:
        """Show a claim (None: nothing selected) and scroll back to its top."""
        changed = claim_id != self.claim_id
        self.claim_id = claim_id
        self.query_one("#detail-body", Static).update(self._render_claim())
        if changed:
            self.scroll_home(animate=False)

    def _render_claim(self) -> Text:
        view = self.view
        claim = view.claim(self.claim_id) if self.claim_id else None
        if claim is None:
            return Text("No claim selected.", style="italic")
        verdict = view.verdict(claim.id)
        label = label_of(verdict)
        out = Text()
        out.append(claim.id, style=self._colour("id"))
        out.append(f" · {claim.kind}")
        if claim.cue:
            out.append(f" · {_cue_words(claim.cue)}")
        out.append("\n")
        out.append(status_word(verdict), style=self._colour(style_class(label)))
        if verdict is not None and verdict.analyst and label is not None:
            out.append(f" by {verdict.analyst}", style=self._colour("hint"))
        suggestion = view.suggestion(claim.id)
        if suggestion is not None and label is None:
            out.append(" — suggested: ", style=self._colour("hint"))
            out.append(suggestion.label, style=self._colour(suggestion.label))
            if suggestion.reason:
                reason = suggestion.reason
                prefix = f"{suggestion.label}:"
                if reason.startswith(prefix):
                    reason = reason[len(prefix) :].strip()
                out.append(f" — {reason}", style=self._colour("hint"))
            out.append(" (press a to accept)", style=self._colour("hint"))
        out.append("\n\n")
        context = view.context(claim)
        if context.before:
            out.append(context.before + " ", style=self._colour("context"))
        out.append(context.text, style=self._colour("claim"))
        if context.after:
            out.append(" " + context.after, style=self._colour("context"))
        out.append("\n\n")
        article = view.article(claim.article)
        outlet = article.outlet if article is not None else None
        out.append(attribution(claim.speaker, claim.side, outlet), style=self._colour("speaker"))
        out.append(f" · {claim.article}")
        if context.paragraph_number:
            out.append(f" · ¶ {context.paragraph_number}")
        source = source_line(article)
        if source:
            out.append(f" · {source}")
        side = side_line(claim)
        if side is not None:
            out.append(f"\n{side}")
        if self.questions is not None:
            self._question_lines(out, self.questions(), claim.id)
        if article is not None and article.title:
            out.append(f"\n{article.title}", style=self._colour("hint"))
        if verdict is not None and verdict.note:
            out.append("\n\nNote: ", style="bold")
            out.append(verdict.note)
        return out

    def _question_lines(self, out: Text, questions: QuestionView, claim_id: str) -> None:
        """One line per question the claim is a member of: the label, the claim's answer, disputed or not."""
        for question in questions.questions_of(claim_id):
            out.append("\nQuestion: ", style="bold")
            out.append(question.label)
            out.append(f" — {questions.answer(question, claim_id)}", style=self._colour("speaker"))
            if question.disputed:
                out.append(" (disputed)", style=self._colour("disputed"))
            out.append(" · v shows it", style=self._colour("hint"))

    def _colour(self, name: str) -> Style:
        """The style of a label or part, from the component classes styled in app.tcss."""
        return self._styles.get(self, name)


def _cue_words(cue: str) -> str:
    """How the header names the words that attribute the claim: "cue 'said'"; a colon lead-in
    ("<claim>: Health Ministry", "NAME: ...") by name, since a bare ":" reads as a glitch."""
    return "colon lead-in" if cue == ":" else f"cue “{cue}”"
