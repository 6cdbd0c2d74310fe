"""The press among a corpus's speakers, settled once every article is read: which named organisations are
news outlets (no party: their reports are no camp's) and which outlet a party takes on (a side after all).

An outlet the tagger read as an organisation speaks under its own name and would take that name as its
side ("<Acronym> reported that 40 died"); the corpus tells it apart by what it says of it: people tell
things to an outlet, and a party has offices (`told_outlets`). An outlet a party disputes by name is a
side, and its own claims answer for it (`press_in_dispute`). Token-level outlet recognition (a masthead,
"the news agency") is `outlets.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import OFFICE_ROLES

if TYPE_CHECKING:
    from factcheck.extract.claims import Candidate


def settle_press(texts: Sequence[str], placed: Sequence[tuple[str, Candidate]]) -> None:
    """Outlets lose the side their name gave them, then those a party takes on get it back. `texts`: every
    article's text; `placed`: each candidate claim with its article's text."""
    press_told_things(texts, [c for _, c in placed])
    press_in_dispute(placed)


def press_told_things(texts: Iterable[str], candidates: Sequence[Candidate]) -> None:
    """An organisation speaking under its own name that people tell things to, with no office of its own,
    is a news outlet (`told_outlets`): its reports are no party's ("<Acronym> reported that 40 died"). It may
    still be taken on by name (`press_in_dispute`)."""
    named = {
        c.speaker
        for c in candidates
        if c.speaker and c.side == c.speaker and c.mention is not None and not c.mention.is_person
    }
    if not named:
        return
    outlets = told_outlets(texts, sorted(named))
    for c in candidates:
        if c.speaker in outlets and c.side == c.speaker:
            c.side, c.side_basis = None, None


# How a reporting cue begins when a party takes someone on: "accused", "denied", "dismissed", "blames".
DISPUTE_CUES = ("accus", "deni", "deny", "reject", "dismiss", "blam", "critici", "condemn", "refut", "slam", "rebut")


def press_in_dispute(placed: Sequence[tuple[str, Candidate]]) -> None:
    """A named outlet speaking for itself is a side when a party takes it on by name ("the ministry accused
    the Harbor Times of inventing the figures"): the dispute is then with the press, and the outlet's own
    claims ("the Harbor Times said it stands by its reporting") answer for it. Otherwise it has no side."""
    voiceless = {
        c.speaker
        for _, c in placed
        if c.speaker and not c.side and c.mention is not None and not c.mention.is_person and c.speaker[:1].isupper()
    }
    if not voiceless:
        return
    patterns = {name: re.compile(rf"\b{re.escape(name)}\b") for name in voiceless}
    taken_on = {
        name
        for text, c in placed
        if c.side and (c.features.get("denies") or (c.cue or "").lower().startswith(DISPUTE_CUES))
        for name, pattern in patterns.items()
        if any(not _as_source(text, match) for match in pattern.finditer(text, c.start, c.end))
    }
    for _, c in placed:
        if c.speaker in taken_on and not c.side:
            c.side, c.side_basis = c.speaker, "party name"


# Words before a name that make it the source of what is told, not the one taken on: "according to the
# <Outlet>", "<someone> told the <Outlet>", "said in an interview with <Outlet>", "speaking to <Outlet>".
_SOURCE_BEFORE = re.compile(r"\b(?:according to|told|to|with)\s+(?:the\s+)?$", re.IGNORECASE)


def _as_source(text: str, match: re.Match[str]) -> bool:
    """The name matched in a disputing claim is where the dispute was told or heard ("..., according to the
    <Outlet>"), not whom it disputes ("accused the <Outlet> of inventing ...")."""
    return _SOURCE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None


# A run of capitalised words: the name that follows "told" or comes before or after an office.
_NAME_RUN = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
_WHEN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)
# Roles that are no office of a body: an outlet has sources and staff too ("a CNN source", "<Outlet> staff").
_NOT_OFFICES = frozenset(
    "source sources member members figure figures supporter supporters activist activists loyalist loyalists "
    "staff employee employees".split()
)
_OFFICES = "|".join(sorted((re.escape(role) for role in OFFICE_ROLES - _NOT_OFFICES), key=len, reverse=True))
_TOLD = re.compile(rf"\b(?:told|tells|telling|interview with)\s+(?:the\s+)?({_NAME_RUN})")
# "<Name>'s spokesman", "<Name>'s foreign minister"
_OFFICE_AFTER = re.compile(rf"({_NAME_RUN})(?:(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?|\s+)(?i:{_OFFICES})\b")
_OFFICE_BEFORE = re.compile(rf"\b(?i:{_OFFICES})\s+(?:for|of|at)\s+(?:the\s+)?({_NAME_RUN})")  # "director of <Name>"
# "the trade magazine <Name>", "the news website <Name>": the text calls the name a publication (in
# lower case: "the Weekly <Name> Awards" is a name's own word).
_PUBLICATIONS = "newspaper|magazine|publication|website|site|tabloid|daily|weekly|paper|blog|outlet"
_CALLED = re.compile(rf"\b(?:{_PUBLICATIONS})\s+(?:the\s+)?({_NAME_RUN})")


def told_outlets(texts: Iterable[str], names: Iterable[str]) -> set[str]:
    """Of the organisation names given, those the corpus tells things to ("a pilot told <Name> that ...",
    "told the <Name>", "in an interview with <Name>") and gives no office of its own ("<Name>'s spokesman",
    "the director of <Name>"), or calls a publication ("the trade magazine <Name>"): a news outlet the tagger
    took for an organisation ("<Acronym> reported ..."), no party. What people tell a body that has a
    spokesman or a director is a party's business. One pass of each pattern over the corpus, and a set
    lookup per name."""
    told: set[str] = set()
    offices: set[str] = set()
    called: set[str] = set()  # "the magazine <Name>": an outlet, offices or not (it has editors)
    for text in texts:
        called.update(" ".join(m.group(1).split()) for m in _CALLED.finditer(text))
        for m in _TOLD.finditer(text):
            words = m.group(1).split()
            while len(words) > 1 and words[-1].lower() in _WHEN:
                words.pop()  # "told <Name> Tuesday"
            told.add(" ".join(words))
        for m in _OFFICE_AFTER.finditer(text):
            words = m.group(1).split()
            offices.update(" ".join(words[k:]) for k in range(len(words)))  # "An <Name> spokesman"
        offices.update(" ".join(m.group(1).split()) for m in _OFFICE_BEFORE.finditer(text))
    keys = {name: " ".join(name.split()) for name in names}  # as the patterns' runs are joined: one space
    return {name for name, key in keys.items() if (key in told and key not in offices) or key in called}
