"""The article reader: a claim's whole article, scrolled to the claim, the claim selected (highlighted).

Read-only: the analyst can move, select and copy, never edit. The text is the one the claim's
offsets index (the `.txt` file as decoded, or a page's or record's extracted text), so the
highlight is exactly the claim.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from factcheck.model import Article, Claim
from factcheck.sources import source_line


def location(text: str, offset: int) -> tuple[int, int]:
    """The (row, column) of a character offset, as a TextArea counts them."""
    offset = max(0, min(offset, len(text)))
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)


def article_header(article: Article) -> str:
    """The lines above the text: title, then outlet · date · author, then the address and the file."""
    lines = [article.title or article.file]
    meta = " · ".join(p for p in (source_line(article), article.author) if p)
    if meta:
        lines.append(meta)
    lines.append(" · ".join(p for p in (article.url, article.file) if p))
    return "\n".join(lines)


class ArticleScreen(ModalScreen[None]):
    """One article, read-only, with the claim it was opened on selected and scrolled into view."""

    DEFAULT_CSS = """
    ArticleScreen #article-box { height: 90%; max-width: 110; }
    ArticleScreen #article-text { height: 1fr; border: none; padding: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,A", "close", "Close", id="article.close"),
        Binding("c", "claim", "Back to the claim", tooltip="Select the claim again, scroll to it", id="article.claim"),
    ]

    def __init__(self, article: Article, claim: Claim) -> None:
        super().__init__()
        self.article = article
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(id="article-box", classes="modal-box") as box:
            box.border_title = self.article.file
            box.border_subtitle = "escape closes · c back to the claim"
            yield Static(article_header(self.article), id="article-meta", classes="modal-hint")
            yield TextArea(
                self.article.text,
                id="article-text",
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
                show_cursor=False,
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        self.call_after_refresh(self.action_claim)

    def action_claim(self) -> None:
        """Select the claim's text and scroll it to the middle of the reader."""
        area = self.query_one(TextArea)
        text = self.article.text
        start, end = location(text, self.claim.start), location(text, self.claim.end)
        area.selection = Selection(start, end)
        area.scroll_cursor_visible(center=True, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
