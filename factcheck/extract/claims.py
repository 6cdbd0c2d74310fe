"""From articles to claims: paragraphs → spaCy sentences → attribution → sides → scored claims.

The pipeline runs once over every paragraph of the corpus (`nlp.pipe`), then plain Python
walks each article in order, carrying what a reader carries: the open quotation, the last
person and group mentioned, the last speaker. Sides are settled corpus-wide at the end.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from factcheck.extract.attribution import (
    Attribution,
    Mention,
    find_reported,
    groups_in,
    person_evidence,
    persons_in,
)
from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.extract.segment import (
    Block,
    Quote,
    find_quotes,
    is_furniture,
    is_headline,
    quoted_fraction,
    split_blocks,
)
from factcheck.extract.sides import People, SideNames, build_side_names, is_generic_side
from factcheck.extract.worthiness import claim_worthiness
from factcheck.model import Article, Claim

if TYPE_CHECKING:
    from spacy.language import Language

# A sentence scoring below this is not worth an analyst's time (background, fragments).
MIN_SCORE = 0.35

# Same-length substitutions so spaCy reads web text well while offsets stay true.
_NLP_TRANSLATION = str.maketrans({"\u00a0": " ", "`": "'", "\u2009": " ", "\u202f": " ", "\u200b": " "})


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


def claim_id(file: str, text: str, occurrence: int) -> str:
    """A stable id: the same sentence in the same file gets the same id on every run and machine."""
    norm = " ".join(text.split())
    digest = hashlib.sha256(f"{file}\0{norm}\0{occurrence}".encode()).hexdigest()
    return "c-" + digest[:12]


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
        start, end = _trim(text, block.start + sent.start_char, block.start + sent.end_char)
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


def _walk_article(article: Article, docs: Iterator[tuple[Block, Doc]]) -> tuple[list[Sentence], list[Mention]]:
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


def _settle_sides(candidates: list[Candidate], evidence: list[Mention], names: SideNames) -> None:
    """Give every speaker its fullest name and its side, carried across the whole corpus."""
    people = People()
    for m in evidence:
        people.add(m.name)
    mentions = [c.mention for c in candidates if c.mention is not None]
    for m in mentions:
        if m.ambiguous and people.knows(m.name):
            m.is_person, m.side = True, None
    for m in (*evidence, *mentions):
        if m.side:
            names.count(m.side)
    names.join_nations()
    for m in evidence:
        people.add_side(m.name, names.canonical(m.side), m.weight)
    for c in candidates:
        m = c.mention
        if m is None:
            continue
        if m.is_person:
            c.speaker = people.full_name(m.name)
            own = names.canonical(m.side)
            carried = people.side(m.name)
            c.side = carried if (own is None or (is_generic_side(own) and carried)) else own
        else:
            c.speaker = m.name
            c.side = names.canonical(m.side)


@dataclass
class Candidate:
    """A claim-worthy sentence kept after its article was read (the spaCy doc is let go)."""

    start: int
    end: int
    occurrence: int
    kind: str
    cue: str | None
    mention: Mention | None
    score: float
    paragraph: tuple[int, int]
    features: dict[str, Any]
    speaker: str | None = None
    side: str | None = None


def _candidates(article: Article, sentences: list[Sentence], blocks: dict[int, Block]) -> list[Candidate]:
    """The article's claim-worthy sentences, scored, with their features; duplicates dropped."""
    seen: dict[str, int] = {}
    out: list[Candidate] = []
    for s in sentences:
        piece = article.text[s.start : s.end]
        norm = " ".join(piece.split())
        occurrence = seen.get(norm, 0)
        seen[norm] = occurrence + 1
        if occurrence or s.attribution_only or is_furniture(piece):
            continue
        score = claim_worthiness(s.span, s.kind, s.mention is not None)
        if score < MIN_SCORE:
            continue
        block = blocks[s.block]
        out.append(
            Candidate(
                start=s.start,
                end=s.end,
                occurrence=occurrence,
                kind=s.kind,
                cue=s.cue,
                mention=s.mention,
                score=score,
                paragraph=(block.start, block.end),
                features=claim_features(s.span, s.quoted),
            )
        )
    return out


def _docs_by_article(
    nlp: Language, articles: Sequence[Article], jobs: int
) -> Iterator[tuple[int, list[tuple[Block, Doc]]]]:
    """Parse every paragraph worth parsing, yielding each article's docs as soon as they are all done."""

    def plan() -> Iterator[tuple[str, tuple[int, Block]]]:
        for a_index, article in enumerate(articles):
            for block in split_blocks(article.text):
                if not is_furniture(block.text) and not is_headline(block, article.title):
                    yield block.text.translate(_NLP_TRANSLATION), (a_index, block)

    current: int | None = None
    bucket: list[tuple[Block, Doc]] = []
    for doc, (a_index, block) in nlp.pipe(plan(), as_tuples=True, batch_size=64, n_process=jobs):
        if current is not None and a_index != current:
            yield current, bucket
            bucket = []
        current = a_index
        bucket.append((block, doc))
    if current is not None:
        yield current, bucket


def extract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """Every claim-worthy sentence of the corpus, attributed, scored, with stable ids.

    Articles are read as their paragraphs come out of `nlp.pipe` (with `jobs` processes),
    and only light records are kept, so memory grows with the claims, not with the docs.
    """
    nlp = load_pipeline(model)
    names = build_side_names(a.text for a in articles)
    kept: dict[int, list[Candidate]] = {}
    evidence: list[Mention] = []
    for a_index, docs in _docs_by_article(nlp, articles, max(1, jobs)):
        article = articles[a_index]
        sentences, found = _walk_article(article, iter(docs))
        evidence.extend(found)
        evidence.extend(s.mention for s in sentences if s.mention is not None and s.mention.is_person)
        kept[a_index] = _candidates(article, sentences, {i: block for i, (block, _) in enumerate(docs)})
        if progress is not None:
            progress(a_index + 1, len(articles))
    _settle_sides([c for cands in kept.values() for c in cands], evidence, names)
    claims: list[Claim] = []
    for a_index in sorted(kept):
        article = articles[a_index]
        for c in kept[a_index]:
            piece = article.text[c.start : c.end]
            claims.append(
                Claim(
                    id=claim_id(article.file, piece, c.occurrence),
                    article=article.file,
                    start=c.start,
                    end=c.end,
                    text=piece,
                    speaker=c.speaker,
                    side=c.side,
                    cue=c.cue,
                    kind=c.kind,  # type: ignore[arg-type]
                    score=c.score,
                    paragraph=c.paragraph,
                    features=c.features,
                )
            )
    return claims
