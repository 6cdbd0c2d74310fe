"""What the database's files are called, and the extraction cache: the one place that finds a session's claims.

Layout on disk, for a database path `data/factcheck.json`:
- `data/factcheck.json`            TinyDB file (tables: meta, sessions, verdicts, history, conflicts),
                                   written by an atomic storage (temp file, fsync, rename, fsync dir).
- `data/factcheck.json.bak`        the previous database file, kept at each write (`backup_path`).
- `data/factcheck.json.v<N>.bak`   the original of a database migrated from schema version N.
- `data/factcheck.json.journal`    append-only JSON lines of changes not yet folded in (`journal_path`).
- `data/factcheck.json.journal.1`  while a fold runs (or after one failed): the lines it is folding.
- `data/factcheck.json.lock`       flock'ed sidecar; a second writer is refused (`lock_path`).
- `data/factcheck.cache/`          extraction cache, one JSON file per corpus key, apart from verdicts.

`find_cached_extraction` is the lookup that export, `factcheck sessions` and the review app share:
the extraction the session remembers, else the corpus re-read (cheap, no spaCy) and keyed with each
model it may have been extracted with.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Article, Claim, Extraction, Link, Question, Session
from factcheck.store.files import atomic_write_bytes

if TYPE_CHECKING:
    from factcheck.store.database import Store

CACHE_SCHEMA = "factcheck.cache/1"
_SAFE_KEY = re.compile(r"[A-Za-z0-9._-]{1,120}")
_ARTICLE_KEYS = (
    "id",
    "file",
    "path",
    "title",
    "sha256",
    "text",
    "encoding",
    "outlet",
    "url",
    "published",
    "author",
    "record",
)
KeyOf = Callable[[Sequence[Article], str | None], str]  # the pipeline's `cache_key`


def lock_path(db: Path) -> Path:
    """The sidecar lock file that keeps a second app off the same database."""
    return db.with_name(db.name + ".lock")


def journal_path(db: Path) -> Path:
    """The append-only journal of verdict changes not yet folded into the database."""
    return db.with_name(db.name + ".journal")


def folding_path(live: Path) -> Path:
    """The name the live journal segment takes while a fold writes it into the database."""
    return live.with_name(live.name + ".1")


def backup_path(db: Path) -> Path:
    """The previous database file, kept at each write."""
    return db.with_name(db.name + ".bak")


def original_path(db: Path, version: int, n: int = 1) -> Path:
    """Where the original of a database migrated from schema `version` is kept (the `n`th such copy)."""
    return db.with_name(f"{db.name}.v{version}.bak" if n == 1 else f"{db.name}.v{version}.{n}.bak")


def database_files(db: Path) -> list[Path]:
    """The files that make up a database (itself, journals, lock, backup): nothing else may replace them."""
    return [db, journal_path(db), folding_path(journal_path(db)), lock_path(db), backup_path(db)]


def cache_dir(db: Path) -> Path:
    """Where extraction results are cached, apart from the verdict database."""
    return db.with_name(db.stem + ".cache")


def cache_file(db: Path, key: str) -> Path:
    """The extraction cache file of `key` (hashed when it is not a safe file name)."""
    name = key if _SAFE_KEY.fullmatch(key) else hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_dir(db) / f"{name}.json"


def read_cached_extraction(path: Path, key: str) -> Extraction | None:
    """The extraction cached in `path` under `key`, or None (missing, unreadable or another key: a miss)."""
    try:
        doc = json.loads(path.read_bytes())
        if doc.get("schema") != CACHE_SCHEMA or doc.get("key") != key:
            return None
        articles = [Article(**{k: a[k] for k in _ARTICLE_KEYS if k in a}) for a in doc["articles"]]
        claims = [Claim.from_json(c) for c in doc["claims"]]
        links = [Link.from_json(lk) for lk in doc["links"]]
        questions = [Question.from_json(q) for q in doc.get("questions") or []]
        similarity = str(doc.get("similarity") or "")
        figures = {str(k): str(v) for k, v in (doc.get("figures") or {}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    return Extraction(articles, claims, links, similarity, questions, figures)


def write_cached_extraction(path: Path, key: str, extraction: Extraction) -> str | None:
    """Cache an extraction (with article texts and claim features) in `path`, atomically; what went wrong, if anything.

    A cache that cannot be written is only a warning (the next run extracts again): the one-line message.
    """
    doc = extraction.to_json(with_features=True)
    doc["claims_schema"] = doc["schema"]
    doc["schema"] = CACHE_SCHEMA
    doc["key"] = key
    doc["articles"] = [{**a.to_json(), "text": a.text, "encoding": a.encoding} for a in extraction.articles]
    doc["figures"] = extraction.figures
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:
        return f"{path}: could not write the extraction cache ({exc.strerror or exc})"
    return None


def find_cached_extraction(
    store: Store, session: Session, key_of: KeyOf, *, model: str | None = None
) -> tuple[Extraction | None, str | None]:
    """The session's cached extraction, or (None, why not) when it cannot be found. Never runs spaCy.

    First the extraction the analyst last reviewed (the session remembers its cache key), so an
    upgrade of factcheck or a moved corpus does not lose the claims' texts; else the corpus is read
    again and keyed (`key_of`, the pipeline's cache key) with the given model, the session's, then
    `$FACTCHECK_MODEL`, then the default.
    """
    from factcheck.corpus import CorpusError, FieldMap, load_corpus

    if session.extraction_key:
        remembered = store.cached_extraction(session.extraction_key)
        if remembered is not None:
            return remembered, None
    try:
        articles = load_corpus(session.corpus, fields=FieldMap.parse(session.fields)).articles
    except CorpusError as exc:
        return None, f"the corpus cannot be read ({exc})"
    for candidate in dict.fromkeys([model, session.model, os.environ.get("FACTCHECK_MODEL") or None, None]):
        extraction = store.cached_extraction(key_of(articles, candidate))
        if extraction is not None:
            return extraction, None
    return None, "no extraction of this corpus is cached (open the session in the review app once)"
