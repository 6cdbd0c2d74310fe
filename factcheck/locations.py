"""Every path the program touches, resolved when called (never at import).

Environment variables let users and tests point the program elsewhere:
`FACTCHECK_DB` for the database, `FACTCHECK_MODEL` for the spaCy pipeline. The files kept
beside a database (journal, lock, backups, extraction cache) are named in `factcheck.store.cache`.
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
