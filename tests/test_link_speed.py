"""The array forms of linking's pairwise tests give what the plain loops over pairs gave (they replace them)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from factcheck.link.top_rows import _SameVoice
from factcheck.link.word_sets import SetRows, pair_cosines

WORDS = "dam bridge troops village crossed shelled captured denied toll wounded talks ceasefire".split()


def _random_rows(rng: random.Random, n: int) -> list[set[str]]:
    return [set(rng.sample(WORDS, rng.randrange(0, 6))) for _ in range(n)]


def _pairs(rng: random.Random, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = sorted({tuple(sorted(rng.sample(range(n), 2))) for _ in range(k)})
    return np.array([i for i, _ in pairs], dtype=np.int64), np.array([j for _, j in pairs], dtype=np.int64)


def test_set_rows_meet_is_set_intersection() -> None:
    rng = random.Random(3)
    rows = _random_rows(rng, 40)
    first, second = _pairs(rng, 40, 200)
    met = SetRows(rows).meet(first, second)
    assert met.tolist() == [bool(rows[i] & rows[j]) for i, j in zip(first.tolist(), second.tolist(), strict=True)]


@pytest.mark.parametrize("bits", [True, False])  # a table of bits, or a binary search
def test_set_rows_shared_counts_the_keys_in_common(monkeypatch: pytest.MonkeyPatch, bits: bool) -> None:
    from factcheck.link import word_sets

    monkeypatch.setattr(word_sets, "_BITS_AT_MOST", 1 << 28 if bits else 0)
    rng = random.Random(7)
    rows = _random_rows(rng, 40)
    first, second = _pairs(rng, 40, 200)
    got = SetRows(rows).shared(first, second)
    assert got.tolist() == [len(rows[i] & rows[j]) for i, j in zip(first.tolist(), second.tolist(), strict=True)]
    assert SetRows([set(), set(), set()]).shared(np.array([0, 1]), np.array([1, 2])).tolist() == [0, 0]


def test_set_rows_with_no_keys_meet_nothing() -> None:
    first, second = np.array([0, 1]), np.array([1, 2])
    assert SetRows([set(), set(), set()]).meet(first, second).tolist() == [False, False]


def test_pair_cosines_are_the_dot_products_of_the_term_vectors() -> None:
    rng = random.Random(5)
    vectors = []
    for row in _random_rows(rng, 50):
        vec = {w: rng.random() for w in row}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    first, second = _pairs(rng, 50, 300)
    got = pair_cosines(vectors, first, second)
    for k, (i, j) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        a, b = vectors[i], vectors[j]
        want = sum(a[t] * b[t] for t in a.keys() & b.keys())
        assert math.isclose(got[k], want, rel_tol=1e-15, abs_tol=1e-15)


def test_same_voice_cells_are_the_cells_of_the_voice_mask() -> None:
    voices = np.array([4, 0, 4, 2, 0, 4, 9, 2, 2, 7])
    same = _SameVoice(voices)
    for start, stop in ((0, 10), (2, 7), (9, 10)):
        mask = np.zeros((stop - start, voices.size), dtype=bool)
        mask[same.cells(start, stop)] = True
        assert (mask == (voices[start:stop, None] == voices[None, :])).all()


def test_static_token_ids_by_word_are_those_of_whole_texts() -> None:
    from factcheck.link.static_embeddings import static_encoder

    encoder = static_encoder()
    texts = [
        "Norland troops crossed the Vell bridge at dawn, the ministry said.",
        "claim  deny   dam breach",  # runs of spaces
        "Le café naïve — “quoted” words, 1,200 people; 中文 too\tand a tab",
        "x" * 150,  # one word longer than WordPiece reads: the unknown token, left out
        "",
    ]
    whole = [
        [i for i in e.ids if i != encoder.unknown]
        for e in encoder.tokenizer.encode_batch_fast(texts, add_special_tokens=False)  # type: ignore[attr-defined]
    ]
    flat, lengths = encoder._token_ids(texts)
    assert [part.tolist() for part in np.split(flat, np.cumsum(lengths)[:-1])] == whole
    assert whole[0] and not whole[3] and not whole[4]
    empty = encoder._token_ids([])
    assert empty[0].size == empty[1].size == 0
    # Each text's vector is the mean of its tokens' rows, whatever the other texts of its batch.
    vectors = encoder.encode(texts)
    for ids, vector in zip(whole, vectors, strict=True):
        mean = np.zeros(encoder.dims, dtype=np.float32)
        if ids:
            mean = np.add.reduceat(encoder.table[ids].astype(np.float32), [0], axis=0)[0] / len(ids)
        assert np.array_equal(vector, mean / (np.linalg.norm(mean) or 1))


def test_linking_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    from factcheck.link.linker import _cycle_collector_paused

    assert gc.isenabled()
    with _cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _cycle_collector_paused():
            pass
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def _top_per_row_by_lexsort(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The wide-block form `_top_per_row` replaced: partition for the threshold, lexsort for the order."""
    n = scores.shape[1]
    sample = scores[:, ::16]
    j = max(1, min(sample.shape[1], (3 * k) // 24))
    threshold = np.maximum(np.partition(sample, -j, axis=1)[:, -j], np.finfo(np.float32).tiny)
    rows, cols = np.divmod(np.flatnonzero(scores >= threshold[:, None]), n)
    values = scores[rows, cols]
    order = np.lexsort((-values, rows))
    rows, cols = rows[order], cols[order]
    first = np.searchsorted(rows, rows, side="left")
    keep = np.arange(rows.size) - first < k
    return rows[keep], cols[keep]


def test_top_per_row_of_a_wide_block_is_the_lexsorted_form() -> None:
    from factcheck.link.top_rows import _jth_largest, _top_per_row

    rng = np.random.default_rng(11)
    # Mostly zeros, and few distinct values: rows full of ties, as copies of one claim give.
    scores = (rng.integers(0, 6, size=(37, 5000)) * (rng.random((37, 5000)) < 0.3) / 7).astype(np.float32)
    scores[3] = 0.0  # a row with nothing related
    scores[5, ::16] = 0.5  # a row whose sample is all ties
    for k in (1, 10, 20, 24, 96):
        got, want = _top_per_row(scores, k), _top_per_row_by_lexsort(scores, k)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    sample = np.ascontiguousarray(scores[:, ::16])
    for j in (1, 2, 3, 12):
        assert np.array_equal(_jth_largest(sample, j), np.partition(sample, -j, axis=1)[:, -j])


def test_member_pairs_are_those_of_the_loop_over_members() -> None:
    from factcheck.link.linker import _bonds_of, _pairs_within

    groups = [[4, 1, 7], [2], [], [9, 3, 0, 5], [6, 8]]
    x, y, group = _pairs_within([len(g) for g in groups])
    flat = [i for g in groups for i in g]
    got = list(zip([flat[p] for p in x.tolist()], [flat[p] for p in y.tolist()], group.tolist(), strict=True))
    want = [(i, j, k) for k, g in enumerate(groups) for at, i in enumerate(g) for j in g[at + 1 :]]
    assert got == want
    bonds = {(1, 4): 0.5, (1, 7): 0.25, (0, 3): 0.75, (6, 8): 1.25}
    first, second = np.array([i for i, _, _ in want]), np.array([j for _, j, _ in want])
    assert _bonds_of(bonds, 10, first, second).tolist() == [bonds.get((i, j), 0.0) for i, j, _ in want]
    assert _bonds_of({}, 10, first, second).tolist() == [0.0] * len(want)


@pytest.mark.parametrize("n", [300, 4200])  # a narrow block (argpartition) and a wide one (sampled threshold)
def test_related_candidates_do_not_depend_on_how_many_rows_are_finished_at_once(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    from factcheck.link import similarity
    from factcheck.model import Claim

    rng = random.Random(n)
    vocabulary = [f"w{k}" for k in range(400)]
    claims = []
    for k in range(n):
        words = [*rng.sample(WORDS, 3), *rng.sample(vocabulary, 4)]
        features = {"content_lemmas": words, "lemmas": words, "entities": []}
        claims.append(Claim(f"c-{k:012x}", f"{k // 3}.txt", k, k + 1, " ".join(words), features=features))
    voices = np.arange(n) // 2
    vectors = np.asarray([[rng.random() for _ in range(8)] for _ in range(n)], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for embedded in (None, vectors) if n < 4096 else (vectors,):
        monkeypatch.setattr(similarity, "embed_claims", lambda _claims, embedded=embedded: embedded)
        found = []
        for cells in (16 * n, 1 << 30):  # 16 rows at a time, and the whole block at once
            monkeypatch.setattr(similarity, "_CHUNK_CELLS", cells)
            found.append(similarity.related_candidates(claims, voices, per_claim=10, min_related=0.05))
        for other in found[1:]:
            assert all(np.array_equal(x, y) for x, y in zip(found[0], other, strict=True))
        assert found[0][0].size > n  # pairs were found


def test_dense_scores_are_the_same_whatever_order_the_products_are_summed_in() -> None:
    """BLAS sums a cell's products in an order that depends on its threads: on this machine 20,000
    claims gave other links with one thread than with two. The dense weights lie on a grid on which
    every sum is exact, so the product summed in another order (the columns reversed, or in float64)
    gives the very same float32 scores."""
    from factcheck.link.similarity import build_lexical_index
    from factcheck.model import Claim

    rng = random.Random(11)
    vocabulary = [f"w{k}" for k in range(60)]
    claims = []
    for k in range(400):
        words = [*rng.sample(WORDS, 4), *rng.sample(vocabulary, 3)]
        features = {"content_lemmas": words, "lemmas": words, "entities": []}
        claims.append(Claim(f"c-{k:012x}", f"{k}.txt", 0, 1, " ".join(words), features=features))
    index = build_lexical_index(claims)
    assert index.dense.shape[1] > len(WORDS)  # the shared words and the event classes are dense columns
    out = np.empty((index.n, index.n), dtype=np.float32)
    scores = index.dense_scores(slice(0, index.n), out=out).copy()
    reversed_columns = np.ascontiguousarray(index.dense[:, ::-1])
    assert np.array_equal(scores, reversed_columns @ reversed_columns.T)
    wide = index.dense.astype(np.float64)
    assert np.array_equal(scores, (wide @ wide.T).astype(np.float32))
    assert scores.max() > 0.5  # claims sharing words score high
