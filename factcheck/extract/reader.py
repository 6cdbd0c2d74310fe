"""Reading one article as a reader does: quotation by quotation, sentence by sentence.

It carries what a reader carries: the open quotation, the last person and group mentioned,
the last speaker, so a quote's attribution reaches every sentence in it and a pronoun
finds its person. The spaCy docs are read here and then let go.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from spacy.tokens import Doc, Span

from factcheck.extract.attribution import (
    clause_speaker,
    contrast_clause,
    find_reported,
    groups_in,
    person_evidence,
    persons_in,
    subject_persons,
    trailing_source,
    unnamed_offices,
)
from factcheck.extract.clauses import reply_clause
from factcheck.extract.coref import OFFICES, Genders, described_person, nearest_person, surname_key
from factcheck.extract.lexicon import GROUP_NOUNS, STATE_NOUNS, full_title
from factcheck.extract.mentions import Attribution, Mention
from factcheck.extract.paragraphs import page_label, signature, transcript_speaker
from factcheck.extract.segment import (
    SECTION_LABELS,
    Block,
    Quote,
    find_quotes,
    is_headline,
    is_title,
    quoted_fraction,
)
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
    clause_verb: int | None = None  # "..., while Y wrote ...": the token index of the clause's reporting verb
    context: Span | None = None  # what the claim's features are read from when not its own span (", which Y denied")


@dataclass
class ArticleState:
    """What the reader carries through one article."""

    persons: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    organisations: list[tuple[int, str]] = field(default_factory=list)  # what "the group" can refer to
    group_speakers: list[tuple[int, str]] = field(default_factory=list)
    last_quote: tuple[int, Sentence] | None = None  # (block index, an attributed quote sentence)
    unclosed: bool = False
    evidence: list[Mention] = field(default_factory=list)  # persons named with a role, for sides
    speakers: list[tuple[int, str]] = field(default_factory=list)  # every resolved speaker, for "the statement"
    said_by: dict[str, Mention] = field(default_factory=dict)  # the latest mention of each group speaker
    genders: Genders = field(default_factory=Genders)
    titled: dict[str, tuple[int, str]] = field(default_factory=dict)  # "senator" → the last "Sen. <Name>"
    bodies: dict[str, Mention] = field(default_factory=dict)  # "army" → the last named army that spoke
    lead_in: Attribution | None = None  # the previous paragraph's closing attribution ("X said:")
    person_sides: dict[str, set[str]] = field(default_factory=dict)  # surname → the sides the person was named with
    unnamed: dict[str, int] = field(default_factory=dict)  # "official" → where "an official" was last introduced
    places: dict[int, tuple[int, bool]] = field(default_factory=dict)  # person offset → (sentence start, subject)
    surnames: set[str] = field(default_factory=set)  # the surname keys of `persons`: who the article named so far

    def add_person(self, at: int, name: str) -> None:
        """Note a person named (or speaking) at char offset `at`."""
        bisect.insort(self.persons, (at, name))
        self.surnames.add(surname_key(name))


def _named_in(known: set[str], name: str) -> bool:
    """Whether a person of this surname is among `known` (the surnames an article named so far)."""
    return surname_key(name) in known


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
    out = [part for s in out for part in _clauses(s, block, _inside(quotes, block.start))]
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
    """Resolve a pronoun speaker: he/she to the last person of a fitting gender, they/we/it to the last group
    (speaker first), "the statement" to the last speaker."""
    attribution = sentence.attribution
    if attribution is None:
        return None
    mention = attribution.mention
    if mention.pronoun is None:
        return mention
    at = attribution.at
    if mention.pronoun in ("question", "answer"):  # an interview: the outlet asks, the person named first answers
        first = state.persons[0][1] if state.persons and mention.pronoun == "answer" else None
        return None if first is None else Mention(name=first, is_person=True)
    if mention.pronoun == "utterance":
        i = bisect.bisect_left(state.speakers, (at, "")) - 1
        if i < 0:
            return Mention(name=mention.name, is_person=False)
        return _as_said(state.speakers[i][1], state)
    if mention.pronoun == "role":  # "the senator said": the last person introduced with that title
        return _described(mention, at, state)
    if mention.is_person:
        person = nearest_person(state.persons, at, mention.pronoun, state.genders, state.places)
        return None if person is None else Mention(name=person, is_person=True)
    if mention.pronoun == "group":  # "the group said": the last organisation named, never a country or army
        i = bisect.bisect_left(state.organisations, (at, "")) - 1
        if i < 0:
            return Mention(name=mention.name, is_person=False)
        return _as_said(state.organisations[i][1], state)
    if not state.group_speakers:
        i = bisect.bisect_left(state.groups, (at, "")) - 1
        return None if i < 0 else _as_said(state.groups[i][1], state)
    # The last group that spoke, or a group that spoke earlier and was named again after it
    # ("... but Sudmark blamed a rocket fired by the Front. It said ..." → the Front, if it spoke before).
    i = bisect.bisect_left(state.group_speakers, (at, "")) - 1
    if i < 0:
        return None
    best_at, best = state.group_speakers[i]
    j = bisect.bisect_left(state.groups, (at, "")) - 1
    while j >= 0 and state.groups[j][0] > best_at:
        if state.groups[j][1] in state.said_by:
            best = state.groups[j][1]
            break
        j -= 1
    return _as_said(best, state)


def _described(mention: Mention, at: int, state: ArticleState) -> Mention:
    """ "The senator said": the last person introduced with that title; else, for an office one person
    holds ("the Norlandic diplomat"), the last person named since any unnamed holder ("a diplomat") whose
    known sides fit the description's modifiers; else the description itself."""
    words = mention.name.split()
    role = full_title(words[-1]) if words else ""
    titled = state.titled.get(role)
    name = titled[1] if titled is not None and titled[0] < at else None
    if name is None and role in OFFICES:
        name = described_person(state.persons, at, words[:-1], state.person_sides, state.unnamed.get(role, -1))
    if name is None:
        return Mention(name=mention.name, is_person=True, side=mention.side, basis=mention.basis)
    return Mention(name=name, is_person=True, side=mention.side, basis=mention.basis, described=mention.name)


def _with_others(mention: Mention | None, others: tuple[str, ...]) -> Mention | None:
    """A group speaker with the parties named with it: "<Org> and <Org2>" (the side stays the first's)."""
    if mention is None or mention.is_person or not others:
        return mention
    names = [mention.name, *(o for o in others if o.lower() not in mention.name.lower())]
    joined = " and ".join(names)
    return Mention(name=joined, is_person=False, side=mention.side, basis=mention.basis, ambiguous=mention.ambiguous)


def _known_person(mention: Mention | None, state: ArticleState, at: int) -> Mention | None:
    """A one-word speaker the parser read as a common noun ("Sanders accused ...", lower-cased to
    "sanders") that is the surname of a person the article named before: that person."""
    if mention is None or mention.is_person or mention.pronoun is not None or mention.side:
        return mention
    if " " in mention.name or not mention.name.islower() or surname_key(mention.name) not in state.surnames:
        return mention
    i = bisect.bisect_left(state.persons, (at, "")) - 1
    while i >= 0:
        name = state.persons[i][1]
        if surname_key(name) == surname_key(mention.name):
            return Mention(name=name, is_person=True)
        i -= 1
    return mention


def _as_said(name: str, state: ArticleState) -> Mention:
    """A fresh mention of a speaker met earlier, with the side it had then."""
    earlier = state.said_by.get(name)
    if earlier is None:
        return Mention(name=name, is_person=False, side=name, basis="party name")
    return Mention(name=earlier.name, is_person=earlier.is_person, side=earlier.side, basis=earlier.basis)


def _tie_body(mention: Mention, state: ArticleState, at: int) -> Mention:
    """ "The army said" after "the <Nation> army said": a bare body speaks for the party that owned it last,
    or, when no such body spoke before, is the body of its kind named last ("the committee" ...)."""
    words = mention.name.lower().split()
    head = words[-1] if words else ""
    if head not in STATE_NOUNS and head not in GROUP_NOUNS:
        return mention
    generic = not mention.side or (mention.side.lower() == mention.name.lower() and mention.side.islower())
    if not generic:
        state.bodies[head] = mention
        return mention
    earlier = state.bodies.get(head)
    if len(words) > 2:
        return mention
    if earlier is None:
        named = _named_body(head, state, at)
        return mention if named is None else Mention(name=named, is_person=False, side=named, basis="carried")
    return Mention(name=mention.name, is_person=False, side=earlier.side, basis="carried")


def _named_body(head: str, state: ArticleState, at: int) -> str | None:
    """ "The committee said" after "the Valdor Harbour Committee" was named (not as a speaker): the last
    organisation named before, whose name has that noun among its words."""
    i = bisect.bisect_left(state.organisations, (at, "")) - 1
    while i >= 0:
        name = state.organisations[i][1]
        if head in {w.lower() for w in name.split()} and len(name.split()) >= 2:
            return name
        i -= 1
    return None


def _learn_side(state: ArticleState, mention: Mention) -> None:
    """Remember the side a person was named with, so a description ("the Norlandic envoy") can be checked."""
    if mention.side and mention.name:
        state.person_sides.setdefault(surname_key(mention.name), set()).add(mention.side)


def _lead_in(sents: list[Sentence], block: Block) -> Attribution | None:
    """The attribution a paragraph hands to a quotation paragraph after it: its last sentence's, when that
    sentence is not itself quoted and introduces what follows ("X said:", "X told reporters on Monday.")."""
    if not sents:
        return None
    last = sents[-1]
    if last.attribution is None or last.quoted >= 0.5 or last.attribution.cue == ":":
        return None
    return last.attribution if block.text.rstrip().endswith((":", ",")) or last.quoted == 0 else None


def _own_attribution(sents: list[Sentence], quotes: list[Quote]) -> bool:
    """The paragraph's first quotation names its own speaker ('"...," <Role> <Name> said'), so the previous
    paragraph's closing attribution is no lead-in for it."""
    if not quotes:
        return False
    members = [n for n, s in enumerate(sents) if s.end > quotes[0].start and s.start < quotes[0].end]
    after = sents[members[-1] + 1 : members[-1] + 2] if members else []  # '"...." Kern said.'
    short = [s for s in after if s.quoted < 0.2 and len(s.span) <= 14]
    return any(sents[n].attribution is not None for n in members) or any(s.attribution is not None for s in short)


def walk_article(article: Article, docs: Iterator[tuple[Block, Doc]]) -> tuple[list[Sentence], list[Mention]]:
    """Read one article's paragraphs in order, attributing every sentence; also the side evidence."""
    text = article.text
    state = ArticleState()
    sentences: list[Sentence] = []
    named_before = partial(_named_in, state.surnames)  # read when called: the persons named up to then
    for block_index, (block, doc) in enumerate(docs):
        quotes = find_quotes(block, previous_unclosed=state.unclosed)
        state.unclosed = bool(quotes) and not quotes[-1].closed
        inside = _inside(quotes, block.start)
        sents = _sentences(doc, block, block_index, quotes, text)
        # A headline's "NAME: ..." is a source (the title's, when named again) or a label, never a transcript line.
        if is_title(block, article.title):
            transcript = _title_lead(block, doc, text)
        elif is_headline(block, article.title):
            transcript = None
        else:
            transcript = transcript_speaker(block, doc) or signature(block, doc, quotes)
        label_end = page_label(block)
        for s in sents:
            verb = doc[s.clause_verb] if s.clause_verb is not None else None
            s.attribution = (
                (clause_speaker(verb) if verb is not None else None)
                or find_reported(s.span, inside, named_before)
                or trailing_source(s.span, inside)
            )
            if s.attribution is not None and doc[s.attribution.cue_index].idx < label_end:
                s.attribution = None  # "Editor's Note: ...": the label read as a speaker and a verb
            if s.attribution is not None:
                s.kind = "reported"
                s.attribution.at = block.start + doc[s.attribution.cue_index].idx
            named = persons_in(s.span, inside)
            subjects = subject_persons(s.span, inside)
            for name, at, gender, titles in named:
                state.add_person(block.start + at, name)
                state.places[block.start + at] = (block.start + s.span.start_char, at in subjects)
                state.genders.vote(name, gender, 2)
                for title in titles:
                    state.titled[title] = (block.start + at, name)
            first_named = min((at for _, at, _, _ in named), default=-1)
            state.genders.learn_sentence(s.span, [name for name, _, _, _ in named], inside, first_named)
            for name, at, organisation in groups_in(s.span, inside):
                bisect.insort(state.groups, (block.start + at, name))
                if organisation:
                    bisect.insort(state.organisations, (block.start + at, name))
            evidence = person_evidence(s.span, inside)
            state.evidence.extend(evidence)
            for m in evidence:
                _learn_side(state, m)
            for role, at in unnamed_offices(s.span, inside):
                state.unnamed[role] = block.start + at
        if transcript is not None:  # a transcript line speaks for itself, never for the previous speaker
            transcript.at = block.start
            for n, s in enumerate(sents):
                s.attribution = transcript if n == 0 else s.attribution or transcript
                s.kind = "quote"
        elif (
            state.lead_in is not None
            and sents
            and sents[0].quoted >= 0.5
            and sents[0].attribution is None
            and (not quotes or quotes[0].start <= sents[0].start + 1)
            and not _own_attribution(sents, quotes)
        ):  # a quotation paragraph after "X said:" (or after a paragraph ending with an attribution)
            sents[0].attribution = state.lead_in
        _attribute_quotes(sents, quotes, state, block_index)
        for s in sents:
            if s.attribution is not None and s.mention is None:
                s.mention = _with_others(_resolve(s, state), s.attribution.mention.also)
                s.mention = _known_person(s.mention, state, s.attribution.at)
                if s.mention is not None and not s.mention.is_person:
                    s.mention = _tie_body(s.mention, state, s.attribution.at)
                if s.mention is not None and s.mention.gender:
                    state.genders.vote(s.mention.name, s.mention.gender, 2)
                if s.mention is not None and not s.mention.is_person and s.attribution.mention.pronoun is None:
                    bisect.insort(state.group_speakers, (s.attribution.at, s.mention.name))
                if s.mention is not None and s.mention.is_person:
                    state.add_person(s.attribution.at, s.mention.name)
                    _learn_side(state, s.mention)
                if s.mention is not None:
                    bisect.insort(state.speakers, (s.attribution.at, s.mention.name))
                    state.said_by[s.mention.name] = s.mention
            if s.attribution is not None:
                s.cue = s.attribution.cue
        state.lead_in = _lead_in(sents, block)
        sentences.extend(sents)
    _name_headline_roles(sentences)
    return sentences, state.evidence


def _title_lead(block: Block, doc: Doc, text: str) -> Attribution | None:
    """The source a title names before a colon ("Brenner: Gates Will Stay Shut"), when the article names
    it again below: a pun or a kicker ("Stealth Over Health: ...") is named nowhere else. An acronym there
    is an organisation, never a person's surname."""
    written = block.text.split(":", 1)[0].strip(" \"“'‘") if ":" in block.text else ""
    words = written.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or written.lower() in SECTION_LABELS:
        return None
    body = text[block.end :]
    again = re.search(rf"(\b[A-Z][\w.'’-]+ )?\b{re.escape(words[-1])}\b", body)
    if again is None:
        return None  # a pun or a kicker: named nowhere in the article
    lead = transcript_speaker(block, doc)
    colon = lead.cue_index if lead is not None else next((t.i for t in doc if t.text == ":"), 0)
    if written.isupper() and len(words) == 1:  # "IDF: ...": an organisation, never a surname "Idf"
        return Attribution(Mention(name=written, is_person=False, side=written, basis="party name"), ":", colon)
    if lead is not None:
        return lead
    # "Sanders: ...", "Politifact: ...": a word the parser took for a common noun; a person when the body
    # writes it after a first name ("Bernie Sanders"), else an organisation
    if again.group(1) and len(words) == 1:
        return Attribution(Mention(name=written, is_person=True), ":", colon)
    return Attribution(Mention(name=written, is_person=False, side=written, basis="party name"), ":", colon)


def _name_headline_roles(sentences: list[Sentence]) -> None:
    """A role that a headline names as its source ("<claim>: Diplomat") is the person the article
    later describes by that role ("the <nation> diplomat said" resolved to a name), when it does."""
    for n, s in enumerate(sentences):
        m = s.mention
        if s.attribution is None or s.attribution.cue != ":" or m is None or not m.is_person or len(m.name.split()) > 1:
            continue
        role = m.name.lower()
        later = (
            t.mention
            for t in sentences[n + 1 :]
            if t.mention is not None and t.mention.described and t.mention.described.lower().split()[-1] == role
        )
        found = next(later, None)
        if found is not None:
            s.mention = Mention(
                name=found.name, is_person=True, side=found.side, basis=found.basis, described=found.described
            )
