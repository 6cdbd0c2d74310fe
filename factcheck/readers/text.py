"""Reading a `.txt` article: one file, one article, its text kept exactly as decoded.

Offsets of claims in a `.txt` article index the file's own text, so nothing is normalised.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.model import Article
from factcheck.readers.base import MAX_FILE_BYTES, CorpusError, article_id, decode, looks_binary, read_limited, title_of


def read_article(path: Path, *, display_path: str | None = None) -> tuple[Article | None, str | None]:
    """Read one `.txt` file: (article, None or a warning), or (None, warning) when it should be skipped.

    Raises CorpusError for a file that must stop the run (binary, too large, unreadable).
    """
    data = read_limited(path, MAX_FILE_BYTES, "an article")
    if not data.strip():
        return None, f"{path}: empty file, skipped"
    if looks_binary(data):
        raise CorpusError(f"{path}: binary file, not text; remove it from the corpus")
    text, encoding = decode(data)
    if not text.strip():  # only a byte-order mark, or only whitespace once decoded
        return None, f"{path}: empty file, skipped"
    warning = None
    if encoding in ("cp1252", "latin-1"):
        warning = f"{path}: not UTF-8, decoded as {encoding}"
    digest = hashlib.sha256(data).hexdigest()
    article = Article(
        id=article_id(path.name, digest),
        file=path.name,
        path=display_path or str(path),
        title=title_of(text),
        sha256=digest,
        text=text,
        encoding=encoding,
    )
    return article, warning
