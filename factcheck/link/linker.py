"""Competing and corroborating claims, following from the questions the claims bear on.

Claims are first grouped into questions (`questions.py`), each member with a stance (asserts,
denies, or the value it gives). Links follow: two members of one question from different voices
*compete* when their stances differ, and *corroborate* when they agree and come from another
article. A negation on its own never makes an opposition; an outlet repeating a party's claim
is not independent corroboration, and the reason says so. Two articles drawing on one source
do not dispute each other, and a stance that is only a guess (`stance.py`) opposes no one, nor do two
figures that no camp gives or one camp gives both of, nor a rejection of a count and the figure of a
camp it does not argue with, nor two members whose yes/no answers were both inferred (neither set by a
camp, or camps that do not oppose each other), nor two claims that say one thing in the same words
(`worded_alike`); those rules are `pair_rules.py`. Each claim keeps its strongest few links of each
kind, best first (a competitor that rebuts the claim itself before one set apart by camps alone), and
its suggested verdict (`reasons.py`) counts exactly those links, so the suggestion and the review
screen's panes agree.
Nothing here needs spaCy.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from factcheck.link.bonds import voices
from factcheck.link.evidence import worded_alike
from factcheck.link.pair_rules import (
    both_say_no,
    contradicts_directly,
    figures_both_hold,
    inferred,
    may_compete,
    one_camps_counts,
    rejects_that_figure,
    say_the_same,
    unbacked_counts,
)
from factcheck.link.questions import Grouping, build_questions
from factcheck.link.reasons import compete_reason, echo_reason, suggest_verdicts
from factcheck.link.similarity import similarity_backend
from factcheck.link.stance import ASSERTS, DENIES
from factcheck.model import Claim, Link, Question, Relation, is_count
from factcheck.versions import LINKER_VERSION  # bump it whenever linking output changes

__all__ = [
    "LINKER_VERSION", "link_claims", "link_questions", "link_with_figures", "similarity_backend", "suggest_verdicts"
]

COMPETE_MAX_DEGREE = 12  # competing claims a claim keeps, best first
CORROBORATE_MAX_DEGREE = 12
CAMPS_BONUS = 0.5  # a competitor from an opposing camp ranks above one from an outlet
DIRECT_WEIGHT = 0.5  # a pair bonded directly ranks above one joined only through its question
DIRECT_BONUS = 0.15  # a competitor that contradicts the claim itself ranks above one set apart by camps alone


def link_questions(claims: Sequence[Claim]) -> tuple[list[Question], list[Link]]:
    """The questions the claims bear on, and the links that follow from them."""
    questions, links, _ = link_with_figures(claims)
    return questions, links


def link_with_figures(claims: Sequence[Claim]) -> tuple[list[Question], list[Link], dict[str, str]]:
    """`link_questions`, and the figure each member of a count gives where it is not its answer's name
    (claim id -> "at least 471" in the "at least 500" answer), for its suggested verdict to quote."""
    if len(claims) < 2:
        return [], [], {}
    with _cycle_collector_paused():
        grouping = build_questions(claims)
        questions, links = grouping.questions, _links(claims, grouping)
        figures = {claims[i].id: text for i, text in grouping.figures.items()}
        # Freed before the collector is back: its first pass would otherwise walk every profile, bond and
        # pair still alive (20k claims: 0.25 s, nothing collected), only to see them freed right after.
        del grouping
    return questions, links, figures


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while linking, as it was before once done.

    Linking builds millions of small tuples, sets and dicts (profiles, pairs, bonds) and no reference
    cycles, so the collector's full passes walk every live object and free nothing: at 20k claims, 4
    full passes and ~2,000 young ones took 1.4 s of ~12 s and collected 0 objects. Memory is
    unchanged: whatever linking frees is freed by reference counting, as before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def link_claims(claims: Sequence[Claim]) -> list[Link]:
    """For each claim, the claims of other sources that compete with it or back it up."""
    return link_questions(claims)[1]


def _links(claims: Sequence[Claim], grouping: Grouping) -> list[Link]:
    """The links of the questions' members, each claim keeping its strongest few of each kind.

    The pairs are laid out as arrays (`_MemberPairs`): a pair that agrees corroborates from another
    article, with no test to run; only the pairs whose stances differ go through the tests one by one.
    """
    profiles, parties = grouping.profiles, grouping.parties
    pairs = _MemberPairs.of(grouping)
    picked: list[int] = []  # the pairs that compete, and their scores
    boosted: list[float] = []
    differ = np.flatnonzero(pairs.differ)
    for place, i, j, k, score in zip(
        differ.tolist(),
        pairs.first[differ].tolist(),
        pairs.second[differ].tolist(),
        pairs.question[differ].tolist(),
        pairs.score[differ].tolist(),
        strict=True,
    ):
        stances, a, b = grouping.stances[k], profiles[i], profiles[j]
        if not may_compete(a, b, grouping.guessed, grouping.copies) or worded_alike(a, b):
            continue
        if {stances[i], stances[j]} <= {ASSERTS, DENIES}:  # a yes/no answer on both ends
            if inferred(a, b, profiles[grouping.anchors[k]], parties) or say_the_same(a, b) or both_say_no(a, b):
                continue
        elif (
            unbacked_counts(a, b)
            or one_camps_counts(a, b)
            or figures_both_hold(a, b)
            or (DENIES in (stances[i], stances[j]) and not rejects_that_figure(a, b, parties))
        ):  # two values of a count, or a figure and a rejection of a count
            continue
        score *= 1.0 + (CAMPS_BONUS if parties.opposed(a.party, b.party) else 0.0)
        score *= 1.0 + (DIRECT_BONUS if contradicts_directly(a, b) else 0.0)
        picked.append(place)
        boosted.append(score)
    echo = np.flatnonzero(~pairs.differ & pairs.other_article)  # one answer from two articles
    at = np.concatenate([np.array(picked, dtype=np.int64), echo])
    score = np.concatenate([np.array(boosted, dtype=np.float64), pairs.score[echo]])
    relation = np.repeat(np.array([_COMPETES, _CORROBORATES]), [len(picked), echo.size])
    first, second = pairs.first[at], pairs.second[at]
    # Strongest first, ties by pair and relation, then as the pairs were met: what a stable sort of the
    # candidates on (-score, i, j, relation) gave.
    order = np.lexsort((at, relation, second, first, -score))
    score, first, second, relation = score[order], first[order], second[order], relation[order]
    kept = _capped(first.tolist(), second.tolist(), relation.tolist(), len(profiles))
    counts = [is_count(stances.values()) for stances in grouping.stances]
    reasons: dict[tuple[object, ...], str] = {}  # a reason reads only these: many links of a question share one

    def link(score: float, i: int, j: int, relation: int, k: int) -> Link:
        """One kept link; its reason is worded only now (a large question holds ~1,800 candidate pairs)."""
        stances, a, b = grouping.stances[k], profiles[i], profiles[j]
        own = (grouping.figures.get(i), grouping.figures.get(j))
        key = (relation, k, stances[i], stances[j], a.party, b.party, a.party or a.written, b.party or b.written, own)
        reason = reasons.get(key)
        if reason is None:
            question = grouping.questions[k]
            if relation == _COMPETES:
                reason = compete_reason(question, a, b, stances, parties, count=counts[k], own=own)
            else:
                reason = echo_reason(question, a, b, stances[i], parties, count=counts[k], own=own)
            reasons[key] = reason
        return Link(claims[i].id, claims[j].id, _RELATIONS[relation], round(min(score, 1.5) / 1.5, 4), reason)

    links = [
        link(*entry)
        for entry in zip(
            score[kept].tolist(),
            first[kept].tolist(),
            second[kept].tolist(),
            relation[kept].tolist(),
            pairs.question[at[order[kept]]].tolist(),
            strict=True,
        )
    ]
    links.sort(key=lambda lk: (lk.relation, -lk.score, lk.source, lk.target))
    return links


def _capped(first: list[int], second: list[int], relation: list[int], n: int) -> list[int]:
    """The places of the candidate links kept (best first): a link is kept while both its claims have
    fewer than their cap of links of its kind; then each skipped link that is a claim's only one of its kind."""
    degree = ([0] * n, [0] * n)  # links kept per claim, of each relation
    cap = (COMPETE_MAX_DEGREE, CORROBORATE_MAX_DEGREE)
    kept: list[int] = []
    skipped: list[int] = []
    for at, (i, j, kind) in enumerate(zip(first, second, relation, strict=True)):
        seen, most = degree[kind], cap[kind]
        if seen[i] >= most or seen[j] >= most:
            skipped.append(at)
            continue
        seen[i] += 1
        seen[j] += 1
        kept.append(at)
    for at in skipped:  # every claim keeps its best link of a kind, hubs or not
        i, j, seen = first[at], second[at], degree[relation[at]]
        if seen[i] == 0 or seen[j] == 0:
            seen[i] += 1
            seen[j] += 1
            kept.append(at)
    return kept


_COMPETES, _CORROBORATES = 0, 1  # in this order, as "competes" < "corroborates" sorts
_RELATIONS: tuple[Relation, Relation] = ("competes", "corroborates")


@dataclass
class _MemberPairs:
    """Every pair of two members of one question from two voices, as arrays, in the order of a loop over
    the questions, their members and the members after each (`members[x]`, `members[y]`, x < y).

    A loop over the ~190,000 pairs of 20,000 claims spent a second asking each its voices, bond and
    stances; only the ~10,000 pairs whose stances differ need the tests of `_links` one by one.
    """

    first: np.ndarray  # claim index of members[x]
    second: np.ndarray  # claim index of members[y]
    question: np.ndarray  # the question's index
    differ: np.ndarray  # whether the two stances differ
    other_article: np.ndarray  # whether the two claims come from two articles
    score: np.ndarray  # 0.5 + DIRECT_WEIGHT * min(their bond, 1.0): the link's score before any bonus

    @classmethod
    def of(cls, grouping: Grouping) -> _MemberPairs:
        """The pairs of the grouping's questions."""
        profiles = grouping.profiles
        sizes = [len(members) for members in grouping.members]
        total = sum(sizes)
        member = np.fromiter(itertools.chain.from_iterable(grouping.members), dtype=np.int64, count=total)
        codes: dict[str, int] = {}
        stance = np.fromiter(
            (
                codes.setdefault(stances[i], len(codes))
                for members, stances in zip(grouping.members, grouping.stances, strict=True)
                for i in members
            ),
            dtype=np.int64,
            count=total,
        )
        x, y, question = _pairs_within(sizes)
        voice = voices(profiles)
        articles: dict[str, int] = {}
        article = np.array([articles.setdefault(p.article, len(articles)) for p in profiles])
        first, second = member[x], member[y]
        two = voice[first] != voice[second]  # one voice: the same statement told twice
        first, second, x, y, question = first[two], second[two], x[two], y[two], question[two]
        direct = _bonds_of(grouping.bonds, len(profiles), first, second)
        return cls(
            first=first,
            second=second,
            question=question,
            differ=stance[x] != stance[y],
            other_article=article[first] != article[second],
            score=0.5 + DIRECT_WEIGHT * np.minimum(direct, 1.0),
        )


def _pairs_within(sizes: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, group) of every pair of places x < y within each of consecutive groups of the given sizes,
    group by group, x then y ascending (places count from the first group's start)."""
    triu: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    xs, ys, groups = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    start = 0
    for k, size in enumerate(sizes):
        if size not in triu:
            triu[size] = np.triu_indices(size, 1)
        x, y = triu[size]
        xs.append(x + start)
        ys.append(y + start)
        groups.append(np.full(x.size, k, dtype=np.int64))
        start += size
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(groups)


def _bonds_of(bonds: dict[tuple[int, int], float], n: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """`bonds.get((first[k], second[k]), 0.0)` for every k (float64), the pair taken in the order given."""
    keys = np.fromiter((i * n + j for i, j in bonds), dtype=np.int64, count=len(bonds))
    values = np.fromiter(bonds.values(), dtype=np.float64, count=len(bonds))
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    wanted = first * n + second
    if keys.size == 0:
        return np.zeros(wanted.size, dtype=np.float64)
    at = np.minimum(np.searchsorted(keys, wanted), keys.size - 1)
    return np.where(keys[at] == wanted, values[at], 0.0)
