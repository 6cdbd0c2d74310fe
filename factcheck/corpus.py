"""Reading a corpus: article files and folders of them, in every format, never crashing on bad input.

Files are read by their extension (`factcheck.readers`): `.txt`, saved pages (`.html`/`.htm`),
feeds (`.jsonl`/`.json`) and spreadsheets (`.csv`). A `.txt` article's text is kept exactly as
decoded (no normalisation), so every offset a claim carries points into the text the analyst
sees; a page's or a record's offsets index its extracted text. Problems with the whole input
raise `CorpusError` (one-line message, exit status 2 at the command line); problems with one
file or record among many become warnings and it is skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.model import Article
from factcheck.readers import FORMATS, FieldMap, is_corpus_file, read_file
from factcheck.readers.base import MAX_FILE_BYTES, CorpusError, article_id, decode, looks_binary, title_of
from factcheck.readers.fields import NO_FIELDS
from factcheck.readers.text import read_article

__all__ = [
    "MAX_FILE_BYTES",
    "Corpus",
    "CorpusError",
    "FieldMap",
    "article_from_text",
    "article_id",
    "corpus_fingerprint",
    "decode",
    "iter_corpus_files",
    "load_corpus",
    "looks_binary",
    "read_article",
    "title_of",
]

_SUFFIXES = ", ".join(FORMATS)


@dataclass
class Corpus:
    """The decoded articles and the warnings about files and records that were skipped or re-decoded."""

    articles: list[Article]
    warnings: list[str] = field(default_factory=list)


def iter_corpus_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every article file named, or found (recursively, sorted) under the folders named."""
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and is_corpus_file(p) and not in_saved_page_folder(p, path)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                if not any(path.iterdir()):
                    raise CorpusError(f"{path}: the folder is empty")
                raise CorpusError(f"{path}: the folder holds no article files ({_SUFFIXES})")
            yield from found
        elif path.is_file():
            yield path
        else:
            raise CorpusError(f"{path}: not a regular file or folder")


def in_saved_page_folder(path: Path, root: Path) -> bool:
    """Whether a file sits, below `root`, in the folder a browser saves beside a page (`story_files/`
    next to `story.html`): "Save page as… complete" puts the page's frames, ads and scripts there.
    """
    for below in list(path.relative_to(root).parents)[:-1]:  # the last is the root itself
        folder = root / below
        if folder.name.endswith("_files"):
            stem = folder.name[: -len("_files")]
            if any((folder.parent / f"{stem}{ext}").is_file() for ext in (".html", ".htm")):
                return True
    return False


def article_from_text(file_name: str, text: str) -> Article:
    """An article from text already in memory (library use and tests); hashed as UTF-8."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=article_id(file_name, digest),
        file=file_name,
        path=file_name,
        title=title_of(text),
        sha256=digest,
        text=text,
    )


def load_corpus(
    paths: Iterable[Path | str],
    *,
    fields: FieldMap = NO_FIELDS,
    progress: Callable[[int, int], None] | None = None,
    known: Iterable[Article] = (),
) -> Corpus:
    """Read every article under `paths`; raises CorpusError when nothing readable is left.

    `fields` names the record fields of feeds and spreadsheets (`--field text=COLUMN`);
    `progress(done, total)` is called after each file (saved pages take ~10 ms each);
    `known` are articles read before (a resumed session's): a saved page whose bytes and name
    are unchanged is taken from them instead of being parsed again.
    """
    earlier = {a.sha256: a for a in known}
    path_list = [Path(p) for p in paths]
    if not path_list:
        raise CorpusError("no corpus given")
    articles: list[Article] = []
    warnings: list[str] = []
    skipped = 0
    seen: set[Path] = set()
    names: dict[str, str] = {}
    files = list(iter_corpus_files(path_list))
    for done, file in enumerate(files, start=1):
        if progress is not None:
            progress(done, len(files))
        resolved = file.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        result = read_file(file, fields=fields, known=earlier)
        warnings.extend(result.warnings)
        skipped += result.skipped
        for article in result.articles:
            if article.file in names and names[article.file] != article.sha256:
                warnings.append(f"{file}: another file is also named {article.file}; claims are told apart by content")
            names[article.file] = article.sha256
            articles.append(article)
    if not articles:
        shown = ", ".join(str(p) for p in path_list)
        reasons = [w for w in warnings if "skipped" in w]
        left = ""
        if len(reasons) == 1:
            left = f" ({reasons[0]})"
        elif reasons:
            left = f" ({len(reasons)} files or records skipped; the first: {reasons[0]})"
        raise CorpusError(f"{shown}: no article with any text{left}", warnings)
    return Corpus(articles=articles, warnings=warnings)


def corpus_fingerprint(articles: Iterable[Article]) -> str:
    """A hash of the corpus's articles (names and contents), for the extraction cache key.

    A `.txt` article is its file's bytes; a page's or a record's extracted text is hashed too,
    so a change in how it is extracted is a change of corpus.
    """
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: (a.file, a.sha256)):
        h.update(f"{a.file}\0{a.sha256}\n".encode())
        if not a.file.lower().endswith(".txt"):
            h.update(hashlib.sha256(a.text.encode("utf-8")).digest())
    return h.hexdigest()
