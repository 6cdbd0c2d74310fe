"""Figures given as an estimate of something named before: "Police put the figure at 12,000".

A crowd dispute reads "Organisers said 80,000 people took part. Police put the figure at 12,000." The
second figure counts what the first counted, and its sentence names the count only as "the figure"; a
turnout, a crowd or an attendance counts the people who came. Only English is known here: the verbs that
set an estimate at a value ("put", "place", "peg", "set", "estimate") and the nouns that stand for a count.
"""

from __future__ import annotations

from spacy.tokens import Token

ESTIMATE_VERBS = frozenset("put place peg set estimate".split())
# Nouns that stand for a count named before: "the figure", "that number", "the total".
FIGURE_WORDS = frozenset("figure number total estimate tally count size".split())
# Nouns of a count of the people who came: "put the turnout at 80,000", "the crowd was 12,000".
CROWD_WORDS = frozenset("turnout crowd attendance".split())
# Nouns of a count of the dead: "the fire service put the toll at nine".
TOLL_WORDS = frozenset(["toll"])
_ESTIMATED = FIGURE_WORDS | CROWD_WORDS | TOLL_WORDS
# The verbs that set an estimate and are no verbs of speech ("estimate" is one already).
_SETTING_VERBS = ESTIMATE_VERBS - {"estimate"}


def estimate_of(tok: Token) -> Token | None:
    """The noun a figure sets the value of, when the figure is "at N" after a verb of estimating with that
    noun as its object ("put the figure at 12,000", "estimated the crowd at 12,000"), or the complement of
    "be" with that noun as its subject ("the turnout was 80,000", or "it" just after the noun: "we counted the
    crowd, and it was 3,000"); None otherwise."""
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "at" and head.head.lemma_.lower() in ESTIMATE_VERBS:
        verb, role = head.head, "dobj"
    elif tok.dep_ == "attr" and head.lemma_.lower() == "be":
        verb, role = head, "nsubj"
    else:
        return None
    noun = next((c for c in verb.children if c.dep_ == role), None)
    if noun is not None and noun.lower_ == "it" and role == "nsubj":
        noun = _named_before_it(noun)  # "we counted the crowd, and it was no more than 3,000": the crowd
    if noun is None or noun.lemma_.lower() not in _ESTIMATED:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the number of marchers": the sentence names what it counts
    return noun


_CORE = frozenset("nsubj nsubjpass dobj attr".split())


def _named_before_it(it: Token) -> Token | None:
    """The count an "it" stands for: the last subject or object before it in its sentence ("the crowd", not
    "the bridge" of "counted the crowd from the bridge"), when that noun is one a figure sets ("the crowd",
    "the figure"); None otherwise (a pronoun may stand for anything)."""
    nouns = [t for t in it.sent if t.i < it.i and t.pos_ == "NOUN" and t.dep_ in _CORE]
    return nouns[-1] if nouns and nouns[-1].lemma_.lower() in _ESTIMATED else None


def sets_an_estimate(verb: Token) -> bool:
    """ "<X> put / placed / pegged the figure (the turnout, the number) at <N>": X gives the figure, though
    "put" is no verb of speech ("estimate" is one already)."""
    if verb.lemma_.lower() not in _SETTING_VERBS:
        return False
    has_at = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    return has_at and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _ESTIMATED or c.lemma_.lower() == "toll") for c in verb.children
    )
