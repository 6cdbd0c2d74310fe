"""How related two claims are, and which pairs are worth scoring: an index, never all pairs.

Each claim becomes a weighted vector over three kinds of terms, each part normalised and then
scaled, so that one dot product adds their cosines:

* content lemmas of what is claimed (not of "X said on Twitter"), TF-IDF weighted, without the
  names of the contending parties (every side names the other); a short claim ("we reject that
  version") borrows half the words of the claim before it in its article, which it answers;
* the event classes of `lexicon.FRAMES` it touches (control, casualties, talks, ...);
* the names (people, places, organisations) it mentions.

Candidates come from blocks of rows multiplied against the whole corpus: the frequent terms as
a small dense matrix (BLAS), the rest through posting lists; only each claim's best candidates
are kept. Sentence embeddings are mixed in (`embeddings.py`: the static table shipped in the
package, or all-MiniLM-L6-v2 with the `semantic` extra); `similarity_backend()` says which.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.link.claim_words import ClaimWords
from factcheck.link.embeddings import _semantic_model_dir, embed_claims, semantic_mix, similarity_backend
from factcheck.link.lexicon import FRAMES
from factcheck.link.top_rows import _best_per_row, _SameVoice, _top_per_row
from factcheck.model import Claim

__all__ = ["_semantic_model_dir", "embed_claims", "related_candidates", "similarity_backend"]

FRAME_WEIGHT = 0.3  # a shared event class adds up to this much relatedness
NAME_WEIGHT = 0.15  # shared names add up to this much
CONTEXT_WEIGHT = 0.5  # how much of the previous claim a short claim borrows
IDF_POWER = 1.0  # below 1 damps IDF, so that the term everyone uses still counts
_DENSE_SHARE = 0.03  # terms in more than this share of claims go to the dense part
_MAX_DENSE = 256
_BLOCK_ENTRIES = 4_000_000  # posting entries per block, to bound memory
_BLOCK_CELLS = 16_000_000  # scores per block (64 MB of float32)
# The dense weights are kept to multiples of 2**-_GRID_BITS (`_on_grid`), so that their products sum exactly.
_GRID_BITS = 11
_CHUNK_CELLS = 1 << 20  # scores of a block's rows finished at once (4 MB of float32: they stay in the cache)
_FRAME_NAMES = sorted(FRAMES)
# With embeddings, each claim's SHORTLIST x per_claim lexically best candidates are re-scored with
# them: a dot product per shortlisted pair, not a corpus-wide matrix (20k claims: 400M cells).
SHORTLIST = 4
SHORTLIST_LARGE = 2  # ...in a corpus of more than SHORTLIST_LARGE_CORPUS claims, where time is short
SHORTLIST_LARGE_CORPUS = 5000


@dataclass
class LexicalIndex:
    """Claims as normalised sparse vectors (CSR), split into a dense frequent part and postings."""

    n: int
    vocab: list[str]
    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    dense: np.ndarray  # n x (frequent terms + frames), float32
    post_ptr: np.ndarray
    post_doc: np.ndarray
    post_w: np.ndarray
    sparse_term: np.ndarray  # term id -> True when it is served by the postings

    def dense_scores(self, rows: slice, out: np.ndarray) -> np.ndarray:
        """The dense part of the relatedness of the claims in `rows` to every claim: one matrix product
        (float32, rows x n), written over `out` (C-contiguous float32, rows x n) and returned, so that one
        buffer serves every block (a fresh 64 MB block per step costs its page faults again).

        BLAS sums a cell's products in an order that depends on the shape of the product and on its
        threads; the weights lie on a grid on which every such sum is exact (`_on_grid`), so the scores
        are the same bits whatever the block, the number of threads or the machine.
        """
        return np.matmul(self.dense[rows], self.dense.T, out=out)

    def add_postings(self, rows: slice, out: np.ndarray) -> None:
        """Add the posting-list part of the claims in `rows` to their dense part in `out` (rows x n, float32):
        each posting entry in turn (`np.add.at`), in the order of a row's terms, so that a cell's sum
        does not depend on how many rows are done at once (a few dozen: their cells stay in the cache)."""
        start, stop = rows.start, rows.stop
        lo, hi = self.indptr[start], self.indptr[stop]
        terms = self.indices[lo:hi]
        weights = self.data[lo:hi]
        row_of = np.repeat(np.arange(stop - start) * self.n, np.diff(self.indptr[start : stop + 1]))
        keep = self.sparse_term[terms]
        terms, weights, row_of = terms[keep], weights[keep], row_of[keep]
        if terms.size == 0:
            return
        first = self.post_ptr[terms]
        lengths = self.post_ptr[terms + 1] - first
        total = int(lengths.sum())
        if total == 0:
            return
        # Posting entry e of the rows reads post_*[first[term] + (e - where the term's run starts)]:
        # one repeat of (first - run start) plus a range, integers only.
        offsets = np.repeat(first - (np.cumsum(lengths) - lengths), lengths)
        offsets += np.arange(total)
        flat = np.repeat(row_of, lengths)
        flat += self.post_doc[offsets]
        vals = np.repeat(weights, lengths)
        vals *= self.post_w[offsets]
        np.add.at(out.reshape(-1), flat, vals)

    def block_size(self) -> int:
        """Rows per block so that one block's posting entries stay bounded."""
        if self.n == 0:
            return 1
        lengths = np.diff(self.post_ptr)
        per_row = float((lengths[self.indices] * self.sparse_term[self.indices]).sum()) / self.n
        rows = int(_BLOCK_ENTRIES / max(per_row, 1.0))
        rows = min(rows, int(_BLOCK_CELLS / max(self.n, 1)))  # the block itself: rows x n floats
        return max(16, min(rows, 2048, self.n))


def _stem(word: str) -> str:
    return word[:5]


def build_lexical_index(
    claims: Sequence[Claim], party_words: frozenset[str] = frozenset(), words: ClaimWords | None = None
) -> LexicalIndex:
    """Weighted term vectors of the claims, with their dense part and posting lists.

    `party_words` (stems of the parties' names) are left out: every side names the other, so
    "Ardenia" or "Borovia" in two claims says nothing about whether they share a topic.
    """
    n = len(claims)
    words = words or ClaimWords.of(claims)
    # Asked once per distinct word; a claim that names no party keeps its own counts (read only from here on).
    dropped = {w for w in set().union(*words.terms) if _stem(w) in party_words}
    base: list[Mapping[str, float]] = [
        t if dropped.isdisjoint(t) else {w: k for w, k in t.items() if w not in dropped} for t in words.terms
    ]
    prev = words.previous
    counts: list[Mapping[str, float]] = []
    for i in range(n):
        terms = base[i]  # read only from here on: copied only when it borrows context
        if i in prev and words.short[i]:
            terms = Counter(terms)
            for word, k in base[prev[i]].items():
                terms[word] += CONTEXT_WEIGHT * k  # type: ignore[assignment]  # fractional weights
        counts.append(terms)
    df = Counter(itertools.chain.from_iterable(counts))
    vocab_words = sorted(df)
    party_only = {name for name in set().union(*words.names) if all(_stem(t) in party_words for t in name.split())}
    names = [{name for name in ns if name not in party_only} for ns in words.names]  # each set built as before
    vocab = vocab_words + ["@" + name for name in sorted(set().union(*names))]
    term_id = {t: k for k, t in enumerate(vocab)}

    # Every (claim, term, count) at once, then the weights in numpy: no per-claim arrays.
    lengths = np.array([len(terms) for terms in counts], dtype=np.int64)
    total = int(lengths.sum())
    rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
    terms_arr = np.fromiter(map(term_id.__getitem__, itertools.chain.from_iterable(counts)), np.int64, count=total)
    tf = np.fromiter(itertools.chain.from_iterable(terms.values() for terms in counts), np.float64, count=total)
    tf = np.where(tf >= 1.0, 1.0 + np.log(np.maximum(tf, 1.0)), tf)
    df_arr = np.array([df[w] for w in vocab_words], dtype=np.float64)
    idf = np.log((n + 1) / (df_arr + 0.5)) ** IDF_POWER
    weights = tf * idf[terms_arr] if terms_arr.size else tf
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=n))
    norms[norms == 0] = 1.0
    weights = weights / norms[rows]
    name_rows: list[int] = []
    name_terms: list[int] = []
    name_vals: list[float] = []
    for i, ns in enumerate(names):
        if ns:
            name_rows.extend([i] * len(ns))
            name_terms.extend([term_id["@" + name] for name in ns])
            name_vals.extend([math.sqrt(NAME_WEIGHT / len(ns))] * len(ns))
    rows = np.concatenate([rows, np.asarray(name_rows, dtype=np.int64)])
    terms_arr = np.concatenate([terms_arr, np.asarray(name_terms, dtype=np.int64)])
    weights = np.concatenate([weights, np.asarray(name_vals, dtype=np.float64)])
    order_rows = np.argsort(rows, kind="stable")
    indices = terms_arr[order_rows]
    data = weights[order_rows].astype(np.float32)
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum(np.bincount(rows, minlength=n))

    term_df = np.bincount(indices, minlength=len(vocab))
    frequent = np.argsort(-term_df, kind="stable")[:_MAX_DENSE]
    frequent = frequent[term_df[frequent] > max(32, _DENSE_SHARE * n)]
    sparse_term = np.ones(len(vocab), dtype=bool)
    sparse_term[frequent] = False
    dense_col = np.full(len(vocab), -1, dtype=np.int64)
    dense_col[frequent] = np.arange(frequent.size)
    dense = np.zeros((n, frequent.size + len(_FRAME_NAMES)), dtype=np.float32)
    row_of = np.repeat(np.arange(n), np.diff(indptr))
    in_dense = dense_col[indices] >= 0
    dense[row_of[in_dense], dense_col[indices[in_dense]]] = data[in_dense]
    frame_col = {name: frequent.size + k for k, name in enumerate(_FRAME_NAMES)}
    cells = [
        (i, frame_col[name], math.sqrt(FRAME_WEIGHT / len(frames)))
        for i, frames in enumerate(words.frames)
        for name in frames
    ]
    if cells:
        frame_rows, frame_cols, frame_vals = zip(*cells, strict=True)
        dense[list(frame_rows), list(frame_cols)] = frame_vals  # one cell per claim and event class
    _on_grid(dense)

    order = np.argsort(indices, kind="stable")
    post_ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    post_ptr[1:] = np.cumsum(term_df)
    return LexicalIndex(
        n=n,
        vocab=vocab,
        indptr=indptr,
        indices=indices,
        data=data,
        dense=dense,
        post_ptr=post_ptr,
        post_doc=row_of[order],
        post_w=data[order],
        sparse_term=sparse_term,
    )


def _on_grid(dense: np.ndarray) -> None:
    """Round the dense weights (in place) to multiples of 2**-11, so that the matrix product is exact.

    BLAS adds a cell's products in an order that depends on its threads (and on the shape of the
    product): at 20,000 claims, one thread and two gave 45,736 and 45,704 links. Every weight is in
    [0, 1] with a row's squared length below 2, so on this grid each product is a multiple of 2**-22
    and every partial sum of non-negative products lies below 2: 23 bits, which float32 holds exactly.
    The sum is then the same in any order, on any machine and any number of threads. The rounding
    moves a weight by at most 2**-12 (0.00024).
    """
    scale = float(1 << _GRID_BITS)
    np.multiply(dense, scale, out=dense)
    np.rint(dense, out=dense)
    np.divide(dense, scale, out=dense)


def related_candidates(
    claims: Sequence[Claim],
    voices: np.ndarray,
    per_claim: int,
    min_related: float,
    party_words: frozenset[str] = frozenset(),
    words: ClaimWords | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The best related claims of each claim: arrays (i, j, lexical, combined) with i < j, each pair once.

    `combined` adds the embeddings' similarity when the semantic backend is active (else it
    equals `lexical`): embeddings find claims on the same topic, not claims that disagree, so
    the caller uses them to find echoes and the lexical figure to weigh oppositions.

    A pair is admissible when the claims come from different voices (`voices`: one id per
    speaker, or the outlet's own voice, in each article); each claim keeps its `per_claim`
    most related, and only pairs related by at least `min_related` are returned.
    """
    index = build_lexical_index(claims, party_words, words)
    embeddings = embed_claims(claims)
    weight, floor = semantic_mix()
    n = index.n
    found_i: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    found_rel: list[np.ndarray] = []
    found_lex: list[np.ndarray] = []
    step = index.block_size()
    k = min(per_claim, n - 1)
    if k <= 0:
        return _no_pairs()
    buffer = np.empty((min(step, n), n), dtype=np.float32)
    same_voice = _SameVoice(voices)
    shortlist = k  # the lexically best candidates of each claim, re-scored with the embeddings when there are any
    if embeddings is not None:
        shortlist = min(n - 1, (SHORTLIST if n <= SHORTLIST_LARGE_CORPUS else SHORTLIST_LARGE) * k)
    chunk = max(1, _CHUNK_CELLS // n)
    for block in range(0, n, step):
        end = min(n, block + step)
        scores = index.dense_scores(slice(block, end), out=buffer[: end - block])
        # The rest row chunk by row chunk, while its cells are in the cache: every step reads each row alone.
        for start in range(block, end, chunk):
            stop = min(end, start + chunk)
            lexical = scores[start - block : stop - block]
            index.add_postings(slice(start, stop), lexical)
            lexical[same_voice.cells(start, stop)] = 0.0  # same voice, and the claim itself
            rows, cols = _top_per_row(lexical, shortlist)
            if embeddings is None:
                values = lexical[rows, cols]
            else:
                cosine = np.einsum("ij,ij->i", embeddings[rows + start], embeddings[cols])
                values = lexical[rows, cols] + weight * np.maximum(cosine - floor, 0.0)
                rows, cols, values = _best_per_row(rows, cols, values, k)
            keep = values >= min_related
            rows, cols = rows[keep], cols[keep]
            found_lex.append(lexical[rows, cols])
            rows = rows + start
            found_i.append(np.minimum(rows, cols))
            found_j.append(np.maximum(rows, cols))
            found_rel.append(values[keep])
    if not found_i:
        return _no_pairs()
    first, second = np.concatenate(found_i), np.concatenate(found_j)
    _, unique = np.unique(first * n + second, return_index=True)
    return first[unique], second[unique], np.concatenate(found_lex)[unique], np.concatenate(found_rel)[unique]


def _no_pairs() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    empty = np.zeros(0, dtype=np.int64)
    return empty, empty, np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.float32)
