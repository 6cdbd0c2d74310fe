"""How embeddings are mixed into relatedness: lexical + weight x max(0, cosine - floor), on a lexical shortlist."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.link import embeddings, similarity
from factcheck.link.similarity import _best_per_row, related_candidates
from factcheck.model import Claim

LEMMAS = [
    ["bridge", "destroy", "river", "kessel"],
    ["crossing", "blow", "river", "kessel"],
    ["orchestra", "open", "season", "kessel"],
    ["bridge", "stand", "river", "kessel"],
    ["harvest", "record", "year"],
]


def _claims() -> list[Claim]:
    return [
        Claim(
            id=f"c-{k:012x}",
            article=f"{k}.txt",
            start=0,
            end=1,
            text=" ".join(words),
            features={"content_lemmas": words, "lemmas": words, "entities": []},
        )
        for k, words in enumerate(LEMMAS, start=1)
    ]


def _vectors() -> np.ndarray:
    """Claims 0 and 1 say the same thing in other words; the rest point elsewhere."""
    v = np.array([[1.0, 0.0, 0.0], [0.9, 0.43589, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.6, 0.8]])
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def _run(monkeypatch: pytest.MonkeyPatch, vectors: np.ndarray | None) -> dict[tuple[int, int], tuple[float, float]]:
    monkeypatch.setattr(similarity, "embed_claims", lambda claims: vectors)
    monkeypatch.setattr(similarity, "semantic_mix", lambda: (0.3, 0.3))
    first, second, lexical, combined = related_candidates(
        _claims(), np.arange(len(LEMMAS)), per_claim=3, min_related=0.0
    )
    return {
        (i, j): (lex, comb)
        for i, j, lex, comb in zip(first.tolist(), second.tolist(), lexical.tolist(), combined.tolist(), strict=True)
    }


def test_a_paraphrase_gains_relatedness_and_unrelated_claims_gain_none(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _run(monkeypatch, None)
    mixed = _run(monkeypatch, _vectors())
    lexical, combined = mixed[(0, 1)]
    assert combined == pytest.approx(lexical + 0.3 * (0.9 - 0.3), abs=1e-4)
    assert combined > plain[(0, 1)][1]
    assert mixed[(0, 3)][1] == pytest.approx(mixed[(0, 3)][0])  # orthogonal vectors: nothing added
    assert all(lex > 0 for lex, _ in mixed.values())  # embeddings never pair claims that share no term
    assert not any(4 in pair for pair in mixed)


def test_with_no_embeddings_combined_is_lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    for lexical, combined in _run(monkeypatch, None).values():
        assert combined == lexical


def test_best_per_row_keeps_the_k_highest_of_each_row() -> None:
    rows = np.array([0, 0, 0, 1, 1, 2])
    cols = np.array([5, 6, 7, 5, 8, 9])
    values = np.array([0.1, 0.9, 0.5, 0.2, 0.3, 0.4], dtype=np.float32)
    r, c, v = _best_per_row(rows, cols, values, 2)
    assert list(zip(r.tolist(), c.tolist(), strict=True)) == [(0, 6), (0, 7), (1, 8), (1, 5), (2, 9)]
    assert v.tolist() == pytest.approx([0.9, 0.5, 0.3, 0.2, 0.4])


def test_the_static_backend_has_its_own_weight_and_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")
    assert embeddings.semantic_mix() == (embeddings.STATIC_WEIGHT, embeddings.STATIC_FLOOR)
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "")
    monkeypatch.setattr(embeddings, "_semantic_model_dir", lambda: "/somewhere/minilm")
    assert embeddings.semantic_mix() == (embeddings.SEMANTIC_WEIGHT, embeddings.SEMANTIC_FLOOR)


def test_the_cache_key_changes_with_the_similarity_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Links made with embeddings must not be served from a cache filled without them."""
    from factcheck.model import Article
    from factcheck.pipeline import cache_key

    articles = [Article("a", "a.txt", "a.txt", "Norland port", "0", "The port of Vell was closed on Monday.")]
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")
    lexical = cache_key(articles, None)
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")
    assert cache_key(articles, None) != lexical


def test_help_names_the_backend_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.cli import similarity_note

    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")
    assert similarity_note().startswith("Similarity: static")
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")
    assert similarity_note().startswith("Similarity: lexical")


def test_a_large_corpus_re_scores_a_shorter_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past SHORTLIST_LARGE_CORPUS claims fewer lexical candidates are re-scored (20k claims stay within
    10 s): with a list of one, embeddings can no longer bring in a claim the words ranked lower."""

    def pairs(vectors: np.ndarray | None) -> set[tuple[int, int]]:
        monkeypatch.setattr(similarity, "embed_claims", lambda claims: vectors)
        monkeypatch.setattr(similarity, "semantic_mix", lambda: (0.3, 0.3))
        first, second, _, _ = related_candidates(_claims(), np.arange(len(LEMMAS)), per_claim=1, min_related=0.0)
        return set(zip(first.tolist(), second.tolist(), strict=True))

    lexical_only = pairs(None)
    assert pairs(_vectors()) != lexical_only  # the paraphrase is brought in from lower down the list
    monkeypatch.setattr(similarity, "SHORTLIST_LARGE_CORPUS", 0)
    monkeypatch.setattr(similarity, "SHORTLIST_LARGE", 1)
    assert pairs(_vectors()) == lexical_only


def test_the_cache_key_imports_neither_the_linker_nor_numpy() -> None:
    """The key is computed on every resume, before the first screen: it must stay cheap."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from factcheck.model import Article\n"
        "from factcheck.pipeline import cache_key\n"
        "cache_key([Article('a', 'a.txt', 'a.txt', 'T', '0', 'The port was closed.')], None)\n"
        "print('numpy' in sys.modules, 'factcheck.link' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_the_cache_key_changes_when_the_semantic_extra_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Installing the extra into an existing session relinks: links cached under the static table are not served."""
    from factcheck import similarity_setting
    from factcheck.model import Article
    from factcheck.pipeline import cache_key

    articles = [Article("a", "a.txt", "a.txt", "Norland port", "0", "The port of Vell was closed on Monday.")]
    monkeypatch.delenv("FACTCHECK_SIMILARITY", raising=False)
    monkeypatch.setattr(similarity_setting, "semantic_model_dir", lambda: None)
    static = cache_key(articles, None)
    monkeypatch.setattr(similarity_setting, "semantic_model_dir", lambda: "/somewhere/minilm")
    semantic = cache_key(articles, None)
    assert semantic != static
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")  # the table asked for: the extra does not count
    with_extra = cache_key(articles, None)
    monkeypatch.setattr(similarity_setting, "semantic_model_dir", lambda: None)
    assert cache_key(articles, None) == with_extra
