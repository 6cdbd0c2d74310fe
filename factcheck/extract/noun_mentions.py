"""Speaker mentions headed by a common noun of a role or a group: "the spokesman", "<Org> officials",
"his campaign chairman", "the senator" (a person named before), "the ministry in <Region>", "the group"
(as "it"), "the farmers' alliance". Split from mentions.py, whose `mention_from_token` hands these
nouns here.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from factcheck.extract.described import (
    age_tokens,
    person_owner,
    possessive,
    pronoun_owner,
    role_owner,
)
from factcheck.extract.lexicon import GENERIC_GROUPS, STATE_NOUNS
from factcheck.extract.mention_types import Mention
from factcheck.extract.names import (
    apposed_name,
    as_written,
    camel_cased,
    clean_name,
    group_side,
    members_of,
    person_possessor,
    possessed_tokens,
    run_by,
)
from factcheck.extract.role_parties import affiliation_of, party_before_role


def role_mention(tok: Token, edge: int) -> Mention:
    """A person named by a role noun (`tok`; the subject's words from token `edge`): the role as written,
    with whose it is ("<Name>'s doctor", "the governor's spokesman", "his spokesman" for `speakers` to
    resolve), the party written before or after it, and whether it is a definite description of someone
    named before ("the senator")."""
    owned = possessed_tokens(tok) | age_tokens(tok)
    words = [
        t
        for t in tok.subtree
        if edge <= t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case") and t.i not in owned
    ]
    name = clean_name(as_written(words)) or tok.text
    whose = role_owner(tok) if owned else None
    owner_of = whose or (pronoun_owner(tok) if owned else None)  # "his spokesman": `speakers` finds whose
    if owned and (owner := person_owner(tok)):
        name = f"{owner}'s {name}"  # "<Name>'s doctor said": whose doctor, not "<First name> doctor"
    elif whose:
        name = f"{possessive(tok, whose)} {name}"  # "the governor's spokesman": not the last spokesman named
    before, after = party_before_role(tok), affiliation_of(tok)
    basis = "role" if before else "affiliation" if after else None
    # "the senator said", "the Norlandic diplomat said": a definite description of a person named before
    role = "role" if refers_back(tok) and not owner_of else None
    plural = tok.tag_ in ("NNS", "NNPS")
    # "Residents said" opening a sentence and "residents said": one speaker. Only the role itself or a
    # modifier ("Senior", "Local") loses the capital the sentence gave it, never a name ("<Brand> officials").
    opening = words[0] if words and words[0].i == words[0].sent.start and not words[0].ent_type_ else None
    common = opening is not None and (opening == tok or opening.pos_ in ("ADJ", "DET", "NUM"))
    if opening is not None and common and name.startswith(opening.text):
        name = lowered(opening.text) + name[len(opening.text) :]
    return Mention(
        name=name,
        is_person=True,
        side=before or after,
        basis=basis,
        pronoun=role,
        plural=plural,
        owner=owner_of,
    )


def group_mention(tok: Token, edge: int) -> Mention:
    """A body named by a group noun (`tok`; the subject's words from token `edge`): "the <adj> group <Name>"
    is <Name>, "<Name>'s campaign" the "<Surname> campaign", "the group" a pronoun, "environmental groups"
    no party, "the farmers' alliance" the body its members name (`members_body`), "the <X>-run office" its
    runner's."""
    if named := apposed_name(tok):  # "the <adj> group <Name>" is <Name>
        return Mention(name=named, is_person=False, side=named, basis="party name")
    if (body := members_body(tok)) is not None:
        return body
    owned = possessed_tokens(tok)
    words = [
        t
        for t in tok.subtree
        if (edge <= t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod") and t.i not in owned) or t == tok
    ]
    runner = run_by(tok)
    first = min((t.i for t in tok.subtree if t.dep_ != "det" and t.i >= edge), default=tok.i)
    name = clean_name(tok.doc[first : tok.i + 1].text)
    whose = role_owner(tok) if owned and not runner else None
    owner_of = whose or (pronoun_owner(tok) if owned and not runner else None)
    if not runner:
        name = clean_name(as_written(words))
        if owned and (person := person_possessor(tok)):
            name = f"{person} {name}"  # "<Name>'s campaign said": the "<Surname> campaign"
        elif whose:
            name = f"{possessive(tok, whose)} {name}"  # "the mayor's office said": not the last office that spoke
    after = None if runner else affiliation_of(tok)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    bare = name.lower() in GENERIC_GROUPS and not any(c.dep_ == "prep" for c in tok.children)
    if not runner and not after and bare and definite:
        return Mention(name=name.lower(), is_person=False, pronoun="group")  # "the group said": as "it said"
    own = "" if owner_of else group_side(tok)
    if own.lower() in GENERIC_GROUPS or own.lower().removesuffix("s") in GENERIC_GROUPS:
        own = ""  # "environmental groups": no party is named
    return Mention(
        name=located(name, tok, tok.i + 1),
        is_person=False,
        side=runner or after or own or None,
        basis="affiliation" if runner or after else "party name" if own else None,
        owned=bool(owned),
        owner=owner_of,
    )


def members_body(tok: Token) -> Mention | None:
    """A group or an organisation named by its members' plural possessive in lower case ("the farmers'
    alliance", "the parents' committee", "the <Place> residents' association"): one body, the side "<members>'
    <noun>", where the noun alone ("the alliance", "committee") may be any. Not when another party runs it or
    it is another's ("the <X>-backed farmers' alliance", "the farmers' alliance of <Name>")."""
    members = members_of(tok)
    if members is None or run_by(tok) or affiliation_of(tok):
        return None
    side = f"{members} {tok.lower_}"
    owner = next(c for c in tok.children if c.dep_ == "poss")  # `members_of` found one
    # "the Lower <Place> residents' association": the capitalised words before the members name where they are
    places = [t for t in owner.subtree if t.i < owner.i and t.dep_ not in ("det", "punct")]
    named = bool(places) and all(t.text[:1].isupper() for t in places)
    name = f"{as_written(places)} {side}" if named else side
    return Mention(name=name, is_person=False, side=side, basis="party name", owned=True)


def lowered(name: str) -> str:
    """A common-noun speaker in lower case ("Officials" opening a sentence is "officials"), its acronyms and
    the words with a capital inside them as written ("DNA tests", "NGOs", "McKay", a brand such as "eFarm"):
    no common noun is written so."""
    return " ".join(w if (len(w) > 1 and w.isupper()) or _inner_capital(w) else w.lower() for w in name.split())


def _inner_capital(word: str) -> bool:
    """A capital after the first letter that follows a small letter or another capital ("eFarm", "NGOs",
    "McKay", "D’Emmet"), not a hyphenated "Pro-Levy" (whose parts are lowered as words of their own)."""
    return camel_cased(word) or any(c.isupper() and p.isalpha() for p, c in pairwise(word))


def located(name: str, root: Token, end: int) -> str:
    """A state body's name with the place written right after it (at token `end`) in the subject: "the
    health ministry in <Region>" (the place tells which body; the side stays what it was)."""
    if root.lower_ not in STATE_NOUNS:
        return name
    for prep in root.children:
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "in" and prep.i == end and place is not None and place.ent_type_ in ("GPE", "LOC"):
            return f"{name} {root.doc[prep.i : place.i + 1].text}"
    return name


def refers_back(tok: Token) -> bool:
    """A definite singular description with nothing after it ("the senator", "the Norlandic diplomat", "the
    novelist"): a person named before, not one described anew ("the senator from <State>")."""
    return (
        tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ == "prep" for c in tok.children)
    )
