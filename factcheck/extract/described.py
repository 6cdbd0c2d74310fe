"""People a common noun phrase describes rather than names: an age before a role ("a 71-year-old
priest"), a person word ("the fisherman", "her husband"), whose they are ("<Name>'s doctor"), and an
unnamed share of people ("Most of the engineers", "75 percent of voters").

Split from `mentions.py` (past 530 lines), which turns a subject phrase into a speaker mention and
calls these for the phrases no name heads.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    FEMALE_KIN,
    GROUP_NOUNS,
    MALE_KIN,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    ROLE_NOUNS,
    STATE_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.mention_types import Mention
from factcheck.extract.names import as_written, clean_name, possessive_mark, possessor_person

_AGE_UNITS = frozenset("year years month months week weeks day days".split())


def age_tokens(tok: Token) -> set[int]:
    """The token indices of an age before a noun ("71-year-old", "71-year old", "six-month-old"): an age
    describes the speaker, it is no part of the name of what they are."""
    doc, out = tok.doc, set[int]()
    for old in (t for t in tok.lefts for t in t.subtree if t.lower_ == "old"):
        i = old.i - 1
        while i >= tok.left_edge.i and (doc[i].text == "-" or doc[i].lower_ in _AGE_UNITS or doc[i].like_num):
            i -= 1
        if i < old.i - 2:  # two tokens at least before "old": a number and its unit
            out.update(range(i + 1, old.i + 1))
    return out


def leads_with(name: str, words: str) -> bool:
    """Whether a name opens with these words, whole ("Norland's Office" with "Norland", not "Norlands")."""
    return name.startswith(words) and not name[len(words) : len(words) + 1].isalnum()


def person_owner(tok: Token) -> str | None:
    """The person whose role a noun names, as written ("Ivo Brenner's doctor" → "Ivo Brenner")."""
    owner = possessor_person(tok)
    if owner is None:
        return None
    return clean_name(as_written(t for t in owner.subtree if t.dep_ not in ("case", "det", "punct"))) or None


_NO_LONGER = frozenset("former ex ex- onetime one-time erstwhile".split())


def role_owner(tok: Token) -> str | None:
    """The person a role or a body belongs to when a description, not a name, says whose it is ("the
    governor's office" → "governor", "the prime minister's spokesman" → "prime minister", "the man's lawyer"
    → "man"). Whose it is tells one spokesman or office from another: without it, every "spokesman" of an
    article is one speaker with one side. A body's possessor ("the ministry's spokesman") is a party, read
    by `party_before_role`."""
    if any(c.lower_ in _NO_LONGER for c in tok.children):
        return None  # "the president's former envoy": nobody's voice now, the name as before
    for child in tok.children:
        if child.dep_ != "poss" or child.pos_ != "NOUN" or child.ent_type_ or not child.is_lower:
            continue
        word = child.lower_
        if word in GROUP_NOUNS or word in STATE_NOUNS or word in ORGANISATION_HEADS:
            return None
        if word in TITLE_WORDS or word in ROLE_NOUNS or walk_of_life(word):
            mods = [t for t in child.lefts if t.dep_ in ("amod", "compound") and t.is_alpha and t.is_lower]
            return " ".join(t.text for t in [*mods, child])
    return None


def possessive(tok: Token, whose: str) -> str:
    """`whose` (`role_owner` of `tok`) as a possessive written the way the text marks it: "the governor's
    office" → "governor's", "the residents' lawyer" → "residents'" (not "residents's")."""
    for child in tok.children:
        if child.dep_ == "poss" and possessive_mark(child) == "'":
            return f"{whose}'"
    return f"{whose}'s"


def pronoun_owner(tok: Token) -> str | None:
    """ "his" or "her" when a possessive pronoun owns a role or a body ("his campaign", "her spokeswoman"):
    the person a "he" or "she" there would stand for, whose voice it is (`speakers` finds them); "its" or
    "their" ("its spokesman", "their commander"): the body the sentences before are about, when the role
    stands before its sentence's verb ("..., said <Name>, its president" is the sentence's own body's)."""
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            return child.lower_
        if child.dep_ == "poss" and child.lower_ in ("its", "their") and tok.i < tok.sent.root.i:
            return child.lower_
    return None


def age_described(tok: Token) -> str | None:
    """ "46-year-old" when the token ends "the 46-year-old" (a person described by age), else None."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "old" or i < 4 or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if doc[i - 1].text == "-" and doc[i - 2].lower_ == "year" and doc[i - 3].text == "-" and doc[i - 4].like_num:
        return f"{doc[i - 4].text}-year-old"
    return None


def is_age(tok: Token) -> bool:
    """Whether a token is a number a person's age can be ("58")."""
    return tok.text.isdigit() and 1 < int(tok.text) < 120


def aged(tok: Token) -> bool:
    """Whether a proper noun has an age set off after it ("<Name>, 58,"): a person, whatever the tagger said."""
    return any(c.dep_ == "appos" and c.i == tok.i + 2 and is_age(c) for c in tok.children)


_PERSON_WORDS = PERSON_NOUNS | MALE_KIN | FEMALE_KIN
_SUFFIXED_MIN = 5  # a word ending in a person suffix names one when longer than this ("fisherman", not "list")


def walk_of_life(word: str) -> bool:
    """Whether a lower-case noun names one person by kin or a walk of life ("rabbi", "ferryman", "novelist")."""
    return word in _PERSON_WORDS or (word.endswith(PERSON_SUFFIXES) and len(word) > _SUFFIXED_MIN)


def described_as_person(tok: Token) -> bool:
    """Whether a proper noun is described, set off after it, as one person ("<Name>, a rabbi,", "<Name>, a
    retired ferryman,"): an indefinite singular noun that names kin or a walk of life (a role in apposition
    already tells a person: `person_mentions.person_token`). "<Name>, a maker of sluice gates," stays what
    the tagger said."""
    for c in tok.children:
        if c.dep_ != "appos" or c.i <= tok.i or c.tag_ != "NN":
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            continue
        if walk_of_life(c.lower_):
            return True
    return False


def alone(tok: Token) -> bool:
    """Whether a name in apposition stands alone, not first of several ("<Name> and <Name>")."""
    return not any(c.dep_ == "conj" for c in tok.children)


# Nouns that count people without naming them: "dozens of residents", "a number of scientists".
COUNT_NOUNS = frozenset("dozens hundreds thousands millions scores number lot lots handful couple".split())
# Nouns that gather people without naming a body: "a group of residents", "a panel of doctors" (of people
# written in the plural; "the group of <Name>" is a body).
GATHERING_NOUNS = frozenset("group coalition team panel band delegation".split())
# Nouns of a counted share of people ("75 percent of voters said", "a third of residents say").
SHARE_NOUNS = frozenset(
    "percent % majority majorities minority plurality half halves third thirds quarter quarters fourth fourths fifth "
    "fifths".split()
)
# Words that stand for an unnamed share of people ("some said", "most of them say", "two in three said").
_SHARES = frozenset("some many most few several both all others those one half".split())


def share_of_people(tok: Token, counted: bool = False) -> Mention | None:
    """An unnamed share of people as a speaker: "Some", "Most of the engineers", "Two in three", "Those
    surveyed", "75 percent of voters" (the phrase as written, up to six words or eight with a figure; no
    side). Never "this" or "that"."""
    if not counted and tok.lower_ not in _SHARES and not (tok.like_num and tok.ent_type_ in ("CARDINAL", "")):
        return None
    words = list(tok.subtree)
    if len(words) > (8 if counted else 6):
        # a long share ends with those it counts: "Large majorities of voters (in six states going ...)", "Two of
        # the country's top intelligence officials", "Most of the people (who live below the dam)"
        of = [o.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        end = of[0] if of else tok.i
        words = [t for t in tok.subtree if t.i <= end] if counted or of else [tok]
        if len(words) > 8 and not counted:
            words = [tok]
    return Mention(name=clean_name(as_written(words)) or tok.text, is_person=False)  # "Sixty-two percent"


def many_people(name: str) -> bool:
    """A speaker described as several people ("aides", "two senior officials", "spokesmen", "Officials" opening a
    sentence): no "he" or "she" stands for them, and no surname of a person is to be filled in from elsewhere."""
    words = name.split()
    last = words[-1].lower() if words else ""
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return False  # "Ana Judges" is a name
    if last in ("people", "staff"):
        return True
    if not last.endswith(("s", "men")):
        return False
    single = last[:-3] + "man" if last.endswith("men") else last[:-1]
    return single in ROLE_NOUNS or single in PERSON_NOUNS


def one_of_a_people(tok: Token) -> bool:
    """ "An American", "a Canadian", "one Frenchman": a single person of a nation or a party, named by the word
    for its members with "a", "an", "one" or "another"; a "he" after it stands for them (a bare "Americans" is
    several people, "the American" may be a description of someone named before)."""
    if tok.ent_type_ != "NORP" or tok.tag_ not in ("NNP", "NN") or not tok.text[:1].isupper():
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in tok.children
    )
