"""Readers of corpus files, one per format, chosen by the file's extension.

`.txt` (one article, text as decoded), `.html`/`.htm` (a saved page: main text and metadata),
`.jsonl`/`.json` (one article per record) and `.csv` (one article per row). Each gives a
`ReadResult`: the articles and the warnings about what was skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from factcheck.model import Article
from factcheck.readers.base import CorpusError, ReadResult
from factcheck.readers.fields import NO_FIELDS, FieldMap
from factcheck.readers.records import read_csv, read_json, read_jsonl

__all__ = ["FORMATS", "CorpusError", "FieldMap", "ReadResult", "is_corpus_file", "read_file"]

# Extension -> format name, as docs/interfaces.md lists them.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".html": "page",
    ".htm": "page",
    ".jsonl": "jsonl",
    ".json": "json",
    ".csv": "csv",
}


def is_corpus_file(path: Path) -> bool:
    """Whether a file found in a folder is read as part of the corpus (by its extension)."""
    return path.suffix.lower() in FORMATS


def read_file(
    path: Path,
    *,
    display_path: str | None = None,
    fields: FieldMap = NO_FIELDS,
    known: Mapping[str, Article] | None = None,
) -> ReadResult:
    """Read one corpus file by its extension (anything else is read as `.txt`, as a named file always was).

    `known`: earlier readings of saved pages by the hash of their bytes, reused for an unchanged page.
    """
    kind = FORMATS.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        return read_jsonl(path, display_path=display_path, fields=fields)
    if kind == "json":
        return read_json(path, display_path=display_path, fields=fields)
    if kind == "csv":
        return read_csv(path, display_path=display_path, fields=fields)
    if kind == "page":
        from factcheck.readers.page import read_page

        article, warning = read_page(path, display_path=display_path, known=known)
    else:
        from factcheck.readers.text import read_article

        article, warning = read_article(path, display_path=display_path)
    result = ReadResult(articles=[article] if article else [], skipped=0 if article else 1)
    if warning:
        result.warnings.append(warning)
    return result
