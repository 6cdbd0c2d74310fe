"""The competing and corroborating panes: claims linked to the selected one, each with its own verdict.

A claim has a few dozen links at most, so an OptionList (wrapping, focusable, `enter` selects)
is the right tool here, unlike the claim list itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factcheck.claimview import ClaimView, Related
from factcheck.model import Relation
from factcheck.sources import article_day, source_line, voice
from factcheck.ui.marks import (
    ThemeStyles,
    label_of,
    mark,
    short_file,
    short_side,
    short_speaker,
    short_words,
    status_word,
    style_class,
)
from factcheck.ui.widgets.claim_list import one_line

TITLES: dict[str, str] = {"competes": "Competing", "corroborates": "Corroborating"}


class RelatedList(OptionList):
    """The claims that compete with (or corroborate) the selected claim, best link first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next claim in a linked pane", show=False, id="related.down"),
        Binding("k", "cursor_up", "Previous claim in a linked pane", show=False, id="related.up"),
        Binding("enter", "select", "Jump to the linked claim", show=False, id="related.jump"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "related--corroborated",
        "related--disputed",
        "related--unverified",
        "related--unreviewed",
        "related--side",
        "related--speaker",
        "related--hint",
    }

    @dataclass
    class Jump(Message):
        """The analyst asked to go to a linked claim."""

        related_list: RelatedList
        claim_id: str

        @property
        def control(self) -> RelatedList:
            return self.related_list

    def __init__(self, view: ClaimView, relation: Relation, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.relation: Relation = relation
        self.claim_id: str | None = None
        self.border_title = TITLES[relation]
        self._styles = ThemeStyles("related")

    def show(self, claim_id: str | None) -> None:
        """List the claims linked to `claim_id`, keeping the highlight on the same linked claim if it stays."""
        previous = self.highlighted_option.id if self.highlighted_option is not None else None
        keep = claim_id == self.claim_id
        self.claim_id = claim_id
        related = self.view.related(claim_id, self.relation) if claim_id else []
        self.border_title = f"{TITLES[self.relation]} ({len(related)})"
        self.clear_options()
        if not related:
            self.add_option(Option(Text(f"no {TITLES[self.relation].lower()} claims", style="italic"), disabled=True))
            return
        options: list[Option | None] = []
        for i, item in enumerate(related):
            if i:
                options.append(None)
            options.append(Option(self._prompt(item), id=item.claim.id))
        self.add_options(options)
        if keep and previous is not None:
            try:
                self.highlighted = self.get_option_index(previous)
            except Exception:  # the option is gone: fall back to the first
                self.highlighted = 0
        else:
            self.highlighted = 0

    def _prompt(self, item: Related) -> Text:
        claim = item.claim
        label = label_of(item.verdict)
        out = Text()
        narrow = self.scrollable_content_region.width < 40
        out.append(mark(label) + " ", style=self._style(style_class(label)))
        if claim.side:
            out.append(short_side(claim.side, 8 if narrow else 24) + " ", style=self._style("side"))
        article = self.view.article(claim.article)
        width = 10 if narrow else 30
        if claim.speaker:
            speaker = short_speaker(claim.speaker, width, claim.side)
        else:  # the outlet's own voice
            speaker = short_words(voice(claim, article) or short_speaker(None, width), width)
        out.append(speaker, style=self._style("speaker"))
        out.append(f" · {short_file(claim.article, 14 if narrow else 40)}", style=self._style("hint"))
        source = article_day(article) if narrow else source_line(article)  # narrow: the day only
        out.append(f" · {source}\n" if source else "\n", style=self._style("hint"))
        out.append(one_line(claim.text) + "\n")
        out.append(f"{status_word(item.verdict)}", style=self._style(style_class(label)))
        out.append(f" · {item.reason or 'linked'} ({item.score:.2f})", style=self._style("hint"))
        return out

    def _style(self, name: str) -> Style:
        return self._styles.get(self, name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a linked claim: ask the screen to jump to it."""
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Jump(self, event.option.id))
