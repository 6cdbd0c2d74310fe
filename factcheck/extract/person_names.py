"""A person's name as an entity gives it, and the gender its title or kin tell.

Split from `mentions.py` (past 580 lines), which turns a subject into a speaker mention; these read the
name itself: titles and roles before it dropped, words the tagger swallowed around it left out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    FEMALE_KIN,
    FEMALE_TITLES,
    MALE_KIN,
    MALE_TITLES,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.names import clean_name


def person_name(text: str) -> str:
    """A person's name without the titles and role words before it: "FM Spokesperson Ivo Kern" → "Ivo Kern"."""
    words = clean_name(text).split()
    while len(words) > 1 and (words[0].lower() in TITLE_WORDS or words[0].lower() in ROLE_NOUNS):
        words = words[1:]
    while len(words) > 1 and words[0].lower().strip(".") in ROLE_ABBREVIATIONS:
        words = words[1:]
    return " ".join(words)


def ent_person_name(ent: Span) -> str:
    """A PERSON entity's name; an inverted lead-in the tagger swallowed is left out ("Said Kern: ..."), and
    so are a common noun, an adjective or a verb's "-ing" form it took for a first name ("Billionaire Ivo
    Kern praised ...", "Taking Ada to dinner" in a photo caption)."""
    if len(ent) > 1 and ent[0].lower_ in ("said", "says") and ent.start == ent.sent.start:
        return person_name(ent[1:].text)
    start = 0
    while start < len(ent) - 1 and (ent[start].tag_ == "VBG" or ent[start].pos_ in ("NOUN", "ADJ")):
        start += 1  # "Billionaire Ivo Kern", "Taking Ada to dinner": a word the tagger swallowed
    end = next((i for i in range(start + 1, len(ent)) if ent[i].lower_ in _NOT_IN_NAMES), len(ent))
    return person_name(ent[start:end].text)  # "photos of Thomas to Instagram": the name ends before "to"


# Small words no name holds, though the tagger may run a name on over them ("<Name> to Instagram"); name
# particles ("de", "van", "bin", "al") are not among them.
_NOT_IN_NAMES = frozenset("to for with and at on in from by into onto after before as than via".split())


def title_gender(ent: Span) -> str | None:
    """ "m" or "f" when a gendered title stands before or opens the name ("Mr. Kern", "Ms Lusk")."""
    doc = ent.doc
    words = [doc[ent.start - 1].lower_] if ent.start > 0 else []
    words.append(ent[0].lower_)
    if any(w in MALE_TITLES for w in words):
        return "m"
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    return None


def _owned(tok: Token) -> bool:
    """Whether a word is someone's ("his Father", "<Name>'s Mother"): kin, whatever its capital."""
    i = tok.i - 1
    return i >= 0 and (tok.doc[i].lower_ in ("his", "her", "their", "my", "our", "your") or tok.doc[i].tag_ == "POS")


def kin_gender(ent: Span) -> str | None:
    """ "m" or "f" when kin are written just before a name ("her son, Ivo Kern", "his wife Ana Kern"): the
    gender of that full name only, as kin most often share the surname of whom they are kin to."""
    doc = ent.doc
    before = ent.start - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    kin = doc[before].lower_ if before >= 0 else ""
    if before == ent.start - 1 and doc[before].is_title and not _owned(doc[before]):
        return None  # "Father <Name>", "Sister <Name>": a title of the clergy, not whose kin the name is
    if kin in MALE_KIN:
        return "m"
    if kin in FEMALE_KIN:
        return "f"
    return None
