"""A one-line-per-row list with a cursor, on the line API: the base of the question list.

Only the lines on screen are ever rendered (`render_line`), each cached by what it shows;
moving the cursor repaints two lines. DataTable and ListView measure or mount every row and
take seconds at 50,000 rows (TECH-NOTES.md). A subclass says how many rows there are, what a
row's cache key is, how to draw it and what to announce when the cursor moves. `CursorList`
holds what every such list shares (the cursor, the line caches and the moving keys); the claim
list builds on it directly, since its cursor row wraps on narrow terminals.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis, padded with spaces to exactly `width`."""
    if width <= 0:
        return ""
    if text.isascii():  # the common case: one cell per character
        return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (width - 1 - used)


def one_line(text: str) -> str:
    """Whitespace (newlines included) folded to single spaces, for a one-line cell."""
    return " ".join(text.split())


class CursorList(ScrollView, can_focus=True):
    """A line-API list with a cursor: its line caches and the moving actions (the subclass declares the keys
    and says how many rows there are and how the cursor moves)."""

    STYLE_PREFIX: ClassVar[str] = "row-list"
    ROW_STYLES: ClassVar[tuple[str, ...]] = ()  # component classes a row uses, without the prefix

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor = 0
        self._lines: LRUCache[tuple, Strip] = LRUCache(1024)
        self._styles: dict[tuple, dict[str, Style]] = {}

    def row_count(self) -> int:
        """How many rows the list has."""
        raise NotImplementedError

    def _move(self, position: int, *, force: bool = False) -> None:
        """Put the cursor on row `position` (clamped), repaint and announce it."""
        raise NotImplementedError

    # actions
    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._move(self.cursor - 1)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Move a screenful and scroll with it, keeping the cursor on the same screen row."""
        step = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=max(0, round(self.scroll_y) + direction * step), animate=False)
        self._move(self.cursor + direction * step)

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(self.row_count() - 1)

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        self.refresh_line(self.cursor)

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        self.refresh_line(self.cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self._styles.clear()

    def line_styles(self, cursor: bool) -> dict[str, Style]:
        """Every style a row needs, for a plain row or the cursor row, computed once per theme and focus."""
        key = (self.app.theme, cursor, cursor and self.has_focus)
        styles = self._styles.get(key)
        if styles is None:
            get = self.get_component_rich_style
            prefix = self.STYLE_PREFIX
            base = self.rich_style
            if cursor:
                base = base + get(f"{prefix}--cursor" if self.has_focus else f"{prefix}--cursor-blurred")
            styles = {"base": base}
            for name in self.ROW_STYLES:
                style = base + get(f"{prefix}--{name}")
                styles[name] = style + Style(bgcolor=base.bgcolor) if cursor else style
            self._styles[key] = styles
        return styles


class RowList(CursorList):
    """Rows drawn one line each, a cursor, and the moving actions (the subclass declares the keys)."""

    DEFAULT_CSS = """
    RowList { overflow-x: hidden; }
    """

    # what a subclass provides (and `row_count`)

    def row_key(self, index: int) -> tuple:
        """Everything row `index` shows that can change (its cached line is reused while this is equal)."""
        raise NotImplementedError

    def render_row(self, index: int, styles: dict[str, Style], width: int) -> list[Segment]:
        """The segments of row `index`, exactly `width` cells wide."""
        raise NotImplementedError

    def empty_message(self) -> str:
        """The one line shown when there is no row."""
        return "Nothing to show."

    def cursor_moved(self) -> None:
        """Called after the cursor moved (or the rows were reloaded): post the subclass's message."""

    # changing
    def reload(self, position: int | None = None) -> None:
        """Take new rows and put the cursor on row `position` (the top when None)."""
        self._lines.clear()
        self.virtual_size = Size(0, self.row_count())
        self._move(position if position is not None else 0, force=True)
        self.refresh()

    def refresh_row(self, index: int | None) -> None:
        """Repaint one row (its cached line is dropped when its key changed)."""
        if index is not None:
            self.refresh_line(index)

    def _move(self, position: int, *, force: bool = False) -> None:
        count = self.row_count()
        position = max(0, min(position, count - 1)) if count else 0
        if position == self.cursor and not force:
            return
        old, self.cursor = self.cursor, position
        self.refresh_line(old)
        self.refresh_line(position)
        self._scroll_cursor_into_view(center=abs(position - old) > 1)
        self.cursor_moved()

    def _scroll_cursor_into_view(self, *, center: bool = False) -> None:
        """Scroll the least that shows the cursor; a jump out of view puts it mid-list instead."""
        height = self.scrollable_content_region.height
        if height <= 0:
            self.call_after_refresh(self._scroll_cursor_into_view, center=center)
            return
        top = round(self.scroll_y)
        if top <= self.cursor < top + height:
            return
        if center:
            self.scroll_to(y=max(0, self.cursor - height // 2), animate=False)
        elif self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        else:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the clicked line."""
        self._move(round(self.scroll_y) + event.y)

    def on_resize(self) -> None:
        self._lines.clear()
        self._scroll_cursor_into_view(center=True)

    # drawing
    def render_line(self, y: int) -> Strip:
        """One screen line: the row at `scroll_y + y`, from the cache when nothing changed."""
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        count = self.row_count()
        if not count:
            if y == 0:
                style = self.get_component_rich_style(f"{self.STYLE_PREFIX}--empty")
                return Strip([Segment(fit(" " + self.empty_message(), width), style)], width)
            return Strip.blank(width, self.rich_style)
        if index >= count:
            return Strip.blank(width, self.rich_style)
        cursor = index == self.cursor
        key = (self.row_key(index), cursor, cursor and self.has_focus, width)
        strip = self._lines.get(key)
        if strip is None:
            strip = Strip(self.render_row(index, self.line_styles(cursor), width), width)
            self._lines[key] = strip
        return strip

    def region_of_cursor(self) -> Region:
        """The cursor line's region in the list (for tests and scrolling checks)."""
        return Region(0, self.cursor - round(self.scroll_y), self.scrollable_content_region.width, 1)
