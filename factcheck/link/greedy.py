"""Greedy grouping: groups grow from the strongest bonds, and two join only when bonded on average.

`bonds.py` works out how surely two claims bear on one point (their bond); here the bonds are
ranked strongest first (`Bonds`) and walked once (`greedy_groups`): a group joins another only when
the two are bonded this much on average, so one loose pair cannot chain two points into one.
`questions.py` turns the groups into questions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

BOND_MIN = 0.40  # a pair bonded at least this much may found or join a question
GROUP_MIN = 0.16  # two groups merge only when bonded this much on average (a missing pair counts 0)
CLASH_BOND_MIN = 0.30  # ...or this much, when the pair looks like two answers to one point
CLASH_GROUP_MIN = 0.16
MAX_MEMBERS = 60  # a question larger than this is a topic, not a point


class Bonds(dict[tuple[int, int], float]):
    """The bonded pairs (i < j) and their bonds, that also know their order strongest first.

    Grouping walks the bonds strongest first twice (`greedy_groups`, and joining lone claims to an
    opposing camp's question); at 20k claims that is 180k pairs sorted by a Python key each time.
    `build_bonds` hands over the order it found with one `np.lexsort`, and the bonds as arrays
    (`of_arrays`), from which each claim's bonded claims are laid out without a loop over the pairs.
    Nothing changes bonds once built.
    """

    def __init__(self, items: Iterable[tuple[tuple[int, int], float]] = (), ranked: list[int] | None = None) -> None:
        super().__init__(items)
        self._ranked: list[tuple[tuple[int, int], float]] | None = None
        self._places = ranked  # the places of the items, strongest first, when known
        self.arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # (i, j, bond), in the dict's order
        self.order: np.ndarray | None = None  # the places of the arrays' pairs, strongest first

    @classmethod
    def of_arrays(cls, first: np.ndarray, second: np.ndarray, value: np.ndarray) -> Bonds:
        """The bonds of the distinct pairs (first[k], second[k]), in that order, ranked strongest first,
        ties by pair."""
        order = np.lexsort((second, first, -value))
        bonds = cls(zip(zip(first.tolist(), second.tolist(), strict=True), value.tolist(), strict=True))
        bonds.arrays, bonds.order = (first, second, value), order
        return bonds

    def ranked(self) -> list[tuple[tuple[int, int], float]]:
        """(pair, bond), strongest first, ties by pair: what `sorted(bonds.items())` on (-bond, pair) gives."""
        if self._ranked is None:
            places = self._places if self.order is None else self.order.tolist()
            if places is not None:
                pairs = list(self.items())
                self._ranked = [pairs[k] for k in places]
            else:
                self._ranked = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return self._ranked

    def strongest(self, floor: float) -> tuple[list[int], list[int], list[float]]:
        """The pairs bonded at least `floor`, strongest first, ties by pair, as lists (i, j, bond): the head
        of `ranked()`, read from the arrays when there are any (no list of 180k pairs kept alive)."""
        if self.arrays is None or self.order is None:
            head = [(pair, value) for pair, value in self.ranked() if value >= floor]
            return [i for (i, _), _ in head], [j for (_, j), _ in head], [value for _, value in head]
        first, second, value = self.arrays
        order = self.order[: int(np.count_nonzero(value >= floor))]  # strongest first: those at least `floor` lead
        return first[order].tolist(), second[order].tolist(), value[order].tolist()


def neighbours(bonds: dict[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    """Each claim's bonded claims and their bonds, in the order of the bonds (what a loop over the
    bonds setting near[i][j] and near[j][i] builds; from `Bonds.arrays` with one sort, when they are there)."""
    near: dict[int, dict[int, float]] = defaultdict(dict)
    arrays = bonds.arrays if isinstance(bonds, Bonds) else None
    if arrays is None:
        for (i, j), value in bonds.items():
            near[i][j] = value
            near[j][i] = value
        return near
    first, second, strength = arrays
    if first.size == 0:
        return near
    place = np.arange(first.size)
    claim = np.concatenate([first, second])
    order = np.lexsort((np.concatenate([place, place]), claim))  # by claim, then in the order of the bonds
    claim = claim[order]
    other = np.concatenate([second, first])[order].tolist()
    bond = np.concatenate([strength, strength])[order].tolist()
    starts = np.flatnonzero(np.r_[True, claim[1:] != claim[:-1]])
    ends = np.r_[starts[1:], claim.size]
    for k, start, end in zip(claim[starts].tolist(), starts.tolist(), ends.tolist(), strict=True):
        near[k] = dict(zip(other[start:end], bond[start:end], strict=True))
    return near


def strongest_first(bonds: dict[tuple[int, int], float]) -> list[tuple[tuple[int, int], float]]:
    """The bonds strongest first, ties by pair (already sorted when they are `Bonds`)."""
    return bonds.ranked() if isinstance(bonds, Bonds) else sorted(bonds.items(), key=lambda kv: (-kv[1], kv[0]))


def greedy_groups(
    nodes: Iterable[int], bonds: dict[tuple[int, int], float], clashes: set[tuple[int, int]]
) -> list[list[int]]:
    """Greedy average-linkage grouping over the bonded pairs, strongest first.

    Two groups joined by a pair that looks like a dispute (`clashes`) merge on a looser bond:
    a question is worth having when it brings the two answers together.

    Many bonds join the same two groups; once two groups have failed the average test, it is not
    summed again while neither has grown (a group only grows, so its size tells whether it changed,
    and the same two groups of the same sizes give the same sum in the same order).
    """
    members: dict[int, list[int]] = {i: [i] for i in nodes}
    group = list(range(max(members, default=-1) + 1))  # each claim's group, by claim (a list reads faster)
    size = [1] * len(group)  # each group's size, by its id
    near = neighbours(bonds)
    failed: dict[tuple[int, int, float], tuple[int, int]] = {}  # (group, group, bar) -> their sizes then
    # The constants as local names: this loop runs once per bond (180k at 20k claims).
    bond_min, clash_bond_min, group_min, clash_group_min = BOND_MIN, CLASH_BOND_MIN, GROUP_MIN, CLASH_GROUP_MIN
    ranked = bonds if isinstance(bonds, Bonds) else Bonds(bonds.items())  # a group's few bonds: sorted here
    first, second, values = ranked.strongest(min(BOND_MIN, CLASH_BOND_MIN))
    disputed = [(i, j) in clashes for i, j in zip(first, second, strict=True)]
    for i, j, value, clash in zip(first, second, values, disputed, strict=True):
        if value < (clash_bond_min if clash else bond_min):
            continue
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        size_a, size_b = size[gi], size[gj]
        if size_a + size_b > MAX_MEMBERS:
            continue
        bar = clash_group_min if clash else group_min
        if failed.get((gi, gj, bar)) == (size_a, size_b):
            continue
        small, large = (members[gi], gj) if size_a <= size_b else (members[gj], gi)
        total = 0.0  # added up one bond at a time, in order, as sum() does
        for k in small:
            for o, v in near[k].items():
                if group[o] == large:
                    total += v
        if total / (size_a * size_b) < bar:
            failed[(gi, gj, bar)] = (size_a, size_b)
            continue
        keep, drop = (gi, gj) if size_a >= size_b else (gj, gi)
        moved = members.pop(drop)
        for k in moved:
            group[k] = keep
        members[keep].extend(moved)
        size[keep] = size_a + size_b
    return [sorted(m) for m in members.values() if len(m) > 1]
