"""The party a role noun speaks for: written before it ("<Org> spokesman", "<Country>'s foreign ministry
spokesperson", "Labour MPs") or tied to it by a preposition ("spokesman for <Org>", "a reporter from
<Outlet>", "a spokesman for <Name>").

Split from `names.py` (past 450 lines), which reads names and bodies as written; these read a role's
party from them. Only generic English.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from factcheck.extract.described import role_owner
from factcheck.extract.lexicon import (
    ELECTED_FOR_A_PLACE,
    GROUP_NOUNS,
    LAWMAKER_TITLES,
    LEADING_ONLY_FAMILIES,
    NOT_A_PARTY,
    ORGANISATION_HEADS,
    PARTY_FAMILIES,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    STATE_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.names import (
    PARTY_ENTS,
    apposed_name,
    as_written,
    clean_name,
    clean_party,
    ent_span,
    is_rank_prefix,
    name_phrase,
    named_group,
    only_a_place,
    plural_possessive_name,
    possessor_party,
    run_by,
    speaks_for_place,
)


def _family_before(title: Token) -> str | None:
    """The party family written just before a lawmaker's title, as written ("Labour" of "Labour MP",
    "Liberal Democrat" of "Liberal Democrat MPs"); None when the words there are no party family."""
    doc = title.doc
    start = title.i
    while start - 1 >= title.sent.start and doc[start - 1].lower_ in PARTY_FAMILIES:
        start -= 1
    words = doc[start : title.i]
    if len(words) and words[-1].lower_ not in LEADING_ONLY_FAMILIES and all(w.text[:1].isupper() for w in words):
        return words.text
    return None


def party_before_role(role: Token) -> str | None:
    """The party named before a role noun: "<Org> spokesman", "<Country>'s foreign ministry spokesperson"."""
    if role.lower_ in LAWMAKER_TITLES and (family := _family_before(role)):
        return family  # "Labour MPs", "Green councillors"
    for child in role.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < role.i:
            if child.lower_.strip(".") in ROLE_ABBREVIATIONS or is_rank_prefix(child):
                continue
            ent = ent_span(child)
            if role.lower_ in ELECTED_FOR_A_PLACE and (ent is None or ent.label_ not in ("NORP", "ORG")):
                continue  # "<Town> MP": where the member was elected (a party family is taken above)
            if ent is not None and only_a_place(ent, role):
                continue  # "a Kessport businessman": where he works, not whom he speaks for
            if ent is not None and _portfolio_only(ent):
                continue  # "Interior minister <Name>": the brief, not whom the minister speaks for
            if ent is not None and ent.label_ in PARTY_ENTS and clean_party(ent.text):
                return clean_party(ent.text)
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                return clean_party(child.text) or None
            if child.dep_ == "poss" and child.lower_ in TITLE_WORDS and (owner := role_owner(role)):
                return owner  # "the governor's spokesman, <Name>,": the governor's (`speakers` finds which)
            if child.dep_ == "poss" and (child.lower_ in GROUP_NOUNS or child.lower_ in ORGANISATION_HEADS):
                # "the ministry of external affairs' spokesperson", "the trust's spokesman": the body itself, its
                # owner if named
                owner = run_by(child) or possessor_party(child)
                return owner or clean_name(" ".join(t.text for t in child.subtree if t.dep_ not in ("det", "case")))
            named_group = child.pos_ == "PROPN" or (child.pos_ == "NOUN" and child.lower_ in GROUP_NOUNS)
            if child.dep_ in ("compound", "nmod") and child.lower_ not in NOT_A_PARTY and named_group:
                # a multiword proper name ending at this child: "State Department official"
                left = [
                    t
                    for t in child.subtree
                    if t.i <= child.i
                    and (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in PARTY_ENTS)
                    and t.lower_ not in NOT_A_PARTY
                ]
                if _portfolio_only(left):
                    continue
                return clean_party(name_phrase(left)) or None
    return None if role.lower_ in ELECTED_FOR_A_PLACE else _named_left_of(role)


def affiliation_of(role: Token) -> str | None:
    """The party a role is tied to by a preposition: "spokesman for <Org>", "a reporter from <Outlet>",
    "sources close to <Org>", "an official with <Org>"."""
    preps = [c for c in role.children if c.dep_ == "prep"]
    preps += [p for c in role.children if c.dep_ == "amod" and c.lower_ == "close" for p in c.children]
    former = any(c.lower_ in ("former", "ex") for c in role.children)  # no voice of the body it names now
    for child in preps:
        if child.dep_ != "prep" or child.lower_ not in ("for", "of", "at", "in", "with", "from", "to", "within"):
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj" or _portfolio(role, child, pobj):
                continue
            ent = ent_span(pobj)
            if ent is not None and only_a_place(ent, role):
                continue  # "a financial adviser in Port Lund"
            if (ent is None or ent.label_ != "PERSON") and (whole := plural_possessive_name(pobj)):
                return whole  # "organisers from the Workers' Front": the Front's whole name, not "Front"
            if ent is not None and ent.label_ in PARTY_ENTS:
                # "head of <Org>'s <Name> Office": the office is the owner's (but "<Country>'s Green Party" is itself)
                owner = possessor_party(pobj) if pobj.lower_ in _SUBUNITS else None
                return owner or clean_party(ent.text) or None
            if group := named_group(pobj):
                return group  # "leader of Islamist group <Name>", the name tagged a person's or not
            if ent is not None and ent.label_ == "PERSON" and (holder := _party_of_holder(pobj, ent)):
                return holder  # "spokesman for <Org> Secretary-General <Name>": the body the person heads
            if ent is not None and ent.label_ == "PERSON" and child.lower_ == "for" and _own_name(pobj):
                return clean_party(pobj.text) or None  # "a spokesman for <Name>", as "<Name>'s spokesman"
            if pobj.lower_ in GROUP_NOUNS and not _holder_apposed(pobj) and (named := apposed_name(pobj)):
                return named  # "leader of the militant group <Name>"
            if pobj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in GROUP_NOUNS for c in pobj.children):
                # "leader of Islamist group <Name>", the name mis-tagged as a person: the group is the party
                named_words = [t for t in pobj.subtree if t.i <= pobj.i and t.pos_ == "PROPN"]
                return clean_party(name_phrase(named_words)) or None
            if pobj.lower_ in GROUP_NOUNS and child.lower_ in ("for", "from", "to", "within"):
                owner = run_by(pobj) or possessor_party(pobj)
                return owner or body_phrase(pobj)
            if pobj.lower_ in _STATE_BODIES and not former:
                # "head of <Country>'s civil defence agency", "... agency in <Country>": the state body's owner (not
                # a group's place: "the leader of <Country>'s Islamist group" is no voice of that country)
                owner = run_by(pobj) or possessor_party(pobj) or _state_of(pobj)
                if owner:
                    return owner
    return None


def _holder_apposed(pobj: Token) -> bool:
    """Whether the person's name set off by a comma after a role's body names the role's holder, not the
    body: "a spokeswoman for the company, <First> <Last>, said" is the company's spokeswoman (the parser
    hangs the name on "company"); "the militant group <Name>" with no comma still names the group."""
    for child in pobj.children:
        if child.dep_ == "appos" and child.i > pobj.i and child.ent_type_ == "PERSON":
            return any(t.text == "," for t in pobj.doc[pobj.i + 1 : child.left_edge.i])
    return False


def _own_name(pobj: Token) -> bool:
    """Whether a person's name is written as a name, not as a title ("a spokesperson for the Archbishop
    himself": the office, which the tagger can take for a person)."""
    titled = pobj.lower_ in TITLE_WORDS or pobj.lower_ in ROLE_NOUNS or pobj.lower_.strip(".") in ROLE_ABBREVIATIONS
    return pobj.pos_ == "PROPN" and not titled and not any(c.dep_ == "det" for c in pobj.children)


def _state_of(body: Token) -> str | None:
    """The country or place a state body belongs to by "in": "the civil defence agency in <Country>"."""
    for prep in (c for c in body.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"):
            ent = ent_span(place)
            return clean_party(ent.text) if ent is not None else None
    return None


# Bodies of a state, whose head or member speaks for whoever owns them ("head of <Country>'s civil defence agency").
_STATE_BODIES = STATE_NOUNS | frozenset("agency authority department ministry office".split())

# Parts of a body that speak for the body that owns them: "<Org>'s <Name> Office", "<Country>'s Ministry of ...".
_SUBUNITS = frozenset(
    """office department program programme division unit bureau directorate ministry service command center
    centre branch wing section desk administration""".split()
)


def _party_of_holder(pobj: Token, person: Span) -> str | None:
    """The party named in the title before a person ("<Org> Secretary-General <Name>", "<Country> President
    <Name>"): whom a spokesman for that person speaks for."""
    doc = pobj.doc
    for tok in pobj.subtree:
        if tok.i >= person.start:
            break
        ent = ent_span(tok)
        if ent is None or ent.label_ not in PARTY_ENTS or ent.end > person.start:
            continue
        titles = doc[ent.end : person.start]  # a place is a party only through an office: "<Country> President"
        if ent.label_ == "GPE" and not any(speaks_for_place(t) for t in titles):
            continue
        return clean_party(ent.text) or None
    return None


def _portfolio(role: Token, prep: Token, pobj: Token) -> bool:
    """ "Secretary of State", "Minister of Defence": one word after a title's "of" is its portfolio, not
    the party the holder speaks for ("Secretary of Homeland Security" names a body and stays one)."""
    return (
        role.lower_ in PORTFOLIO_TITLES
        and prep.lower_ == "of"
        and not list(pobj.children)
        and pobj.ent_type_ not in ("GPE", "NORP")
    )


def body_phrase(noun: Token) -> str:
    """A body as written: its modifiers, the noun and an "of" phrase ("the ministry of water affairs"),
    never a clause or a second role hung after it ("the campaign on tax issues and a professor at ...")."""
    keep = {t.i for t in noun.subtree if t.i <= noun.i}
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i:
            keep |= {t.i for t in prep.subtree if not _conjoined_below(t, prep)}
    return clean_name(as_written(t for t in noun.subtree if t.i in keep and t.dep_ not in ("det", "case")))


def _portfolio_only(tokens: Iterable[Token]) -> bool:
    """Words that only name a government brief ("Interior", "Health and Education"): no party."""
    words = [t.lower_ for t in tokens if t.lower_ not in ("and", "&", "-", "/")]
    return bool(words) and all(w in PORTFOLIO_WORDS for w in words)


def _named_left_of(role: Token) -> str | None:
    """The proper name nearest before a role noun in its phrase: "<Org-Name> deputy military spokesman"."""
    doc = role.doc
    run: list[Token] = []
    for i in range(role.i - 1, role.left_edge.i - 1, -1):
        tok = doc[i]
        named = (tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTS) and not is_rank_prefix(tok)
        if (named and tok.lower_ not in NOT_A_PARTY) or (run and tok.text in ("-", "/", "&") and i > role.left_edge.i):
            run.insert(0, tok)
        elif run:
            break
    if not run or not (run[0].pos_ == "PROPN" or run[0].ent_type_ in PARTY_ENTS) or _portfolio_only(run):
        return None
    ent = ent_span(run[-1])
    if ent is not None and ent.start == run[0].i and ent.end == run[-1].i + 1 and only_a_place(ent, role):
        return None  # "a Middle East expert": the place is what the expert knows, not whom they speak for
    text = doc[run[0].i : run[-1].i + 1].text
    return clean_name(text) or None


def _conjoined_below(tok: Token, top: Token) -> bool:
    """Whether a token hangs on a conjunct somewhere between itself and `top` ("... and a professor")."""
    while tok.i != top.i:
        if tok.dep_ in ("conj", "cc"):
            return True
        tok = tok.head
    return False
