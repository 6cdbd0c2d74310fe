"""Whether two related claims can both hold: the opposition signals between a pair of claims.

Each claim is first reduced to a `Profile` (its party, speaker, polarity, whom it denies,
its numbers and places), then `judge_pair` weighs the signals for a pair. The weights say how
much each signal is worth against the others; the strongest is that the two speakers belong
to opposing parties, then a denial that names the other's party, then numbers that cannot
both be true. A plain negation counts least: denials are often affirmative ("we are still
there") and assertions can contain "no" ("there were no civilian casualties").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.link.lexicon import FRAME_OF, FRAMES
from factcheck.link.parties import Parties, label_tokens, stem
from factcheck.link.similarity import ClaimWords
from factcheck.model import Claim

W_SIDES = 1.0  # the speakers are on opposing sides
W_DENIES = 0.6  # one rejects a claim, the other does not
W_TARGET = 0.4  # ...and the rejection names the other's party or speaker
W_NEGATION = 0.3  # one negates what it says, the other does not
W_NUMBERS = 0.8  # numbers of the same thing that cannot both hold
W_PLACES = 0.5  # the same thing happening in different places
MAX_OPPOSITION = 1.6
SAME_SIDE_BONUS = 1.2  # corroboration from one's own side or with the same numbers ranks higher

_BOUNDS = {"=": (0.97, 1.03), "~": (0.7, 1.3)}


@dataclass(frozen=True)
class Profile:
    """What linking compares in one claim."""

    index: int
    article: str
    speaker: str | None
    party: str | None
    denies: bool
    negated: bool
    targets: tuple[str, ...]
    names_of_source: frozenset[str]
    numbers: tuple[tuple[float, float, str, str, str | None], ...]  # low, high, noun, bound, verb
    locatives: tuple[tuple[str, str], ...]
    places: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    name_words: frozenset[str]
    topic_words: frozenset[str]  # its context words that are not part of a name
    frames: frozenset[str]  # event classes of its words (and borrowed words)
    context: frozenset[str]  # its words, and those of the claim it answers when it is short


def build_profiles(claims: Sequence[Claim], parties: Parties, words: ClaimWords | None = None) -> list[Profile]:
    """One profile per claim; a claim without a side takes the party of whoever it shows denying."""
    by_stem: dict[str, str] = {}
    for label in parties.members:
        for member in parties.members[label]:
            for token in label_tokens(member):
                by_stem.setdefault(stem(token), label)
    words = words or ClaimWords.of(claims)
    prev = words.previous
    out = []
    for i, claim in enumerate(claims):
        f = claim.features
        party = parties.of(claim.side)
        if party is None:
            party = _party_of_deniers(f.get("deniers", ()), by_stem, parties)
        speaker = claim.speaker.strip().lower() if claim.speaker else None
        source_names: set[str] = set(parties.names(party)) if party else set()
        if speaker:
            source_names.add(speaker)
            source_names.add(stem(speaker.split()[-1]))
        numbers = tuple(_number(entry) for entry in f.get("numbers", ()) if len(entry) >= 3 and entry[1])
        own = frozenset(words.terms[i])
        context = own | frozenset(words.terms[prev[i]]) if i in prev and words.short[i] else own
        names = frozenset(words.names[i])
        out.append(
            Profile(
                index=i,
                article=claim.article,
                speaker=speaker,
                party=party,
                denies=bool(f.get("denies")),
                negated=bool(f.get("negated")),
                targets=tuple(f.get("denial_targets", ())),
                names_of_source=frozenset(source_names),
                numbers=numbers,
                locatives=tuple((str(p), str(q)) for p, q in f.get("locatives", ())),
                places=frozenset(f.get("places", ())),
                words=own,
                names=names,
                name_words=(name_words := frozenset(t for n in names for t in n.split())),
                topic_words=context - name_words,
                frames=frozenset(words.frames[i] | words.frames[prev[i]])
                if context is not own
                else frozenset(words.frames[i]),
                context=context,
            )
        )
    return out


def _party_of_deniers(deniers: Sequence[str], by_stem: dict[str, str], parties: Parties) -> str | None:
    for name in deniers:
        for token in label_tokens(name):
            party = by_stem.get(stem(token))
            if party is not None and party in parties.contenders:
                return party
    return None


def _number(entry: Sequence[object]) -> tuple[float, float, str, str, str | None]:
    """(low, high, noun, bound, verb) from a features entry [value, noun, bound, verb(, upper)]."""
    value = float(entry[0])  # type: ignore[arg-type]
    upper = float(entry[4]) if len(entry) > 4 and entry[4] is not None else value  # type: ignore[arg-type]
    verb = str(entry[3]) if len(entry) > 3 and entry[3] else None
    return value, upper, str(entry[1]), str(entry[2]), verb


def _interval(low: float, high: float, bound: str) -> tuple[float, float]:
    if bound == ">=":
        return low, float("inf")
    if bound == "<=":
        return 0.0, high
    down, up = _BOUNDS.get(bound, _BOUNDS["="])
    return low * down, high * up


def _same_measure(noun_a: str, verb_a: str | None, noun_b: str, verb_b: str | None) -> bool:
    """Two numbers count the same thing: same noun, and no two different things done to it."""
    if noun_a != noun_b:
        return False
    if verb_a is None or verb_b is None or verb_a == verb_b:
        return True
    return bool(set(FRAME_OF.get(verb_a, ())) & set(FRAME_OF.get(verb_b, ())))


def compare_numbers(a: Profile, b: Profile) -> tuple[str, str] | None:
    """("conflict" | "agree", "17 vs 40 death") for numbers of the same thing in both claims."""
    found: tuple[str, str] | None = None
    for lo_a, hi_a, noun_a, bound_a, verb_a in a.numbers:
        for lo_b, hi_b, noun_b, bound_b, verb_b in b.numbers:
            if not _same_measure(noun_a, verb_a, noun_b, verb_b):
                continue
            min_a, max_a = _interval(lo_a, hi_a, bound_a)
            min_b, max_b = _interval(lo_b, hi_b, bound_b)
            if max_a < min_b or max_b < min_a:
                return "conflict", f"{lo_a:g} vs {lo_b:g} {noun_a}"
            if found is None:
                found = ("agree", f"{lo_a:g} {noun_a}")
    return found


def _places_differ(a: Profile, b: Profile) -> tuple[str, str] | None:
    """The same event placed in different places, when the two claims share no place at all."""
    if a.places & b.places or a.names & b.names & (a.places | b.places):
        return None
    for pred_a, place_a in a.locatives:
        for pred_b, place_b in b.locatives:
            if pred_a == pred_b and place_a != place_b:
                return place_a, place_b
    return None


def _aims_at(denier: Profile, other: Profile) -> bool:
    """The denial names the other claim's party or speaker."""
    if not denier.targets:
        return False
    names = other.names_of_source
    return any(target in names or any(stem(t) in names for t in label_tokens(target)) for target in denier.targets)


def share_a_topic(a: Profile, b: Profile) -> bool:
    """Something besides a name in common: a content word or an event class."""
    return bool(a.frames & b.frames or a.topic_words & b.topic_words)


def judge_pair(
    a: Profile, b: Profile, rel: float, parties: Parties, rel_echo: float | None = None
) -> tuple[float, str, list[str]] | None:
    """(score, "competes" | "corroborates", evidence) for two related claims, or None for neither.

    `rel` weighs an opposition; `rel_echo` (relatedness with embeddings, when there are any)
    weighs a corroboration.
    """
    if not share_a_topic(a, b):
        return None  # a place or a person in common is not a topic in common
    same_party = a.party is not None and a.party == b.party
    evidence: list[str] = []
    opposition = 0.0
    numbers = compare_numbers(a, b) if a.numbers and b.numbers else None
    if numbers and numbers[0] == "conflict":
        opposition += W_NUMBERS
        evidence.append(f"numbers differ ({numbers[1]})")
    if not same_party:
        if parties.opposed(a.party, b.party):
            opposition += W_SIDES
            evidence.append("sides")
        if a.denies != b.denies:
            denier, other = (a, b) if a.denies else (b, a)
            opposition += W_DENIES
            if _aims_at(denier, other):
                opposition += W_TARGET
                evidence.append("one denies the other's claim")
            else:
                evidence.append("one denies")
        elif a.negated != b.negated:
            opposition += W_NEGATION
            evidence.append("one negates")
        places = _places_differ(a, b) if a.locatives and b.locatives else None
        if places:
            opposition += W_PLACES
            evidence.append(f"different places ({places[0]} vs {places[1]})")
    if opposition > 0:
        return rel * min(opposition, MAX_OPPOSITION), "competes", evidence
    if a.article == b.article or not (same_party or a.party is None or b.party is None):
        return None
    score = (rel if rel_echo is None else rel_echo) * (SAME_SIDE_BONUS if same_party else 1.0)
    if numbers:
        score *= SAME_SIDE_BONUS
        evidence.append(f"same numbers ({numbers[1]})")
    return score, "corroborates", evidence


COMPETES, CORROBORATES = 1, 2
_FRAME_BITS = {name: 1 << k for k, name in enumerate(sorted(FRAMES))}


def score_pairs(
    profiles: Sequence[Profile],
    parties: Parties,
    first: np.ndarray,
    second: np.ndarray,
    lexical: np.ndarray,
    combined: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """`judge_pair` over arrays of pairs: (relation codes, scores); 0 means neither relation.

    The common case (parties, denials, negations, a shared event class) is computed with numpy;
    a pair with numbers, places or a named target on both sides, or without a shared event
    class, goes through `judge_pair` itself, so both give the same answer.
    """
    n = len(profiles)
    party_code: dict[str, int] = {}
    code = np.array([party_code.setdefault(p.party, len(party_code)) if p.party else -1 for p in profiles])
    contender = np.array([p.party in parties.contenders for p in profiles], dtype=bool)
    denies = np.array([p.denies for p in profiles], dtype=bool)
    negated = np.array([p.negated for p in profiles], dtype=bool)
    numbers = np.array([bool(p.numbers) for p in profiles], dtype=bool)
    places = np.array([bool(p.locatives) for p in profiles], dtype=bool)
    targets = np.array([bool(p.targets) for p in profiles], dtype=bool)
    frames = np.array([sum(_FRAME_BITS[f] for f in p.frames) for p in profiles], dtype=np.int64)
    article_code: dict[str, int] = {}
    article = np.array([article_code.setdefault(p.article, len(article_code)) for p in profiles])
    relation = np.zeros(first.size, dtype=np.int8)
    score = np.zeros(first.size, dtype=np.float64)
    if n == 0 or first.size == 0:
        return relation, score
    i, j = first, second
    same_party = (code[i] >= 0) & (code[i] == code[j])
    den_diff = denies[i] != denies[j]
    opposition = np.where(
        same_party,
        0.0,
        W_SIDES * (contender[i] & contender[j] & (code[i] != code[j]))
        + W_DENIES * den_diff
        + W_NEGATION * (~den_diff & (negated[i] != negated[j])),
    )
    special = (
        (numbers[i] & numbers[j])
        | (~same_party & places[i] & places[j])
        | (~same_party & den_diff & (targets[i] | targets[j]))
    )
    no_frame = ~special & ((frames[i] & frames[j]) == 0)
    competes = ~special & (opposition > 0)
    relation[competes] = COMPETES
    score[competes] = lexical[competes] * np.minimum(opposition[competes], MAX_OPPOSITION)
    backs = ~special & (opposition == 0) & (article[i] != article[j]) & (same_party | (code[i] < 0) | (code[j] < 0))
    relation[backs] = CORROBORATES
    score[backs] = combined[backs] * np.where(same_party[backs], SAME_SIDE_BONUS, 1.0)
    for k in np.flatnonzero(no_frame).tolist():
        if not share_a_topic(profiles[int(i[k])], profiles[int(j[k])]):
            relation[k] = 0
            score[k] = 0.0
    for k in np.flatnonzero(special).tolist():
        verdict = judge_pair(profiles[int(i[k])], profiles[int(j[k])], float(lexical[k]), parties, float(combined[k]))
        if verdict is not None:
            relation[k] = COMPETES if verdict[1] == "competes" else CORROBORATES
            score[k] = verdict[0]
    return relation, score
