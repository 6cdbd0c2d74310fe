"""What the relatedness of claims reads from each claim: its content words, names, event classes, and the
claim before it in its article that it answers, computed once per linking run (`ClaimWords`).

`similarity.py` builds its index from them and `evidence.py` compares two claims with them. A short
claim ("we reject that version") has few words of its own and borrows those of the claim it answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.lexicon import DENIAL_VERBS, DENIAL_WORDS, REPORTING_VERBS
from factcheck.link.lexicon import CLAIM_NOUNS, FRAME_OF, NAME_LABELS
from factcheck.model import Claim

SHORT_CLAIM = 4  # content words at most, for a claim to borrow context


def _content_words(claim: Claim) -> list[str]:
    lemmas = claim.features.get("content_lemmas")
    if lemmas is None:
        lemmas = claim.features.get("lemmas", [])
    return [w for w in lemmas if w not in REPORTING_VERBS]


def claim_terms(claim: Claim) -> Counter[str]:
    """The lemmas of what a claim says, counted."""
    return Counter(_content_words(claim))


def claim_frames(claim: Claim) -> set[str]:
    """The event classes a claim touches."""
    out: set[str] = set()
    for word in claim.features.get("content_lemmas") or claim.features.get("lemmas", []):
        if word in FRAME_OF:  # most words belong to no class: no call for them
            out.update(FRAME_OF[word])
    return out


def claim_names(claim: Claim) -> set[str]:
    """The names (people, places, organisations) a claim mentions, lower-cased."""
    return {text.lower() for text, label in claim.features.get("entities", ()) if label in NAME_LABELS}


# British spellings and the American ones they fold into when a corpus has both.
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("tre", "ter"), ("ence", "ense"))


def fold_inflections(terms: list[Counter[str]]) -> list[Counter[str]]:
    """Each claim's terms with a participle folded into the verb the corpus also uses bare, and a British
    spelling into the American one the corpus also has ("defence" / "defense": two outlets, one word).

    The tagger lemmatises "a rocket misfired by X" to "misfire" but keeps "a misfired rocket" as
    "misfired" (an adjective): two claims saying the same thing would share no term. A term ending
    in -ed becomes its stem only when some claim of the corpus uses that stem, so nothing is folded
    into a word nobody wrote. (Folding -ing as well, "bombing" into "bomb", was tried: it joined
    "meeting" to "meet" and "parking" to "park" too, and lost as much on one event as it won on another.)
    """
    vocabulary = set().union(*terms) if terms else set()
    fold: dict[str, str] = {}
    for term in vocabulary:
        if term.endswith("ed") and len(term) > 4:
            # "misfired" -> "misfire", "killed" -> "kill", "stopped" -> "stop", "carried" -> "carry"
            stems = (term[:-1], term[:-2], term[:-3] if term[-3] == term[-4] else "", term[:-3] + "y")
            found = next((stem for stem in stems if stem in vocabulary), None)
            if found is not None:
                fold[term] = found
        for british, american in _SPELLINGS:
            other = term.replace(british, american)
            if other != term and other in vocabulary:
                fold[term] = other  # "centre" -> "center": two outlets, one word
    if not fold:
        return terms
    out = []
    for counts in terms:
        if any(term in fold for term in counts):
            folded: Counter[str] = Counter()
            for term, k in counts.items():
                folded[fold.get(term, term)] += k
            counts = folded
        out.append(counts)
    return out


_NOT_OWN_WORDS = CLAIM_NOUNS | DENIAL_WORDS | DENIAL_VERBS  # "claim", "reject": what a bare rejection says


def is_short(claim: Claim) -> bool:
    """Few words of its own ("we reject that version"): it borrows those of the claim it answers."""
    return _short(claim_terms(claim))


def _short(terms: Counter[str]) -> bool:
    """`is_short` of a claim from its counted content words (`claim_terms`, before any folding)."""
    return sum(k for w, k in terms.items() if w not in _NOT_OWN_WORDS) <= SHORT_CLAIM


def previous_claims(claims: Sequence[Claim]) -> dict[int, int]:
    """For each claim, the index of the claim just before it in the same article."""
    by_article: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_article.setdefault(claim.article, []).append(i)
    prev: dict[int, int] = {}
    for idx in by_article.values():
        idx.sort(key=lambda i: claims[i].start)
        prev.update(zip(idx[1:], idx[:-1], strict=True))
    return prev


ANSWER_REACH = 3  # claims back a short claim looks for the one it answers


def answered_claims(
    claims: Sequence[Claim], terms: Sequence[Counter[str]], short: Sequence[bool], names: Sequence[set[str]]
) -> dict[int, int]:
    """For each claim, the claim before it in its article that it answers: for a short claim, the nearest of
    the ANSWER_REACH before it that shares one of its own words (not a word of a name: every side names the
    places and parties of the dispute), else the one just before.

    "Police said protesters threw stones. Seven officers were injured, police said. The front denied that its
    members had thrown anything.": the denial answers the stones, not the injured officers just before it.
    """
    prev = previous_claims(claims)
    out = dict(prev)
    named = [{word for name in found for word in name.split()} for found in names]
    for i, before in prev.items():
        if not short[i]:
            continue
        own = {w for w in terms[i] if w not in _NOT_OWN_WORDS} - named[i]
        j: int | None = before
        for _ in range(ANSWER_REACH):
            if j is None:
                break
            if own & (terms[j].keys() - named[j]):
                out[i] = j
                break
            j = prev.get(j)
    return out


@dataclass
class ClaimWords:
    """What the similarity and the evidence read from each claim, computed once per linking run."""

    terms: list[Counter[str]]
    names: list[set[str]]
    frames: list[set[str]]
    short: list[bool]
    previous: dict[int, int]  # the claim before each in its article that it answers (`answered_claims`)

    @classmethod
    def of(cls, claims: Sequence[Claim]) -> ClaimWords:
        """The words, names, event classes and context of every claim."""
        terms = [claim_terms(c) for c in claims]
        short = [_short(t) for t in terms]  # before folding, which makes new counters of some
        folded = fold_inflections(terms)
        names = [claim_names(c) for c in claims]
        return cls(
            short=short,
            terms=folded,
            names=names,
            frames=[claim_frames(c) for c in claims],
            previous=answered_claims(claims, folded, short, names),
        )
