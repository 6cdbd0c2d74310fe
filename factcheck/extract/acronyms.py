"""Acronyms a text defines: "Long Name (LN)" gives the long form, and "<Owner>'s Long Name (LN)" the owner.

Read once per text by `sides.build_side_names` (`definitions`, then `long_forms` and `owners`), which joins
each acronym to its long form or its owner; split from `sides.py`, which keeps the names one organisation
goes by.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import STATE_NOUNS

# Small words a long name holds between its capitalised ones ("Ministry of Defence", "Banco de la Nación").
SMALL = frozenset("of the and for in on to de la du el al".split())
_WORD = r"(?:[A-Z][\w’'`-]*|" + "|".join(sorted(SMALL)) + ")"
# "Long Name (ACR)": a run of up to ten capitalised or small words, then the acronym in brackets.
_ACRONYM = re.compile(rf"({_WORD}(?:[ \t]+{_WORD}){{1,9}})[ \t]*\(([A-Z][A-Za-z]{{1,7}})\)")
# Small words an acronym may spell or skip: "Ministry of Defence" is "MD" or "MOD", "Coordinator of <X> in the
# <Y>" is "COXY" ("the" is never spelt).
_SPELT = frozenset("of and for in on to".split())


def spellings(words: list[str]) -> set[str]:
    """Every acronym `words` can abbreviate to: each capitalised word's initial, and each small word's or not."""
    out = {""}
    for word in words:
        low = word.lower()
        if low in SMALL:
            if low in _SPELT:
                out |= {s + low[0].upper() for s in out}
            continue
        out = {s + word[0].upper() for s in out}
    return out


def _initials_match(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of `words` whose initials spell `acronym` (a small word's optionally), if any."""
    letters = acronym.upper()
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0].lower() in SMALL:
            continue
        if letters in spellings(tail):
            return tail
        if sum(w.lower() not in SMALL for w in tail) > len(letters):
            return None
    return None


def definitions(text: str) -> list[tuple[list[str], str, list[str]]]:
    """Each "Long Name (ACR)" of the text, in order: the words before the parenthesis, the acronym and the
    tail of those words its initials spell. One pass serves both the long forms and their owners."""
    out = []
    for match in _ACRONYM.finditer(text):
        words = match.group(1).split()
        tail = _initials_match(words, match.group(2))
        if tail:
            out.append((words, match.group(2), tail))
    return out


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in the text as "Long Name (ACR)", mapped to their long form."""
    return long_forms(definitions(text))


def long_forms(defined: list[tuple[list[str], str, list[str]]]) -> dict[str, str]:
    """Each defined acronym's long form (a later definition in the text wins)."""
    return {acronym: " ".join(tail) for _, acronym, tail in defined}


def owners(defined: list[tuple[list[str], str, list[str]]]) -> dict[str, str]:
    """The owner of each defined acronym whose long form names a body and follows "<Owner>'s"."""
    found: dict[str, str] = {}
    for words, acronym, tail in defined:
        if len(tail) >= len(words) or not names_a_body(" ".join(tail)):
            continue
        before = words[len(words) - len(tail) - 1]
        for mark in ("'s", "’s"):
            if before.endswith(mark) and before[:1].isupper() and len(before) > len(mark) + 1:
                found[acronym] = before[: -len(mark)]
    return found


def names_a_body(name: str) -> bool:
    """A name in lower case that still names one body, by a state noun among its words ("ministry of rail
    affairs"), so an acronym can stand for it; a common phrase ("rival team") names none."""
    return len(name.split()) >= 2 and any(w in STATE_NOUNS for w in name.lower().split())
