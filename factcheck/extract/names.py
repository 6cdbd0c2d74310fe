"""Names, roles and the parties they belong to, read from spaCy tokens.

"<Org> spokesman <Name>", "<Name>, leader of <Org>", "a reporter from <Outlet>", "sources close to <Org>":
the helpers here find the name as written and the party a role ties it to. Only generic English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    DOCUMENT_NOUNS,
    ELECTED_FOR_A_PLACE,
    GENERATION_WORDS,
    GENERIC_GROUPS,
    GROUP_NOUNS,
    LAWMAKER_TITLES,
    LEADING_ONLY_FAMILIES,
    NOT_A_PARTY,
    OFFICE_ROLES,
    PARTY_FAMILIES,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    RANK_PREFIXES,
    RANK_TITLES,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    RUN_WORDS,
    STATE_NOUNS,
    TITLE_WORDS,
    UTTERANCE_NOUNS,
)

PARTY_ENTS = frozenset({"ORG", "NORP", "GPE"})

# Nouns a place speaks through (see `speaks_for_place`).
_PLACE_VOICES = OFFICE_ROLES | STATE_NOUNS | GROUP_NOUNS | DOCUMENT_NOUNS | UTTERANCE_NOUNS


def speaks_for_place(noun: Token) -> bool:
    """Whether a place named with this noun is the side of who it names: a place speaks through its offices,
    bodies, armed groups and their papers ("a Kessport official", "police in Kessport", "a Kessport
    intelligence assessment"), not through everyone who lives or works there ("a Kessport businessman", "a
    financial adviser in Port Lund")."""
    words = {noun.lower_, noun.lemma_.lower()}
    words |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}  # "a <Country> intelligence report"
    return not words.isdisjoint(_PLACE_VOICES)


def only_a_place(ent: Span, noun: Token) -> bool:
    """A place name (not a people's name, not an organisation) that gives `noun` no side."""
    return ent.label_ in ("GPE", "LOC") and not speaks_for_place(noun)


def clean_name(text: str) -> str:
    """Strip articles, possessive endings and stray punctuation from a name."""
    text = text.strip().strip(',;:―—–-()[]"“”‘’ ')
    for suffix in ("’s", "'s", "`s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "one", "some", "another"):
        if len(words) > 1 and words[1].lower() in ("of", "in"):
            break  # "one of <Name>'s advisers" is one of them, not all of them; "one in three" is a share
        words = words[1:]
    while words and words[-1].lower() in ("of", "for", "the", "and", "in", "on", "at", "to", "from"):
        words = words[:-1]  # an entity cut short by the tagger: "Federation of" (Norland)
    return " ".join(words).strip(",;:—–- ")


def ent_span(tok: Token) -> Span | None:
    """The named entity the token belongs to, if any."""
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def is_rank_prefix(tok: Token) -> bool:
    """The first word of a compound rank ("Air" of "Air Marshal", "Vice" of "Vice-Admiral", "Air" and
    "Chief" of "Air Chief Marshal"): a title, so never read as the organisation of the name it precedes."""
    doc = tok.doc
    if tok.lower_ not in RANK_PREFIXES:
        return False
    i = tok.i + 1
    while i < len(doc) and (doc[i].text in ("-", "–") or doc[i].lower_ in RANK_PREFIXES or doc[i].lower_ == "chief"):
        i += 1
    return i < len(doc) and doc[i].lower_ in RANK_TITLES and doc[i].text[:1].isupper() == tok.text[:1].isupper()


def clean_party(text: str) -> str:
    """A party's name without the role words and abbreviated titles around it: "Norland FM" → "Norland"."""
    words = clean_name(text).split()
    while words and (words[-1].lower().strip(".") in ROLE_ABBREVIATIONS or words[-1].lower() in ROLE_NOUNS):
        words = words[:-1]
    while words and (words[0].lower().strip(".") in ROLE_ABBREVIATIONS or words[0].lower() in ROLE_NOUNS):
        words = words[1:]
    return clean_name(" ".join(words))


def run_by(tok: Token) -> str | None:
    """The party behind a body named "X-run Y", "X-led Y", "X-backed Y" (the X), if the phrase says so."""
    doc = tok.doc
    for t in tok.subtree:
        if t.i >= tok.i or t.lower_ not in RUN_WORDS or t.i < 2 or doc[t.i - 1].text not in ("-", "–"):
            continue
        run: list[Token] = []
        for i in range(t.i - 2, tok.left_edge.i - 1, -1):
            if doc[i].pos_ == "PROPN" or doc[i].ent_type_ in PARTY_ENTS or (run and doc[i].text == "-"):
                run.insert(0, doc[i])
            else:
                break
        if run:
            return clean_party(doc[run[0].i : run[-1].i + 1].text) or None
    return None


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
            if child.dep_ == "poss" and child.lower_ in GROUP_NOUNS:
                # "the ministry of external affairs' spokesperson": the body itself, its owner if named
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
                return clean_party(_phrase(left)) or None
    return None if role.lower_ in ELECTED_FOR_A_PLACE else _named_left_of(role)


def affiliation_of(role: Token) -> str | None:
    """The party a role is tied to by a preposition: "spokesman for <Org>", "a reporter from <Outlet>",
    "sources close to <Org>", "an official with <Org>"."""
    preps = [c for c in role.children if c.dep_ == "prep"]
    preps += [p for c in role.children if c.dep_ == "amod" and c.lower_ == "close" for p in c.children]
    for child in preps:
        if child.dep_ != "prep" or child.lower_ not in ("for", "of", "at", "in", "with", "from", "to", "within"):
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj" or _portfolio(role, child, pobj):
                continue
            ent = ent_span(pobj)
            if ent is not None and only_a_place(ent, role):
                continue  # "a financial adviser in Port Lund"
            if ent is not None and ent.label_ in PARTY_ENTS:
                # "head of <Org>'s <Name> Office": the office is the owner's (but "<Country>'s Green Party" is itself)
                owner = possessor_party(pobj) if pobj.lower_ in _SUBUNITS else None
                return owner or clean_party(ent.text) or None
            if ent is not None and ent.label_ == "PERSON" and (holder := _party_of_holder(pobj, ent)):
                return holder  # "spokesman for <Org> Secretary-General <Name>": the body the person heads
            if ent is not None and ent.label_ == "PERSON" and child.lower_ == "for" and _own_name(pobj):
                return clean_party(pobj.text) or None  # "a spokesman for <Name>", as "<Name>'s spokesman"
            if pobj.lower_ in GROUP_NOUNS and (named := apposed_name(pobj)):
                return named  # "leader of the militant group <Name>"
            if pobj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in GROUP_NOUNS for c in pobj.children):
                # "leader of Islamist group <Name>", the name mis-tagged as a person: the group is the party
                return clean_party(_phrase([t for t in pobj.subtree if t.i <= pobj.i and t.pos_ == "PROPN"])) or None
            if pobj.lower_ in GROUP_NOUNS and child.lower_ in ("for", "from", "to", "within"):
                owner = run_by(pobj) or possessor_party(pobj)
                return owner or _body_phrase(pobj)
    return None


def _own_name(pobj: Token) -> bool:
    """Whether a person's name is written as a name, not as a title ("a spokesperson for the Archbishop
    himself": the office, which the tagger can take for a person)."""
    titled = pobj.lower_ in TITLE_WORDS or pobj.lower_ in ROLE_NOUNS or pobj.lower_.strip(".") in ROLE_ABBREVIATIONS
    return pobj.pos_ == "PROPN" and not titled and not any(c.dep_ == "det" for c in pobj.children)


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


def as_written(tokens: Iterable[Token]) -> str:
    """Tokens joined as the text writes them: "pro-life members", not "pro - life members" (adjacent
    tokens keep the space, or none, that the text has between them; a gap becomes one space)."""
    out: list[str] = []
    last: Token | None = None
    for tok in tokens:
        if last is not None:
            out.append(last.whitespace_ if tok.i == last.i + 1 else " ")
        out.append(tok.text)
        last = tok
    return "".join(out)


def _body_phrase(noun: Token) -> str:
    """A body as written: its modifiers, the noun and an "of" phrase ("the ministry of water affairs"),
    never a clause or a second role hung after it ("the campaign on tax issues and a professor at ...")."""
    keep = {t.i for t in noun.subtree if t.i <= noun.i}
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i:
            keep |= {t.i for t in prep.subtree if not _conjoined_below(t, prep)}
    return clean_name(as_written(t for t in noun.subtree if t.i in keep and t.dep_ not in ("det", "case")))


def _conjoined_below(tok: Token, top: Token) -> bool:
    """Whether a token hangs on a conjunct somewhere between itself and `top` ("... and a professor")."""
    while tok.i != top.i:
        if tok.dep_ in ("conj", "cc"):
            return True
        tok = tok.head
    return False


def apposed_name(tok: Token) -> str | None:
    """A proper name written in apposition after a group noun: "the <adjective> group <Name>" names the
    group itself, so it is one camp with "<Name>" and "<Name> militants"."""
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and (child.pos_ == "PROPN" or child.ent_type_ in PARTY_ENTS):
            words = [t for t in child.subtree if t.i <= child.i and (t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS)]
            return clean_party(_phrase(words)) or None
    return None


def _phrase(tokens: list[Token]) -> str:
    """Tokens as written: "SPLA-IO" keeps its hyphen; tokens with a gap between are joined by spaces."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    chosen = {t.i for t in tokens}
    between = doc[tokens[0].i : tokens[-1].i + 1]
    if all(t.i in chosen or t.text in ("-", "/", "&") for t in between):
        return clean_name(between.text)
    return clean_name(" ".join(t.text for t in tokens))


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


def roles_near(tok: Token) -> list[Token]:
    """Role nouns attached to a name: itself, its appositions, the noun it is apposed to, or a role
    just before it and a comma that the parser failed to attach ("<Org> spokesman, <Name> said")."""
    roles = []
    if tok.lower_ in ROLE_NOUNS:
        roles.append(tok)
    start = tok.left_edge.i
    before = tok.doc[start - 2] if start >= 2 and tok.doc[start - 1].text == "," else None
    # ...but not a role another word takes: "to play the <Org> founder, <Name> …", "asked about the <Org> chief,
    # …" (a role after "as" is the name's own: "As <Place>'s governor, <Name> said")
    taken = before is not None and (
        before.dep_ in ("dobj", "dative") or (before.dep_ == "pobj" and before.head.lower_ != "as")
    )
    if before is not None and before.lower_ in ROLE_NOUNS and not taken:
        roles.append(before)
    for child in tok.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS:
            roles.append(child)
        if child.dep_ == "compound" and child.lower_ in ROLE_NOUNS:
            roles.append(child)
    if tok.dep_ == "appos" and tok.head.lower_ in ROLE_NOUNS:
        roles.append(tok.head)
    return roles


def _nation_adjective(tok: Token) -> bool:
    """A capitalised adjective inside a phrase ("the Norlandic ministry"): a people's adjective."""
    return tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.i > tok.sent.start


def group_side(tok: Token) -> str:
    """The side a group speaks for, named by its own phrase: "South Sudanese rebels", "Spanish unions".

    A state body also takes its owner ("<Country>'s defence ministry"); other groups do not:
    a country's unions are not its government.
    """
    owned = possessed_tokens(tok)
    mods = [
        t
        for t in tok.subtree
        if t.i < tok.i
        and t.i not in owned
        and t.dep_ in ("compound", "amod", "nmod")
        and (t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in PARTY_ENTS or _nation_adjective(t))
        and t.lower_ not in NOT_A_PARTY
    ]
    phrase = clean_name(" ".join(t.text for t in [*mods, tok] if t.lower_ not in RUN_WORDS))
    names = [t for t in mods if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE")]
    if tok.lower_ in GENERIC_GROUPS and names and tok.text.islower():
        return clean_party(_phrase(names))  # "the armed <Name> group" is <Name>: one camp with "<Name>"
    runner = run_by(tok)
    if runner:
        return runner
    owner = possessor_party(tok)
    if owner and (tok.lower_ in STATE_NOUNS or tok.lemma_.lower() in STATE_NOUNS):
        return f"{owner} {phrase}"  # "<Country>'s defence ministry": a state body (its state, later)
    person = person_possessor(tok)
    if person:
        return f"{person} {phrase}"  # "<Name>'s campaign": the "<Surname> campaign"
    return phrase.lower() if _common_words_only([*mods, tok]) else phrase


def _common_words_only(words: list[Token]) -> bool:
    """Common nouns that only a sentence's first letter capitalised ("Police said", "Security forces
    fired"): they name no party, so they are written in lower case like "police" elsewhere."""
    return all(
        t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ and (t.is_lower or t.i == t.sent.start) and not t.is_upper
        for t in words
    )  # "The Norlandic ministry": a capital inside the sentence is a name's, whatever the tagger says


def possessed_tokens(tok: Token) -> set[int]:
    """The token indices of a noun's possessor phrase ("Ivo Brenner's" of "Ivo Brenner's campaign"):
    the owner names the group, its first name is no modifier of it."""
    return {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}


def person_possessor(tok: Token) -> str | None:
    """The surname of a person owning a group ("Ivo Brenner's campaign" → "Brenner"): the group is that
    person's camp. A country's or a party's groups are not theirs by the possessive alone ("<Country>'s
    unions" speak for the unions)."""
    owner = possessor_person(tok)
    return (clean_name(owner.text) or None) if owner is not None else None


def possessor_person(tok: Token) -> Token | None:
    """The possessive that names a person before a noun ("Brenner" of "Ivo Brenner's campaign"), if any."""
    for child in tok.children:
        if child.dep_ != "poss":
            continue
        if child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and child.ent_type_ not in PARTY_ENTS):
            return child  # a name the tagger missed is a person's more often than not
    return None


def role_end(tok: Token) -> int:
    """The index just after the last role word before a name ("spokesman Ivo Kern" → the index of Ivo)."""
    roles = [c.i for c in tok.subtree if c.i < tok.i and (c.lower_ in ROLE_NOUNS or c.lower_ in TITLE_WORDS)]
    return max(roles) + 1 if roles else tok.left_edge.i


def possessor_party(tok: Token) -> str | None:
    """The named party owning a noun: "<Country>'s ministry"."""
    for child in tok.children:
        if child.dep_ == "poss":
            ent = ent_span(child)
            if ent is not None and ent.label_ in PARTY_ENTS and ent.start <= tok.i < ent.end:
                # the tagger's one name for owner and owned ("<Org>'s Office of ..."): the owner is its part
                return clean_party(as_written(t for t in child.subtree if t.dep_ != "case")) or None
            if ent is not None and ent.label_ in PARTY_ENTS:
                return clean_party(ent.text) or None
            if child.pos_ == "PROPN":
                return clean_party(child.text) or None
    return None


def without_generation(words: list[str]) -> list[str]:
    """A name's words without a generation after the surname ("<Name> III", "<Name>, Jr."): it is a <Name>."""
    while len(words) > 1 and words[-1].strip(",").lower() in GENERATION_WORDS:
        words = words[:-1]
    return words


def favoured(votes: Counter[str] | None) -> str | None:
    """The one gender (or other label) the votes favour, None when there are none or the top two tie."""
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else top
