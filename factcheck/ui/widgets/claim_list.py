"""The claim list: a line-API ScrollView that stays fast at 50,000 claims.

Only the lines on screen are ever rendered (`render_line`), each from the claim view's
visible list, and cached by what they show; moving the cursor repaints two lines. DataTable
and ListView measure or mount every row and take seconds at this size (TECH-NOTES.md).
With `wrap_cursor` (narrow terminals) the claim under the cursor is wrapped over up to
`WRAP_LINES` lines, so its whole text can be read in the list; the rows below move down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from factcheck.claimview import ClaimView
from factcheck.sources import voice
from factcheck.ui.marks import (
    CONTESTED_MARK,
    NOTE_MARK,
    label_of,
    mark,
    short_side,
    short_speaker,
    short_words,
    style_class,
)
from factcheck.ui.widgets.row_list import CursorList, fit, one_line

__all__ = ["ClaimList", "fit", "one_line"]

WRAP_LINES = 5  # most lines the wrapped cursor row takes


class ClaimList(CursorList):
    """Every visible claim on one line: verdict mark, contested mark, camp (else side), speaker, text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next claim", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Previous claim", show=False, id="list.up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First claim", show=False, id="list.first"),
        Binding("end,G", "last", "Last claim", show=False, id="list.last"),
    ]

    STYLE_PREFIX: ClassVar[str] = "claim-list"
    ROW_STYLES: ClassVar[tuple[str, ...]] = (
        "corroborated",
        "disputed",
        "unverified",
        "unreviewed",
        "side",
        "speaker",
        "contested",
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-list--cursor",
        "claim-list--cursor-blurred",
        "claim-list--corroborated",
        "claim-list--disputed",
        "claim-list--unverified",
        "claim-list--unreviewed",
        "claim-list--side",
        "claim-list--speaker",
        "claim-list--contested",
        "claim-list--empty",
    }

    DEFAULT_CSS = """
    ClaimList { overflow-x: hidden; }
    """

    @dataclass
    class Highlighted(Message):
        """The cursor is on another claim (None: the list is empty)."""

        claim_list: ClaimList
        claim_id: str | None

        @property
        def control(self) -> ClaimList:
            return self.claim_list

    def __init__(self, view: ClaimView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.empty_text = "No claims match the filter. Press f to change it, / to search."
        self.wrap_cursor = False  # set by the screen on narrow terminals (see the module's docstring)
        self._extra = 0  # lines the cursor row takes beyond its first, when wrapped
        self._camp_widths: dict[int, int] = {}  # the camp column's width by the most it may take

    # reading
    @property
    def claim_id(self) -> str | None:
        """The id of the claim under the cursor."""
        visible = self.view.visible
        return visible[self.cursor].id if 0 <= self.cursor < len(visible) else None

    # changing
    def reload(self, claim_id: str | None = None) -> None:
        """Take a new visible list (after a filter) and put the cursor on `claim_id` or the top."""
        self._lines.clear()
        self._camp_widths.clear()  # a correction may have renamed a side
        self._extra = 0
        self.virtual_size = Size(0, len(self.view.visible))
        position = self.view.position(claim_id)
        self._move(position if position is not None else 0, force=True)
        # The scroll range follows the new virtual size only after a refresh: scroll again then,
        # or a cursor beyond the old (filtered) list's end stays out of view.
        self.call_after_refresh(self._scroll_cursor_into_view, center=True)
        self.refresh()

    def select(self, claim_id: str) -> bool:
        """Move the cursor to a claim; False when the filter hides it."""
        position = self.view.position(claim_id)
        if position is None:
            return False
        self._move(position)
        return True

    def refresh_all(self) -> None:
        """Repaint every line (after verdicts were recorded in another view)."""
        self._lines.clear()
        self.refresh()

    def refresh_claim(self, claim_id: str) -> None:
        """Repaint one claim's line after its verdict changed (cached lines are keyed by verdict)."""
        position = self.view.position(claim_id)
        if position is not None:
            self.refresh_line(position)

    def row_count(self) -> int:
        return len(self.view.visible)

    def _move(self, position: int, *, force: bool = False) -> None:
        count = self.row_count()
        position = max(0, min(position, count - 1)) if count else 0
        if position == self.cursor and not force:
            return
        old, self.cursor = self.cursor, position
        if self._update_wrap() or self._extra:
            self.refresh()  # the rows below the wrapped cursor row moved
        else:
            self.refresh_line(old)
            self.refresh_line(position)
        self._scroll_cursor_into_view(center=abs(position - old) > 1)
        self.post_message(self.Highlighted(self, self.claim_id))

    def set_wrap_cursor(self, wrap: bool) -> None:
        """Wrap the cursor row (narrow terminals) or keep every row on one line."""
        if wrap != self.wrap_cursor:
            self.wrap_cursor = wrap
            self._lines.clear()
            self._update_wrap()
            self.refresh()

    def _update_wrap(self) -> bool:
        """Recount the cursor row's extra lines and the virtual height; True when the count changed."""
        extra = len(self._wrapped(self.cursor)) - 1 if self.wrap_cursor else 0
        if extra == self._extra and self.virtual_size.height == len(self.view.visible) + extra:
            return False
        self._extra = extra
        self.virtual_size = Size(0, len(self.view.visible) + extra)
        return True

    def _text_width(self, width: int) -> int:
        """Cells left for the claim's text on a line `width` cells wide."""
        side_w, speaker_w = self._columns(width)
        return max(0, width - 4 - (side_w + 1 if side_w else 0) - (speaker_w + 1 if speaker_w else 0))

    def _wrapped(self, index: int) -> list[str]:
        """The text of the claim at `index` wrapped to the text column, at most WRAP_LINES lines."""
        visible = self.view.visible
        width = self._text_width(self.scrollable_content_region.width)
        if not 0 <= index < len(visible) or width < 8:
            return [""]
        lines = [line.plain.rstrip() for line in Text(one_line(visible[index].text)).wrap(self.app.console, width)]
        if len(lines) > WRAP_LINES:
            lines = [*lines[: WRAP_LINES - 1], fit(" ".join(lines[WRAP_LINES - 1 :]), width).rstrip()]
        return lines or [""]

    def _row_at(self, y: int) -> tuple[int, int]:
        """(claim index, line within the claim's row) of virtual line `y`."""
        if y < self.cursor:
            return y, 0
        if y <= self.cursor + self._extra:
            return self.cursor, y - self.cursor
        return y - self._extra, 0

    def _scroll_cursor_into_view(self, *, center: bool = False) -> None:
        """Scroll the least that shows the cursor; a jump out of view puts it mid-list instead."""
        height = self.scrollable_content_region.height
        if height <= 0:
            self.call_after_refresh(self._scroll_cursor_into_view, center=center)
            return
        top = round(self.scroll_y)
        bottom = self.cursor + self._extra  # the last line of the (wrapped) cursor row
        if top <= self.cursor and bottom < top + height:
            return
        if center:
            self.scroll_to(y=max(0, self.cursor - height // 2), animate=False)
        elif self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        else:
            self.scroll_to(y=min(self.cursor, bottom - height + 1), animate=False)

    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the clicked line."""
        self._move(self._row_at(round(self.scroll_y) + event.y)[0])

    def on_resize(self) -> None:
        self._lines.clear()
        self._update_wrap()
        self._scroll_cursor_into_view(center=True)

    # drawing
    def _columns(self, width: int) -> tuple[int, int]:
        """Widths of the camp and speaker columns for this list width: the camp column at most its
        share, and no wider than the longest camp it shows (the text takes what it leaves)."""
        if width >= 90:
            camp_w, speaker_w = 14, 16
        elif width >= 60:
            camp_w, speaker_w = 12, 14
        elif width >= 50:
            camp_w, speaker_w = 8, 10
        elif width >= 26:  # narrow (an 80-column terminal): the camp only; the detail pane names the speaker
            camp_w, speaker_w = 7, 0
        else:
            return 0, 0
        return self._camp_width(camp_w), speaker_w

    def _camp_width(self, most: int) -> int:
        """The width of the longest camp (else side) of any claim, shortened to at most `most` cells."""
        found = self._camp_widths.get(most)
        if found is None:
            names = {claim.camp or claim.side for claim in self.view.claims}
            found = self._camp_widths[most] = max((len(short_side(name, most)) for name in names), default=1)
        return found

    def render_line(self, y: int) -> Strip:
        """One screen line: the claim at `scroll_y + y`, from the cache when nothing changed."""
        index, part = self._row_at(round(self.scroll_y) + y)
        width = self.scrollable_content_region.width
        visible = self.view.visible
        if not visible:
            if y == 0:
                style = self.get_component_rich_style("claim-list--empty")
                text = self.empty_text if self.view.claims else "No claims were found in this corpus."
                return Strip([Segment(fit(" " + text, width), style)], width)
            return Strip.blank(width, self.rich_style)
        if index >= len(visible):
            return Strip.blank(width, self.rich_style)
        claim = visible[index]
        verdict = self.view.verdict(claim.id)
        label = label_of(verdict)
        has_note = bool(verdict and verdict.note)
        cursor = index == self.cursor
        wrapped = cursor and self.wrap_cursor
        key = (claim.id, label, has_note, cursor, cursor and self.has_focus, width, wrapped, part)
        strip = self._lines.get(key)
        if strip is None:
            if wrapped:
                lines = self._wrapped(index)
                strip = self._render_claim(
                    index, label, has_note, cursor, width, lines[min(part, len(lines) - 1)], part
                )
            else:
                strip = self._render_claim(index, label, has_note, cursor, width)
            self._lines[key] = strip
        return strip

    def _render_claim(
        self,
        index: int,
        label: str | None,
        has_note: bool,
        cursor: bool,
        width: int,
        text: str | None = None,
        part: int = 0,
    ) -> Strip:
        """One line of a claim's row: marks, side, speaker and text (cut), or line `part` of its wrapped `text`."""
        claim = self.view.visible[index]
        styles = self.line_styles(cursor)
        base = styles["base"]
        if part:  # a continuation line of the wrapped cursor row: the text under the text column
            indent = width - self._text_width(width)
            return Strip([Segment(" " * indent + fit(text or "", width - indent), base)], width)

        side_w, speaker_w = self._columns(width)
        contested = self.view.competing_count(claim.id) > 0
        segments = [
            Segment(" ", base),
            Segment(mark(label), styles[style_class(label)]),
            Segment(CONTESTED_MARK if contested else " ", styles["contested"]),
            Segment(NOTE_MARK if has_note else " ", styles["unreviewed"]),
        ]
        used = 4
        camp = claim.camp or claim.side  # the camp the speaker argues for; its side while no camp is known
        if side_w:
            segments.append(Segment(fit(short_side(camp, side_w), side_w) + " ", styles["side"]))
            used += side_w + 1
        if speaker_w:
            if claim.speaker:
                speaker = short_speaker(claim.speaker, speaker_w, camp)
            else:  # the outlet's own voice: its name (whole words), when the article names it
                speaker = short_words(voice(claim, self.view.article(claim.article)) or "outlet", speaker_w)
            segments.append(Segment(fit(speaker, speaker_w) + " ", styles["speaker"]))
            used += speaker_w + 1
        segments.append(Segment(fit(one_line(claim.text) if text is None else text, max(0, width - used)), base))
        return Strip(segments, width)

    def region_of_cursor(self) -> Region:
        """The cursor line's region in the list (for tests and scrolling checks)."""
        return Region(0, self.cursor - round(self.scroll_y), self.scrollable_content_region.width, 1 + self._extra)
