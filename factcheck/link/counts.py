"""Which count a group of claims asks about (`measure_of`), the figures for it that its bonds missed
(`join_counts`), and two questions asking one count made one (`merge_counts`).

Split from `questions.py` (past 400 lines). Claims answering one count often share few words ("80,000
people took part", "police put the number of marchers at 12,000"): what their figures count says which
question they answer when their words do not.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from factcheck.link.bonds import Grouping, one_count
from factcheck.link.evidence import Profile
from factcheck.link.greedy import MAX_MEMBERS
from factcheck.link.stance import Measure, figure_for
from factcheck.model import Claim

T = TypeVar("T")
AddQuestion = Callable[[Sequence[Claim], Grouping, list[int]], None]  # records a group as question(s)

# Units of size, weight and time: a crater "16 feet deep" against "12 metres wide" is no disputed count, nor
# "a plane carried 17 tonnes of aid" (one day's flight) against "planes carried more than 50 tonnes" (the next
# day's): weights were tried as counts (linker 80) and made two shipments one disputed count.
UNITS = frozenset(
    """foot feet metre meter metres meters kilometre kilometer km mile inch yard pound kg kilogram ton tonne
    second minute hour day week month year gmt am pm""".split()
)


def measure_of(members: Sequence[int], profiles: Sequence[Profile]) -> Measure | None:
    """The quantity most members give a figure for, when at least two do."""
    counts: Counter[tuple[str, str | None, str | None, str | None]] = Counter()
    for index in members:
        p = profiles[index]
        keys = {(noun, verb, owner, p.span) for _, _, noun, _, verb, owner in p.numbers if noun and noun not in UNITS}
        counts.update(keys)
    # Most given first; ties by name, never by set order (which differs from one process to another).
    for (noun, verb, owner, span), k in sorted(
        counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or "", kv[0][2] or "", kv[0][3] or "")
    ):
        measure = Measure(noun, verb, owner, span)
        given = sum(1 for index in members if figure_for(profiles[index], measure) is not None)
        if given >= 2 and k >= 2:
            return measure
    return None


def join_counts(claims: Sequence[Claim], grouping: Grouping, add_question: AddQuestion) -> None:
    """A claim that gives a figure for a question's count joins it, when it shares something beyond the
    count with a member who gives one (`one_count`) and is in no question, or in one that nobody disputes
    and that asks no count.

    "80,000 people took part" and "police put the number of marchers at 12,000" answer one count in words
    that barely meet: their bond is weak, and the first was grouped with the quotation after it (no
    question), or "the ministry said the march had drawn no more than 15,000 and blamed agitators for the
    clashes" with two lines about the clashes (one stance: nothing contested there). The questions changed
    are made again in their places; one left with a single voice is none.
    """
    profiles = grouping.profiles
    home = {i: k for k, members in enumerate(grouping.members) for i in members}
    free = {
        k
        for k, members in enumerate(grouping.members)
        if len(set(grouping.stances[k].values())) < 2 and measure_of(members, profiles) is None
    }
    by_noun: dict[str, list[int]] = defaultdict(list)  # the claims that may move, by what they count
    for i, p in enumerate(profiles):
        if p.numbers and (i not in home or home[i] in free):
            for noun in sorted({noun for _, _, noun, _, _, _ in p.numbers}):
                by_noun[noun].append(i)
    joining: dict[int, list[int]] = {}  # count question -> the claims joining it
    taken: set[int] = set()
    for k, members in enumerate(grouping.members):
        measure = None if k in free else measure_of(members, profiles)
        if measure is None:
            continue
        givers = _givers(members, measure, profiles)
        for i in by_noun.get(measure.noun, ()):
            if len(members) + len(joining.get(k, ())) >= MAX_MEMBERS:
                break
            if i in taken or figure_for(profiles[i], measure) is None:
                continue
            if any(one_count(profiles[i], other) for other in givers):
                joining.setdefault(k, []).append(i)
                taken.add(i)
    if not joining:
        return
    grouping.guessed -= taken  # a stance guessed where it was is no stance in a count
    changed = {k: sorted([*grouping.members[k], *new]) for k, new in joining.items()}
    for k in {home[i] for i in taken if i in home}:
        changed[k] = [i for i in grouping.members[k] if i not in taken]
    for k in sorted(changed, reverse=True):  # from the last: the places of those before stay
        _remake(claims, grouping, k, changed[k], add_question)


def merge_counts(claims: Sequence[Claim], grouping: Grouping, add_question: AddQuestion) -> None:
    """Two questions asking one count become one, when a member giving a figure in each shares something
    beyond the count with the other (`one_count`): "12,000 joined the march" and "police estimated the crowd at
    3,000" in one, "twelve thousand walked with us" and "about 3,000 took part" in the other are one dispute
    over one crowd, however the grouping parted them. The merged question takes the place of the first."""
    profiles = grouping.profiles
    counts = [(k, m) for k, members in enumerate(grouping.members) if (m := measure_of(members, profiles)) is not None]
    into: dict[int, int] = {}  # a count question -> the earlier one it joins
    for (k, measure), (later, other) in itertools.combinations(counts, 2):
        if measure != other or later in into:
            continue
        head = into.get(k, k)
        givers = _givers(grouping.members[k], measure, profiles)
        theirs = _givers(grouping.members[later], measure, profiles)
        if len(grouping.members[head]) + len(grouping.members[later]) > MAX_MEMBERS:
            continue
        if any(one_count(a, b) for a in givers for b in theirs):
            into[later] = head
    if not into:
        return
    changed: dict[int, list[int]] = {}
    for later, head in into.items():
        changed.setdefault(head, list(grouping.members[head])).extend(grouping.members[later])
        changed[later] = []  # no question of its own: its members are in the first
    for k in sorted(changed, reverse=True):  # from the last: the places of those before stay
        _remake(claims, grouping, k, sorted(set(changed[k])), add_question)


def _givers(members: Sequence[int], measure: Measure, profiles: Sequence[Profile]) -> list[Profile]:
    """The members that give a figure for the measure."""
    return [profiles[j] for j in members if figure_for(profiles[j], measure) is not None]


def _remake(claims: Sequence[Claim], grouping: Grouping, k: int, members: list[int], add_question: AddQuestion) -> None:
    """Question k made again from `members` (by `add_question`), in its place: as many questions as that
    makes (none, for a single voice)."""
    before = len(grouping.questions)
    add_question(claims, grouping, members)
    _splice(grouping.questions, before, k)
    _splice(grouping.members, before, k)
    _splice(grouping.stances, before, k)
    _splice(grouping.anchors, before, k)


def _splice(items: list[T], before: int, k: int) -> None:
    """The items from `before` on (those just made) take the place of item k."""
    made = items[before:]
    del items[before:]
    items[k : k + 1] = made
