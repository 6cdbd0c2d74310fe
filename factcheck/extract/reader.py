"""Reading one article as a reader does: quotation by quotation, sentence by sentence.

It carries what a reader carries: the open quotation, the last person and group mentioned,
the last speaker, so a quote's attribution reaches every sentence in it and a pronoun
finds its person. The spaCy docs are read here and then let go.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from factcheck.extract.attribution import (
    Attribution,
    Mention,
    find_reported,
    groups_in,
    person_evidence,
    persons_in,
)
from factcheck.extract.segment import Block, Quote, find_quotes, quoted_fraction
from factcheck.model import Article


@dataclass
class Sentence:
    """One sentence of an article with everything attribution learns about it."""

    start: int
    end: int
    span: Span
    block: int
    quoted: float
    quotes: list[Quote]
    attribution: Attribution | None = None
    mention: Mention | None = None
    cue: str | None = None
    kind: str = "statement"
    attribution_only: bool = False  # "X tweeted.": it attributes the quote before it


@dataclass
class ArticleState:
    """What the reader carries through one article."""

    persons: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    group_speakers: list[tuple[int, str]] = field(default_factory=list)
    last_quote: tuple[int, Sentence] | None = None  # (block index, an attributed quote sentence)
    unclosed: bool = False
    evidence: list[Mention] = field(default_factory=list)  # persons named with a role, for sides



def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(doc: Doc, block: Block, block_index: int, quotes: list[Quote], text: str) -> list[Sentence]:
    """The block's sentences, with tiny fragments (a lone quote mark) merged into their neighbour."""
    out: list[Sentence] = []
    for sent in doc.sents:
        # Trim against what spaCy read: a dateline blanked out there is left out of the claim too.
        local_start, local_end = _trim(doc.text, sent.start_char, sent.end_char)
        start, end = block.start + local_start, block.start + local_end
        if end <= start:
            continue
        piece = text[start:end]
        if out and sum(ch.isalnum() for ch in piece) < 3:
            prev = out[-1]
            prev.end = end
            prev.span = doc[prev.span.start : sent.end]
            continue
        out.append(Sentence(start, end, sent, block_index, 0.0, quotes))
    for s in out:
        s.quoted = quoted_fraction(s.start, s.end, quotes)
    return out


def _inside(quotes: list[Quote], base: int) -> Callable[[int], bool]:
    def inside(char_index: int) -> bool:
        pos = base + char_index
        return any(q.start <= pos < q.end for q in quotes)

    return inside


def _attribute_quotes(sents: list[Sentence], quotes: list[Quote], state: ArticleState, block_index: int) -> None:
    """Give every sentence of a quotation the attribution found at its end, its lead-in, or the
    short sentence after it; a paragraph continuing an open quotation inherits its speaker."""
    for quote in quotes:
        members = [s for s in sents if s.end > quote.start and s.start < quote.end]
        if not members:
            continue
        first, last = members[0], members[-1]
        chosen: Attribution | None = last.attribution or first.attribution
        if chosen is None:
            after = sents.index(last) + 1
            if after < len(sents):
                nxt = sents[after]
                if nxt.attribution is not None and nxt.quoted < 0.2 and len(nxt.span) <= 14:
                    chosen = nxt.attribution
                    nxt.attribution_only = True
        if chosen is None:
            before = sents.index(first) - 1
            if before >= 0 and sents[before].attribution is not None and sents[before].quoted < 0.5:
                chosen = sents[before].attribution
        source: Sentence | None = None
        if chosen is None and state.last_quote is not None:
            prev_block, prev_sentence = state.last_quote
            starts_block = first is sents[0] and first.quoted >= 0.5
            same_block = prev_block == block_index
            if (quote.continues or starts_block or same_block) and block_index - prev_block <= 2:
                source = prev_sentence
        for s in members:
            if s.quoted >= 0.5 or quote.start <= s.start + 2:
                if chosen is not None and s.attribution is None:
                    s.attribution = chosen
                elif source is not None and s.attribution is None:
                    s.attribution = source.attribution
                    s.mention = source.mention
                s.kind = "quote"
        if chosen is not None or source is not None:
            state.last_quote = (block_index, last)


def _resolve(sentence: Sentence, state: ArticleState) -> Mention | None:
    """Resolve a pronoun speaker to the last person (he/she) or group (they/we/it) mentioned before it."""
    attribution = sentence.attribution
    if attribution is None:
        return None
    mention = attribution.mention
    if mention.pronoun is None:
        return mention
    pool = state.persons if mention.is_person else state.group_speakers or state.groups
    i = bisect.bisect_left(pool, (attribution.at, "")) - 1
    if i < 0:
        return None
    name = pool[i][1]
    return Mention(name=name, is_person=mention.is_person, side=None if mention.is_person else name)


def walk_article(article: Article, docs: Iterator[tuple[Block, Doc]]) -> tuple[list[Sentence], list[Mention]]:
    """Read one article's paragraphs in order, attributing every sentence; also the side evidence."""
    text = article.text
    state = ArticleState()
    sentences: list[Sentence] = []
    for block_index, (block, doc) in enumerate(docs):
        quotes = find_quotes(block, previous_unclosed=state.unclosed)
        state.unclosed = bool(quotes) and not quotes[-1].closed
        inside = _inside(quotes, block.start)
        sents = _sentences(doc, block, block_index, quotes, text)
        for s in sents:
            s.attribution = find_reported(s.span, inside)
            if s.attribution is not None:
                s.kind = "reported"
                s.attribution.at = block.start + doc[s.attribution.cue_index].idx
            for name, at in persons_in(s.span, inside):
                bisect.insort(state.persons, (block.start + at, name))
            for name, at in groups_in(s.span, inside):
                bisect.insort(state.groups, (block.start + at, name))
            state.evidence.extend(person_evidence(s.span, inside))
        _attribute_quotes(sents, quotes, state, block_index)
        for s in sents:
            if s.attribution is not None and s.mention is None:
                s.mention = _resolve(s, state)
                if s.mention is not None and not s.mention.is_person and s.attribution.mention.pronoun is None:
                    bisect.insort(state.group_speakers, (s.attribution.at, s.mention.name))
                if s.mention is not None and s.mention.is_person:
                    bisect.insort(state.persons, (s.attribution.at, s.mention.name))
            if s.attribution is not None:
                s.cue = s.attribution.cue
        sentences.extend(sents)
    return sentences, state.evidence
