"""Reading one article as a reader does: quotation by quotation, sentence by sentence.

It carries what a reader carries: the open quotation, the last person and group mentioned,
the last speaker, so a quote's attribution reaches every sentence in it and a pronoun
finds its person. The spaCy docs are read here and then let go. The cutting into sentences
is in sentences.py, what is carried in article_state.py and how a speaker is resolved from it in speakers.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from factcheck.extract.article_state import ArticleState
from factcheck.extract.attribution import find_reported, trailing_source
from factcheck.extract.coref import surname_key
from factcheck.extract.cuts import clause_speaker
from factcheck.extract.lexicon import REPORTING_VERBS
from factcheck.extract.mentions import Attribution, Mention
from factcheck.extract.paragraphs import credit_above, page_label, signature, signature_line, transcript_speaker
from factcheck.extract.referents import (
    groups_in,
    others_named,
    person_evidence,
    persons_in,
    speaker_titles,
    spoke_as_organisation,
    subject_body,
    subject_groups,
    subject_persons,
    subject_pronoun,
    unnamed_offices,
    unnamed_subject,
)
from factcheck.extract.segment import SECTION_LABELS, Block, Quote, find_quotes, is_headline, is_title
from factcheck.extract.sentences import Sentence, block_sentences, inside_quotes, owns_attribution, spoken_of
from factcheck.extract.speakers import pronoun_anchor, resolve_speaker
from factcheck.model import Article


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
                    nxt.attribution_only = _bare(nxt)
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


def _bare(sent: Sentence) -> bool:
    """A sentence that only says who spoke ("She said on Tuesday.", "the minister told reporters"), not
    one that says something besides ("The convoy carried 40 tonnes, <Name> told reporters."): only such a
    sentence hands its speaker to the quotation before it and is no claim itself."""
    assert sent.attribution is not None
    if not owns_attribution(sent):
        return True  # an attribution carried from elsewhere: its cue is no token of this sentence
    cue = sent.span.doc[sent.attribution.cue_index]
    return sent.span.root == cue and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in cue.children)


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
    above: list[Sentence] = []  # the sentences of the paragraph before
    for block_index, (block, doc) in enumerate(docs):
        if above and (signed := signature_line(block, doc)) is not None and all(s.quoted >= 0.5 for s in above):
            credit_above(above, signed, block, state)  # a pull-quote's credit under it: no claim of its own
            above = []
            continue
        quotes = find_quotes(block, previous_unclosed=state.unclosed)
        state.unclosed = bool(quotes) and not quotes[-1].closed
        inside = inside_quotes(quotes, block.start)
        sents = block_sentences(doc, block, block_index, quotes, text)
        # A headline's "NAME: ..." is a source (the title's, when named again) or a label, never a transcript line.
        title_block = is_title(block, article.title)
        headline = title_block or is_headline(block, article.title)
        if title_block:
            transcript = _title_lead(block, doc, text)
        elif headline:
            transcript = None
        else:
            transcript = transcript_speaker(block, doc, text, state.named_before) or signature(block, doc, quotes)
        label_end = page_label(block)
        for s in sents:
            verb = doc[s.clause_verb] if s.clause_verb is not None else None
            s.attribution = (
                (clause_speaker(verb) if verb is not None else None)
                or find_reported(s.span, inside, state.named_before)  # the persons named up to then
                or trailing_source(s.span, inside)
            )
            if s.attribution is not None and doc[s.attribution.cue_index].idx < label_end:
                s.attribution = None  # "Editor's Note: ...": the label read as a speaker and a verb
            if s.attribution is not None:
                s.kind = "reported"
                s.attribution.at = block.start + doc[s.attribution.cue_index].idx
                anchor = pronoun_anchor(s.span, s.attribution)
                if anchor is not None:
                    s.attribution.refers_from = block.start + anchor
            named = persons_in(s.span, inside)
            subjects = subject_persons(s.span, inside)
            for name, at, gender, kin, titles in named:
                met = name in state.in_body  # "<Name> III ... his father, <Name> Jr.": the one met first
                state.add_person(block.start + at, name, headline=headline)
                state.places[block.start + at] = (block.start + s.span.start_char, at in subjects)
                state.genders.vote(name, gender, 2)
                if kin and not met:
                    state.genders.kin(name, kin)
                for title in titles:
                    state.titled[title] = (block.start + at, name)
                    state.held.setdefault(name, set()).add(title)
            if s.attribution is None and not named and (unnamed := unnamed_subject(s.span, inside)):
                name, at = unnamed  # "A harbour official walked along the quay. '...,' he said."
                state.add_person(block.start + at, name, headline=headline)
                state.places[block.start + at] = (block.start + s.span.start_char, True)
            for at, name in _surname_subjects(s.span, inside, state):  # "Fallon fired back: ..." untagged
                state.add_person(block.start + at, name, headline=headline)
                state.places.setdefault(block.start + at, (block.start + s.span.start_char, False))
            first_named = min((n.at for n in named), default=-1)
            state.genders.learn_sentence(s.span, [n.name for n in named], inside, first_named)
            state.group_subjects.update(block.start + at for at in subject_groups(s.span, inside))
            for name, at, organisation in groups_in(s.span, inside):
                bisect.insort(state.groups, (block.start + at, name))
                if organisation:
                    bisect.insort(state.organisations, (block.start + at, name))
            if (subject := subject_body(s.span, inside)) is not None:
                state.subjects.append((block.start + subject[0], subject[1]))  # in reading order
            evidence = person_evidence(s.span, inside)
            state.evidence.extend(evidence)
            for m in evidence:
                m.headline = headline  # its capitals fool the name tagger: People.full_name is told
                _own_bearer(m, state)
                state.learn_side(m)
            for role, at in unnamed_offices(s.span, inside):
                state.unnamed[role] = block.start + at
        if not headline:
            _turns_within(sents, doc, text, state, inside)
        if transcript and not title_block and sents and _dateline_lead(transcript, sents[0], state, block.start):
            transcript = None
        if transcript is not None:  # a transcript line speaks for itself, never for the previous speaker
            transcript.at = block.start
            for n, s in enumerate(sents):
                own = s.attribution if n > 0 and _reports_another(s.attribution, doc) else None
                s.attribution = own or transcript
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
        for s in sents:  # in order: what a "he" stands for may be who spoke just before
            if s.attribution is None and (pronoun := subject_pronoun(s.span, inside)) is not None:
                state.subject_again(block.start + pronoun.idx, pronoun.lower_, block.start + s.span.start_char)
            if s.attribution is not None and s.mention is None:
                others = others_named(doc[s.attribution.cue_index]) if owns_attribution(s) else frozenset()
                s.mention = resolve_speaker(s.attribution, state, spoken_of(s), others)
                if s.mention is not None and headline and not s.mention.headline:
                    s.mention = replace(s.mention, headline=True)  # People.full_name is told, as for evidence
                if s.mention is not None and s.mention.gender and s.attribution.mention.pronoun is None:
                    # As written: a title tells the gender of "Mr. Kern", not of the "Ana Kern" he may have
                    # been taken for, whose own gender the next "Ms. Kern" is matched on.
                    state.genders.vote(s.attribution.mention.name or s.mention.name, s.mention.gender, 2)
                person = s.mention is not None and (s.mention.is_person or state.named_person(s.mention))
                person = person and not s.attribution.mention.plural  # "Residents said ... They added": them
                if s.mention is not None and not person and s.attribution.mention.pronoun is None:
                    bisect.insort(state.group_speakers, (s.attribution.at, s.mention.name))
                    if spoke_as_organisation(s.mention, doc):  # what a later "the group said" stands for
                        bisect.insort(state.organisations, (s.attribution.at, s.mention.name))
                if s.mention is not None and person:
                    state.add_person(s.attribution.at, s.mention.name, headline=headline)
                    state.genders.vote(s.mention.name, None)  # a namesake noted, as a tagged name is
                    # the speaker is the subject of the sentence: a later "he" passes over whom it merely named
                    # ("He added that ... <Other> was ... . 'This ...,' he said." is still the speaker's word)
                    state.places.setdefault(s.attribution.at, (block.start + s.span.start_char, True))
                    if s.attribution.mention.pronoun is None and _found_here(s, doc, block.start):
                        roles = speaker_titles(doc[s.attribution.cue_index])
                        state.held.setdefault(s.mention.name, set()).update(roles)
                    state.learn_side(s.mention)
                if s.mention is not None:
                    bisect.insort(state.speakers, (s.attribution.at, s.mention.name))
                    state.said_by[s.mention.name] = s.mention
            if s.attribution is not None:
                s.cue = s.attribution.cue
        state.lead_in = _lead_in(sents, block)
        sentences.extend(sents)
        above = sents
    _name_headline_roles(sentences)
    _tell_genders(state, sentences)
    return sentences, state.evidence


def _surname_subjects(sent: Span, inside_quote: Callable[[int], bool], state: ArticleState) -> list[tuple[int, str]]:
    """A bare surname the tagger left untagged (or took for an organisation) as the subject of a clause, when
    the article named one person of that surname before: '<Surname> fired back: "...," he wrote' is that
    person, so the "he" after it is too. Offsets are the sentence's own (its doc's)."""
    out = []
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ == "PERSON" or inside_quote(tok.idx):
            continue
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title:  # sentence-initial, a surname is often a noun
            continue
        if any(c.dep_ in ("compound", "poss", "det") for c in tok.children):
            continue
        names = state.full_names(tok.text, None, None)
        if len(names) == 1:
            out.append((tok.idx, next(iter(names))))
    return out


def _tell_genders(state: ArticleState, sentences: list[Sentence]) -> None:
    """Each full name's gender as the article's pronouns tell it, on its mentions: the corpus does not complete
    a "Mr. Kern" it meets elsewhere to an "Ana Kern" written "she" here (`People.full_name`)."""
    mentions = [*state.evidence, *(s.mention for s in sentences if s.mention is not None)]
    for m in mentions:
        if m.is_person and m.gender is None and m.bare is None and " " in m.name.strip():
            m.gender = state.genders.of_full(m.name)  # (a surname completed here keeps what its own title says)


def _found_here(sent: Sentence, doc: Doc, start: int) -> bool:
    """Whether a sentence's attribution was read in this sentence, not carried from a "X said:" paragraph
    before or a transcript line's label: its cue is one of the sentence's words."""
    own = sent.attribution
    if own is None or not sent.span.start <= own.cue_index < sent.span.end:
        return False
    return own.at == start + doc[own.cue_index].idx


# The verbs a wire story closes its first sentence with: "..., officials said."
_PLAIN_REPORTS = frozenset("said says told tells reported reports announced confirmed revealed stated".split())


def _turns_within(
    sents: list[Sentence], doc: Doc, text: str, state: ArticleState, inside: Callable[[int], bool]
) -> None:
    """A later sentence of a paragraph that opens with a name and a colon before a quotation is a new turn
    ('Holm: "..." Varga: "..."'): the name speaks, not the speaker of the quotation before it. Not inside a
    quotation going on ('... "Classic <Name>: optimistic, unifying."' is the quoted speaker's words)."""
    for s in sents[1:]:
        if s.attribution is not None or s.quoted < 0.5:
            continue
        line = Block(s.start, s.end, s.span.text)
        turn = transcript_speaker(line, doc, text, state.named_before, offset=s.span.start_char)
        if turn is not None and not inside(doc[turn.cue_index].idx):
            s.attribution, s.kind = turn, "quote"


def _dateline_lead(lead: Attribution, first: Sentence, state: ArticleState, start: int) -> bool:
    """ "Marrow: The second convoy was stopped at the border, officials said." A lone word in title case
    before the colon, named by nobody before, whose sentence ends by naming its own speaker, is the place
    the story is filed from (the tagger often reads it as a person), not a transcript line ("KERN: we will
    ...", "Q: ...", "<Surname>: <Other> should have called me" name nobody at their end)."""
    name, own = lead.mention.name, first.attribution
    if lead.mention.pronoun is not None or len(name.split()) != 1 or name.isupper():
        return False
    if any(at < start and surname_key(person) == surname_key(name) for at, person in state.persons):
        return False
    if own is None or own.cue.lower() not in _PLAIN_REPORTS or own.mention.pronoun is not None:
        return False
    tail = [t for t in first.span if t.i > own.cue_index and not t.is_punct]
    return own.cue_index > lead.cue_index and len(tail) <= 4


def _reports_another(attribution: Attribution | None, doc: Doc) -> bool:
    """Whether a later sentence of a transcript line names a speaker of its own ("The minister said ...").
    A pronoun with a verb that is no speech ("They want safe homes.") is the line's speaker talking."""
    if attribution is None:
        return False
    if attribution.mention.pronoun is None or attribution.cue in (":", "according to"):
        return True
    return doc[attribution.cue_index].lemma_.lower() in REPORTING_VERBS


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
    lead = transcript_speaker(block, doc, text)
    colon = lead.cue_index if lead is not None else next((t.i for t in doc if t.text == ":"), 0)
    if written.isupper() and len(words) == 1:  # "IDF: ...": an organisation, never a surname "Idf"
        return Attribution(Mention(name=written, is_person=False, side=written, basis="party name"), ":", colon)
    if lead is not None:
        return lead
    # "Varga: ...", "Factwire: ...": a word the parser took for a common noun; a person when the body
    # writes it after a first name ("Tobi Varga"), else an organisation
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


def _own_bearer(m: Mention, state: ArticleState) -> None:
    """Side evidence given with a bare surname is the article's own bearer's: the one full name of that
    surname it wrote before ("Rep. Ivo Kessler ... Kessler (D-Ohio)"), not whoever the corpus names most
    by it. When it wrote two ("John Kessler" and "Mary Kessler"), nobody can tell whose. Either way the
    article's bearers go in `bearers`, for `SideLedger.learn`."""
    if " " in m.name.strip():
        return
    full = state.full_names(m.name, m.gender) & state.in_body  # as `speakers._in_full` reads a bare surname
    if len({n.split()[0].lower() for n in full}) > 1:
        m.bearers = frozenset(full)
    elif full:
        m.bearers = frozenset({max(full, key=len)})  # the name stays as written: only the side is credited
