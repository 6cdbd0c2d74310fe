"""Names, roles and the parties they belong to, read from spaCy tokens.

"<Org> spokesman <Name>", "<Name>, leader of <Org>", "a reporter from <Outlet>", "sources close to <Org>":
the helpers here find the name as written and the party a name or body is; the party a role noun speaks
for is read in `role_parties.py` (split from here). Only generic English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    DOCUMENT_NOUNS,
    GENERATION_WORDS,
    GENERIC_GROUPS,
    GROUP_NOUNS,
    INDEFINITE_DETERMINERS,
    NOT_A_PARTY,
    OFFICE_ROLES,
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


def camel_cased(word: str) -> bool:
    """A word with a capital inside it after a small letter or an apostrophe ("McKay", "D’Emmet", "DeLuca"):
    a name, whatever its tag, for no common noun is written so (an acronym, "NGOs", is capitals)."""
    if not word[:1].isupper():
        return False
    return any(c.isupper() and (p.islower() or p in "'’") for p, c in pairwise(word))


def proper_shaped(tok: Token) -> bool:
    """A proper noun, or a name the tagger took for a common noun because of its inner capital ("O’Dannel")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and camel_cased(tok.text))


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


def apposed_name(tok: Token) -> str | None:
    """A proper name written in apposition after a group noun: "the <adjective> group <Name>" names the
    group itself, so it is one camp with "<Name>" and "<Name> militants"."""
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and (child.pos_ == "PROPN" or child.ent_type_ in PARTY_ENTS):
            words = [t for t in child.subtree if t.i <= child.i and (t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS)]
            return clean_party(name_phrase(words)) or None
    return None


# Group nouns that, right before a proper name or in apposition with it, say the name is an organisation's
# ("militant group <Name>", "the movement, <Name>,", "<Name>, the armed group,").
_NAMING_GROUPS = (GENERIC_GROUPS - {"side", "camp"}) | {"militia", "network"}


def _a_naming_group(tok: Token) -> bool:
    """A singular group noun that names what the proper name beside it is: owned by no one and not
    indefinite ("the group", "militant group"; not "a group <Name> won easily", where the name begins
    a clause about the group)."""
    if tok.tag_ != "NN" or tok.lower_ not in _NAMING_GROUPS:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS) for c in tok.children)


def named_group(tok: Token) -> str | None:
    """The name of a group the text itself calls one, however the tagger took the name: "Islamist group
    <Name>", "the rebel movement <Name>", "the group, <Name>,", "<Name>, the militant group,". An unfamiliar
    organisation's name is often tagged a person's; these words say it is a party. None for anything else."""
    if tok.pos_ != "PROPN":
        return None
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i <= tok.i:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    group_before = (  # "Islamist group <Name>"
        before is not None and before.head == tok and before.dep_ in ("compound", "nmod") and _a_naming_group(before)
    )
    apposed_to_group = tok.dep_ == "appos" and tok.head.i < start and _a_naming_group(tok.head)  # "the group, <Name>,"
    group_after = any(  # "<Name>, the militant group,": right after it (one further on may be another name's)
        c.dep_ == "appos" and tok.i < c.left_edge.i <= tok.i + 2 and _a_naming_group(c) for c in tok.children
    )
    if not (group_before or apposed_to_group or group_after):
        return None
    return clean_party(doc[start : tok.i + 1].text) or None


def name_phrase(tokens: list[Token]) -> str:
    """Tokens as written: "SPLA-IO" keeps its hyphen; tokens with a gap between are joined by spaces."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    chosen = {t.i for t in tokens}
    between = doc[tokens[0].i : tokens[-1].i + 1]
    if all(t.i in chosen or t.text in ("-", "/", "&") for t in between):
        return clean_name(between.text)
    return clean_name(" ".join(t.text for t in tokens))


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
        return clean_party(name_phrase(names))  # "the armed <Name> group" is <Name>: one camp with "<Name>"
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


def plural_possessive_name(tok: Token) -> str | None:
    """The whole name of a body named with a plural possessive ("the <Place> Workers' Front", "the Farmers'
    Union", "the Workers' Solidarity Front"): the possessive is part of the name, not its owner. The tagger
    cuts such names in two ("<Place> Workers'" and "Front"), and the body spoke for "<Place> Workers" as the
    Front's owner. None when the noun is no capitalised name or its possessor takes "'s" ("<Country>'s
    Front" is owned)."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    for child in tok.children:
        if child.dep_ != "poss" or child.i >= tok.i - 1 or not child.text[:1].isupper():
            continue
        between = tok.doc[child.i + 2 : tok.i]  # "the Workers' Solidarity Front": capitalised words of the name
        if not all(t.head == tok and t.dep_ == "compound" and t.text[:1].isupper() for t in between):
            continue
        marker = tok.doc[child.i + 1]
        if marker.text in ("'", "’") and child.lower_.endswith("s"):
            start = min((t.i for t in child.subtree if t.dep_ != "det"), default=child.i)
            return clean_name(tok.doc[start : tok.i + 1].text) or None
    return None


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


def members_of(group: Token) -> str | None:
    """The members a generic group noun is named by, written as a plural possessive in lower case ("farmers'"
    of "the farmers' alliance", "residents'" of "the residents' group"): that names one body, where "the
    alliance" alone may be any alliance; an irregular plural keeps its "'s" ("women's" of "the women's
    group"). None for a person's or a party's possessive ("<Name>'s group") and for a singular owner ("the
    crew's union")."""
    for child in group.children:
        mark = possessive_mark(child)
        if child.dep_ == "poss" and child.tag_ == "NNS" and child.is_lower and mark is not None:
            return child.lower_ + mark  # one side however the outlet writes it
    return None


def possessive_mark(owner: Token) -> str | None:
    """The mark a possessive is written with, straightened: "'" ("residents'"), "'s" ("women's",
    "governor's"), or None when the token carries none."""
    mark = next((c.text for c in owner.children if c.dep_ == "case" and c.text in _POSSESSIVE_MARKS), None)
    return None if mark is None else mark.replace("’", "'")


_POSSESSIVE_MARKS = frozenset(("'", "’", "'s", "’s"))
