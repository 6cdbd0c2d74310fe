"""Which cells of a block of scores to keep: each row's best few, and the cells of a claim's own voice.

`similarity.related_candidates` scores a block of claims against every claim and keeps each claim's
best candidates; these helpers pick them with whole-array steps (no loop over rows), each row read
on its own, so that the same cells come out in the same order however many rows are done at once.
"""

from __future__ import annotations

import numpy as np


class _SameVoice:
    """The cells (row in block, claim) of each claim and the claims of its own voice, itself included.

    A voice holds a handful of claims, so these cells are few: zeroing them is a small scatter, where
    comparing every voice of a block with every other (rows x n) built a mask of millions of cells.
    """

    def __init__(self, voices: np.ndarray) -> None:
        self.voices = np.asarray(voices)
        self.order = np.argsort(self.voices, kind="stable")  # claims grouped by voice
        ids, self.first, self.size = np.unique(self.voices[self.order], return_index=True, return_counts=True)
        self.slot = np.searchsorted(ids, self.voices)  # each claim's voice, numbered 0..voices-1

    def cells(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows relative to `start`, columns) of every same-voice pair whose row lies in [start, stop)."""
        slot = self.slot[start:stop]
        lengths = self.size[slot]
        rows = np.repeat(np.arange(stop - start), lengths)
        run_start = np.cumsum(lengths) - lengths
        cols = self.order[np.repeat(self.first[slot] - run_start, lengths) + np.arange(int(lengths.sum()))]
        return rows, cols


def _best_per_row(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The `k` highest values of each row among the given cells."""
    order = np.lexsort((cols, -values, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    first = np.searchsorted(rows, rows, side="left")
    keep = np.arange(rows.size) - first < k
    return rows[keep], cols[keep], values[keep]


def _top_per_row(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) of each row's `k` highest positive scores, best first, ties by column.

    For wide blocks a threshold is first estimated from every 16th column (the 3rd best of
    those stands for about the 48th best overall), so that only a few cells per row are sorted.
    """
    b, n = scores.shape
    if n <= 4096:
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
        rows = np.repeat(np.arange(b), k)
        cols = top.reshape(-1)
        positive = scores[rows, cols] > 0.0
        return rows[positive], cols[positive]
    sample = np.ascontiguousarray(scores[:, ::16])
    j = max(1, min(sample.shape[1], (3 * k) // 24))
    threshold = np.maximum(_jth_largest(sample, j), np.finfo(np.float32).tiny)
    rows, cols = np.divmod(np.flatnonzero(scores >= threshold[:, None]), n)
    order = np.argsort(_row_then_descending(rows, scores[rows, cols]), kind="stable")
    rows, cols = rows[order], cols[order]
    keep = _rank_in_row(rows, b) < k
    return rows[keep], cols[keep]


def _jth_largest(rows: np.ndarray, j: int) -> np.ndarray:
    """The `j`-th largest value of each row, repeats counted: what `np.partition(rows, -j, axis=1)[:, -j]`
    gives, at a fraction of its cost (numpy's partition is slow on rows that are mostly zeros and ties;
    a max, or a vectorised sort, is not)."""
    return rows.max(axis=1) if j == 1 else np.sort(rows, axis=1)[:, -j]


def _row_then_descending(rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """One int64 key per cell that orders by row, then by value from the highest (`values`: positive float32).

    The bits of a positive float32, read as an int32, order as the floats do; so a stable sort on this
    key orders as `np.lexsort((-values, rows))`, ties kept in their order, without sorting twice.
    """
    return (rows.astype(np.int64) << 32) | (0x7FFFFFFF - values.view(np.int32)).astype(np.int64)


def _rank_in_row(rows: np.ndarray, b: int) -> np.ndarray:
    """Each entry's place among the entries of its row (`rows`: sorted row numbers below `b`)."""
    counts = np.bincount(rows, minlength=b)
    return np.arange(rows.size) - np.repeat(np.cumsum(counts) - counts, counts)
