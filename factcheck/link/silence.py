"""Lines that say someone said nothing: "would not discuss the inquiry", "declined to comment".

Such a line answers no point, and two of them look alike without being about anything in common, so it
bonds with nothing (`bonds.py`), and its suggested verdict says there is nothing to check (`reasons.py`).
The same test is asked of a claim's profile (linking) and of the claim itself (suggestions, which see
claims only).
"""

from __future__ import annotations

from collections.abc import Collection

from factcheck.link.evidence import Profile, copular, predicates
from factcheck.link.lexicon import (
    ASKING,
    NAME_LABELS,
    PLAIN_SAYING,
    REFUSALS,
    SILENCE_VERBS,
    UNANSWERED_VERBS,
)
from factcheck.model import Claim

SILENCE_WORDS = 8  # words besides names in a line that only says someone said nothing, at most


def falls_silent(profile: Profile) -> bool:
    """A line that says someone said nothing ("<Body> spokesmen would not discuss the inquiry", "an official
    did not respond to a request for comment", "the ministry declined to comment"). A claim that also says
    something ("declined to comment, but said the dam held"), gives a figure, or says more around it ("even
    as he accused the ministry of …, he would not speculate about …": a clause the predicates leave out) is
    no silence."""
    return _silent(
        {lemma for lemma, _ in profile.says_so},
        {lemma for lemma, _ in profile.says_not},
        profile.words,
        len(profile.words - profile.name_words),  # its own words: a short line's topic adds the line before
        bool(profile.numbers),
        profile.negated,
    )


def says_nothing(claim: Claim) -> bool:
    """`falls_silent`, read from the claim's features: its words without the words of the names in it."""
    f = claim.features
    says_not, says_so = predicates(f.get("predicates", ()))
    words = frozenset(str(w) for w in f.get("content_lemmas", ()))
    names = {w.lower() for text, label in f.get("entities", ()) if label in NAME_LABELS for w in str(text).split()}
    return _silent(
        {lemma for lemma, _ in says_so},
        {lemma for lemma, _ in says_not},
        words,
        len(words - names),
        bool(f.get("numbers")),
        bool(f.get("negated")),
    )


def _silent(
    done: Collection[str], not_done: Collection[str], words: Collection[str], size: int, figures: bool, negated: bool
) -> bool:
    """The test itself, on what a profile and a claim's features both give: the lemmas of the predicates it
    asserts (`done`) and negates (`not_done`), its content words, how many of them are not names, whether
    it gives a figure, whether it is negated."""
    if figures or size > SILENCE_WORDS:
        return False
    words = frozenset(words)
    # A copula with its complement ("was not available") is left out, as "had no comment" is.
    done = {lemma for lemma in done if not copular(lemma)} - PLAIN_SAYING - ASKING  # "accused X of …" says something
    not_done = {lemma for lemma in not_done if not copular(lemma)} - PLAIN_SAYING
    if not done | not_done:  # "<Studio> had no comment", "was not available for comment": light verbs
        return negated and "comment" in words
    silence = SILENCE_VERBS | UNANSWERED_VERBS if words & ASKING else SILENCE_VERBS
    refused = bool(done) and done <= REFUSALS and bool(words & silence)
    return (refused or not done) and not_done <= silence
