"""From articles to claims: paragraphs → spaCy sentences → attribution → sides → scored claims.

The pipeline runs once over every paragraph of the corpus (`nlp.pipe`); each article is read
(`reader`) as soon as its paragraphs are parsed, and only light records are kept. Speakers'
sides are carried across the corpus: `ClaimStream` hands out each article's claims with the
sides known so far (for streaming output) and settles every side with the whole corpus at the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from factcheck.extract.attribution import Mention
from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.extract.reader import Sentence, walk_article
from factcheck.extract.segment import Block, blank_dateline, is_furniture, is_headline, split_blocks
from factcheck.extract.sides import People, SideNames, build_side_names, is_generic_side
from factcheck.extract.worthiness import claim_worthiness
from factcheck.model import Article, Claim

if TYPE_CHECKING:
    from spacy.language import Language

# A sentence scoring below this is not worth an analyst's time (background, fragments).
MIN_SCORE = 0.35

# Same-length substitutions so spaCy reads web text well while offsets stay true.
_NLP_TRANSLATION = str.maketrans({"\u00a0": " ", "`": "'", "\u2009": " ", "\u202f": " ", "\u200b": " "})


def claim_id(file: str, text: str, occurrence: int) -> str:
    """A stable id: the same sentence in the same file gets the same id on every run and machine."""
    norm = " ".join(text.split())
    digest = hashlib.sha256(f"{file}\0{norm}\0{occurrence}".encode()).hexdigest()
    return "c-" + digest[:12]


class SideLedger:
    """What the corpus has taught so far about who is a person and which side each speaker is on."""

    def __init__(self, names: SideNames) -> None:
        self.names = names
        self.people = People()

    def learn(self, evidence: Sequence[Mention], mentions: Sequence[Mention], *, join: bool = False) -> None:
        """Take in persons named with roles (`evidence`) and the speakers of claims (`mentions`)."""
        for m in evidence:
            self.people.add(m.name)
        for m in mentions:
            if m.ambiguous and self.people.knows(m.name):
                m.is_person, m.side = True, None  # a bare name the corpus knows as a person
        for m in (*evidence, *mentions):
            if m.side:
                self.names.count(m.side)
        if join:
            self.names.join_nations()
        for m in evidence:
            self.people.add_side(m.name, self.names.canonical(m.side), m.weight)

    def assign(self, candidates: Sequence[Candidate]) -> None:
        """Give each candidate's speaker its fullest name and its side."""
        for c in candidates:
            m = c.mention
            if m is None:
                continue
            if m.is_person:
                c.speaker = self.people.full_name(m.name)
                own = self.names.canonical(m.side)
                carried = self.people.side(m.name)
                if own is None or (is_generic_side(own) and carried and carried != own):
                    c.side, c.side_basis = carried, "carried" if carried else None
                else:
                    c.side, c.side_basis = own, m.basis or "role"
            else:
                c.speaker = m.name
                c.side = self.names.canonical(m.side)
                c.side_basis = (m.basis or "party name") if c.side else None


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
    side_basis: str | None = None
    camp: str | None = None


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
                    yield blank_dateline(block.text.translate(_NLP_TRANSLATION)), (a_index, block)

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


def _claim(article: Article, c: Candidate) -> Claim:
    piece = article.text[c.start : c.end]
    return Claim(
        id=claim_id(article.file, piece, c.occurrence),
        article=article.file,
        start=c.start,
        end=c.end,
        text=piece,
        speaker=c.speaker,
        side=c.side,
        side_basis=c.side_basis,  # type: ignore[arg-type]
        camp=c.camp,
        cue=c.cue,
        kind=c.kind,  # type: ignore[arg-type]
        score=c.score,
        paragraph=c.paragraph,
        features=c.features,
    )


class ClaimStream:
    """Claims article by article as they are read, then settled across the whole corpus.

    Iterating yields each article's claims with the sides known so far (a speaker whose side
    is only given in a later article has none yet); `settled()` afterwards gives every claim
    with sides carried across the corpus. Memory grows with the claims, never with the docs.
    """

    def __init__(self, articles: Sequence[Article], *, model: str | None = None, jobs: int = 1) -> None:
        self.articles = articles
        self._nlp = load_pipeline(model)
        self._jobs = max(1, jobs)
        texts = [a.text for a in articles]
        self._running = SideLedger(build_side_names(texts))
        self._texts = texts
        self._kept: dict[int, list[Candidate]] = {}
        self._evidence: list[Mention] = []

    def read(self) -> Iterator[tuple[Article, list[Candidate], list[Mention]]]:
        """Read each article as its paragraphs are parsed; keep its candidates and side evidence."""
        for a_index, docs in _docs_by_article(self._nlp, self.articles, self._jobs):
            article = self.articles[a_index]
            sentences, found = walk_article(article, iter(docs))
            evidence = [*found, *(s.mention for s in sentences if s.mention is not None and s.mention.is_person)]
            candidates = _candidates(article, sentences, {i: block for i, (block, _) in enumerate(docs)})
            self._evidence.extend(evidence)
            self._kept[a_index] = candidates
            yield article, candidates, evidence

    def __iter__(self) -> Iterator[tuple[Article, list[Claim]]]:
        for article, candidates, evidence in self.read():
            self._running.learn(evidence, [c.mention for c in candidates if c.mention is not None])
            self._running.assign(candidates)
            yield article, [_claim(article, c) for c in candidates]

    def settled(self) -> list[Claim]:
        """Every claim read so far, with speakers and sides settled across the whole corpus."""
        ledger = SideLedger(build_side_names(self._texts))
        candidates = [c for a_index in sorted(self._kept) for c in self._kept[a_index]]
        ledger.learn(self._evidence, [c.mention for c in candidates if c.mention is not None], join=True)
        ledger.assign(candidates)
        return [_claim(self.articles[a_index], c) for a_index in sorted(self._kept) for c in self._kept[a_index]]


def extract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """Every claim-worthy sentence of the corpus, attributed, scored, with stable ids."""
    stream = ClaimStream(articles, model=model, jobs=jobs)
    for done, _ in enumerate(stream.read(), start=1):  # no provisional sides: nobody sees them
        if progress is not None:
            progress(done, len(articles))
    if progress is not None:
        progress(len(articles), len(articles))
    return stream.settled()
