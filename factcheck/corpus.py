"""Reading a corpus: `.txt` files and folders of them, decoded without ever crashing.

The text is kept exactly as decoded (no normalisation), so every offset a claim
carries points into the text the analyst sees. Problems with the whole input
raise `CorpusError` (one-line message, exit status 2 at the command line);
problems with one file among many become warnings and the file is skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.furniture import is_furniture
from factcheck.model import Article

# A file larger than this is refused with a message rather than read: news articles are
# kilobytes, and a 50 MB "article" is a mistake (a log, a dump) that would stall extraction.
MAX_FILE_BYTES = 5 * 1024 * 1024
_SNIFF_BYTES = 8192


class CorpusError(Exception):
    """The corpus as a whole cannot be read; str() is a one-line message naming the path."""


@dataclass
class Corpus:
    """The decoded articles and the warnings about files that were skipped or re-decoded."""

    articles: list[Article]
    warnings: list[str] = field(default_factory=list)


def iter_txt_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every `.txt` file named or found (recursively, sorted) under the given paths."""
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt"),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                if not any(path.iterdir()):
                    raise CorpusError(f"{path}: the folder is empty")
                raise CorpusError(f"{path}: the folder holds no .txt files")
            yield from found
        elif path.is_file():
            yield path
        else:
            raise CorpusError(f"{path}: not a regular file or folder")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes or many control characters in the first block."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return not (head.startswith((b"\xff\xfe", b"\xfe\xff")))  # UTF-16 text has NULs
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else latin-1.

    Returns the text and the name of the encoding used. Never raises: latin-1 maps every byte.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def title_of(text: str) -> str:
    """The first line that reads like a headline (skipping very short furniture lines)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in lines:
        breadcrumb = line[:1].isdigit() and line.split()[0].rstrip(".").isdigit()  # "3. Section name"
        if len(line.split()) >= 3 and not line.endswith((".", ":")) and not is_furniture(line) and not breadcrumb:
            return line[:200]
    for line in lines:
        if not is_furniture(line):
            return line[:200]
    return lines[0][:200] if lines else ""


def article_id(file_name: str, sha256: str) -> str:
    """A stable article id from the file's name and content."""
    return "a-" + hashlib.sha256(f"{file_name}\0{sha256}".encode()).hexdigest()[:12]


def read_article(path: Path, *, display_path: str | None = None) -> tuple[Article | None, str | None]:
    """Read one file: (article, None), or (None, warning) when it should be skipped.

    Raises CorpusError for a file that must stop the run (binary, too large, unreadable).
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise CorpusError(
            f"{path}: {size / 1_048_576:.1f} MB is too large for an article "
            f"(limit {MAX_FILE_BYTES // 1_048_576} MB); split it or remove it from the corpus"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
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


def load_corpus(paths: Iterable[Path | str]) -> Corpus:
    """Read every article under `paths`; raises CorpusError when nothing usable is left."""
    path_list = [Path(p) for p in paths]
    if not path_list:
        raise CorpusError("no corpus given")
    articles: list[Article] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    names: dict[str, str] = {}
    for file in iter_txt_files(path_list):
        resolved = file.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        article, warning = read_article(file)
        if warning:
            warnings.append(warning)
        if article is None:
            continue
        if article.file in names and names[article.file] != article.sha256:
            warnings.append(f"{file}: another file is also named {article.file}; claims are told apart by content")
        names[article.file] = article.sha256
        articles.append(article)
    if not articles:
        shown = ", ".join(str(p) for p in path_list)
        skipped = f" ({len(warnings)} empty file{'s' if len(warnings) != 1 else ''} skipped)" if warnings else ""
        raise CorpusError(f"{shown}: no article with any text{skipped}")
    return Corpus(articles=articles, warnings=warnings)


def corpus_fingerprint(articles: Iterable[Article]) -> str:
    """A hash of the corpus's files (names and contents), for the extraction cache key."""
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: (a.file, a.sha256)):
        h.update(f"{a.file}\0{a.sha256}\n".encode())
    return h.hexdigest()
