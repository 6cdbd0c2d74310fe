"""Bonds: how surely two claims bear on the same point, and the greedy grouping they drive.

Two claims bear on the same point when they are related (the inverted index of `similarity.py`:
shared content lemmas, event classes and names, never all pairs) and share a topic beyond a name;
figures of the same measure, a rejection aimed at the other's party and two opposing camps make the
bond stronger. Groups grow greedily from the strongest bonds, and a group joins another only when
the two are bonded on average, so one loose pair cannot chain two points into one. `questions.py`
turns the groups into questions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from factcheck.link.evidence import (
    ALIKE_MIN,
    Profile,
    aims_at,
    build_profiles,
    compare_numbers,
    printed_twice,
    share_a_topic,
)
from factcheck.link.parties import Parties, build_parties, two_sides
from factcheck.link.similarity import ClaimWords, related_candidates
from factcheck.model import Claim, Question

CANDIDATES = 24  # related claims considered per claim
CANDIDATES_LARGE = 10  # ...in a corpus of more than LARGE_CORPUS claims
LARGE_CORPUS = 5000
RELATED_MIN = 0.10  # below this two claims are not about the same thing
BOND_MIN = 0.40  # a pair bonded at least this much may found or join a question
GROUP_MIN = 0.16  # two groups merge only when bonded this much on average (a missing pair counts 0)
CLASH_BOND_MIN = 0.30  # ...or this much, when the pair looks like two answers to one point
CLASH_GROUP_MIN = 0.16
MAX_MEMBERS = 60  # a question larger than this is a topic, not a point
TERM_SHARE = 0.25  # the bond's relatedness: this share from own content words, the rest from the index
W_NUMBERS = 0.25  # figures of the same measure in both claims
W_AIMS = 0.2  # one rejects the other's party by name
W_CAMPS = 0.1  # opposing camps on a shared topic
VOICE_MIN = 2  # a camp with this many claims takes part in arguing, a contender or not
MOST_NAMED = 0.3  # a camp naming one other camp in this share of its claims, more than any other, argues with it
W_REJECTS = 1.0  # each rejection of a claim naming a contender counts this much toward "they argue"
# Words that make two lines look alike without making a point: "declined to comment", "did not respond".
NO_POINT = frozenset("comment decline respond response request reach immediately available".split())


@dataclass
class Grouping:
    """What linking needs after grouping: the profiles, parties, bonds and the questions found."""

    profiles: list[Profile]
    parties: Parties
    bonds: dict[tuple[int, int], float]
    questions: list[Question] = field(default_factory=list)
    members: list[list[int]] = field(default_factory=list)  # claim indices of each question
    stances: list[dict[int, str]] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)
    clashes: set[tuple[int, int]] = field(default_factory=set)  # bonded pairs that look like a dispute
    copies: set[tuple[str, str]] = field(default_factory=set)  # article pairs (sorted) printing a sentence alike
    guessed: set[int] = field(default_factory=set)  # members whose stance is a guess: they oppose no one
    _near: dict[int, list[tuple[int, int]]] | None = None  # each claim's bonded pairs, built when first asked

    def bonds_within(self, nodes: Sequence[int]) -> dict[tuple[int, int], float]:
        """The bonds between the given claims only (a few of 20,000: never a pass over every bond)."""
        if self._near is None:
            self._near = defaultdict(list)
            for pair in self.bonds:
                self._near[pair[0]].append(pair)
        inside = set(nodes)
        return {pair: self.bonds[pair] for i in inside for pair in self._near.get(i, ()) if pair[1] in inside}


def camp_parties(claims: Sequence[Claim]) -> Parties:
    """Parties folded from each claim's camp, or its side while no camp is known."""
    return build_parties([replace(c, side=c.camp or c.side) if c.camp else c for c in claims])


def voices(profiles: Sequence[Profile]) -> np.ndarray:
    """An integer id per claim's voice: who speaks (or the outlet itself) in which article."""
    ids: dict[tuple[str, str], int] = {}
    return np.array([ids.setdefault((p.speaker or "", p.article), len(ids)) for p in profiles], dtype=np.int64)


def bond(a: Profile, b: Profile, related: float, parties: Parties) -> float:
    """How surely two related claims bear on the same point (0 when they do not)."""
    if not share_a_topic(a, b):
        return 0.0
    if (a.topic_words | b.topic_words) <= NO_POINT | (a.name_words & b.name_words):
        return 0.0
    value = related
    if a.numbers and b.numbers and compare_numbers(a, b) is not None:
        value += W_NUMBERS
    if (a.denies and aims_at(a, b)) or (b.denies and aims_at(b, a)):
        value += W_AIMS
    if parties.opposed(a.party, b.party):
        value += W_CAMPS
    return value


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
    vectors = _term_vectors(words, parties.name_stems())
    clashes: set[tuple[int, int]] = set()
    copies: set[tuple[str, str]] = set()
    size = [len(p.words) for p in profiles]
    for i, j, rel in zip(first.tolist(), second.tolist(), combined.tolist(), strict=True):
        vi, vj = vectors[i], vectors[j]
        cosine = sum(vi[t] * vj[t] for t in vi.keys() & vj.keys())
        value = bond(profiles[i], profiles[j], TERM_SHARE * cosine + (1 - TERM_SHARE) * rel, parties)
        if value > 0:
            bonds[(i, j)] = value
            if clash(profiles[i], profiles[j], parties):
                clashes.add((i, j))
            if ALIKE_MIN * size[i] <= size[j] <= size[i] / ALIKE_MIN:  # only then can the two be one sentence
                a, b = profiles[i].article, profiles[j].article
                pair = (a, b) if a < b else (b, a)
                if a != b and pair not in copies and printed_twice(profiles[i], profiles[j]):
                    copies.add(pair)
    return Grouping(profiles, parties, bonds, clashes=clashes, copies=copies)


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


def clash(a: Profile, b: Profile, parties: Parties) -> bool:
    """Two claims that look like two answers to one point: opposing camps, a rejection, figures that differ."""
    return parties.opposed(a.party, b.party) or a.denies != b.denies


def _term_vectors(words: ClaimWords, party_stems: frozenset[str]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors of each claim's own content words (a short claim adds those it answers)."""
    df: Counter[str] = Counter()
    for terms in words.terms:
        df.update(terms.keys())
    n = len(words.terms)
    out = []
    for i, terms in enumerate(words.terms):
        bag = Counter({t: k for t, k in terms.items() if t[:5] not in party_stems and t not in NO_POINT})
        if words.short[i] and i in words.previous:
            for t, k in words.terms[words.previous[i]].items():
                if t[:5] not in party_stems and t not in NO_POINT:
                    bag[t] += 0.5 * k  # type: ignore[assignment]
        vec = {t: (1 + math.log(k) if k >= 1 else k) * math.log((n + 1) / (df[t] + 0.5)) for t, k in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def greedy_groups(
    nodes: Iterable[int], bonds: dict[tuple[int, int], float], clashes: set[tuple[int, int]]
) -> list[list[int]]:
    """Greedy average-linkage grouping over the bonded pairs, strongest first.

    Two groups joined by a pair that looks like a dispute (`clashes`) merge on a looser bond:
    a question is worth having when it brings the two answers together.
    """
    group = {i: i for i in nodes}
    members: dict[int, list[int]] = {i: [i] for i in group}
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in bonds.items():
        near[i][j] = value
        near[j][i] = value
    for (i, j), value in sorted(bonds.items(), key=lambda kv: (-kv[1], kv[0])):
        disputed = (i, j) in clashes
        if value < min(BOND_MIN, CLASH_BOND_MIN):
            break
        if value < (CLASH_BOND_MIN if disputed else BOND_MIN):
            continue
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if len(a) + len(b) > MAX_MEMBERS:
            continue
        small, large = (a, gj) if len(a) <= len(b) else (b, gi)
        total = sum(v for k in small for o, v in near[k].items() if group[o] == large)
        if total / (len(a) * len(b)) < (CLASH_GROUP_MIN if disputed else GROUP_MIN):
            continue
        keep, drop = (gi, gj) if len(a) >= len(b) else (gj, gi)
        for k in members[drop]:
            group[k] = keep
        members[keep].extend(members.pop(drop))
    return [sorted(m) for m in members.values() if len(m) > 1]
