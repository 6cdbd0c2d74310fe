"""Named persons among speaker mentions: the token that names a person in a subject phrase, and the side the
person's role, title or affiliation gives ("the <Org> spokesman <Name>", "<ACR> Spokesperson <Name>",
"<Name> (R-Ohio)").

Split from `mentions`, which asks these for every subject phrase before it tries parties, roles and groups.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.described import alone, pronoun_owner, role_owner
from factcheck.extract.lexicon import (
    FIRM_WORDS,
    GROUP_NOUNS,
    NOT_PERSONS,
    PRESS_ROLES,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    STATE_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.mention_types import Mention
from factcheck.extract.names import (
    PARTY_ENTS,
    clean_name,
    clean_party,
    ent_span,
    is_rank_prefix,
    named_group,
    only_a_place,
    plural_possessive_name,
    proper_shaped,
    role_end,
    roles_near,
)
from factcheck.extract.outlets import is_outlet
from factcheck.extract.party_tags import party_tag, title_party
from factcheck.extract.person_names import ent_person_name, person_name, title_gender
from factcheck.extract.role_parties import affiliation_of, body_phrase, party_before_role

__all__ = ["person_mention", "person_token"]


def person_mention(person_tok: Token, tok: Token) -> Mention:
    """A named person with the side their role or affiliation gives: "the <Org> spokesman <Name>"."""
    ent = ent_span(person_tok)
    gender = None
    if ent is not None and ent.label_ == "PERSON":
        name = ent_person_name(ent) or clean_name(ent.text)
        gender = title_gender(ent)
    else:
        name = clean_name(person_tok.doc[_name_start(person_tok) : person_tok.i + 1].text)
        name = person_name(name) or person_tok.text
    roles = roles_near(person_tok) + roles_near(tok)
    roles += [
        c
        for c in person_tok.subtree
        if c.i < person_tok.i and c.dep_ in ("compound", "nmod") and c.lower_ in ROLE_NOUNS
    ]
    if tagged := party_tag(person_tok) or title_party(person_tok):  # "<Name> (R-Ohio)", "Democratic Sen. <Name>"
        return Mention(name=name, is_person=True, side=tagged, basis="role", gender=gender)
    for role in roles:  # "House editor for the <Outlet>": a press role's employer, not its beat
        side = affiliation_of(role) if role.lower_ in PRESS_ROLES else None
        if side:
            return Mention(name=name, is_person=True, side=side, basis="affiliation", gender=gender)
    for role in roles:  # "<Org> leader <Name>": the role is a compound of the name
        side = party_before_role(role)
        if side:
            whose = role_owner(role)  # "the governor's spokesman, <Name>,": `speakers` finds which governor
            owner = whose if whose == side else None
            return Mention(name=name, is_person=True, side=side, basis="role", gender=gender, owner=owner)
    if owner := _owner_before_roles(person_tok, roles):
        return Mention(name=name, is_person=True, side=owner, basis="role", gender=gender)
    for child in person_tok.children:  # "<Org> FM Spokesperson <Name>": the party among the name's compounds
        ent = ent_span(child) if child.dep_ in ("compound", "nmod", "amod") and child.i < person_tok.i else None
        named = ent is not None and ent.label_ in PARTY_ENTS and ent.root.i != person_tok.i
        if named and ent is not None and is_rank_prefix(ent[0]):
            continue  # "Air Marshal <Name>" with "Air Marshal" tagged an organisation: a rank, no party
        if roles and ent is not None and named and clean_party(ent.text):
            return Mention(name=name, is_person=True, side=clean_party(ent.text), basis="role", gender=gender)
    acronym = _acronym_before(person_tok, roles)
    if acronym:  # "<ACR> Spokesperson <Name>": an untagged acronym before the role is the party
        return Mention(name=name, is_person=True, side=acronym, basis="role", gender=gender)
    for role in roles:
        side = affiliation_of(role)
        if side:
            return Mention(name=name, is_person=True, side=side, basis="affiliation", gender=gender)
    if body := _of_body(person_tok) or _body_led(person_tok):  # "<Name> of <Company>", "<Name>, who leads <Org>,"
        return Mention(name=name, is_person=True, side=body, basis="affiliation", gender=gender)
    owners = {pronoun_owner(role) for role in roles} & {"its", "their"}
    if len(owners) == 1:  # "Its spokesman, <Name>, said": the body named before (`speakers` finds which)
        return Mention(name=name, is_person=True, gender=gender, owner=owners.pop())
    return Mention(name=name, is_person=True, gender=gender)


# Verbs of running a body: "<Name>, who leads the dockers' union," speaks for the union, as its leader would.
_LEADING_VERBS = frozenset("lead head chair run direct represent".split())


def _body_led(person_tok: Token) -> str | None:
    """The body a person is said to lead now in a relative clause ("<Name>, who leads the dockers' union,", "who
    heads <Org>"): whom they speak for. Only a body of the story: "who runs a bakery", "who runs a small
    company" or "who leads the polls" name none, and "who led <Org>" is its past."""
    for clause in person_tok.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _LEADING_VERBS or clause.tag_ not in ("VBZ", "VBP"):
            continue  # "who led the agency in 2009": a former head speaks for it no more
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            continue
        for body in (c for c in clause.children if c.dep_ == "dobj"):
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in body.children):
                continue  # "who runs a small theatre company": a body of no part in the story
            if whole := plural_possessive_name(body):
                return whole
            ent = ent_span(body)
            if ent is not None and ent.label_ == "ORG" and not is_outlet(body) and (party := clean_party(ent.text)):
                return party
            if body.lower_ in GROUP_NOUNS or body.lower_ in STATE_NOUNS:
                return body_phrase(body) or None
    return None


def _of_body(person_tok: Token) -> str | None:
    """The organisation a person is written "of" ("<Name> of the <Name> Company", "<Name> of <Institute>"):
    whom they speak for. Not a place ("<Name> of <Town>" says where they live) nor a news outlet."""
    for prep in (c for c in person_tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (o for o in prep.children if o.dep_ == "pobj"):
            ent = ent_span(pobj)
            if ent is not None and ent.label_ == "ORG" and (whole := plural_possessive_name(pobj)):
                return whole  # "<Name> of the Workers' Front": the Front's whole name, not "Front"
            if ent is not None and ent.label_ == "ORG" and not is_outlet(pobj) and (party := clean_party(ent.text)):
                return party
            if (ent is None or ent.label_ != "ORG") and pobj.lower_ in STATE_NOUNS:
                return body_phrase(pobj) or None  # "Inspector <Name> of the <Town> police": as "a police officer"
    return None


def _owner_before_roles(person_tok: Token, roles: list[Token]) -> str | None:
    """The party whose possessive opens a name's role, when the parser hung it on the name itself: a rank
    between role and name ("<Country>'s navy chief Vice Admiral <Name>") moves it off the role,
    where `party_before_role` reads "<Country>'s navy chief". A possessive with no role after it
    ("<Country>'s <Name>") says where a person is from, not whom they speak for."""
    before = [r for r in roles if r.i < person_tok.i]
    if not before:
        return None
    first = min(before, key=lambda r: r.i)
    for child in person_tok.children:
        ent = ent_span(child) if child.dep_ == "poss" and child.i < first.i else None
        if ent is not None and ent.label_ in PARTY_ENTS and not only_a_place(ent, first):
            return clean_party(ent.text) or None
    return None


def _acronym_before(person_tok: Token, roles: list[Token]) -> str | None:
    """An acronym in capitals written just before the role in a name's compounds ("<ACR> Spokesperson
    <Name>"), which the tagger left untagged; never a title's abbreviation ("FM", "Sen.")."""
    first = min((r.i for r in roles if r.i < person_tok.i), default=None)
    if first is None or first == 0:
        return None
    before = person_tok.doc[first - 1]
    word = before.text.strip(".")
    if before.head.i not in (person_tok.i, first) or before.dep_ not in ("compound", "nmod"):
        return None
    if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()) or word.lower() in ROLE_ABBREVIATIONS:
        return None
    return word


def _name_start(person_tok: Token) -> int:
    """Where a name the tagger missed begins: the run of proper nouns ending at the token, after any title or
    role, not every proper noun of its subtree ("<Surname> -- co-editor of <Book>, a book on <Name>'s debates
    -- said"); a hyphen inside the name belongs to it ("Jean-Marc Ayrault")."""
    doc, start, first = person_tok.doc, person_tok.i, role_end(person_tok)

    def joins(k: int) -> bool:
        if doc[k].pos_ == "PROPN":
            return True
        return doc[k].text == "-" and k - 1 >= first and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].whitespace_

    while start - 1 >= first and joins(start - 1):
        start -= 1
    return start


def said_to_be_a_thing(tok: Token) -> bool:
    """Whether the sentence speaks of a name as of a thing: "<Name>, which owns four mills, said" (a firm
    the tagger took for a person; "which" never stands for a person, "who" and "that" may), or the name ends
    as only a firm's does ("<Name> Apparel", "<Name> Ltd")."""
    if tok.lower_ in FIRM_WORDS:
        return True
    return any(
        child.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in child.children)
        for child in tok.children
    )


def person_token(tok: Token) -> Token | None:
    """The token naming a person in the subject phrase: the subject itself or a name in apposition to it."""
    if tok.ent_type_ == "PERSON" and tok.lower_ not in NOT_PERSONS and not said_to_be_a_thing(tok):
        return tok
    titled = any(t.lower_ in TITLE_WORDS or t.lower_ in ROLE_NOUNS for t in tok.subtree if t.i < tok.i)
    if tok.pos_ == "PROPN" and titled and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN":
        return tok  # "Rear Adm. <First> <Last>", "Colonel <First> <Last>": a titled name the tagger missed
    if proper_shaped(tok) and any(
        c.dep_ in ("compound", "nmod", "appos") and c.lower_ in ROLE_NOUNS for c in tok.children
    ):
        return tok  # "<Org> spokesman <Name>" with the name mis-tagged as an organisation
    for child in tok.children:
        if child.dep_ == "appos" and named_group(child):
            continue  # "the movement, <Name>, said": the name the tagger took for a person is the group's
        if child.dep_ == "appos" and said_to_be_a_thing(child):
            continue  # "the factory's owner, <Name> Apparel,": a firm, whatever the tagger said
        if child.dep_ == "appos" and (
            child.ent_type_ == "PERSON" or (tok.lower_ in ROLE_NOUNS and child.pos_ == "PROPN" and not child.ent_type_)
        ):
            if tok.tag_ == "NNS" and alone(child):
                continue  # "Officials in the capital, <Town>, said": one name is not those who speak
            return child  # "the <Org> spokesman <Name>", the name tagged or not
    if tok.lower_ in ROLE_NOUNS and tok.tag_ == "NN":  # "a spokesman for the <Body>, <Name>, said": the name
        served = [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for body in served:  # is in apposition to the body, which is no person ("for the mayor, <Name>" is)
            if body.lower_ in ROLE_NOUNS or body.ent_type_ == "PERSON":
                continue
            named = [c for c in body.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > body.i]
            if named and alone(named[0]):
                return named[0]
    return None
