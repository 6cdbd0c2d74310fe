"""Paragraphs that name their own speaker by their form: a transcript line ("KERN: We will ...") or a
quotation signed with a closing dash ('"..." ― Ana Lusk'). The reader gives such a paragraph that
speaker and never the previous one's. A line of its own under a quotation that credits it ("- <Role>,
<Name>", a pull-quote's caption) gives the quotation above it its speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc

from factcheck.extract.article_state import ArticleState
from factcheck.extract.mentions import Attribution, Mention
from factcheck.extract.names import clean_name
from factcheck.extract.person_names import ent_person_name, person_name
from factcheck.extract.segment import Block, Quote
from factcheck.extract.sentences import Sentence

# "NAME: words" opening a paragraph (a transcript or interview line, perhaps inside a quotation mark) or
# "Said Name: ..." (an inverted lead-in): the name is the speaker.
_TRANSCRIPT = re.compile(r"^[\"“'‘]?(?:[Ss]aid\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S")


def transcript_speaker(
    block: Block, doc: Doc, text: str, named_before: Callable[[str], bool] = lambda _: False, offset: int = 0
) -> Attribution | None:
    """The speaker of a transcript line ("KERN: We will ...", "Kern: the port stays open"), if the
    paragraph is one: a name (a person, an organisation or a name in capitals) before a colon. `text` is
    the whole article's; `named_before` tells a surname the article has named a person by. `offset`: where
    `block.text` starts in `doc` (a later sentence of the paragraph asked on its own: `reader._turns_within`)."""
    match = _TRANSCRIPT.match(block.text)
    if match is None or _label(match.group(1)):
        return None
    span = doc.char_span(offset + match.start(1), offset + match.end(1), alignment_mode="expand")
    if span is None:
        return None
    labels = {t.ent_type_ for t in span} - {""}
    if labels & {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT"}:
        return None
    if any(t.pos_ == "VERB" for t in span[1:]):
        return None  # "The Gap Goes On: ...": a section head with a verb, not a name
    capitals = match.group(1).isupper()
    if " " not in match.group(1) and named_before(match.group(1)):
        labels.add("PERSON")  # "Ana Kern, the port director, ..." then "Kern: The port stays open."
    if not (capitals or "PERSON" in labels or "ORG" in labels or all(t.pos_ == "PROPN" for t in span)):
        return None
    if not capitals and "PERSON" not in labels and span[0].pos_ != "PROPN" and _named_once(match.group(1), text):
        return None  # "Neigh: A horse stood on the roof": a caption's common word, no speaker the story knows
    colon = doc.char_span(offset + match.end(1), offset + match.end(), alignment_mode="expand")
    cue_index = colon[0].i if colon is not None else 0
    credit = _CREDIT.match(match.group(1))
    if credit is not None:  # "Via <Outlet>: ...": the outlet the story was taken from, no side's voice
        return Attribution(Mention(name=clean_name(match.group(1)[credit.end() :]), is_person=False), ":", cue_index)
    turn = _INTERVIEW.get(match.group(1).lower().rstrip("."))
    if turn is not None:  # "Q: ..." is the interviewer's, "A: ..." the interviewee's: the reader resolves them
        return Attribution(Mention(name=turn, is_person=turn == "answer", pronoun=turn), ":", cue_index)
    if "ORG" in labels and "PERSON" not in labels:
        name = clean_name(span.text)
        return Attribution(Mention(name=name, is_person=False, side=name, basis="party name"), ":", cue_index)
    name = person_name(match.group(1).title() if capitals else match.group(1))
    return Attribution(Mention(name=name, is_person=True), ":", cue_index) if name else None


# "Via <Outlet>:" credits the outlet a story or post was taken from.
_CREDIT = re.compile(r"Via\s+(?=\S)")


def _named_once(written: str, text: str) -> bool:
    """A lone word before a transcript colon that the article writes nowhere else."""
    return " " not in written and len(re.findall(rf"(?<![\w'’-]){re.escape(written)}(?![\w'’-])", text)) < 2


# A line of its own under a quotation that credits it: "- <Role>, <Name>", "― <Name>, <role>".
_SIGNATURE_LINE = re.compile(r"^[―—–-]\s*[^.;:!?\"“”]{2,90}$")


def credit_line(blocks: list[Block], i: int) -> bool:
    """Whether paragraph `i` is a line of its own that may credit the quotation just above it (a dash, then
    words with no sentence in them), which the reader asks `signature_line` about though it looks like a
    heading."""
    opens = blocks[i - 1].text.lstrip()[:1] if i > 0 else ""  # the paragraph above opens with a quotation mark
    return opens != "" and opens in "\"“'‘" and _SIGNATURE_LINE.match(blocks[i].text.strip()) is not None


def signature_line(block: Block, doc: Doc) -> Attribution | None:
    """The person a line of its own credits ('- <Org>'s deputy spokesman, Father <Name>'): a pull-quote's
    caption, set under the quotation it signs. Only a dash, then one person the tagger names and the words
    that describe them, nothing else."""
    if _SIGNATURE_LINE.match(block.text.strip()) is None:
        return None
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    if len(persons) != 1:
        return None
    name = ent_person_name(persons[0])
    return Attribution(Mention(name=name, is_person=True), block.text.strip()[0], persons[0].start) if name else None


def credit_above(above: list[Sentence], signed: Attribution, block: Block, state: ArticleState) -> None:
    """Give a quoted paragraph the person the line under it credits ("'...'" then "- <Role>, <Name>"), not the
    speaker it inherited from an earlier quotation."""
    signed.at = block.start
    for s in above:
        s.attribution, s.mention, s.cue, s.kind = signed, signed.mention, signed.cue, "quote"
    state.add_person(block.start, signed.mention.name)
    bisect.insort(state.speakers, (block.start, signed.mention.name))
    state.said_by[signed.mention.name] = signed.mention
    state.lead_in = None


# The turns of an interview transcript.
_INTERVIEW = {"q": "question", "question": "question", "a": "answer", "answer": "answer"}


# '"...." ― Ana Lusk' or '... — Ana Lusk, port director': a quotation signed with a dash at its end.
# A dash that is no hyphen inside a word ("al-<Name>"): after a space, a quotation mark or the quotation's end.
_SIGNED = re.compile(
    r"(?:^|(?<=[\s”\"’'.,!?]))[―—–-]\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:,[^,.;:]{0,60})?\s*\.?$"
)


def signature(block: Block, doc: Doc, quotes: list[Quote]) -> Attribution | None:
    """The person who signs a quoted paragraph with a closing dash, if the paragraph is one."""
    if not quotes:
        return None
    match = _SIGNED.search(block.text)
    if match is None or match.start() < quotes[-1].end - block.start:
        return None  # the signature follows the quotation; a dash inside it signs nothing
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        return None
    return Attribution(Mention(name=person_name(span.text), is_person=True), block.text[match.start()], span[0].i)


_NOT_SPEAKERS = frozenset(
    """
    note update updated updates editor source photo read watch listen related image video warning correction
    clarification latest earlier previously edit disclaimer caption credit
    """.split()
)


def page_label(block: Block) -> int:
    """Where the page label that leads a paragraph ends ("Editor's note: ...", "Update: ..."), as a character
    offset in the block; 0 when there is none. The label is the outlet's, never a speaker or a cue."""
    match = _TRANSCRIPT.match(block.text)
    return match.end(1) if match is not None and _label(match.group(1)) else 0


def _label(written: str) -> bool:
    """A page label before a colon, not a speaker: "Update", "Editor's note", "The Latest"."""
    words = written.lower().replace("’", "'").removesuffix("'s").split()
    return written.lower() in _NOT_SPEAKERS or (bool(words) and words[-1] in _NOT_SPEAKERS)
