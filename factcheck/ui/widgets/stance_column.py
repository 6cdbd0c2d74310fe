"""A column of the question screen: the claims that take one stance, each with who, camp, outlet, verdict.

A stance holds a few dozen claims at most (a question is capped), so an OptionList (wrapping,
focusable, `enter` selects) is the right tool, as for the linked panes.
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

from factcheck.questionview import Member, StanceGroup
from factcheck.ui.marks import ThemeStyles, label_of, mark, short_file, status_word, style_class
from factcheck.ui.widgets.row_list import one_line


class StanceColumn(OptionList):
    """The members of one stance, camp by camp; the highlighted one is what the verdict keys mark."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next claim in the column", show=False, id="stance.down"),
        Binding("k", "cursor_up", "Previous claim in the column", show=False, id="stance.up"),
        Binding("enter", "select", "Show the claim in the Claims view", show=False, id="stance.show"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "stance--corroborated",
        "stance--disputed",
        "stance--unverified",
        "stance--unreviewed",
        "stance--camp",
        "stance--speaker",
        "stance--hint",
    }

    @dataclass
    class Show(Message):
        """The analyst asked to see a member in the Claims view."""

        column: StanceColumn
        claim_id: str

        @property
        def control(self) -> StanceColumn:
            return self.column

    def __init__(self, group: StanceGroup, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stance = group.stance
        self.members: dict[str, Member] = {}
        self._styles = ThemeStyles("stance")
        self._group = group

    def on_mount(self) -> None:
        self.show(self._group)

    @property
    def claim_id(self) -> str | None:
        """The member under the highlight."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def show(self, group: StanceGroup) -> None:
        """List the group's members; the title says the stance and how many, the subtitle who."""
        self.stance = group.stance
        self.members = {m.claim.id: m for m in group.members}
        self.border_title = f"{group.heading or group.stance} ({len(group.members)})"
        self.border_subtitle = ", ".join(f"{camp} {n}" for camp, n in group.camps)
        previous = self.claim_id
        self.clear_options()
        options: list[Option | None] = []
        for i, member in enumerate(group.members):
            if i:
                options.append(None)
            options.append(Option(self._prompt(member), id=member.claim.id))
        self.add_options(options)
        self.highlighted = self.get_option_index(previous) if previous in self.members else 0

    def update_member(self, member: Member) -> None:
        """Redraw one member after its verdict or note changed."""
        if member.claim.id in self.members:
            self.members[member.claim.id] = member
            self.replace_option_prompt(member.claim.id, self._prompt(member))

    def select_claim(self, claim_id: str) -> bool:
        """Highlight a member; False when it is not in this column."""
        if claim_id not in self.members:
            return False
        self.highlighted = self.get_option_index(claim_id)
        return True

    def _prompt(self, member: Member) -> Text:
        """`✗ Speaker · camp`, the claim, then `✗ disputed · outlet` (the outlet named once for its own voice);
        `· gives at least 471` after who, when the claim's own figure is not the column's name."""
        claim = member.claim
        label = label_of(member.verdict)
        outlet = short_file(member.outlet, 32) if member.outlet == claim.article else member.outlet
        out = Text()
        out.append(mark(label) + " ", style=self._style(style_class(label)))
        if claim.speaker:
            out.append(claim.speaker, style=self._style("speaker"))
            if member.camp.lower() != claim.speaker.lower():
                out.append(" · ")
                out.append(member.camp, style=self._style("camp"))
        else:
            out.append(outlet, style=self._style("speaker"))
            out.append(" · own reporting", style=self._style("hint"))
        if member.figure is not None:  # "at least 471" in the "at least 500" column
            out.append(f" · gives {member.figure}", style=self._style("hint"))
        out.append("\n")
        out.append(one_line(claim.text) + "\n")
        out.append(status_word(member.verdict), style=self._style(style_class(label)))
        if claim.speaker:
            out.append(f" · {outlet}", style=self._style("hint"))
        if member.verdict is not None and member.verdict.note:
            out.append(" · ✎ note", style=self._style("hint"))
        return out

    def _style(self, name: str) -> Style:
        return self._styles.get(self, name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a member: ask the screen to show it in the Claims view."""
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Show(self, event.option.id))
