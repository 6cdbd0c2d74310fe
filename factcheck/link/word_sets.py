"""Sets of words of many claims laid out as arrays, to compare many pairs of claims at once.

`SetRows` holds one set of keys per claim (with a value per key); for a batch of pairs it finds the
keys each pair shares (`matches`), counts them (`shared`) or tells whether there are any (`meet`),
with no Python loop over the pairs; `pair_cosines` adds up the products of shared weights.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import numpy as np

_BITS_AT_MOST = 1 << 28  # (row, key) cells of a `SetRows` asked by a table of bits (32 MB), else searched


class SetRows:
    """One set of keys per claim (with a value per key, or 1.0), laid out to compare many pairs at once.

    `matches` finds the keys two claims share with a binary search over sorted (claim, key) numbers,
    for every pair in one pass: no Python loop over the pairs, nor a set built per pair.
    """

    def __init__(self, rows: Sequence[Collection[str]], values: Sequence[Iterable[float]] | None = None) -> None:
        key_id: dict[str, int] = {}
        self.lengths = np.array([len(row) for row in rows], dtype=np.int64)
        total = int(self.lengths.sum())
        self.ids = np.fromiter((key_id.setdefault(k, len(key_id)) for row in rows for k in row), np.int64, total)
        self.values = (
            np.ones(total) if values is None else np.fromiter((x for row in values for x in row), np.float64, total)
        )
        self.starts = np.cumsum(self.lengths) - self.lengths
        self.width = max(len(key_id), 1)
        keys = np.repeat(np.arange(len(rows), dtype=np.int64), self.lengths) * self.width + self.ids
        order = np.argsort(keys)
        self.sorted_keys, self.sorted_values = keys[order], self.values[order]
        self._bits: np.ndarray | None = None  # one bit per (row, key) number, made when `shared` first needs it

    def _wanted(self, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each key of each pair's shorter row, in its order: (the pair, its entry, its number in the longer row)."""
        shorter = np.where(self.lengths[first] <= self.lengths[second], first, second)
        longer = np.where(shorter == first, second, first)
        count = self.lengths[shorter]
        total = int(count.sum())
        pair_of = np.repeat(np.arange(first.size), count)
        entry = np.repeat(self.starts[shorter] - (np.cumsum(count) - count), count) + np.arange(total)
        return pair_of, entry, longer[pair_of] * self.width + self.ids[entry]

    def matches(self, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every key pair k's two rows share: (k, its value in the shorter row, its value in the longer).

        A pair's keys come in the order of its shorter row, as a loop over `a.keys() & b.keys()` would
        visit them in some order.
        """
        pair_of, entry, wanted = self._wanted(first, second)
        if self.sorted_keys.size == 0:
            return pair_of[:0], self.values[:0], self.values[:0]
        where = np.minimum(np.searchsorted(self.sorted_keys, wanted), self.sorted_keys.size - 1)
        found = self.sorted_keys[where] == wanted
        return pair_of[found], self.values[entry[found]], self.sorted_values[where[found]]

    def shared(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """How many keys the rows of each pair share.

        Only whether each key is there is asked, so a bit per (row, key) answers it when that table is
        small (20k claims and 9k words: 22 MB), one lookup where a binary search took ~20.
        """
        pair_of, _, wanted = self._wanted(first, second)
        if self._bits is None and self.lengths.size * self.width <= _BITS_AT_MOST:
            self._bits = np.zeros(self.lengths.size * self.width // 8 + 1, dtype=np.uint8)
            np.bitwise_or.at(self._bits, self.sorted_keys >> 3, np.left_shift(1, self.sorted_keys & 7).astype(np.uint8))
        if self._bits is not None:
            found = ((self._bits[wanted >> 3] >> (wanted & 7).astype(np.uint8)) & 1).astype(bool)
        elif self.sorted_keys.size:
            where = np.minimum(np.searchsorted(self.sorted_keys, wanted), self.sorted_keys.size - 1)
            found = self.sorted_keys[where] == wanted
        else:
            found = np.zeros(wanted.size, dtype=bool)
        return np.bincount(pair_of[found], minlength=first.size)

    def meet(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Whether the rows of each pair share a key."""
        return self.shared(first, second) > 0


def pair_cosines(vectors: Sequence[dict[str, float]], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The dot product of vectors[first[k]] and vectors[second[k]] for every k (float64).

    Each pair's products are summed one by one (`np.bincount` adds in order, in float64) in the order
    of the terms of its shorter vector. A Python `sum` over `a.keys() & b.keys()` visited them in the
    order of a set of strings, which changes with PYTHONHASHSEED: no one order of that sum was ever the
    only right one, and its last bit already differed from run to run.
    """
    pair_of, mine, theirs = SetRows(vectors, [v.values() for v in vectors]).matches(first, second)
    return np.bincount(pair_of, weights=mine * theirs, minlength=first.size)
