"""Numbers written out in words: "Nineteen", "Twenty-five", "one hundred and twenty".

News style spells out a number that opens a sentence ("Twenty-five people were killed ...") and small
ones anywhere, and the tagger splits a written-out number into several tokens ("Twenty", "-", "five").
Each token was read on its own: "Twenty-five" gave 20, "one hundred and twenty" 20, and the words the
old table lacked ("nineteen", "sixty") gave nothing. Here the whole run of number words is read as one
number by text2num, the library of the field for it; the words after its first are not read again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from text_to_num import text2num

# The words a written-out cardinal is made of.
_UNITS = frozenset("one two three four five six seven eight nine".split())
_TEENS = frozenset("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
SCALES = frozenset("hundred thousand million billion".split())
NUMBER_WORDS = _UNITS | _TEENS | _TENS | SCALES


def _word(tok: Token) -> bool:
    return tok.lower_ in NUMBER_WORDS


def _step(doc: Doc, end: int) -> int:
    """How many tokens after `end` the number goes on by: 1 for a number word that can follow ("two hundred",
    "hundred twenty", "twenty thousand", "sixty three"), 2 for a hyphen inside a tens-and-unit word
    ("twenty-five", no space beside it) or an "and" after a scale ("one hundred and twenty"), else 0."""
    last, nxt = doc[end], doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    if _word(nxt) and (
        last.lower_ in SCALES or nxt.lower_ in SCALES or (last.lower_ in _TENS and nxt.lower_ in _UNITS)
    ):
        return 1
    if after is None or not _word(after):
        return 0
    hyphen = nxt.text == "-" and not last.whitespace_ and not nxt.whitespace_
    if hyphen and last.lower_ in _TENS and after.lower_ in _UNITS:
        return 2
    if nxt.lower_ == "and" and last.lower_ in SCALES and after.lower_ not in SCALES:
        return 2
    return 0


def run_end(tok: Token) -> int:
    """The index of the last token of the written-out number that starts at `tok` (its own index when the
    number is one word, or `tok` is none). "and" joins only after a scale ("one hundred and twenty"), so
    "between five and ten" stays two numbers; a hyphen only inside a tens-and-unit word."""
    doc = tok.doc
    if not _word(tok):
        return tok.i
    end = tok.i
    while end + 1 < len(doc) and (step := _step(doc, end)):
        end += step
    return end


def starts_within(tok: Token) -> bool:
    """Whether the token continues a written-out number begun before it ("five" in "twenty-five"): it is
    read with the number's first word, not again."""
    doc = tok.doc
    if not _word(tok):
        return False
    start = tok.i
    while start > 0 and (_word(doc[start - 1]) or doc[start - 1].lower_ in ("-", "and")):
        start -= 1
    while start < tok.i:
        if _word(doc[start]) and run_end(doc[start]) >= tok.i:
            return True
        start += 1
    return False


def spelled_value(tok: Token) -> tuple[float, int] | None:
    """The value of the written-out number starting at `tok` and the index of its last token, or None when
    `tok` starts none. A run the library will not read is read shorter, down to its first word."""
    if not _word(tok):
        return None
    doc = tok.doc
    end = run_end(tok)
    while end >= tok.i:
        words = " ".join(t.lower_ for t in doc[tok.i : end + 1]).replace(" - ", "-")
        try:
            return float(text2num(words, "en")), end
        except ValueError:
            end -= 1
    return None
