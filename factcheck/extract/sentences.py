"""An article's paragraph cut into the sentences that attribution reads, and a sentence that reports
two speakers cut into one clause per speaker.

Kept apart from reader.py: cutting decides what one claim's text is; the reader then decides who
said it, carrying what it learnt from one sentence to the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from factcheck.extract.coref import surname_key
from factcheck.extract.cuts import contrast_clause, reply_clause
from factcheck.extract.mentions import Attribution, Mention
from factcheck.extract.referents import reported_subjects
from factcheck.extract.segment import Block, Quote, quoted_fraction


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
    clause_verb: int | None = None  # "..., while Y wrote ...": the token index of the clause's reporting verb
    context: Span | None = None  # what the claim's features are read from when not its own span (", which Y denied")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `start:end` of `text` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def block_sentences(doc: Doc, block: Block, block_index: int, quotes: list[Quote], text: str) -> list[Sentence]:
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
    out = [part for s in out for part in _clauses(s, block, inside_quotes(quotes, block.start))]
    for s in out:
        s.quoted = quoted_fraction(s.start, s.end, quotes)
    return out


def _clauses(sentence: Sentence, block: Block, inside: Callable[[int], bool]) -> list[Sentence]:
    """A sentence that reports two speakers ("X said ..., while Y wrote ...", "X said ..., which Y denied") as
    one claim per speaker."""
    cut = contrast_clause(sentence.span, inside)
    reply = cut is None
    if reply:
        cut = reply_clause(sentence.span, inside)
    if cut is None:
        return [sentence]
    doc = sentence.span.doc
    # The second claim starts after "while" / "which": its text is the clause's own report, not a conjunction.
    first, second = doc[sentence.span.start : cut[0]], doc[cut[1] + 1 : sentence.span.end]
    out = []
    for span in (first, second):
        start, end = _trim(doc.text, span.start_char, span.end_char)
        out.append(Sentence(block.start + start, block.start + end, span, sentence.block, 0.0, sentence.quotes))
    out[1].clause_verb = cut[2]
    if reply:
        out[1].context = sentence.span  # "which" stands for the claim it answers: link on the whole sentence
    return out


def inside_quotes(quotes: list[Quote], base: int) -> Callable[[int], bool]:
    """A test of whether a character of the block starting at `base` lies inside one of `quotes`."""

    def inside(char_index: int) -> bool:
        pos = base + char_index
        return any(q.start <= pos < q.end for q in quotes)

    return inside


def owns_attribution(sent: Sentence) -> bool:
    """Whether the sentence's attribution is its own (its cue lies in the sentence), not one carried from
    another sentence or paragraph, whose token index points into another parse."""
    attribution = sent.attribution
    return (
        attribution is not None
        and sent.start <= attribution.at < sent.end
        and sent.span.start <= attribution.cue_index < sent.span.end
    )


def spoken_of(sent: Sentence) -> frozenset[str]:
    """The surname key of the person the reported clause is about, as its subject ("the spokesman said
    <Name> had fled"): who a description in the same sentence does not stand for. A name further in
    ("... camps that <Name> argued in 2004 were wrong") can be the speaker's own."""
    if sent.attribution is None or not owns_attribution(sent):
        return frozenset()
    cue = sent.span.doc[sent.attribution.cue_index]
    return frozenset(surname_key(s.text) for s in reported_subjects(cue) if s.ent_type_ == "PERSON")
