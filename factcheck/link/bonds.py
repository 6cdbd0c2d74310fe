"""Bonds: how surely two claims bear on the same point, which drives the greedy grouping (`greedy.py`).

Two claims bear on the same point when they are related (the inverted index of `similarity.py`:
shared content lemmas, event classes and names, never all pairs) and share a topic beyond a name;
figures of the same measure, a rejection aimed at the other's party and two opposing camps make the
bond stronger. Groups grow greedily from the strongest bonds, and a group joins another only when
the two are bonded on average, so one loose pair cannot chain two points into one. `questions.py`
turns the groups into questions.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from factcheck.link.claim_words import ClaimWords
from factcheck.link.evidence import (
    ALIKE_MIN,
    COPY_MIN_WORDS,
    Profile,
    aims_at,
    build_profiles,
    compare_numbers,
)
from factcheck.link.greedy import Bonds, strongest_first
from factcheck.link.parties import Parties, build_parties, two_sides
from factcheck.link.silence import falls_silent
from factcheck.link.similarity import related_candidates
from factcheck.link.word_sets import SetRows, pair_cosines
from factcheck.model import Claim, Question

CANDIDATES = 24  # related claims considered per claim
CANDIDATES_LARGE = 10  # ...in a corpus of more than LARGE_CORPUS claims
LARGE_CORPUS = 5000
RELATED_MIN = 0.10  # below this two claims are not about the same thing
TERM_SHARE = 0.25  # the bond's relatedness: this share from own content words, the rest from the index
W_NUMBERS = 0.25  # figures of the same measure in both claims
W_AIMS = 0.2  # one rejects the other's party by name
W_CAMPS = 0.1  # opposing camps on a shared topic
VOICE_MIN = 2  # a camp with this many claims takes part in arguing, a contender or not
MOST_NAMED = 0.3  # a camp naming one other camp in this share of its claims, more than any other, argues with it
W_REJECTS = 1.0  # each rejection of a claim naming a contender counts this much toward "they argue"
_PAIRS_AT_ONCE = 1 << 14  # pairs compared word by word in one go (`copied_articles`): ~150k words, ~10 MB
# Words that make two lines look alike without making a point: "declined to comment", "did not respond".
NO_POINT = frozenset("comment decline respond response request reach immediately available".split())


def opposed_strongest_first(
    bonds: dict[tuple[int, int], float], profiles: Sequence[Profile], parties: Parties, floor: float
) -> list[tuple[int, int]]:
    """The pairs bonded at least `floor` whose camps oppose, strongest first, ties by pair: what a walk over
    `strongest_first` that stops below `floor` and skips pairs of camps that do not oppose meets.

    With `Bonds.arrays`, the camps are asked once per pair of parties (`_opposed_pairs`), not once per bond
    (180k at 20k claims, most of them of no camp or of one).
    """
    if not isinstance(bonds, Bonds) or bonds.arrays is None or bonds.order is None:
        out = []
        for pair, value in strongest_first(bonds):
            if value < floor:
                break
            if parties.opposed(profiles[pair[0]].party, profiles[pair[1]].party):
                out.append(pair)
        return out
    first, second, strength = bonds.arrays
    order = bonds.order[: int(np.count_nonzero(strength >= floor))]  # strongest first: those at least `floor` lead
    order = order[_opposed_pairs(profiles, first[order], second[order], parties)]
    return list(zip(first[order].tolist(), second[order].tolist(), strict=True))


@dataclass
class Grouping:
    """What linking needs after grouping: the profiles, parties, bonds and the questions found."""

    profiles: list[Profile]
    parties: Parties
    bonds: dict[tuple[int, int], float]
    questions: list[Question] = field(default_factory=list)
    members: list[list[int]] = field(default_factory=list)  # claim indices of each question
    stances: list[dict[int, str]] = field(default_factory=list)
    # The members of a count whose own figure is not their stance's name ("at least 471" in the "at least
    # 500" answer), so a reason quotes what the claim says, not what its answer is named. By claim: a claim
    # is a member of one question at most.
    figures: dict[int, str] = field(default_factory=dict)
    anchors: list[int] = field(default_factory=list)
    clashes: set[tuple[int, int]] = field(default_factory=set)  # bonded pairs that look like a dispute
    copies: set[tuple[str, str]] = field(default_factory=set)  # article pairs (sorted) printing a sentence alike
    guessed: set[int] = field(default_factory=set)  # members whose stance is a guess: they oppose no one
    # Per counted noun, the pairs of figures one claim gives both of ("Of the 40 scouts at the camp, nine came
    # home ill"), each with the claims that give it: a whole and its part. Filled by `build_questions`.
    together: dict[str, dict[frozenset[float], set[int]]] = field(default_factory=dict)
    _near: dict[int, list[tuple[int, int]]] | None = None  # each claim's bonded pairs, built when first asked

    def bonds_within(self, nodes: Sequence[int]) -> dict[tuple[int, int], float]:
        """The bonds between the given claims only (a few of 20,000: never a pass over every bond)."""
        inside = set(nodes)
        return {pair: self.bonds[pair] for i in inside for pair in self.bonds_from(i) if pair[1] in inside}

    def bonds_from(self, i: int) -> list[tuple[int, int]]:
        """The bonded pairs (i, j) that start with claim `i`, in the order of the bonds."""
        if self._near is None:
            self._near = defaultdict(list)
            arrays = self.bonds.arrays if isinstance(self.bonds, Bonds) else None
            if arrays is not None and arrays[0].size and bool((arrays[0][1:] >= arrays[0][:-1]).all()):
                # Bonds in pair order: each claim's pairs are one run of them.
                pairs, first = list(self.bonds), arrays[0]
                starts = np.flatnonzero(np.r_[True, first[1:] != first[:-1]])
                ends = np.r_[starts[1:], first.size]
                for claim, start, end in zip(first[starts].tolist(), starts.tolist(), ends.tolist(), strict=True):
                    self._near[claim] = pairs[start:end]
            else:
                for pair in self.bonds:
                    self._near[pair[0]].append(pair)
        return self._near.get(i, [])


def camp_parties(claims: Sequence[Claim]) -> Parties:
    """Parties folded from each claim's camp, or its side while no camp is known."""
    return build_parties(claims, sides=[c.camp or c.side for c in claims])


def one_voice(members: Sequence[int], profiles: Sequence[Profile]) -> bool:
    """Whether the members are one voice (one speaker, or the outlet itself, in one article): no question."""
    return len({(profiles[i].speaker or "", profiles[i].article) for i in members}) < 2


def voices(profiles: Sequence[Profile]) -> np.ndarray:
    """An integer id per claim's voice: who speaks (or the outlet itself) in which article."""
    ids: dict[tuple[str, str], int] = {}
    return np.array([ids.setdefault((p.speaker or "", p.article), len(ids)) for p in profiles], dtype=np.int64)


def _on_one_point(profiles: Sequence[Profile], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For each pair, a topic in common beyond a name (an event class or a topic word in both) and more
    than words that make no point ("declined to comment"); a line that only says someone said nothing
    (`falls_silent`) is on no point with anything.

    A loop over the pairs asked whether all topic words of both lie in NO_POINT or in the names both
    claims mention; a claim's topic words hold none of its own name words (`build_profiles`), so none
    of the names two claims share either, and that test is one flag per claim: topic words in NO_POINT only.
    """
    shared = SetRows([p.topic_words for p in profiles]).meet(first, second) | _share_a_frame(profiles, first, second)
    pointless = np.array([p.topic_words <= NO_POINT for p in profiles], dtype=bool)
    silent = np.array([falls_silent(p) for p in profiles], dtype=bool)  # "would not discuss the inquiry"
    return shared & ~(pointless[first] & pointless[second]) & ~(silent[first] | silent[second])


def _share_a_frame(profiles: Sequence[Profile], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For each pair, whether the two claims touch an event class in common: one bit per class and claim
    (there are a dozen), not a set of marked words per claim."""
    names = sorted({frame for p in profiles for frame in p.frames})
    if len(names) > 62:  # more classes than bits: compare them as sets
        return SetRows([p.frames for p in profiles]).meet(first, second)
    bit = {name: 1 << k for k, name in enumerate(names)}
    mask = np.array([sum(bit[frame] for frame in p.frames) for p in profiles], dtype=np.int64)
    return (mask[first] & mask[second]) != 0


def bonds_of_pairs(
    profiles: Sequence[Profile], first: np.ndarray, second: np.ndarray, related: np.ndarray, parties: Parties
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How surely each related pair (first[k], second[k]) bears on the same point, all pairs at once.

    Returns the positions k of the pairs on one point (`_on_one_point`), their bonds and whether their
    camps oppose. A bond is the pair's relatedness, + W_NUMBERS for figures of one measure in both,
    + W_AIMS for a rejection naming the other's party or speaker, + W_CAMPS for opposing camps, added
    in that order one float64 addition at a time, as a loop over the pairs would. Only the tests that
    read a profile's sets run in Python, and only on the pairs they can change (figures on both ends, a
    rejection on one); whether two camps oppose is asked once per pair of parties, not per pair of claims.
    """
    keep = np.flatnonzero(_on_one_point(profiles, first, second))
    value = related[keep].astype(np.float64)
    has_numbers = np.array([bool(p.numbers) for p in profiles], dtype=bool)
    denies = np.array([p.denies for p in profiles], dtype=bool)
    a, b = first[keep], second[keep]
    for term, weight, test in (
        (has_numbers[a] & has_numbers[b], W_NUMBERS, one_count),
        (denies[a] | denies[b], W_AIMS, lambda p, q: (p.denies and aims_at(p, q)) or (q.denies and aims_at(q, p))),
    ):
        where = np.flatnonzero(term)
        hit = [k for k in where.tolist() if test(profiles[int(a[k])], profiles[int(b[k])])]
        value[hit] += weight
    opposed = _opposed_pairs(profiles, a, b, parties)
    value[opposed] += W_CAMPS
    return keep, value, opposed


def one_count(a: Profile, b: Profile) -> bool:
    """Both give a figure for one measure, and share more than what is counted: a place, a name or a
    word beyond the figures' nouns and verbs ("300 people were killed when the dam burst" and "12 people
    were killed as the plant exploded" are two tolls, not two answers to one)."""
    if compare_numbers(a, b) is None:
        return False
    counted = {word for p in (a, b) for _, _, noun, _, verb, _ in p.numbers for word in (noun, verb) if word}
    return bool(a.places & b.places or a.names & b.names or (a.context & b.context) - counted - NO_POINT)


def _opposed_pairs(profiles: Sequence[Profile], a: np.ndarray, b: np.ndarray, parties: Parties) -> np.ndarray:
    """`parties.opposed` of each pair (a[k], b[k]), asked once per distinct pair of parties."""
    ids: dict[str | None, int] = {None: 0}
    party_id = np.array([ids.setdefault(p.party, len(ids)) for p in profiles], dtype=np.int64)
    named = list(ids)
    codes = party_id[a] * len(named) + party_id[b]
    distinct, back = np.unique(codes, return_inverse=True)
    answer = np.array(
        [parties.opposed(named[c // len(named)], named[c % len(named)]) for c in distinct.tolist()], dtype=bool
    )
    return answer[back.reshape(-1)] if distinct.size else np.zeros(a.size, dtype=bool)


def build_bonds(claims: Sequence[Claim]) -> Grouping:
    """Profiles of every claim and the bond of each candidate pair from the inverted index."""
    parties = camp_parties(claims)
    words = ClaimWords.of(claims)
    profiles = build_profiles(claims, parties, words)
    if len(parties.contenders) > 2:
        parties.arguing, parties.placed = two_sides(arguing(profiles, parties))
    bonds: dict[tuple[int, int], float] = {}
    if len(claims) < 2:
        return Grouping(profiles, parties, bonds)
    first, second, _, combined = related_candidates(
        claims,
        voices(profiles),
        per_claim=CANDIDATES if len(claims) <= LARGE_CORPUS else CANDIDATES_LARGE,
        min_related=RELATED_MIN,
        party_words=parties.name_stems(),
        words=words,
    )
    cosine = pair_cosines(_term_vectors(words, parties.name_stems()), first, second)
    related = TERM_SHARE * cosine + (1 - TERM_SHARE) * combined.astype(np.float64)
    keep, value, opposed = bonds_of_pairs(profiles, first, second, related, parties)
    bonded = value > 0
    keep, value, opposed = keep[bonded], value[bonded], opposed[bonded]
    a, b = first[keep], second[keep]
    bonds = Bonds.of_arrays(a, b, value)  # in pair order (the order `greedy_groups` adds up bonds in)
    denies = np.array([p.denies for p in profiles], dtype=bool)
    is_clash = opposed | (denies[a] != denies[b])  # two answers to one point: opposing camps, or a rejection
    clashes = set(zip(a[is_clash].tolist(), b[is_clash].tolist(), strict=True))
    copies = copied_articles(profiles, a, b)
    return Grouping(profiles, parties, bonds, clashes=clashes, copies=copies)


def copied_articles(profiles: Sequence[Profile], first: np.ndarray, second: np.ndarray) -> set[tuple[str, str]]:
    """The pairs of articles (sorted) that print a sentence (nearly) alike: those of the pairs
    (first[k], second[k]) from two articles that are `printed_twice`, all pairs at once.

    A loop asked `printed_twice` of each bonded pair of like size (64k at 20k claims, 0.3 s); here its
    tests are arrays: the word counts, one id per (negated, denies, numbers) so that equal ids mean equal
    tuples, and the words two claims share counted by `SetRows`. The comparisons are the loop's own
    (an int against ALIKE_MIN times an int, as float64), so the same pairs pass. As the loop skipped
    a pair of articles once found, the words are compared for one candidate per pair of articles, then
    for the others of the pairs of articles not found by it.
    """
    size = np.array([len(p.words) for p in profiles], dtype=np.int64)
    # Only pairs of like size can be one sentence (`worded_alike`); the size test is the same float comparison.
    alike = (ALIKE_MIN * size[first] <= size[second]) & (size[second] <= size[first] / ALIKE_MIN)
    articles: dict[str, int] = {}
    article = np.array([articles.setdefault(p.article, len(articles)) for p in profiles], dtype=np.int64)
    said: dict[tuple[bool, bool, tuple[tuple[float, float, str, str, str | None, str | None], ...]], int] = {}
    saying = np.array([said.setdefault((p.negated, p.denies, p.numbers), len(said)) for p in profiles], dtype=np.int64)
    small, large = np.minimum(size[first], size[second]), np.maximum(size[first], size[second])
    maybe = np.flatnonzero(
        alike
        & (article[first] != article[second])
        & (small >= COPY_MIN_WORDS)  # both long enough to tell a copy from a coincidence
        & ~(small < ALIKE_MIN * large)
        & (saying[first] == saying[second])
    )
    i, j = first[maybe], second[maybe]
    low, high = np.minimum(article[i], article[j]), np.maximum(article[i], article[j])
    copy_of = low * len(articles) + high  # each candidate's pair of articles, as one number
    # The words of the claims in these pairs only, numbered 0.. in claim order.
    involved = np.unique(np.concatenate([i, j]))
    rows = SetRows([profiles[k].words for k in involved.tolist()])

    def printed(at: np.ndarray) -> np.ndarray:
        """Whether each candidate at these places shares enough words to be one sentence printed twice."""
        out = np.zeros(at.size, dtype=bool)
        for start in range(0, at.size, _PAIRS_AT_ONCE):  # a few words per pair and array: bounded memory
            a, b = i[at[start : start + _PAIRS_AT_ONCE]], j[at[start : start + _PAIRS_AT_ONCE]]
            shared = rows.shared(np.searchsorted(involved, a), np.searchsorted(involved, b))
            out[start : start + a.size] = shared >= ALIKE_MIN * (size[a] + size[b] - shared)  # in common / in either
        return out

    # One candidate per pair of articles first; the others only for the pairs of articles not found yet.
    _, lead = np.unique(copy_of, return_index=True)
    found = copy_of[lead[printed(lead)]]
    others = ~np.isin(copy_of, found)
    others[lead] = False
    rest = np.flatnonzero(others)
    found = np.union1d(found, copy_of[rest[printed(rest)]])
    names = list(articles)
    return {
        (names[x], names[y]) if names[x] < names[y] else (names[y], names[x])
        for x, y in zip((found // len(articles)).tolist(), (found % len(articles)).tolist(), strict=True)
    }


def arguing(profiles: Sequence[Profile], parties: Parties) -> dict[frozenset[str], float]:
    """How surely each pair of camps argues: one rejects a claim naming the other (strong), each
    names the other (weak: allies name each other's city and ministry too), or one names the other
    clearly more than anyone else (people name their opponent: "the Norland troops crossed the
    line"). Camps of a few claims take part: a state's ministry quoted twice is still one voice.

    With two contenders, they are the two sides; with more, being quoted often does not make two
    speakers opponents (a government and a newspaper describing one meteorite dispute nothing).
    """
    named: Counter[tuple[str, str]] = Counter()
    rejects: Counter[frozenset[str]] = Counter()
    voices = parties.contenders | {party for party, n in parties.count.items() if n >= VOICE_MIN}
    for p in profiles:
        if p.party not in voices:
            continue
        aimed = []
        for other in voices - {p.party}:
            names = parties.names(other)
            if parties.named_in(other, p.name_words):
                named[(p.party, other)] += 1
            if p.denies and any(t in names or any(w[:5] in names for w in t.split()) for t in p.targets):
                aimed.append(other)
        if len(aimed) == 1:  # a rejection naming several contenders does not say whose claim it rejects
            rejects[frozenset((p.party, aimed[0]))] += 1
    out: dict[frozenset[str], float] = {pair: W_REJECTS * k for pair, k in rejects.items()}
    for (a, b), k in named.items():
        if (b, a) in named:
            pair = frozenset((a, b))
            out[pair] = out.get(pair, 0.0) + k / parties.count[a] + named[(b, a)] / parties.count[b]
    for party in voices:  # the one party a camp names most, and clearly, is the one it argues with
        ranked = sorted(((k, other) for (a, other), k in named.items() if a == party), reverse=True)
        clear = len(ranked) == 1 or ranked[1][0] < ranked[0][0] if ranked else False
        if clear and ranked[0][0] / parties.count[party] >= MOST_NAMED:
            pair = frozenset((party, ranked[0][1]))
            out[pair] = out.get(pair, 0.0) + ranked[0][0] / parties.count[party]
    return out


def _term_vectors(words: ClaimWords, party_stems: frozenset[str]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors of each claim's own content words (a short claim adds those it answers).

    Every weight is the same expression as ever, worked out once per distinct term (IDF) and per
    distinct count (the log of the term frequency), and each claim's words are read into one dict.
    """
    df = Counter(itertools.chain.from_iterable(words.terms))
    n = len(words.terms)
    # Per distinct term, not per occurrence: which terms count, and their IDF (the same expression).
    wanted = {t for t in df if t[:5] not in party_stems and t not in NO_POINT}
    idf = {t: math.log((n + 1) / (df[t] + 0.5)) for t in wanted}
    tf: dict[float, float] = {}  # a count -> its weight: 1 + log(k), or k itself below 1
    out = []
    for i, terms in enumerate(words.terms):
        bag: dict[str, float] = {t: k for t, k in terms.items() if t in wanted}
        if words.short[i] and i in words.previous:
            for t, k in words.terms[words.previous[i]].items():
                if t in wanted:
                    bag[t] = bag.get(t, 0) + 0.5 * k
        for count in bag.values():
            if count not in tf:
                tf[count] = 1 + math.log(count) if count >= 1 else count
        vec = [(t, tf[count] * idf[t]) for t, count in bag.items()]
        norm = math.sqrt(sum(v * v for _, v in vec)) or 1.0
        out.append({t: v / norm for t, v in vec})
    return out


def question_id(claim_ids: Sequence[str]) -> str:
    """A stable id: "q-" + 12 hex digits of the sorted member ids."""
    return "q-" + hashlib.sha256("\0".join(sorted(claim_ids)).encode()).hexdigest()[:12]
