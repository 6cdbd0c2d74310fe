"""The glyphs and words that show a verdict, shared by every widget so they always agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.model import Label, Verdict

if TYPE_CHECKING:
    from rich.style import Style
    from textual.widget import Widget

MARKS: dict[str | None, str] = {
    "corroborated": "✓",
    "disputed": "✗",
    "unverified": "?",
    None: "·",
}
CONTESTED_MARK = "!"
NOTE_MARK = "✎"


def label_of(verdict: Verdict | None) -> Label | None:
    """The label of a verdict that may be missing or hold only a note."""
    return verdict.label if verdict is not None else None


def mark(label: str | None) -> str:
    """The one-cell glyph of a label (unreviewed: a middle dot)."""
    return MARKS.get(label, "·")


def status_word(verdict: Verdict | None) -> str:
    """`✗ disputed`, or `· unreviewed`."""
    label = label_of(verdict)
    return f"{mark(label)} {label or 'unreviewed'}"


def style_class(label: str | None) -> str:
    """The CSS-ish name used for a label's colour (`unreviewed` for none)."""
    return label or "unreviewed"


def short_side(side: str | None, width: int) -> str:
    """A side or camp that fits `width` cells, read as a name, never a half word cut silently: itself; else
    its initials without "of", "and", "the" ("Port Authority" → "PA", "ministry of coastal affairs" → "MCA",
    as it is usually written); else its first words with "…" ("Pilots Guild…"); else its start with "…"."""
    if not side:
        return "─"
    if len(side) <= width:
        return side
    if width <= 1:
        return "…" if width == 1 else ""
    words = [w for w in side.replace("-", " ").split() if w[:1].isalnum() and w.lower() not in _NAME_LINKS | {"the"}]
    if 1 < len(words) <= MAX_INITIALS and len(words) <= width:
        return "".join(w[0].upper() for w in words)
    return short_words(side, width, first=words[0] if words else side)


def short_words(name: str, width: int, *, first: str | None = None) -> str:
    """A name in at most `width` cells by its first whole words and "…" ("Pilots Guild…", "Harbour…"),
    never ending on "of", "and", "the"; when not even one word fits, the start of `first` (its first
    word) with "…" ("Northla…")."""
    if len(name) <= width:
        return name
    if width <= 1:
        return "…" if width == 1 else ""
    head: list[str] = []
    for word in name.split():
        if len(" ".join([*head, word])) + 1 > width:
            break
        head.append(word)
    while head and head[-1].lower() in _NAME_LINKS | {"the"}:  # "Guild…", not "Guild of…"
        head.pop()
    if head:
        return " ".join(head).rstrip(",;:-") + "…"
    return (first or name)[: width - 1] + "…"


MAX_INITIALS = 5  # longer initials read as noise: the name's first words are shown instead


def short_file(name: str, width: int) -> str:
    """A file name that fits `width` cells, keeping its start and extension ("003_2e12….txt")."""
    if len(name) <= width:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) + 2 >= width:
        return name[: max(1, width - 1)] + "…"
    return stem[: width - len(ext) - 2] + "…." + ext


def short_speaker(speaker: str | None, width: int, side: str | None = None) -> str:
    """A speaker that fits `width` cells: the full name; an organisation's long name as its
    acronym when that is its side ("Coastal Workers Federation" → "CWF") or when it is a name
    of the form "X of Y" ("Ministry of Coastal Affairs" → "MCA", never "Affairs"); a description
    by its last two words ("the Norland health ministry" → "health ministry", also when its place
    follows: "… health ministry in the Vell Strip"), with its head word abbreviated when only that fits
    ("Foreign Min."); else the surname."""
    if not speaker:
        return "outlet"
    if len(speaker) <= width:
        return speaker
    for place in (" in ", " at "):  # "the health ministry in <Region>": the body, not its place
        if place in speaker and not speaker.startswith(place.strip()):
            return short_speaker(speaker.split(place, 1)[0], width, side)
    words = speaker.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if side and len(side) <= width and (initials.upper() == side.upper() or speaker.lower() == side.lower()):
        return side
    together = _together(speaker, width)
    if together:
        return together
    if any(w.lower() in _NAME_LINKS for w in words[1:-1]):
        acronym = "".join(w[0] for w in words if w.lower() not in _NAME_LINKS | {"the"} and w[:1].isalpha()).upper()
        if 2 <= len(acronym) <= width:
            return acronym
    if not all(w[:1].isupper() for w in words) and len(tail := " ".join(words[-2:])) <= width:
        return tail
    short_head = _HEAD_ABBREVIATIONS.get(words[-1].lower())
    if short_head and len(words) > 1:  # "Foreign Min.", "Health Min.": not "Ministry" for both
        head = short_head if words[-1][:1].isupper() else short_head.lower()
        if len(tail := f"{words[-2]} {head}") <= width:
            return tail
    return words[-1]


# The usual short forms of the words that head a body's name, so that two bodies of one kind keep the word that
# tells them apart in a narrow column ("Foreign Min." and "Health Min.", not "Ministry" twice).
_HEAD_ABBREVIATIONS = {
    "ministry": "Min.", "department": "Dept.", "government": "Govt.", "committee": "Cttee.",
    "organisation": "Org.", "organization": "Org.", "association": "Assn.", "corporation": "Corp.",
    "university": "Univ.", "commission": "Comm.", "agency": "Agcy.", "directorate": "Dir.",
}  # fmt: skip


_NAME_LINKS = frozenset(("of", "for", "and"))  # words inside an organisation's name, never a person's


def _together(speaker: str, width: int) -> str | None:
    """Parties that speak together ("<Org> and <Org2>", as attribution joins them) by each one's short
    name ("Front & Norland"), or the first one's with a count ("Front +1"); None for one body whose name
    holds "and" ("Ministry of Trade and Industry", "Fish and Game": its first part is no name of its own)."""
    first, _, rest = speaker.partition(" and ")
    head = first.split()
    if not rest[:1].isupper() or len(head) < 2 or any(w.lower() in _NAME_LINKS for w in head):
        return None
    others = rest.split(" and ")
    a = short_speaker(first, width)
    joined = " & ".join([a, *(short_speaker(o, width) for o in others)])
    if len(joined) <= width:
        return joined
    counted = f"{a} +{len(others)}"
    return counted if len(counted) <= width else None


class ThemeStyles:
    """Partial Rich styles of a widget's component classes, computed once per theme.

    Textual recomputes component styles often (its cache is cleared on many refreshes); the
    panes build dozens of styled spans per cursor move, so they keep their own small cache.
    """

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self._cache: dict[tuple[str, str], Style] = {}

    def get(self, widget: Widget, name: str) -> Style:
        """The partial style of `<prefix>--<name>` on `widget` under the app's current theme."""
        key = (widget.app.theme, name)
        style = self._cache.get(key)
        if style is None:
            style = widget.get_component_rich_style(f"{self.prefix}--{name}", partial=True)
            self._cache[key] = style
        return style
