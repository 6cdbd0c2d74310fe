"""Plain-text structure before spaCy: paragraphs, page furniture and quotation spans.

Nothing here needs spaCy, so every rule is cheap and unit-testable on strings.
Offsets are always into the article text as decoded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.furniture import is_furniture, is_kicker_link

__all__ = [
    "SECTION_LABELS",
    "Block",
    "Quote",
    "find_quotes",
    "is_furniture",
    "is_headline",
    "is_title",
    "link_list",
    "quoted_fraction",
    "single_quotes",
    "split_blocks",
]

_TERMINAL = tuple('.!?:;"”’)…')


@dataclass(frozen=True)
class Block:
    """A paragraph: a run of text that no sentence may cross."""

    start: int
    end: int
    text: str
    blank_before: bool = True  # separated from the previous block by a blank line

    def __len__(self) -> int:
        return self.end - self.start


def split_blocks(text: str) -> list[Block]:
    """Split text into paragraphs at blank lines and at line breaks between whole lines.

    A single line break joins two lines only when it looks like hard wrapping: the first
    line does not end a sentence and the next one starts in lower case.
    """
    blocks: list[Block] = []
    cur_start: int | None = None
    cur_end = 0
    blank_before = True
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        line_start = pos + (len(body) - len(body.lstrip()))
        line_end = pos + len(body.rstrip())
        pos += len(line)
        if not stripped:
            if cur_start is not None:
                blocks.append(Block(cur_start, cur_end, text[cur_start:cur_end], blank_before))
                cur_start = None
            blank_before = True
            continue
        if cur_start is not None:
            prev = text[cur_start:cur_end]
            if not prev.endswith(_TERMINAL) and stripped[0].islower():
                cur_end = line_end
                continue
            blocks.append(Block(cur_start, cur_end, prev, blank_before))
            blank_before = False
        cur_start, cur_end = line_start, line_end
    if cur_start is not None:
        blocks.append(Block(cur_start, cur_end, text[cur_start:cur_end], blank_before))
    return blocks


def link_list(blocks: Sequence[Block]) -> set[int]:
    """The indices of lines in a list of links to other stories: a line with no closing stop written
    next to a kicker link ("ANALYSIS | <headline>"), with no blank line between them. "Related stories"
    lists mix kicker links and plain headlines, and a plain one reads like a claim of the article."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if block.text.rstrip().endswith(_TERMINAL) or is_kicker_link(block.text):
            continue
        before = i > 0 and not block.blank_before and is_kicker_link(blocks[i - 1].text)
        after = i + 1 < len(blocks) and not blocks[i + 1].blank_before and is_kicker_link(blocks[i + 1].text)
        if before or after:
            out.add(i)
    return out


# Words that label a headline's kind ("Opinion: ...", "Live updates: ..."), never its source.
SECTION_LABELS = frozenset(
    """opinion analysis explainer editorial comment commentary review live updates update breaking exclusive
    video videos photos watch listen podcast interview factbox timeline related more read""".split()
)


def is_title(block: Block, title: str) -> bool:
    """True for the article's own title line (a headline anywhere else is a link or a section head)."""
    return bool(title) and block.text.strip() == title.strip()


def is_headline(block: Block, title: str) -> bool:
    """True for the title and for headline-style lines (no closing punctuation, mostly capitalised)."""
    text = block.text.strip()
    if title and text == title.strip():
        return True
    if text.endswith(_TERMINAL):
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    if len(words) < 3:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


# --- quotations ---------------------------------------------------------------------------

_OPEN = "“«„"
_CLOSE = "”»"


@dataclass
class Quote:
    """A quotation span in the article: [start, end) covers the quoted words without the marks."""

    start: int
    end: int
    closed: bool = True
    continues: bool = False  # opens a paragraph that continues the previous paragraph's quote
    attribution: dict[str, object] = field(default_factory=dict)


def find_quotes(block: Block, previous_unclosed: bool = False) -> list[Quote]:
    """Pair quotation marks tolerantly inside one paragraph.

    Curly marks pair by direction, a straight `"` toggles, a second opening mark restarts
    the quote (unless it follows the quotation's comma or full stop and a space follows it: then
    it is a closing mark typed the wrong way round), a stray closing mark with nothing open closes
    a quote begun at the paragraph start, and an unclosed quote ends at the paragraph's end.
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    seen_mark = False
    text = block.text
    base = block.start
    doubled = _doubled_apostrophes(text) | _doubled_backticks(text)
    if not doubled and not any(mark in text for mark in _DOUBLE_MARKS):
        return single_quotes(block, previous_unclosed)  # "'We are ready,' he said": the British way
    for i, ch in enumerate(text):
        if i - 1 in doubled:
            continue  # the second apostrophe of a '' mark
        width = 2 if i in doubled else 1
        if i in doubled:
            ch = '"'
        if ch in _OPEN and open_at is not None and _closes_after_all(text, i):
            ch = _CLOSE[0]  # '“The dam is weak,“ said ...': an opening mark typed where the quotation closes
        elif ch in _CLOSE and open_at is None and _opens_after_all(text, i):
            ch = _OPEN[0]  # '”The dam held,” she said': a closing mark where the quotation opens
        if ch in _OPEN or (ch == '"' and (open_at is None or _opens_anew(text, i))):
            if open_at is not None and i > open_at:
                quotes.append(Quote(base + open_at, base + i, closed=False))
            open_at = i + width
            seen_mark = True
        elif ch in _CLOSE or ch == '"':
            if open_at is not None:
                if i > open_at:
                    quotes.append(Quote(base + open_at, base + i))
                open_at = None
            elif not seen_mark and i > 0:
                quotes.append(Quote(base, base + i, continues=previous_unclosed))
            seen_mark = True
    if open_at is not None and open_at < len(text):
        quotes.append(Quote(base + open_at, base + len(text), closed=False))
    if quotes and previous_unclosed and (text[:1] in _OPEN + '"' or 0 in doubled):
        quotes[0].continues = True
    return [q for q in quotes if q.end - q.start > 0]


_DOUBLE_MARKS = _OPEN + _CLOSE + '"'
# A single mark that opens a quotation: "‘" or "'" at the paragraph's start or after a space, bracket, dash or
# colon, before a letter, a digit or an ellipsis ("'90s" and "'em" are words, not quotations).
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))[‘'](?!\d0s\b|em\b|n'|til\b)(?=[^\W_]|…)")
# One that closes it: "’" or "'" after a word or its punctuation, before a space, punctuation or the end.
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?=[\s,.;:!?)\]—–-]|$)")
# Words after "s' " that show the mark closes a quotation ("... invaders' he said"), not a plural's possessive.
_AFTER_QUOTE = frozenset("he she they i we it said says added told insisted claimed wrote according".split())


def single_quotes(block: Block, previous_unclosed: bool = False) -> list[Quote]:
    """Quotations in single marks, in a paragraph with no double ones (British style: "'We are ready,' he
    said"). A single mark is as often an apostrophe, so a quotation opens only at a word's start, closes only
    at a word's end and not as a plural's possessive ("the workers' union"), and holds two words or more; one
    left open runs to the paragraph's end only when it opens the paragraph (a quotation over paragraphs)."""
    text, base = block.text, block.start
    quotes: list[Quote] = []
    at = 0
    while (opening := _SINGLE_OPEN.search(text, at)) is not None:
        start = opening.end()
        end = None
        for closing in _SINGLE_CLOSE.finditer(text, start):
            if _possessive(text, closing.start()) and any(ch.isspace() for ch in text[start : closing.start()]):
                continue  # "'The workers' union ...": an apostrophe (a one-word "'flaws' in" closes, though)
            end = closing.start()
            break
        if end is not None and _SINGLE_OPEN.search(text, start, end):
            at = start  # another opening mark before this close: the first was an apostrophe or a scare quote
            continue
        if end is None:
            if opening.start() == 0 and len(text[start:].split()) >= 2:
                quotes.append(Quote(base + start, base + len(text), closed=False))
            break
        if len(text[start:end].split()) >= 2:
            quotes.append(Quote(base + start, base + end))
        at = end + 1
    if quotes and previous_unclosed and text[:1] in "‘'":
        quotes[0].continues = True
    return quotes


def _possessive(text: str, i: int) -> bool:
    """A mark after a plural's s and before a word that is no speaker nor verb of saying ("the towns' dams")."""
    if text[i - 1 : i] not in ("s", "S"):
        return False
    match = re.match(r"\s+([a-z]+)", text[i + 1 :])
    return match is not None and match.group(1) not in _AFTER_QUOTE


def _opens_anew(text: str, i: int) -> bool:
    """A straight mark shaped as an opening one, after a finished sentence and a space and before a word
    ('... access to.  "Some may think ...'), while a quotation is open: the quotation went on into a new
    one without its closing mark (as a quoted paragraph does when paragraphs are run together), so this
    mark opens, it does not close."""
    if i == 0 or not text[i - 1].isspace() or i + 1 >= len(text) or not text[i + 1].isalnum():
        return False
    before = text[:i].rstrip()
    return before.endswith((".", "!", "?", "…"))


def _closes_after_all(text: str, i: int) -> bool:
    """An opening mark at `i` right after the quotation's last punctuation or word and before a space ('...,“
    said', '... of peace“ with'): a closing mark typed the wrong way round, not a new quotation (which follows
    a space, a bracket or a colon)."""
    return (
        i > 0
        and (text[i - 1] in ",.?!…" or text[i - 1].isalnum())
        and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)")
    )


def _opens_after_all(text: str, i: int) -> bool:
    """A closing mark at `i` at the paragraph's start or after a space, bracket or colon, before a word ('”The
    dam held,” she said', written with closing marks on both sides in some house styles): it opens."""
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([:—–") and i + 1 < len(text) and text[i + 1].isalnum()


def _doubled_backticks(text: str) -> set[int]:
    """Where two backticks open a quotation, as text typeset for TeX writes it (``The dam held,'' she said)."""
    return {m.start() for m in re.finditer("``", text)}


def _doubled_apostrophes(text: str) -> set[int]:
    """Where two apostrophes stand for a straight double quote, as some archives write them (''The dam
    held,'' she said). Never inside a word nor after a plural's s with no quotation open ("valley''s", "the
    towns'' dams"): there they are an apostrophe written twice, and a paragraph that writes one so writes
    none as a quote mark."""
    out: set[int] = set()
    i = text.find("''")
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2 : i + 4]
        if before.isalnum() and after[:1].isalnum():
            return set()  # "valley''s": this paragraph doubles its apostrophes
        # "the towns'' dams" is a plural's possessive; "''... on the merits'' of the case" closes the open quote
        if len(out) % 2 or not (before == "s" and after[:1] == " " and after[1:].isalpha()):
            out.add(i)
        i = text.find("''", i + 2)
    return out


def quoted_fraction(start: int, end: int, quotes: list[Quote]) -> float:
    """How much of [start, end) lies inside quotation spans (0..1), ignoring spaces and punctuation."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes)
    return min(1.0, inside / (end - start))


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "JUBA (Reuters) - ", "PORT TOWN, 28 Mar (Daily Wire)-": a place in capitals, a date, an agency, a dash.
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+)*"
    r"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\.?(?=\s*[-–—,(]))?"  # "MARROW, Norland —", "..., Nor.,": the region
    r"(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s*\d{4})?)?"
    r"(?:\s*\([^()]{2,40}\)\s*|\s+)[-–—]+\s*"  # "(Agency) -" or " - ": never "U.S.-led"
    r"|^[A-Z][A-Z'’.]{2,}(?:[ /][A-Z][A-Z'’.]+)*[–—]\s*(?=[A-Z])"  # "TARVIK—The ...": a long dash, no space
    # "Port Town, March 3: ": a place in title case, a month's name and a day, a colon
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3},\s*" + _MONTH + r"\.?\s+\d{1,2}(?:,?\s*\d{4})?\s*:\s*"
)


def blank_dateline(text: str) -> str:
    """The paragraph with its opening dateline replaced by spaces (same length, so offsets hold)."""
    match = _DATELINE.match(text)
    if match is None:
        return text
    return " " * match.end() + text[match.end() :]
