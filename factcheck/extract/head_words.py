"""The one body an article means by a bare head word ("the union", "the company", "the group"): the body its
claims name in full with that last word, a firm named by a firm's last word, or a body the article calls by
that word ("rights group <Name>"). Split from `camps.py`, which carries generic sides with it; nothing here
reads a parse, only the claims' sides and the articles' texts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.extract.lexicon import FIRM_WORDS
from factcheck.extract.sides import SHORT_HEADS, is_generic_side
from factcheck.model import Claim

__all__ = ["bodies_by_head"]


# What a firm is called once named ("<Name> Shipping ... the company said").
_FIRM_NOUNS = frozenset({"company", "firm"})


def bodies_by_head(claims: Sequence[Claim], texts: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """For each article and head word ("union", "front", "company"), the camp of the one body its claims name
    in full with that last word ("the Velm Dockers' Union"): a bare "the union" of that article is that body;
    a firm's name ("<Name> Shipping", "<Name> Company") gives "company" and "firm"; a body the article calls
    by a head word ("rights group <Name>", "<Name>, a monitoring group,") gives that word. An article naming
    two such bodies gives the word to neither."""
    found: dict[tuple[str, str], set[str]] = {}
    called: dict[tuple[str, str], set[str]] = {}
    marks: dict[str, Marks] = {}
    for claim in claims:
        if not claim.side or not claim.camp or is_generic_side(claim.side):
            continue
        head = claim.side.split()[-1].lower()
        heads = {head} & SHORT_HEADS if " " in claim.side.strip() else set()
        if head in FIRM_WORDS or head in _FIRM_NOUNS:  # "<Name> Shipping ... the company said": the firm
            heads |= _FIRM_NOUNS
        if claim.side[:1].isupper():
            key = (claim.article, claim.side)
            if key not in called:
                text = texts.get(claim.article, "")
                if claim.article not in marks:
                    marks[claim.article] = _called_marks(text)
                called[key] = _called_by(text, marks[claim.article], claim.side)
            heads |= called[key]
        for word in heads:
            found.setdefault((claim.article, word), set()).add(claim.camp)
    return {key: next(iter(camps)) for key, camps in found.items() if len(camps) == 1}


# Head words an article may call a named body by, before its name or after it in apposition ("rights group
# <Name>"); not "party" or "campaign", which come before other words ("the party <Name> leads").
_CALLED = "|".join(
    sorted("group organisation organization network coalition alliance movement association foundation".split())
)
# A word of kind before the head ("rights group <Name>"): "the group <Name> addressed" is a relative clause.
_CALLED_BEFORE = re.compile(rf"\b(?!(?:the|a|an|that|this|which)\b)[\w-]+\s+({_CALLED})\s+", re.IGNORECASE)
_CALLED_AFTER = re.compile(rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?({_CALLED})\b")

Marks = tuple[list[tuple[str, int]], list[tuple[str, int]]]


def _called_marks(text: str) -> Marks:
    """Where an article calls something by a head word: (head, where the name after it would start) and
    (head, where the comma after the name is), read once an article, whatever names its claims give."""
    before = [(m.group(1).lower(), m.end()) for m in _CALLED_BEFORE.finditer(text)]
    after = [(m.group(1).lower(), m.start()) for m in _CALLED_AFTER.finditer(text)]
    return before, after


def _called_by(text: str, marks: Marks, name: str) -> set[str]:
    """The head words an article calls a named body by: "rights group <Name>", "<Name>, a monitoring group,"
    give "group"."""
    size = len(name)

    def bounded(at: int) -> bool:
        return at < 0 or at >= len(text) or not (text[at].isalnum() or text[at] == "_")

    heads = {head for head, at in marks[0] if text.startswith(name, at) and bounded(at + size)}
    heads |= {head for head, at in marks[1] if text.startswith(name, at - size) and bounded(at - size - 1)}
    return heads
