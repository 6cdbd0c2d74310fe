"""Bonds and grouping in array form give what the plain loops over pairs and bonds gave (they replace them)."""

from __future__ import annotations

import math
import random

import numpy as np

from factcheck.link.evidence import Profile

WORDS = "dam bridge troops village crossed shelled captured denied toll wounded talks ceasefire".split()


def _pairs(rng: random.Random, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(k)})
    return np.array([i for i, _ in pairs], dtype=np.int64), np.array([j for _, j in pairs], dtype=np.int64)


def test_bonds_ranked_by_build_are_the_bonds_sorted_strongest_first() -> None:
    from factcheck.link.greedy import Bonds, strongest_first

    items = [((0, 3), 0.5), ((1, 2), 0.9), ((0, 1), 0.5), ((2, 3), 0.45)]
    order = sorted(range(len(items)), key=lambda k: (-items[k][1], items[k][0]))
    given = Bonds(items, order)
    assert strongest_first(given) == strongest_first(dict(items)) == strongest_first(Bonds(items))
    assert [pair for pair, _ in strongest_first(given)] == [(1, 2), (0, 1), (0, 3), (2, 3)]


def test_neighbours_from_arrays_are_those_of_the_loop_over_the_bonds() -> None:
    from factcheck.link.greedy import Bonds, greedy_groups, neighbours

    rng = random.Random(8)
    pairs = sorted({tuple(sorted(rng.sample(range(30), 2))) for _ in range(120)})
    rng.shuffle(pairs)  # any order of distinct pairs: a claim's neighbours follow it
    values = [round(rng.uniform(0.2, 1.2), 2) for _ in pairs]  # rounded: many ties
    first, second = np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])
    bonds = Bonds.of_arrays(first, second, np.array(values))
    plain = dict(zip(pairs, values, strict=True))
    assert list(bonds.items()) == list(plain.items())
    from_arrays, from_loop = neighbours(bonds), neighbours(plain)
    assert set(from_arrays) == set(from_loop)
    assert all(list(from_arrays[k].items()) == list(from_loop[k].items()) for k in from_loop)
    clashes = set(pairs[::3])
    assert greedy_groups(range(30), bonds, clashes) == greedy_groups(range(30), plain, clashes)
    assert neighbours(Bonds.of_arrays(first[:0], second[:0], np.zeros(0))) == {}


def test_camp_parties_are_the_parties_of_the_claims_with_their_camps_for_sides() -> None:
    from dataclasses import replace

    from factcheck.link.bonds import camp_parties
    from factcheck.link.parties import build_parties
    from factcheck.model import Claim

    entities = [["Southern Dock Workers Union", "ORG"], ["the Port Authority", "ORG"], ["Dock", "ORG"]]
    sides = [("SDWU", None), ("Port Authority", "PA"), (None, None), ("Southern Dock Workers Union", "SDWU"),
             ("city", None), ("PA", ""), ("SDWU", "SDWU")]  # fmt: skip
    claims = [
        Claim(f"c-{k:012x}", f"a{k}.txt", 0, 1, "x", side=side, camp=camp, features={"entities": entities})
        for k, (side, camp) in enumerate(sides)
    ]
    got = camp_parties(claims)
    want = build_parties([replace(c, side=c.camp or c.side) if c.camp else c for c in claims])
    assert (got.count, got.contenders, got.members) == (want.count, want.contenders, want.members)
    assert [got.of(c.camp or c.side) for c in claims] == [want.of(c.camp or c.side) for c in claims]
    assert "Southern Dock Workers Union" in got.members[got.of("SDWU")]  # the acronym's long form, an alias


def _profile(
    index: int, article: str, words: set[str], negated: bool = False, numbers: tuple = (), party: str | None = None
) -> Profile:
    empty: frozenset[str] = frozenset()
    return Profile(
        index=index, article=article, speaker=None, party=party, denies=False, negated=negated, targets=(),
        names_of_source=empty, numbers=numbers, locatives=(), places=empty, words=frozenset(words), names=empty,
        name_words=empty, topic_words=frozenset(words), frames=empty, context=frozenset(words),
    )  # fmt: skip


def test_copied_articles_are_those_of_the_pairs_printed_twice() -> None:
    from factcheck.link.bonds import copied_articles
    from factcheck.link.evidence import printed_twice

    rng = random.Random(4)
    toll = ((12.0, 12.0, "people", "=", "kill", None),)
    profiles = [
        _profile(k, f"a{rng.randrange(20)}", set(rng.sample(WORDS, rng.randrange(0, 9))), rng.random() < 0.2,
                 toll if rng.random() < 0.3 else ())
        for k in range(30)
    ]  # fmt: skip
    for k in range(30, 60):  # copies in other articles, a word dropped or added now and then
        seen = profiles[rng.randrange(30)]
        words = set(seen.words) - ({rng.choice(WORDS)} if rng.random() < 0.4 else set())
        words |= {rng.choice(WORDS)} if rng.random() < 0.4 else set()
        profiles.append(_profile(k, f"a{rng.randrange(20)}", words, seen.negated, seen.numbers))
    first, second = _pairs(rng, 60, 900)
    want = set()
    for i, j in zip(first.tolist(), second.tolist(), strict=True):
        a, b = profiles[i], profiles[j]
        if a.article != b.article and printed_twice(a, b):
            want.add((min(a.article, b.article), max(a.article, b.article)))
    assert copied_articles(profiles, first, second) == want
    assert len(want) >= 5  # the test pairs do hold copies
    assert copied_articles(profiles, first[:0], second[:0]) == set()


def test_bonds_from_a_claim_are_those_of_the_loop_over_the_bonds() -> None:
    from factcheck.link.bonds import Grouping
    from factcheck.link.greedy import Bonds
    from factcheck.link.parties import Parties

    rng = random.Random(10)
    pairs = sorted({tuple(sorted(rng.sample(range(30), 2))) for _ in range(120)})  # in pair order, as built
    values = [rng.random() for _ in pairs]
    bonds = Bonds.of_arrays(np.array([i for i, _ in pairs]), np.array([j for _, j in pairs]), np.array(values))
    plain = dict(zip(pairs, values, strict=True))
    by_arrays, by_loop = Grouping([], Parties([]), bonds), Grouping([], Parties([]), plain)
    for claim in range(31):
        assert by_arrays.bonds_from(claim) == by_loop.bonds_from(claim)
    nodes = rng.sample(range(30), 12)
    assert list(by_arrays.bonds_within(nodes).items()) == list(by_loop.bonds_within(nodes).items())


def test_opposed_bonds_from_arrays_are_those_of_the_walk_over_the_bonds() -> None:
    from factcheck.link.bonds import opposed_strongest_first
    from factcheck.link.greedy import Bonds
    from factcheck.link.parties import Parties

    rng = random.Random(9)
    parties = Parties(["North"] * 5 + ["South"] * 4 + ["Aid"])
    profiles = [_profile(k, "a", set(), party=rng.choice(["North", "South", "Aid", None])) for k in range(30)]
    pairs = sorted({tuple(sorted(rng.sample(range(30), 2))) for _ in range(150)})
    values = [round(rng.uniform(0.1, 0.9), 1) for _ in pairs]  # ties, and some at the floor itself
    bonds = Bonds.of_arrays(np.array([i for i, _ in pairs]), np.array([j for _, j in pairs]), np.array(values))
    plain = dict(zip(pairs, values, strict=True))
    for floor in (0.0, 0.3, 0.5, 1.0):
        got = opposed_strongest_first(bonds, profiles, parties, floor)
        assert got == opposed_strongest_first(plain, profiles, parties, floor)
    assert 10 < len(opposed_strongest_first(bonds, profiles, parties, 0.3)) < len(pairs)


def test_anchor_adds_up_bonds_as_the_loop_over_every_two_members() -> None:
    from factcheck.link.anchor import anchor_of
    from factcheck.link.bonds import Grouping
    from factcheck.link.parties import Parties
    from factcheck.link.stance import polarity

    rng = random.Random(12)
    parties = Parties(["North"] * 5 + ["South"] * 4)
    profiles = [_profile(k, "a", set(), party=rng.choice(["North", "South", None])) for k in range(40)]
    pairs = {tuple(sorted(rng.sample(range(40), 2))) for _ in range(300)}
    bonds = {pair: rng.choice([0.1, 0.2, 0.3, 1 / 3, 0.7]) for pair in sorted(pairs)}  # sums that tie or round
    grouping = Grouping(profiles, parties, bonds)

    def anchor_by_loop(members: list[int]) -> int:
        near: dict[int, float] = {}
        for a in members:
            for b in members:
                if a < b:
                    value = bonds.get((a, b), 0.0)
                    near[a] = near.get(a, 0) + value
                    near[b] = near.get(b, 0) + value
        ranks = {i: (profiles[i].party in parties.contenders, not polarity(profiles[i]), near[i], -i) for i in members}
        return max(members, key=ranks.__getitem__)

    for _ in range(200):
        members = rng.sample(range(40), rng.randrange(2, 25))  # in no particular order
        assert anchor_of(members, grouping) == anchor_by_loop(members)


def test_term_vectors_are_those_of_the_counter_form() -> None:
    from collections import Counter

    from factcheck.link.bonds import NO_POINT, _term_vectors
    from factcheck.link.claim_words import ClaimWords

    rng = random.Random(6)
    vocabulary = [*WORDS, "norland", "comment", "misfired"]
    terms = [Counter(rng.choices(vocabulary, k=rng.randrange(0, 7))) for _ in range(50)]
    short = [len(t) <= 2 for t in terms]
    words = ClaimWords(terms, [set() for _ in terms], [set() for _ in terms], short, {k: k - 1 for k in range(1, 50)})
    stems = frozenset({"norla"})

    # The form it replaced: a Counter per claim, each weight worked out where it is used.
    df: Counter[str] = Counter()
    for counts in terms:
        df.update(counts.keys())
    wanted = {t for t in df if t[:5] not in stems and t not in NO_POINT}
    idf = {t: math.log((50 + 1) / (df[t] + 0.5)) for t in wanted}
    want = []
    for i, counts in enumerate(terms):
        bag = Counter({t: k for t, k in counts.items() if t in wanted})
        if short[i] and i in words.previous:
            for t, k in terms[words.previous[i]].items():
                if t in wanted:
                    bag[t] += 0.5 * k  # type: ignore[assignment]
        vec = {t: (1 + math.log(k) if k >= 1 else k) * idf[t] for t, k in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        want.append({t: v / norm for t, v in vec.items()})
    got = _term_vectors(words, stems)
    assert [list(v.items()) for v in got] == [list(v.items()) for v in want]  # same floats, same order


def test_on_one_point_is_the_test_of_each_pair_of_sets() -> None:
    from dataclasses import replace

    from factcheck.link.bonds import NO_POINT, _on_one_point

    rng = random.Random(2)
    frames = ["control", "casualties", "talks", "attack"]
    topics = [*WORDS[:6], *NO_POINT]
    profiles = [
        replace(
            _profile(k, "a", set(rng.sample(topics, rng.randrange(0, 4)))),
            frames=frozenset(rng.sample(frames, rng.randrange(0, 3))),
        )
        for k in range(50)
    ]
    first, second = _pairs(rng, 50, 400)
    want = []
    for i, j in zip(first.tolist(), second.tolist(), strict=True):
        a, b = profiles[i], profiles[j]
        marked_a = a.topic_words | {"\0" + f for f in a.frames}
        marked_b = b.topic_words | {"\0" + f for f in b.frames}
        want.append(bool(marked_a & marked_b) and not (a.topic_words <= NO_POINT and b.topic_words <= NO_POINT))
    assert _on_one_point(profiles, first, second).tolist() == want
    assert 0 < sum(want) < len(want)
