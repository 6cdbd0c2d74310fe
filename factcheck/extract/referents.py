"""Who a sentence names outside quotes: persons (with their titles, and whether they are the main
clause's subject), groups and organisations, persons named with a role that gives them a side, and
offices introduced without a name.

These are not speakers: the reader records them as it goes, so that a later "he", "the group" or "the
official" can point back to them and sides can be learnt corpus-wide. Kept apart from attribution.py,
which finds who *speaks* in a sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from factcheck.extract.described import walk_of_life
from factcheck.extract.lexicon import (
    FEMALE_ROLES,
    FIRM_WORDS,
    INDEFINITE_DETERMINERS,
    NOT_PERSONS,
    ORGANISATION_HEADS,
    ROLE_NOUNS,
    STATE_NOUNS,
    TITLE_FULL,
    TITLE_WORDS,
    office_title,
)
from factcheck.extract.mentions import Mention, mention_from_token
from factcheck.extract.names import clean_name, ent_span, plural_possessive_name
from factcheck.extract.outlets import is_outlet
from factcheck.extract.person_names import ent_person_name, kin_gender, title_gender


def persons_in(sent: Span, inside_quote: Callable[[int], bool]) -> list[Named]:
    """PERSON entities mentioned outside quotes: name, character offset, gender a title gives, gender kin
    written before it give ("her son, <Name>") and the titles or roles written with the name ("Sen.", "the
    mayor, <Name>"); in order."""
    out = []
    for ent in sent.ents:
        if ent.label_ == "PERSON" and not inside_quote(ent.start_char) and ent.text.lower() not in NOT_PERSONS:
            name = ent_person_name(ent)
            if name:
                gender = title_gender(ent) or _role_gender(ent)
                out.append(Named(name, ent.start_char, gender, kin_gender(ent), _titles_of(ent)))
    return out


def _role_gender(ent: Span) -> str | None:
    """ "f" when a role written with a name is a woman's ("a police spokeswoman, <Name>,"; `_titles` reads the
    same words, and names them without gender: "spokesperson"): no "she said" need follow the name for a later
    "he" not to be taken for her. A "-man" role tells nothing: news writes it of women too."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    words = {t.lower_ for t in [*ent, *beside, *(t for t in root.subtree if ent.start - 3 <= t.i < ent.start)]}
    return "f" if words & FEMALE_ROLES else None


class Named(NamedTuple):
    """A person named in a sentence (`persons_in`)."""

    name: str
    at: int  # character offset in the paragraph's doc
    gender: str | None  # as a title tells it ("Mr.")
    kin: str | None  # as kin written before the name tell it ("her son, <Name>")
    titles: frozenset[str]


def subject_persons(sent: Span, inside_quote: Callable[[int], bool]) -> set[int]:
    """Character offsets of the PERSON entities outside quotes that are the subject of the main clause (or
    apposed to it: "the minister, <Name>, met ..."): the person a later "he"/"she" most likely means, rather
    than one merely named beside them ("<Name> met envoy <Other>. He said ...")."""
    out = set()
    for ent in sent.ents:
        if ent.label_ != "PERSON" or inside_quote(ent.start_char):
            continue
        tok = ent.root
        while tok.dep_ in ("appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT":  # the main clause, not "While <Name> ..."
            out.add(ent.start_char)
    return out


def _titles_of(ent: Span) -> frozenset[str]:
    """Titles and role nouns written with a name: before it, inside the entity, or in apposition."""
    return _titles(ent.root, ent.start, list(ent))


def speaker_titles(cue: Token) -> frozenset[str]:
    """The titles and roles written with the subject of a reporting verb, whether or not the tagger read it
    as a person ("Ana Kern, the port director, said ..." → {"director"}): what the speaker is known as."""
    out: frozenset[str] = frozenset()
    for subject in (c for c in cue.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
        start = min((c.i for c in subject.children if c.dep_ == "compound"), default=subject.i)
        out |= _titles(subject, start, list(subject.doc[start : subject.i + 1]))
    return out


def _titles(root: Token, start: int, name: list[Token]) -> frozenset[str]:
    """Titles and role nouns in a name's words, in the three words before it, or in apposition to it; and a
    walk of life set beside it ("<Name>, a novelist,", "the actor <Name>"), by which "the novelist said"
    refers back."""
    words = [t for t in name if t.lower_ in TITLE_WORDS or t.lower_ in ROLE_NOUNS]
    words += [t for t in root.subtree if start - 3 <= t.i < start]  # "Sen. <Name>", "mayor <Name>"
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    walks = [t for t in beside + words if t.tag_ == "NN" and walk_of_life(t.lower_) and t.lower_ not in ROLE_NOUNS]
    return frozenset(
        _office_at(t)  # "Vice President <Name>": not "president"
        for t in words + beside
        if t.lower_ in TITLE_WORDS or t.lower_ in ROLE_NOUNS or t.lower_.strip(".") in TITLE_FULL
    ) | frozenset(t.lower_ for t in walks)


def groups_in(sent: Span, inside_quote: Callable[[int], bool]) -> list[tuple[str, int, bool]]:
    """Organisations and groups mentioned outside quotes: name, character offset, and whether it is an
    organisation that "the group" can refer to (not a people, not a state body); in order."""
    out = []
    for ent in sent.ents:
        if ent.label_ in ("ORG", "NORP") and not inside_quote(ent.start_char):
            # "the Workers' Solidarity Front": the tagger's name leaves out the possessive that opens it
            name = (plural_possessive_name(ent.root) if ent.label_ == "ORG" else None) or clean_name(ent.text)
            if name:
                organisation = ent.label_ == "ORG" and ent[-1].lower_ not in STATE_NOUNS and not is_outlet(ent.root)
                out.append((name, ent.start_char, organisation))
    return out


def spoke_as_organisation(mention: Mention, doc: Doc) -> bool:
    """Whether a speaker named by its own name is an organisation "the group" can later refer to, though the
    tagger found none there ("<Name>, a monitoring group, said" with an unfamiliar name): a party's name, not
    a state body's, that the parse tags nowhere as a place or a people."""
    name = mention.name
    if mention.is_person or mention.pronoun or mention.basis != "party name" or mention.side != name:
        return False
    if not name[:1].isupper() or name.split()[-1].lower() in STATE_NOUNS:
        return False
    return not any(e.text == name and e.label_ in ("GPE", "LOC", "NORP") for e in doc.ents)


def subject_groups(sent: Span, inside_quote: Callable[[int], bool]) -> list[int]:
    """Where an organisation named outside quotes is the subject of its sentence's main verb ("<Trust> sent
    divers to the dam"): what an "it" after it most likely is (not a people: "<Nation>s")."""
    return [
        ent.start_char
        for ent in sent.ents
        if ent.label_ == "ORG" and not inside_quote(ent.start_char)
        if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head == sent.root
    ]


def subject_body(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[int, Token] | None:
    """What a sentence is about, for a following "its spokesman" or "their commander": its main verb's subject
    outside quotes, with the sentence's end (it is about that subject from there on); None for a pronoun
    subject ("It said ...") or none. Whether the subject is a body is read only when a role asks
    (`owning_body`): most articles have no "its spokesman", and every sentence has a subject."""
    for tok in sent.root.children:
        if tok.dep_ in ("nsubj", "nsubjpass") and not inside_quote(tok.idx):
            return None if tok.pos_ == "PRON" else (sent.end_char, tok)
    return None


# How far back "its spokesman" looks for the body it belongs to, in characters: the sentence or two before.
_OWNER_REACH = 400


def owning_body(subjects: list[tuple[int, Token]], at: int) -> Mention | None:
    """The body "its spokesman, <Name>, said" or "their commander said" (the cue at `at`) belongs to: the
    subject of the last sentence ended before it (`subject_body`), if near and an organisation or a state body
    with a side ("<Country>'s interior ministry issued a statement.", "<Firm> owns the mine"); None when it is
    anyone else (a person, "the families", a name that may be a person's unless it ends as a firm's or a
    body's: "their lawyer" is not the body named before them), rather than the last body of the article."""
    i = bisect.bisect_left(subjects, at, key=lambda entry: entry[0]) - 1
    if i < 0 or at - subjects[i][0] > _OWNER_REACH:
        return None
    mention = mention_from_token(subjects[i][1])
    if mention is None or mention.is_person or not mention.side or mention.pronoun is not None:
        return None
    named_so = mention.name.split()[-1].lower() in FIRM_WORDS | ORGANISATION_HEADS
    return mention if named_so or not mention.ambiguous else None


def person_evidence(sent: Span, inside_quote: Callable[[int], bool]) -> list[Mention]:
    """Every person named outside quotes with the side their role gives them, for corpus-wide sides."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "PERSON" or inside_quote(ent.start_char) or ent.text.lower() in NOT_PERSONS:
            continue
        mention = mention_from_token(_name_end(ent))
        if mention is not None and mention.is_person and mention.pronoun is None:
            mention.weight = 1
            mention.kin = kin_gender(ent) is not None
            out.append(mention)
    return out


def _name_end(ent: Span) -> Token:
    """The last word of a person's name the tagger cut short ("<First> <Middle>" tagged, the capitalised surname
    after it not, parsed as the head of the tagged words): the whole name is what the corpus learns."""
    root = ent.root
    head = root.head
    if root.dep_ == "compound" and head.i == ent.end and head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper():
        return head
    return root


def unnamed_offices(sent: Span, inside_quote: Callable[[int], bool]) -> list[tuple[str, int]]:
    """Offices introduced without a name outside quotes ("an official close to the port", "a diplomat"):
    the title in full and its character offset (after the "for" phrase of whom it speaks for), so a later
    "the official" refers to them, not to a name."""
    out = []
    for tok in sent:
        nominal = tok.tag_ == "NN" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")  # "official" is often JJ
        if not nominal or tok.lower_ not in ROLE_NOUNS or inside_quote(tok.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in tok.children):
            continue
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children) or tok.head.ent_type_ == "PERSON":
            continue
        # "a spokesperson for the Archbishop, Cardinal <Name>": whom the office speaks for is named inside its
        # "for" phrase, and is not its holder; the office counts from the phrase's end
        at = max([tok.idx] + [p.right_edge.idx for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"])
        out.append((_office_at(tok), at))
    return out


def unnamed_subject(sent: Span, inside_quote: Callable[[int], bool]) -> tuple[str, int] | None:
    """The person the main clause is about when it is introduced without a name ("A harbour official walked
    along the quay."): the description as a speaker would be called, and its character
    offset. A later "he said" is theirs, as it would be had they spoken in this sentence; a name in
    apposition ("A spokesman, <Name>,") is a named person, found by `persons_in`."""
    root = sent.root
    for tok in root.children:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ROLE_NOUNS or inside_quote(tok.idx):
            continue
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in tok.children):
            continue
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in tok.children):
            continue
        mention = mention_from_token(tok)
        if mention is not None and mention.is_person and mention.pronoun is None:
            return mention.name, tok.idx
    return None


def _office_at(tok: Token) -> str:
    """The office a title word names with the two words before it ("Vice President" is not "president")."""
    return office_title([w.text for w in tok.doc[max(0, tok.i - 2) : tok.i + 1]])


def subject_pronoun(sent: Span, inside_quote: Callable[[int], bool]) -> Token | None:
    """The "he" or "she" that is the main clause's subject outside quotes ("He would not say why <Other>
    left."): the person it stands for stays the sentence's subject, whom a later "he" most likely means."""
    root = sent.root
    if inside_quote(root.idx):
        return None
    return next(
        (t for t in root.children if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")),
        None,
    )


_SUBJECTS = ("nsubj", "nsubjpass")


def reported_subjects(cue: Token) -> list[Token]:
    """The subjects of the clauses a reporting cue reports ("said <Name> had fled"): whom they are about."""
    return [s for clause in cue.children if clause.dep_ == "ccomp" for s in clause.children if s.dep_ in _SUBJECTS]


def others_named(cue: Token) -> frozenset[str]:
    """The persons a pronoun speaker does not stand for (lower-cased names as written): whom the reported
    clause is about, as its subject ("he said <Name> could not have known"), and whom the speaker tells it
    ("He tells <Name> he ...", "she told <Name> that ..."). A content clause counts after the cue or quoted
    before it: the parser can hang a whole sentence before the cue on it, its subject no one it reports on."""
    named = [
        person
        for subject in reported_subjects(cue)
        if _after_or_quoted(subject.head, cue)
        for person in (subject, *subject.conjuncts)  # "he says <A> and <B> were working together"
    ]
    named += [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    named += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    out = set()
    for tok in named:
        ent = ent_span(tok)
        if ent is not None and ent.label_ == "PERSON" and (name := ent_person_name(ent)):
            out.add(name.lower())
    return frozenset(out)


def _after_or_quoted(clause: Token, cue: Token) -> bool:
    """A clause after the cue, or one opening with a quotation mark before it ('"<Name> had fled," she said')."""
    first = clause.left_edge
    return clause.i > cue.i or first.is_quote or (first.i > 0 and first.doc[first.i - 1].is_quote)
