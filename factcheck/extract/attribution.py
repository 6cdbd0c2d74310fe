"""Who says what in a sentence: the clause rules that find its speaker (mentions.py reads the speaker).

The rules read spaCy's dependency parse and entities. A reporting verb counts only in the
main clause (the root, its conjuncts, its open complements and participle adjuncts), and
only outside quotation marks, so a verb inside a quote never makes its subject the speaker.
Who a sentence merely names (persons, groups, unnamed offices) is read in referents.py; the main
clause's verbs are found in main_clause.py.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.clauses import (
    as_reported,
    in_document,
    person_subject,
    speaker_of,
    spoken_to,
    subject_of,
)
from factcheck.extract.embedded import ANY_UTTERANCE, embedded
from factcheck.extract.estimates import sets_an_estimate
from factcheck.extract.inverted import (
    VOICES,
    after_quote,
    inverted_aside,
    joined_after_quote,
    name_beside,
    quoted_source,
    read_document,
    reported_last,
    voice_after_quote,
)
from factcheck.extract.lexicon import (
    ATTRIBUTION_VERBS,
    BELIEF_VERBS,
    DOCUMENT_NOUNS,
    REPORTING_VERBS,
    UTTERANCE_NOUNS,
)
from factcheck.extract.main_clause import aside_view, main_clause_verbs, participle_subject
from factcheck.extract.mentions import Attribution, Mention, mention_from_token
from factcheck.extract.names import clean_name, ent_span
from factcheck.extract.speech_verbs import (
    REFUSALS,
    casts_doubt,
    commits,
    convinced,
    document_subject,
    held_of_subject,
    holds_content,
    makes_clear,
    speech_use,
    sure_that,
)


def find_reported(
    sent: Span, inside_quote: Callable[[int], bool], known_person: Callable[[str], bool] | None = None
) -> Attribution | None:
    """The speaker of a sentence from "according to X" or a main-clause reporting verb; an unnamed
    document ("according to excerpts of a report") gives way to a speaker in the main clause."""
    according = _according_to(sent, inside_quote)
    if according is not None and not _unnamed_source(according.mention):
        return according
    main = _main_clause(sent, inside_quote)
    if main is not None and commits(sent.doc[main.cue_index]):
        # "As the <Outlet> revealed, the council agreed to ...": what a party agreed, pledged or refused to do is
        # the news the aside reports; the aside's source speaks.
        main = as_reported(sent, inside_quote) or main
    return (
        main
        or as_reported(sent, inside_quote)
        or _colon_lead(sent, inside_quote)
        or according
        or embedded(sent, inside_quote)
        or person_subject(sent, inside_quote, known_person)
        or in_document(sent, inside_quote)
        or records_show(sent, inside_quote)
    )


# Verbs by which a document shows what a claim says: "..., records show", "..., the audit found".
_SHOWING = frozenset("show shows showed shown indicate indicates indicated reveal reveals revealed".split())
_ASIDE_WORDS = 12  # a document named in an aside is written in at most this many words


def records_show(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """A document named in an aside set off by a comma that ends in a verb of showing: "The dam cost $5
    million, <Board> records show." / "During the stretch, ferry records show, the ferry sailed ...". The
    parser often takes such a "show" for a noun or hangs it on the claim; the words tell it plainly."""
    words = [t for t in sent if not t.is_space]
    for k, verb in enumerate(words):
        if k < 1 or verb.lower_ not in _SHOWING or inside_quote(verb.idx):
            continue
        if k + 1 < len(words) and words[k + 1].text not in (",", ".", ";"):
            if verb.pos_ not in ("VERB", "AUX") and (found := _records_lead(words[:k], verb)) is not None:
                return found  # "<Body> records from 2008 show he backed ...", the "show" parsed as a noun
            continue  # "records show he backed ..." has a subject and a verb the parser reads as such
        start = k - 1
        while start > 0 and words[start - 1].text != "," and k - start < _ASIDE_WORDS:
            start -= 1
        if start == 0 or words[start - 1].text != ",":
            continue
        nouns = [n for n in range(start, k) if words[n].lower_ in DOCUMENT_NOUNS and words[n].pos_ in ("NOUN", "PROPN")]
        if not nouns:
            continue
        first = words[start + 1] if words[start].dep_ == "det" and start + 1 <= nouns[0] else words[start]
        name = clean_name(sent.doc[first.i : words[nouns[0]].i + 1].text)  # as written: "<Name>'s", not "<Name> 's"
        if name:
            return Attribution(Mention(name=name, is_person=False), verb.text, verb.i)
    return None


def _records_lead(lead: list[Token], verb: Token) -> Attribution | None:
    """The document a sentence opens with, before a verb of showing the parser took for a noun: "<Body>
    records from the 2008 cycle show he backed ...". The lead holds no verb and no comma, and a document
    noun (the first one names it)."""
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.is_quote for t in lead):
        return None
    nouns = [n for n, t in enumerate(lead) if t.lower_ in DOCUMENT_NOUNS and t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    name = clean_name(verb.doc[lead[0].i : lead[nouns[0]].i + 1].text)
    return Attribution(Mention(name=name, is_person=False), verb.text, verb.i) if name else None


def trailing_source(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """The source a headline-style line names after its claim: "<claim>: Health Ministry", "<claim>: Diplomat".

    The tail must be short (one to four words), capitalised and a speaker (a person, a party, a role or
    an outlet); the claim before it must hold a verb, so "Live updates: Day 3" names nobody."""
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct and words[-1].text != ":":
        words.pop()
    colon = max((n for n, t in enumerate(words) if t.text == ":" and not inside_quote(t.idx)), default=-1)
    tail, claim = words[colon + 1 :], words[:colon]
    if colon < 4 or not 1 <= len(tail) <= 4 or not (tail[0].is_title or tail[0].is_upper):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in claim):
        return None
    head = tail[-1]
    mention = mention_from_token(head)
    if mention is None:
        return None
    last = head.lower_.removesuffix("s")
    if not (mention.is_person or mention.side or {head.lower_, last} & VOICES):
        return None
    return Attribution(mention, ":", tail[0].i)


def _unnamed_source(mention: Mention) -> bool:
    """A source named by a common noun that is no party, person or document: "excerpts", "details"."""
    words = mention.name.split()
    head = words[-1].lower() if words else ""
    heads = {head, head.removesuffix("s")}
    return not (_a_voice(mention) or heads & (DOCUMENT_NOUNS | VOICES))


def _according_to(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """ "According to X, ...": X, unless the phrase is inside what a speaker said ("<Name> said that
    according to its analysis ..." is <Name>'s report)."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            if inside_quote(tok.idx) or _reported_by_another(tok):
                continue
            for pobj in sent.doc[tok.i + 1].children:
                if pobj.dep_ == "pobj":
                    mention = mention_from_token(_person_after_place(pobj) or pobj)
                    if mention is not None:
                        return Attribution(mention, "according to", tok.i)
    return None


def _person_after_place(pobj: Token) -> Token | None:
    """ "According to Kessport arachnid expert Dr Ivo Brenner": the parser took the place for the source; the
    person named before the phrase ends (at a comma or a full stop) is."""
    if pobj.ent_type_ not in ("GPE", "LOC"):
        return None
    for t in pobj.doc[pobj.i + 1 : pobj.sent.end]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if t.ent_type_ == "PERSON" and (ent := ent_span(t)) is not None:
            return ent.root
    return None


def _reported_by_another(tok: Token) -> bool:
    """The token lies in the content clause of a reporting verb whose subject is written before it."""
    return any(
        up.dep_ == "ccomp"
        and up.head.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in up.head.children)
        for up in tok.ancestors
    )


def _main_clause(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """The subject of a main-clause attribution verb; a parenthetical speech verb ("<Org>, Kern said,
    called ...") comes before the root, whose clause is then the content."""
    if (closing := reported_last(sent, inside_quote)) is not None and (
        found := speaker_of(closing, closing.head, inside_quote)
    ) is not None:
        return found  # "<content>, reported the <Outlet>.": the outlet's report, whatever the content's verb
    candidates = [
        v
        for v in main_clause_verbs(sent, inside_quote)
        if (
            v.lemma_.lower() in ATTRIBUTION_VERBS
            or (v.lemma_.lower() == "read" and (document_subject(v) or read_document(v) is not None))
            or casts_doubt(v)
            or makes_clear(v)
            or sure_that(v)
            or sets_an_estimate(v)  # "Police put the figure at 12,000"
        )
        and not inside_quote(v.idx)
        and not any(c.dep_ == "neg" for c in v.children)  # "X did not respond" is the outlet's word
        and not held_of_subject(v)  # "<X> feared dead": said of X, by nobody named
        and not (v.dep_ == "xcomp" and v.head.lemma_.lower() in REFUSALS)  # nor is "X declined to comment"
        and speech_use(v)
        and not spoken_to(v)  # "<Name>, tell us where you were": an order to the name
        and (v.lemma_.lower() not in BELIEF_VERBS or holds_content(v, inside_quote) or aside_view(v))
    ]
    # A parenthetical speech verb first; then the verb that opens a quotation ("a woman asked for a photo and
    # Lusk said, "..."": Lusk speaks the quotation).
    candidates.sort(key=lambda v: (v.dep_ != "parataxis", not _opens_quote(v, inside_quote)))
    root = sent.root
    if not candidates and (after_quote(root, inside_quote) or voice_after_quote(root, inside_quote) is not None):
        candidates.append(root)  # '"...," Kern shot back.', '"...," gushed the mayor': any verb after a quotation
    # Also a copula whose subject is an utterance noun: "<Org>'s version was: ..."
    if not candidates and root.lemma_ == "be" and not inside_quote(root.idx):
        for child in root.children:
            if child.dep_ == "nsubj" and child.lower_ in UTTERANCE_NOUNS:
                candidates.append(root)
    for verb in candidates:
        subj = (
            quoted_source(verb)
            or read_document(verb)
            or inverted_aside(verb)
            or subject_of(verb)
            or name_beside(verb)
            or voice_after_quote(verb, inside_quote)
            or convinced(verb)
            or participle_subject(verb)
        )
        if subj is not None and inside_quote(subj.idx):  # the quotation parsed as a subject: another one speaks
            named = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            subj = (
                next((c for c in verb.children if c.dep_ == "nsubj" and not inside_quote(c.idx)), None)
                or (named if named is not None and not inside_quote(named.idx) else None)  # '"..., Mayor," <Name> told'
                or (name_beside(verb) if joined_after_quote(verb) else None)  # '"We ...," <Name>, 58, told'
            )
        before = subj.left_edge.i - 1 if subj is not None else -1
        if before >= sent.start and sent.doc[before].lower_ in ANY_UTTERANCE:
            continue  # "as damaging as anything <Name> said", parsed with "said" as the root: no report
        found = speaker_of(subj, verb, inside_quote)
        if found is not None and (makes_clear(verb) or sure_that(verb)) and not _a_voice(found.mention):
            continue  # "the storm made it clear that ...": a thing shows, nobody speaks
        if found is not None:
            return found
    return None


def _a_voice(mention: Mention) -> bool:
    """A mention that can say something: a person, a pronoun, or a party, body or role with a side."""
    return mention.is_person or mention.pronoun is not None or mention.side is not None


def _opens_quote(verb: Token, inside_quote: Callable[[int], bool]) -> bool:
    """The verb (or colon) is followed at once, after a comma or colon, by a quotation it introduces: 'X said,
    "..."', '<Name> resisted: "..."'."""
    doc, i = verb.doc, verb.i + 1
    while i < verb.sent.end and (doc[i].text in (",", ":") or doc[i].is_space):
        i += 1
    return i < verb.sent.end and (doc[i].is_quote or inside_quote(doc[i].idx))


def _colon_lead(sent: Span, inside_quote: Callable[[int], bool]) -> Attribution | None:
    """'<Name> resisted: "..."', '<Name> continues: "..."', '<Name> has since apologized: "..."': a clause
    that ends in a colon opening a quotation names who speaks it, whatever its verb."""
    colon = next((t for t in sent if t.text == ":" and not inside_quote(t.idx)), None)
    if colon is None or not _opens_quote(colon, inside_quote):
        return None
    thing: Attribution | None = None  # the first lead whose subject is no voice ("The scheduling was so odd")
    for verb in (t for t in sent if t.i < colon.i and t.pos_ in ("VERB", "AUX") and not inside_quote(t.idx)):
        said = next(
            (
                c
                for c in verb.children
                if c.dep_ == "attr" and c.lower_ in UTTERANCE_NOUNS and any(g.dep_ == "poss" for g in c.children)
            ),
            None,
        )
        if verb.lemma_ == "be" and said is not None and (found := speaker_of(said, verb, inside_quote)) is not None:
            return found  # "This was her reaction: '...'": whose reaction it was speaks
        # (the subject nearest the verb: "The crowd cheers, and then <Name> continues:" is parsed with two)
        subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
        if subj is not None:  # the parser may hang this clause under the quotation's verb: it still leads in
            found = speaker_of(subj, verb, inside_quote)
            if found is not None and _a_voice(found.mention):
                return found
            thing = thing or found  # "The scheduling was so odd that a spokesman could only quip: ...": his
    return thing
