"""The claim list: one line per claim on the line API (`RowList`), fast at 50,000 claims.

Each line shows the verdict mark, the contested and note marks, the camp the speaker argues
for (its side while no camp is known: the camp is what the analyst weighs claims by; the side
and how it was decided are in the detail pane), the speaker and the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.message import Message

from factcheck.claimview import ClaimView
from factcheck.ui.marks import CONTESTED_MARK, NOTE_MARK, label_of, mark, short_side, short_speaker, style_class
from factcheck.ui.widgets.row_list import RowList, fit, one_line

__all__ = ["ClaimList", "fit", "one_line"]


class ClaimList(RowList):
    """Every visible claim on one line: verdict mark, contested mark, camp, speaker, text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next claim", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Previous claim", show=False, id="list.up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First claim", show=False, id="list.first"),
        Binding("end,G", "last", "Last claim", show=False, id="list.last"),
    ]

    STYLE_PREFIX = "claim-list"
    ROW_STYLES = ("corroborated", "disputed", "unverified", "unreviewed", "side", "speaker", "contested")
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

    # reading
    @property
    def claim_id(self) -> str | None:
        """The id of the claim under the cursor."""
        visible = self.view.visible
        return visible[self.cursor].id if 0 <= self.cursor < len(visible) else None

    # changing
    def reload(self, claim_id: str | None = None) -> None:  # type: ignore[override]
        """Take a new visible list (after a filter) and put the cursor on `claim_id` or the top."""
        super().reload(self.view.position(claim_id))

    def select(self, claim_id: str) -> bool:
        """Move the cursor to a claim; False when the filter hides it."""
        position = self.view.position(claim_id)
        if position is None:
            return False
        self._move(position)
        return True

    def refresh_claim(self, claim_id: str) -> None:
        """Repaint one claim's line after its verdict changed (cached lines are keyed by verdict)."""
        self.refresh_row(self.view.position(claim_id))

    def refresh_all(self) -> None:
        """Repaint every line (after verdicts were recorded in another view)."""
        self._lines.clear()
        self.refresh()

    # what RowList asks
    def row_count(self) -> int:
        return len(self.view.visible)

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self, self.claim_id))

    def empty_message(self) -> str:
        return self.empty_text if self.view.claims else "No claims were found in this corpus."

    def row_key(self, index: int) -> tuple:
        claim = self.view.visible[index]
        verdict = self.view.verdict(claim.id)
        return (claim.id, label_of(verdict), bool(verdict and verdict.note))

    # drawing
    def _columns(self, width: int) -> tuple[int, int]:
        """Widths of the camp and speaker columns for this list width.

        A narrow list (an 80-column screen) keeps the camp's initials and the speaker's surname.
        """
        if width >= 90:
            return 14, 16
        if width >= 60:
            return 10, 14
        if width >= 44:
            return 8, 10
        if width >= 26:
            return 3, 7
        return 0, 0

    def render_row(self, index: int, styles: dict[str, Style], width: int) -> list[Segment]:
        claim = self.view.visible[index]
        verdict = self.view.verdict(claim.id)
        label = label_of(verdict)
        base = styles["base"]
        side_w, speaker_w = self._columns(width)
        contested = self.view.competing_count(claim.id) > 0
        segments = [
            Segment(" ", base),
            Segment(mark(label), styles[style_class(label)]),
            Segment(CONTESTED_MARK if contested else " ", styles["contested"]),
            Segment(NOTE_MARK if verdict and verdict.note else " ", styles["unreviewed"]),
        ]
        used = 4
        if side_w:
            camp = claim.camp or claim.side
            segments.append(Segment(fit(short_side(camp, side_w), side_w) + " ", styles["side"]))
            used += side_w + 1
        if speaker_w:
            speaker = short_speaker(claim.speaker, speaker_w, claim.camp or claim.side)
            segments.append(Segment(fit(speaker, speaker_w) + " ", styles["speaker"]))
            used += speaker_w + 1
        segments.append(Segment(fit(one_line(claim.text), max(0, width - used)), base))
        return segments
