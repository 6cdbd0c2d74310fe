"""Speaker mentions: who a subject phrase names, whether a person, and which party it speaks for.

`mention_from_token` turns the subject of a reporting verb into a `Mention`: a named person with
the side their role or affiliation gives ("<Org> spokesperson <Name>", "a reporter from <Outlet>"),
a party or body ("<Country>'s defence ministry", "the <X>-run office"), an outlet (no side), a
document ("a study by <Institute>"), or a pronoun or description left for the reader to resolve
("he", "it", "the statement", "the senator", "the group"). Named persons and their sides are read in
`person_mentions`, speakers named by a role or group noun ("the spokesman", "the farmers' alliance") in
`noun_mentions`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.described import (
    COUNT_NOUNS,
    GATHERING_NOUNS,
    SHARE_NOUNS,
    age_described,
    age_tokens,
    aged,
    described_as_person,
    leads_with,
    one_of_a_people,
    person_owner,
    possessive,
    role_owner,
    share_of_people,
    walk_of_life,
)
from factcheck.extract.lexicon import (
    DOCUMENT_NOUNS,
    GENERIC_GROUPS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    INSTITUTION_WORDS,
    INTERJECTIONS,
    MASTHEAD_WORDS,
    ORGANISATION_HEADS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRESS_NOUNS,
    PUBLICATION_PARTS,
    ROLE_NOUNS,
    STATE_NOUNS,
    STATE_PRESS_WORDS,
    UTTERANCE_NOUNS,
)
from factcheck.extract.mention_types import Attribution, Mention
from factcheck.extract.names import (
    PARTY_ENTS,
    as_written,
    camel_cased,
    clean_name,
    clean_party,
    ent_span,
    named_group,
    only_a_place,
    plural_possessive_name,
    possessed_tokens,
    possessor_party,
    run_by,
)
from factcheck.extract.noun_mentions import group_mention, located, lowered, members_body, refers_back, role_mention
from factcheck.extract.outlets import broadcaster_name, is_outlet
from factcheck.extract.person_mentions import person_mention, person_token, said_to_be_a_thing

__all__ = ["NAME_ENTS", "Attribution", "Mention", "mention_from_token", "proper_mistagged"]

NAME_ENTS = frozenset({"PERSON"}) | PARTY_ENTS
# Words organisations are named with ("Harbour Law School", "Varn House"): a name the tagger made an
# organisation's that holds one is read as an organisation's, though a person may bear it (`_person_shaped`).
_ORGANISATION_WORDS = (
    GROUP_NOUNS | STATE_NOUNS | MASTHEAD_WORDS | OUTLET_NOUNS | DOCUMENT_NOUNS | INSTITUTION_WORDS | ORGANISATION_HEADS
)


def _person_shaped(ent: Span) -> bool:
    """An organisation's entity written as a person's name ("<First> <Last>": two or three capitalised words,
    none a word organisations are named with): a person if the corpus names a person by that surname
    (`SideLedger.learn`), as a name the tagger left untagged is; it reads an unfamiliar name either way from
    one sentence to the next."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
        return False
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in ent):
        return False
    return not any(t.lower_ in _ORGANISATION_WORDS for t in ent)


def _utterance(tok: Token) -> Mention | None:
    """Who made a statement: "<Org>'s statement", "a statement from <Org>"; else the statement itself,
    to be resolved to the last speaker ("a statement read", "according to the statement")."""
    for child in tok.children:
        if child.dep_ in ("poss", "nmod", "compound"):  # "<Org>'s statement", "a ministry statement"
            inner = mention_from_token(child)
            if inner is not None:
                return inner
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (inner := mention_from_token(pobj)) is not None:
                    return inner
    if any(c.dep_ == "det" and c.lower_ in ("the", "a", "this", "that", "its", "their") for c in tok.children):
        return Mention(name=tok.lower_, is_person=False, pronoun="utterance")
    return None


def _state_press(tok: Token) -> str | None:
    """The state whose own voice a press noun is, by its modifiers ("Norlandic state media", "Vardic
    state-run television"); None for the press in general ("Norlandic media", "local press")."""
    mods = [t for t in tok.children if t.dep_ in ("amod", "compound", "nmod")]
    words = [t for m in mods for t in m.subtree if t.lower_ not in STATE_PRESS_WORDS]
    if len(words) == sum(len(list(m.subtree)) for m in mods):
        return None  # no word makes it the state's own
    named = [t for t in words if t.ent_type_ in PARTY_ENTS or (t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN"))]
    return clean_party(named[0].text) if named else None


def _press_or_party(tok: Token) -> str | None:
    """The party a modifier names for a common noun ("Norlandic officials"); for the press, only the state
    whose own outlets they are (see `_state_press`): the press takes no nation's side."""
    if tok.lower_ in PRESS_NOUNS:
        return _state_press(tok)
    mods = [t for t in tok.children if t.dep_ in ("amod", "compound")]
    for t in mods:
        ent = ent_span(t) if t.ent_type_ in PARTY_ENTS else None
        if ent is not None and only_a_place(ent, tok):
            return None  # "the New Harbor businessman": a place is no side of a private person
        if ent is not None:  # "Norlandic officials", the whole name ("New Harbor officials", not "Harbor")
            return clean_party(ent.text) or None
    return None


def mention_from_token(tok: Token) -> Mention | None:
    """Turn the subject of a reporting verb into a speaker mention (name, person or group, side); a group
    keeps the parties conjoined with it ("<Org> and <Org2> denied"). "No one", "nobody" is no speaker."""
    if tok.lower_ in ("nobody", "noone", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None
    mention = _mention(tok)
    if mention is not None and not mention.name:
        return None
    if mention is not None and not mention.is_person and tok.dep_ in ("nsubj", "nsubjpass"):
        mention.also = tuple(
            party
            for c in tok.conjuncts
            if c.i > tok.i and (ent := ent_span(c)) is not None and ent.label_ in PARTY_ENTS
            if (party := clean_party(ent.text)) and party != mention.name
        )
    return mention


def _gathers_people(gathering: Token, gathered: Token) -> bool:
    """Whether a gathering noun ("group", "panel") gathers people who speak for themselves: written in the
    plural, no bodies ("a coalition of 40 groups" is a body), and the gathering not named or owned itself
    ("the <Name> group of companies", "<Org>'s team of lawyers": then the body speaks, not its members)."""
    named = any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in gathering.children)
    return gathered.tag_ in ("NNS", "NNPS") and gathered.lemma_.lower() not in GENERIC_GROUPS and not named


def proper_mistagged(tok: Token) -> bool:
    """A name the tagger took for an adjective or an adverb ("Glide in a statement said", "Jolly said"): a
    capitalised word that is no common function word, where a subject stands (a verb there is a gerund:
    "Reporting by <Outlet> reveals ..."); or for a common noun, written with an inner capital ("D’Emmet")."""
    return (
        tok.pos_ in ("ADJ", "ADV")
        and tok.text[:1].isupper()
        and tok.text[1:2].islower()
        and not tok.is_stop
        and tok.dep_ in ("nsubj", "advmod", "amod", "npadvmod")
    ) or (tok.pos_ == "NOUN" and camel_cased(tok.text))


# Participles whose agent made the document ("figures released by the board", "a poll conducted by <Institute>"),
# not one who only saw or passed it on ("documents seen by", "obtained by" a newspaper; "an assessment provided
# to <Agency> by a source": the source passed on what others made).
# Tallies, whose "from" says where they were counted ("results from 14 districts"), not who counted them.
_TALLIES = frozenset("results statistics".split())
_MADE_BY = frozenset(
    "release publish issue compile produce prepare gather collect conduct write draft sign file announce".split()
)
# Documents whose "of" names who wrote them ("the report of the commission", "a ruling of the court").
_AUTHOR_OF = frozenset(
    "report reports letter letters memo memos ruling verdict order decree resolution findings".split()
)


def _publisher(tok: Token) -> Mention | None:
    """Who owns a part of a publication: its possessor, a news outlet written before it, or who it is by
    ("<Paper>'s Sunday issue", "the <Outlet> piece", "a story by <Reporter>"); not what it is about ("the
    <Name> story" of a person is a story about them)."""
    owners = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and is_outlet(c))]
    owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    return next((m for o in owners if (m := mention_from_token(o)) is not None), None)


_BREAKS = frozenset("– — : ;".split())  # and a hyphen with a space beside it: "easily - a boast - others"


def _aside_end(tok: Token) -> int:
    """Where the words of a subject may begin: after the last dash, colon or semicolon among the words
    before it, or after a bracketed tag that opens them ("(Update) Harbour officials said"). The parser can
    hang the end of an aside on the subject ("... easily - a familiar boast - others say"), and the speaker
    was "familiar boast others"; a hyphen inside a name ("<First>-<Last>") has no space beside it and
    stays, and so does a bracket inside the words ("the ministry's (acting) spokesman")."""
    doc = tok.doc
    before = [t for t in tok.subtree if t.i < tok.i]
    opens_bracketed = bool(before) and before[0].text in ("(", "[")
    edge = 0
    for t in before:
        if t.dep_ != "punct":
            continue
        spaced_hyphen = t.text == "-" and (bool(t.whitespace_) or bool(doc[t.i - 1].whitespace_))
        if t.text in _BREAKS or spaced_hyphen or (opens_bracketed and t.text in (")", "]")):
            edge = t.i + 1
    return edge


def _mention(tok: Token) -> Mention | None:
    """The mention of one subject phrase, without its conjuncts."""
    edge = _aside_end(tok)
    if tok.lower_ in INTERJECTIONS and not any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None  # '..." Yep, nothing says ...': no one
    if tok.lower_ in PERSON_PRONOUNS:
        return Mention(name=tok.lower_, is_person=True, pronoun=tok.lower_)
    if (tok.lower_ in GROUP_PRONOUNS or tok.lower_ == "it") and tok.text != "US":  # "the US welcomes": a country
        return Mention(name=tok.lower_, is_person=False, pronoun=tok.lower_)
    if tok.lower_ in UTTERANCE_NOUNS:
        return _utterance(tok)
    if tok.lower_ in COUNT_NOUNS or tok.lower_ in GATHERING_NOUNS:
        # "Dozens of dam workers say", "a number of scientists", "a group of residents": those counted speak
        counted = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
        if (
            counted is not None
            and counted.dep_ == "pobj"
            and counted.pos_ in ("NOUN", "PROPN")
            and (tok.lower_ in COUNT_NOUNS or _gathers_people(tok, counted))
        ):
            return _mention(counted)
    if tok.lower_ in DOCUMENT_NOUNS:  # "a study by <Institute> found", "<Name>'s tweet said": the author speaks
        # "of" names the author of a report or a ruling, but what a poll, a study or a video is of ("a poll of
        # 900 voters found", "footage of the blast shows") says nothing.
        by = ("by", "from", "of") if tok.lower_ in _AUTHOR_OF else ("by",) if tok.lower_ in _TALLIES else ("by", "from")
        preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in by]
        # "figures released by the board", "a report published by <Trust>": the agent of the participle
        released = [v for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in _MADE_BY]
        preps += [a for v in released for a in v.children if a.dep_ == "agent"]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        # "Last year's figures", "Monday night's results": when, not whose
        authors = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")] + objects
        author = next(
            (inner for o in authors if o.lower_ not in DOCUMENT_NOUNS and (inner := mention_from_token(o)) is not None),
            None,
        )
        if author is not None:
            return author
    if tok.lower_ in PUBLICATION_PARTS and (publisher := _publisher(tok)) is not None:
        return publisher  # "according to <Paper>'s Sunday issue", "the <Outlet> piece says": the publication
    # A news outlet reporting: its words are reported, it is not a party ("the <Name> newspaper said").
    if is_outlet(tok):
        words = [t for t in tok.subtree if edge <= t.i <= tok.i and t.dep_ not in ("det", "punct")]
        state = _state_press(tok) if tok.lower_ in OUTLET_NOUNS else None  # "Vardic state television"
        name = broadcaster_name(tok) or clean_name(as_written(words)) or tok.text
        return Mention(name=name, is_person=False, side=state, basis="affiliation" if state else None)
    if tok.ent_type_ not in PARTY_ENTS and (group := named_group(tok)):  # "militant group <Name> said"
        return Mention(name=group, is_person=False, side=group, basis="party name")
    person_tok = person_token(tok)
    if person_tok is None and tok.pos_ == "PROPN" and (aged(tok) or described_as_person(tok)):
        person_tok = tok  # "<Name>, 58, said", "<Name>, a rabbi, said": a person, whatever the tagger said
    if person_tok is not None:
        return person_mention(person_tok, tok)
    ent = ent_span(tok)
    if ent is None or ent.label_ not in PARTY_ENTS:
        # "The opposition <Long Name> (<ACR>)": the organisation named in apposition.
        for child in tok.children:
            child_ent = ent_span(child) if child.dep_ == "appos" else None
            if child_ent is not None and child_ent.label_ == "PERSON" and said_to_be_a_thing(child):
                firm = clean_party(child_ent.text)  # "the factory's owner, <Name> Apparel,": the firm speaks
                return Mention(name=firm, is_person=False, side=firm, basis="party name") if firm else None
            if child_ent is not None and child_ent.label_ in PARTY_ENTS:
                if tok.tag_ == "NN" and tok.lower_ in ROLE_NOUNS and _person_shaped(child_ent):
                    # "the governor's spokesman, <First> <Last>,": one person, whom the tagger took for a body
                    return person_mention(child_ent.root, tok)
                ent = child_ent
                break
    if (ent is None or ent.label_ != "PERSON") and (whole := plural_possessive_name(tok)):
        # "the Farmers' Union", however tagged: untagged, "Workers's Front" spoke for no one
        return Mention(name=whole, is_person=False, side=whole, basis="party name")
    if ent is not None and ent.label_ in PARTY_ENTS and clean_party(ent.text):
        name = clean_party(ent.text)
        owner = run_by(ent.root) or possessor_party(ent.root)
        if owner is not None and leads_with(name, owner):  # the name holds its owner: "<Country>'s Office of …"
            return Mention(name=name, is_person=False, side=owner, basis="affiliation")
        if owner is not None:  # "<Country>'s defence ministry", "the <Party>-run <Body>"
            return Mention(name=f"{owner} {name}", is_person=False, side=owner, basis="affiliation")
        ambiguous = ent.label_ != "NORP" and (len(ent) == 1 or _person_shaped(ent))
        where = located(name, ent.root, ent.end)
        one = one_of_a_people(tok)  # "an American who volunteers with the crews told ...": a person
        return Mention(name=where, is_person=one, side=name, ambiguous=ambiguous, basis="party name")
    if tok.lower_ in ORGANISATION_HEADS and (body := members_body(tok)) is not None:
        return body  # "the residents' association said"
    if tok.lower_ in ROLE_NOUNS:
        return role_mention(tok, edge)
    if tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in GROUP_NOUNS:
        return group_mention(tok, edge)
    if (age := age_described(tok)) is not None:  # "said the 46-year-old": a person named before, by age
        return Mention(name=age, is_person=True, pronoun="age")
    if tok.lower_ in SHARE_NOUNS and any(
        c.dep_ == "nummod" or c.like_num or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children
    ):
        return share_of_people(tok, counted=True)  # "75 percent of voters", "a majority of residents": as written
    mistagged = proper_mistagged(tok)
    if tok.pos_ in ("NOUN", "PROPN") or mistagged:
        # "<Name>'s rep": the owner's first name is no modifier of the noun; "the 71-year old cleric": nor its age
        owned = possessed_tokens(tok) | age_tokens(tok)
        words = [
            t
            for t in tok.subtree
            if (
                edge <= t.i <= tok.i
                and t.dep_ in ("compound", "amod", "nmod")
                and t.i not in owned
                and t.tag_ != "POS"
                and not (t.head != tok and t.head.like_num)  # "More than 300 workers": part of the figure
            )
            or t == tok
        ]
        name = clean_name(as_written(words))
        described = len(words) == 1 and (tok.lower_ in PERSON_NOUNS or tok.lower_ in ROLE_NOUNS)  # "Priest who ..."
        if (tok.pos_ == "PROPN" or mistagged) and tok.text[:1].isupper() and not described:
            return Mention(name=name, is_person=False, side=name, ambiguous=True, basis="party name")
        if owned and (owner := person_owner(tok)):
            return Mention(name=f"{owner}'s {name}", is_person=False)  # whose, as written: "<Name>'s rep"
        if owned and (whose := role_owner(tok)):
            return Mention(
                name=f"{possessive(tok, whose)} {name}", is_person=False
            )  # "the victim's mother": no voice of theirs
        # "Indian reports", "local officials": a party named by a modifier speaks through the noun.
        party = run_by(tok) or _press_or_party(tok)
        # "the novelist said": the person introduced as one before ("<Name>, a novelist,"), as "the senator"
        walk = refers_back(tok) and walk_of_life(tok.lower_)
        written = party or any(t.ent_type_ or t.pos_ == "PROPN" for t in words)
        return Mention(
            name=name if written else lowered(name),
            is_person=False,
            side=party or None,
            basis="affiliation" if party else None,
            walk=walk,
            opening=not written and len(words) == 1 and tok.i == tok.sent.start and tok.text[:1].isupper(),
        )
    return share_of_people(tok)
