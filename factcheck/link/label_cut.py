"""A label cut to the list's width: LABEL_CHARS at most, at a word, without losing what says no.

Split from `label.py`, which finds the claimed clause; this only shortens it.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import DENIAL_WORDS, NEGATION_WORDS

LABEL_CHARS = 90  # a question's label is at most this long (cut at a word)


def to_length(core: str) -> str:
    """The label at most LABEL_CHARS long: without a relative clause after its subject first ("The front,
    which is made up of …, is all over the valley"), then cut (`_cut`)."""
    if len(core) > LABEL_CHARS:
        core = _ASIDE.sub(r"\1 ", core, count=1)
    if len(core) > LABEL_CHARS:
        core = _cut(core)
    return core


# Words that say no, and the auxiliaries and adverbs written before them ("is categorically false").
_SAYS_NO = NEGATION_WORDS | DENIAL_WORDS
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might must should shall".split()
)
_TAIL_CHARS = 45  # at most this much of a label is its tail
# A subject that is itself what someone claimed: "The suggestion that …", "Reports that …", "Claims that …".
_CLAIM_SUBJECT = re.compile(
    r"^(?:\w+\s+){0,3}?(?:suggestions?|claims?|reports?|allegations?|assertions?|accusations?|ideas?|notions?"
    r"|rumou?rs?|story|stories|statements?)\s+that\b",
    re.IGNORECASE,
)


# A relative clause set off by commas right after the subject says more about who or what it is, not
# what is claimed: a label too long for the list drops it first ("<Name>, who has led two such talks,
# said the border is closed"). Only after a subject of at most six words that opens the sentence, and
# before its verb: not an "-ing" word ("The official, who spoke on condition of anonymity, citing …") nor
# a word that goes on a list or a phrase ("<Name>, who was at the gate, and <Name> were seen …").
_ASIDE = re.compile(
    r"^((?:\S+\s+){0,5}\S+),\s+(?:which|who)\s+[^,;:“”\"]{3,120},\s+"
    r"(?=[a-z])(?!(?:the|a|an|and|or|but|as|in|on|at|to|for|of|with|from|by)\b)(?![a-z]*ing\b)"
)


def _cut(core: str) -> str:
    """A label cut to LABEL_CHARS at a word. When its subject is a claim ("The suggestion that …") and the
    words cut off say no ("… is categorically false"), they are kept after the head: cut after its
    subject, the label said the opposite of the claim."""
    head = core[:LABEL_CHARS].rsplit(" ", 1)[0]
    rest = core[len(head) :].split()
    bare = [w.strip(",.;:!?\"“”‘’()").lower() for w in rest]
    says_no = (k for k, w in enumerate(bare) if w in _SAYS_NO or w.endswith("n't") or w.endswith("n’t"))
    at = next(says_no, None) if _CLAIM_SUBJECT.match(core) else None
    if at is None:
        return head.rstrip(" ,;:") + "…"
    start = at
    while start > 0 and (bare[start - 1] in _AUXILIARIES or bare[start - 1].endswith("ly")):
        start -= 1  # "was never confirmed", "is categorically false"
    tail = ""
    for word in rest[start:]:
        if len(tail) + len(word) + 1 > _TAIL_CHARS:
            tail += "…"
            break
        tail = f"{tail} {word}".strip()
        if word.endswith((",", ";", ":")):
            break  # the clause ends
    tail = tail.rstrip(" ,;:")
    head = core[: LABEL_CHARS - len(tail) - 2].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{head}… {tail}"
