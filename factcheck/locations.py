"""Every path the program touches, resolved when called (never at import).

Environment variables let users and tests point the program elsewhere:
`FACTCHECK_DB` for the database, `FACTCHECK_MODEL` for the spaCy pipeline.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("data") / "factcheck.json"


def package_dir() -> Path:
    """The installed `factcheck` package folder."""
    return Path(__file__).resolve().parent


def seeds_dir() -> Path:
    """The bundled sample articles: inside the wheel, or the repository's `seeds/`."""
    bundled = package_dir() / "_seeds"
    if bundled.is_dir():
        return bundled
    return package_dir().parent / "seeds"


def default_db() -> Path:
    """`$FACTCHECK_DB`, else `data/factcheck.json` under the working directory."""
    env = os.environ.get("FACTCHECK_DB")
    if env:
        return Path(env).expanduser()
    return Path.cwd() / DEFAULT_DB


def lock_path(db: Path) -> Path:
    """The sidecar lock file that keeps a second app off the same database."""
    return db.with_name(db.name + ".lock")


def journal_path(db: Path) -> Path:
    """The append-only journal of verdict changes not yet folded into the database."""
    return db.with_name(db.name + ".journal")


def cache_dir(db: Path) -> Path:
    """Where extraction results are cached, apart from the verdict database."""
    return db.with_name(db.stem + ".cache")
