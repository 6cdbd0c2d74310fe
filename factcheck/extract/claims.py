"""From articles to claims: paragraphs → spaCy sentences → attribution → sides → scored claims.

Two halves, as `factcheck.pipeline` drives them. The map (`read_articles`, `read_article`): the
corpus's paragraphs are parsed (`nlp.pipe`, batched) and each article is read on its own as soon as
its paragraphs are parsed, into an `ArticleReading` of plain data (candidates and side evidence;
the spaCy docs are let go). The reduce's first step (`settle`): speakers' sides are carried across
the whole corpus (`SideLedger`), and the candidates become `Claim`s. `provisional_claims` gives an
article's claims with the sides known so far, for streaming output.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from factcheck.extract.camps import assign_camps, carry_generic_sides, keep_roles_at_home, text_ties, tie_of
from factcheck.extract.features import claim_features
from factcheck.extract.mentions import Mention
from factcheck.extract.names import named_group
from factcheck.extract.nlp import load_pipeline
from factcheck.extract.paragraphs import credit_line
from factcheck.extract.people import People, words_in_lower_case
from factcheck.extract.press import settle_press
from factcheck.extract.reader import walk_article
from factcheck.extract.segment import (
    SECTION_LABELS,
    Block,
    blank_dateline,
    is_furniture,
    is_headline,
    is_title,
    link_list,
    split_blocks,
)
from factcheck.extract.sentences import Sentence
from factcheck.extract.sides import SideNames, build_side_names, is_generic_side
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

    def __init__(
        self, names: SideNames, lower_case: Collection[str] = frozenset(), ever_lower: Collection[str] = frozenset()
    ) -> None:
        self.names = names
        self.people = People(lower_case, ever_lower)
        self.called_groups: Counter[str] = Counter()  # how often the corpus calls a name a group

    def learn(
        self,
        evidence: Sequence[Mention],
        mentions: Sequence[Mention],
        *,
        join: bool = False,
        groups: Iterable[str] = (),
    ) -> None:
        """Take in persons named with roles (`evidence`), the speakers of claims (`mentions`) and the names
        the text calls groups (`groups`, one per time, see `names.named_group`).

        A name the text calls a group twice ("militant group <Name>", "<Name>, the armed group,") is that
        group where it speaks bare and the tagger took it for a person ("<Name> denied ..."): twice, because
        the parser also reads "the small organization <Name> set up" so, once in a while, of a person."""
        self.called_groups.update(groups)
        group_names = {name for name, n in self.called_groups.items() if n >= 2}
        evidence = [m for m in evidence if not (m.name in group_names and m.side is None)]
        for m in evidence:
            self.people.add(m.name, headline=m.headline, gender=m.gender, kin=m.kin)
        for m in mentions:
            if m.ambiguous and self.people.knows(m.name):
                m.is_person, m.side = True, None  # a bare name the corpus knows as a person
            elif m.is_person and m.name in group_names and not (m.side or m.pronoun or m.gender):
                m.is_person, m.side, m.basis = False, m.name, "party name"
        for m in (*evidence, *mentions):
            if m.side:
                self.names.count(m.side)
        if join:
            self.names.join_nations()
        for m in mentions:
            if self._party_not_person(m):
                m.is_person, m.side, m.basis = False, m.name, "party name"
            elif short := self._firm_lowered(m):
                m.name, m.side, m.basis = short, short, "party name"
        for m in evidence:
            # A bare surname's side is its article's one bearer's; of two bearers, nobody's (`reader._own_bearer`).
            if len(m.bearers) <= 1:
                self.people.add_side(next(iter(m.bearers), m.name), self.names.canonical(m.side), m.weight)

    def _party_not_person(self, m: Mention) -> bool:
        """A one-word name the tagger took for a person's that the corpus names no person by and that other
        speakers speak for ("<Place>'s foreign ministry said" ... "<Place> says"), or a firm's name without its trade
        word ("<Name> said" after "<Name> Mining"): the party, not a person. The
        tagger's other bare uses of the name make `knows` true; only a fuller name makes it a person's."""
        plain = not (m.pronoun or m.gender or m.kin or m.described or m.owner or m.bare or m.side)
        return (
            m.is_person
            and plain
            and " " not in m.name
            and m.name[:1].isupper()
            and self.people.full_name(m.name) == m.name
            and (self.names.seen(m.name) or self.names.firm_short_form(m.name) is not None)
        )

    def _firm_lowered(self, m: Mention) -> str | None:
        """A firm's short name opening a sentence that the tagger took for a common noun ("<Name> denied
        receiving any warning" after "<Name> Mining", read as the noun "<name>"): the firm's short name as it
        writes it. Only a word lowered for its opening capital alone (`Mention.opening`: "One news account
        described ..." is no "<Name> Corporation"), with no side, and the leading words of one firm's name."""
        if not m.opening or m.is_person or m.side or m.pronoun or m.owner or not m.name.isalpha():
            return None
        return self.names.firm_short_form(m.name)

    def assign(self, candidates: Sequence[Candidate]) -> None:
        """Give each candidate's speaker its fullest name and its side."""
        for c in candidates:
            m = c.mention
            if m is None:
                continue
            if not m.is_person and not m.side and (written := self.people.surname_as_written(m.name)):
                m = c.mention = replace(m, name=written, is_person=True)  # "hannity said": the person
            if m.is_person and m.gender and m.bare and self.people.gender_of(m.name) not in (None, m.gender):
                m = c.mention = replace(m, name=m.bare, bare=None)  # "Mr. Kern" is not the "Ana Kern" of his article
            if m.is_person:
                c.speaker = self.people.full_name(m.name, m.gender)
                if m.bearers and not _among(c.speaker, m.bearers):
                    c.speaker = m.name  # the article names its own bearers of the surname, not this one
                if m.described:  # "the Norlandic diplomat said", resolved: "Norlandic diplomat Tor Vik"
                    c.speaker = f"{m.described} {c.speaker}"
                own = self.names.canonical(m.side)
                # "the governor's spokesman": whose tells the side, not another spokesman's (people are keyed by
                # the last word of their name)
                carried = None if m.owner else self.people.side(m.name)
                if own is None or (is_generic_side(own) and carried and carried != own):
                    c.side, c.side_basis = carried, "carried" if carried else None
                else:
                    c.side, c.side_basis = own, m.basis or "role"
            else:
                c.speaker = m.name
                c.side = self.names.canonical(m.side)
                c.side_basis = (m.basis or "party name") if c.side else None


def _among(name: str, bearers: Collection[str]) -> bool:
    """Whether a full name is one of the article's bearers of its surname, by first name ("Ivo T. Kern"
    is the article's "Ivo Kern")."""
    first = name.split()[0].lower()
    return any(b.split()[0].lower() == first for b in bearers)


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
        if is_headline(blocks[s.block], article.title) and (
            s.mention is None or s.mention.name.lower() in SECTION_LABELS
        ):
            continue  # a headline that names no source ("Opinion: ...") only announces the article
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
                features=claim_features(s.context or s.span, s.quoted),
            )
        )
    return out


def _docs_by_article(
    nlp: Language, articles: Sequence[Article], jobs: int
) -> Iterator[tuple[int, list[tuple[Block, Doc]]]]:
    """Parse every paragraph worth parsing, yielding each article's docs as soon as they are all done."""

    def plan() -> Iterator[tuple[str, tuple[int, Block]]]:
        for a_index, article in enumerate(articles):
            blocks = split_blocks(article.text)
            links = link_list(blocks)
            for i, block in enumerate(blocks):
                # The title is read too (a claim when it names its source); other headline-style lines are
                # links and section heads ("Related: Police Say ...").
                if i not in links and not is_furniture(block.text) and (
                    is_title(block, article.title)
                    or not is_headline(block, article.title)
                    or credit_line(blocks, i)  # "- <Role>, <Name>" under a quotation, shaped like a heading
                ):
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


@dataclass
class ArticleReading:
    """What the map keeps of one article: its candidates and its side evidence (plain, picklable data)."""

    candidates: list[Candidate]
    evidence: list[Mention]
    groups: tuple[str, ...] = ()  # names the article calls a group, once per time (`names.named_group`)


def _whose(mention: Mention) -> bool:
    """Whether a speaker is known only as someone's role ("the governor's spokesman"), not by name."""
    return bool(mention.owner) and f"{mention.owner}'s " in mention.name


def read_article(article: Article, docs: Sequence[tuple[Block, Doc]]) -> ArticleReading:
    """Read one article from its parsed paragraphs; needs nothing from any other article."""
    sentences, found = walk_article(article, iter(docs))
    # A role someone's ("the governor's spokesman") is no evidence for the bare role: the register of people
    # keys a name by its last word, and "the spokesman" is not the governor's by it.
    spoke = [s.mention for s in sentences if s.mention is not None and s.mention.is_person and not _whose(s.mention)]
    evidence = [*found, *spoke]
    candidates = _candidates(article, sentences, {i: block for i, (block, _) in enumerate(docs)})
    persons = [ent for _, doc in docs for ent in doc.ents if ent.label_ == "PERSON"]
    groups = tuple(g for ent in persons if (g := named_group(ent.root)))
    return ArticleReading(candidates, evidence, groups)


def read_articles(
    articles: Sequence[Article], *, model: str | None = None, jobs: int = 1
) -> Iterator[tuple[int, ArticleReading]]:
    """The map: each article (by its index) read as soon as its paragraphs are parsed, in order.

    The parse is batched across articles (`nlp.pipe`), but each article is read on its own; an
    article with nothing worth parsing yields nothing. Memory grows with the readings, never with the docs.
    """
    nlp = load_pipeline(model)
    parsed = _docs_by_article(nlp, articles, max(1, jobs))
    try:
        for a_index, docs in parsed:
            yield a_index, read_article(articles[a_index], docs)
    except (Exception, GeneratorExit):
        # An article that fails to read, or a caller that stops early: spaCy's parse workers, left with docs
        # nobody reads, block on a full pipe and the run would hang at exit instead of ending. Let them finish.
        for _ in parsed:
            pass
        raise


def side_ledger(articles: Sequence[Article]) -> SideLedger:
    """An empty ledger over the corpus's side names (acronyms joined to their long forms, corpus-wide)."""
    return SideLedger(build_side_names(a.text for a in articles), *words_in_lower_case(a.text for a in articles))


def provisional_claims(ledger: SideLedger, article: Article, reading: ArticleReading) -> list[Claim]:
    """One article's claims with the sides `ledger` knows so far (it learns this article's evidence)."""
    mentions = [c.mention for c in reading.candidates if c.mention is not None]
    ledger.learn(reading.evidence, mentions, groups=reading.groups)
    ledger.assign(reading.candidates)
    return [_claim(article, c) for c in reading.candidates]


def settle(articles: Sequence[Article], readings: Mapping[int, ArticleReading]) -> list[Claim]:
    """The reduce's first step: every claim, with speakers and sides settled across the whole corpus."""
    order = sorted(readings)
    ledger = side_ledger(articles)
    candidates = [c for a_index in order for c in readings[a_index].candidates]
    evidence = [m for a_index in order for m in readings[a_index].evidence]
    groups = [g for a_index in order for g in readings[a_index].groups]
    ledger.learn(evidence, [c.mention for c in candidates if c.mention is not None], join=True, groups=groups)
    ledger.assign(candidates)
    placed = [(articles[a_index].text, c) for a_index in order for c in readings[a_index].candidates]
    settle_press([a.text for a in articles], placed)
    claims = [_claim(articles[a_index], c) for a_index in order for c in readings[a_index].candidates]
    ties = [
        tie
        for c in candidates
        if c.mention is not None and not c.mention.is_person and c.side
        if (tie := tie_of(c.mention.name, c.side)) is not None
    ]
    stated = {articles[a_index].file: text_ties(articles[a_index].text) for a_index in order}  # "<State>'s <body>"
    ties += [tie for file_ties in stated.values() for tie in file_ties]
    assign_camps(claims, ties)
    texts = {articles[a_index].file: articles[a_index].text for a_index in order}
    carry_generic_sides(claims, texts, stated)
    keep_roles_at_home(claims, texts)
    return claims


def read_all(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> dict[int, ArticleReading]:
    """The whole map: every article's reading by its index, with `progress(done, total)` after each."""
    return gather(read_articles(articles, model=model, jobs=jobs), len(articles), progress)


def gather(
    readings: Iterable[tuple[int, ArticleReading]], total: int, progress: Callable[[int, int], None] | None = None
) -> dict[int, ArticleReading]:
    """A map's readings (from here or a cluster) by article index, with `progress(done, total)` after each.

    Progress ends at `total` even when articles with nothing worth parsing gave no reading.
    """
    out: dict[int, ArticleReading] = {}
    for done, (a_index, reading) in enumerate(readings, start=1):
        out[a_index] = reading
        if progress is not None:
            progress(done, total)
    if progress is not None:
        progress(total, total)
    return out


def extract_claims(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """Every claim-worthy sentence of the corpus, attributed, scored, with stable ids (the map, then `settle`)."""
    return settle(articles, read_all(articles, model=model, progress=progress, jobs=jobs))
