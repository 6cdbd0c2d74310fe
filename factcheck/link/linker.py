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
(`worded_alike`). Each claim keeps its strongest few links of each kind, best first (a competitor that
rebuts the claim itself before one set apart by camps alone), and its suggested verdict
(`reasons.py`) counts exactly those links, so the suggestion and the review screen's panes agree.
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
from factcheck.link.evidence import Profile, aims_at, compare_numbers, worded_alike
from factcheck.link.parties import Parties
from factcheck.link.questions import Grouping, build_questions
from factcheck.link.reasons import compete_reason, echo_reason, suggest_verdicts
from factcheck.link.similarity import similarity_backend
from factcheck.link.stance import ASSERTS, DENIES, polarity, says_otherwise
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
        if not _may_compete(a, b, grouping.guessed, grouping.copies) or worded_alike(a, b):
            continue
        if {stances[i], stances[j]} <= {ASSERTS, DENIES}:  # a yes/no answer on both ends
            if _inferred(a, b, profiles[grouping.anchors[k]], parties) or _say_the_same(a, b) or _both_say_no(a, b):
                continue
        elif (
            _unbacked_counts(a, b)
            or _one_camps_counts(a, b)
            or (DENIES in (stances[i], stances[j]) and not _rejects_that_figure(a, b, parties))
        ):  # two values of a count, or a figure and a rejection of a count
            continue
        score *= 1.0 + (CAMPS_BONUS if parties.opposed(a.party, b.party) else 0.0)
        score *= 1.0 + (DIRECT_BONUS if _contradicts_directly(a, b) else 0.0)
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


def _may_compete(a: Profile, b: Profile, guessed: set[int], copies: set[tuple[str, str]]) -> bool:
    """Whether two claims answering one question differently may be linked as competing.

    Not when either stance is a guess, nor when their two articles print a sentence (nearly) alike: drawing
    on one source, they report one dispute and do not dispute each other (each shows both answers
    in its own links). On the FNC-1 stance benchmark such links joined an agreeing and a disagreeing
    article far less often than chance; on the events, compete precision rose (0.322 -> 0.335).
    """
    if a.index in guessed or b.index in guessed:
        return False
    return a.article == b.article or (min(a.article, b.article), max(a.article, b.article)) not in copies


def _inferred(a: Profile, b: Profile, head: Profile, parties: Parties) -> bool:
    """Whether two members answer a yes/no question differently only by inference on both ends.

    Neither is the anchor, and either neither answer was set by a camp (`_set_by_camp`: no camp, or
    a camp that neither shares the anchor's nor stands against it), or their camps do not oppose each other
    and one rejects something the other does not, naming neither the other's camp or speaker nor
    its predicate ("denied that the dam was captured" answers "captured the dam" directly). Each
    stance was then inferred by comparing the claim with another member (`stance.py`), and two
    inferences set against each other are too often wrong (what one rejects may be another thing
    than the other says). Each still competes with the members it was compared with; figures are
    read, not inferred, and still compete (when a camp gives one of them: `_unbacked_counts`).

    On the FNC-1 stance benchmark such links joined an agreeing and a disagreeing article barely more
    often than random pairs (0.29 against 0.27; 0.16 when one differs only by rejecting something);
    dropping them raised the competes lift on dev (1.182 -> 1.219), and on the events compete
    precision (0.343 -> 0.347, recall unchanged) and hit@5 (0.614 -> 0.625). A member of no camp set
    against one whose camp did not set its answer (a third party's, or any camp under an anchor of
    none) is inferred on both ends too: such links joined opposing articles less often than random
    pairs (0.22 against 0.27; dev lift 1.218 -> 1.232, the events unchanged).
    """
    if head.index in (a.index, b.index):
        return False
    if not _set_by_camp(a, head, parties) and not _set_by_camp(b, head, parties):
        return True
    if not (a.party and b.party) or parties.opposed(a.party, b.party) or a.denies == b.denies:
        return False
    denier, other = (a, b) if a.denies else (b, a)
    if aims_at(denier, other):
        return False  # "X rejected the union's claims": aimed at the other, not inferred
    return not {verb for verb, _ in denier.says_so} & {verb for verb, _ in other.says_so}  # "denied it was captured"


def _unbacked_counts(a: Profile, b: Profile) -> bool:
    """Whether two members give figures for one count that no camp stands behind.

    The outlets' own lines and bystanders: two such figures are more often counts of different
    things ("28 pupils went on the trip", "7 came back ill") or a toll updated from one report to the
    next than a dispute. Both are shown in the question with their values; they compete with no one.
    On the FNC-1 stance benchmark such links joined opposing articles less often than random pairs
    (72 links on dev, 0.22 against 0.27; dev lift 1.235 -> 1.245, 1.238 -> 1.242 without the one
    story that gave 31 of them); the events had none.
    """
    return not a.party and not b.party


def _rejects_that_figure(a: Profile, b: Profile, parties: Parties) -> bool:
    """Whether a rejection of a count ("inflating the number of casualties") disputes the other's figure:
    only a figure of the camp it argues with. A third party's lower estimate ("likely 100 to 300") sides
    with the rejection more than it disputes it, and a figure of no camp may be anyone's. The figure is
    still shown in the question; the rejection competes with the camp it answers. On the events, compete
    precision 0.385 -> 0.392 with recall and hit@5 unchanged (the gold has the rejection and the lower
    estimate on one side); FNC-1 train competes lift 1.051 -> 1.053.
    """
    return parties.opposed(a.party, b.party)


def _one_camps_counts(a: Profile, b: Profile) -> bool:
    """Whether two members give figures for one count from one camp: a toll updated from one report to
    the next ("at least 200 killed", local health officials; "at least 471", the ministry), not a
    dispute. Both are shown in the question with their values; each still competes with another camp's
    figure. On the events all three such links were wrong (compete precision 0.342 -> 0.348, recall and
    hit@5 unchanged); FNC-1 train had none.
    """
    return a.party is not None and a.party == b.party


def _say_the_same(a: Profile, b: Profile) -> bool:
    """Whether two members set apart on a yes/no question assert one predicate of one subject alike.

    "Border guards detained the crew" from both camps: only their camps set the two answers apart,
    while their words agree. Neither rejects a claim the other does not, neither negates what the
    other asserts, and they put it in no two places (`says_otherwise`). On the FNC-1 stance
    benchmark such links never joined opposing articles (8 links on dev);
    dropping them raised the dev lift (1.232 -> 1.235) and the events' compete precision
    (0.343 -> 0.345, recall and hit@5 unchanged).
    """
    return bool(a.says_so & b.says_so) and not says_otherwise(a, b)


def _both_say_no(a: Profile, b: Profile) -> bool:
    """Whether both members of a yes/no question say no (each rejects a claim or negates its point).

    Two noes answer no question against each other: they deny one point, and agree ("the report is
    false" twice), or two points ("we fired nothing" / "the rocket was not ours", each side's denial of
    the other's accusation), and dispute neither. A negation on its own never makes an opposition, nor
    do two. On the FNC-1 stance benchmark links between two such claims joined an agreeing and a
    disagreeing article about as often as chance (97 links, lift ~1.06); without them the competes lift
    rose 1.185 -> 1.189 (dev 1.227 -> 1.235, held 1.136 -> 1.135), and on the events compete precision
    0.460 -> 0.465 (recall and hit@5 unchanged): one camp's promise of "no discriminatory treatment" no
    longer competes with the other's "the claim of occupying the valley is false".
    """
    return polarity(a) and polarity(b)


def _contradicts_directly(a: Profile, b: Profile) -> bool:
    """Whether one claim answers the other itself, not only the question they share.

    One rejects a claim naming the other's party or speaker, the two give figures of one measure
    that cannot both hold, or one negates the very predicate the other asserts of one subject.
    Such a competitor ranks above one set apart only by camps or by inference, so that a claim's
    first few competitors hold the real rebuttals: on the events, compete recall rose (0.477 ->
    0.497), precision (0.345 -> 0.348) and hit@5 (0.636 -> 0.648); the FNC-1 dev lift did not move
    (1.235). A larger bonus (x1.5) pushed other true competitors out of the first five (hit@5 0.614).
    """
    if (a.denies and aims_at(a, b)) or (b.denies and aims_at(b, a)):
        return True
    if a.numbers and b.numbers and (found := compare_numbers(a, b)) is not None and found[0] == "conflict":
        return True
    return bool(a.says_not & b.says_so or b.says_not & a.says_so)


def _set_by_camp(member: Profile, head: Profile, parties: Parties) -> bool:
    """Whether a member's yes/no answer was set by its camp against the anchor's (`stance.py`).

    The anchor's own camp asserts; when both camps are placed on the sides of the dispute, the
    member's side sets its answer; when neither is placed, a camp other than the anchor's denies as
    soon as one of the two is a contender. Any other member's answer was inferred by comparing
    its words with another member's.
    """
    if member.index == head.index:
        return True
    if not (member.party and head.party):
        return False
    if member.party == head.party:
        return True
    placed = {member.party, head.party} & parties.placed
    if placed:
        return len(placed) == 2
    return bool({member.party, head.party} & parties.contenders)
