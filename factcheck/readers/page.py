"""Reading a saved web page (`.html`/`.htm`): its main text and metadata, by trafilatura, offline.

trafilatura (the field's standard main-text extractor) drops menus, cookie banners, share bars,
"most read" and related lists and footers, and reads the title, outlet (`og:site_name` or the
JSON-LD publisher), author, date and canonical address from the page. Nothing is fetched: the
page's bytes are all it sees. The extracted text is what claims' offsets index; it is laid out
like a `.txt` article (headline, blank line, one paragraph per block) so both read alike.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.furniture import is_furniture
from factcheck.model import Article
from factcheck.readers.base import (
    MAX_PAGE_BYTES,
    CorpusError,
    article_id,
    looks_binary,
    normalise_date,
    outlet_from_url,
    read_limited,
)

# Boxes around an article that are never the article, by the class or id news sites give them.
_FURNITURE_BOXES = (
    "newsletter",
    "cookie",
    "consent",
    "most-read",
    "mostread",
    "most-popular",
    "trending",
    "related",
    "recommend",
    "promo",
    "share-bar",
    "sharebar",
    "social-share",
    "share-buttons",
    "subscribe",
)
_LOWER = "translate(@{attr},'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
PRUNE_XPATH = (
    "//*[not(self::html) and not(self::body) and not(self::article) and not(self::main)]["
    + " or ".join(
        f"contains({_LOWER.format(attr=attr)},'{token}')" for token in _FURNITURE_BOXES for attr in ("class", "id")
    )
    + "]"
)
# A paragraph of prose: a sentence of at least this many words. A page whose extracted text has
# none (an error page, an index of headlines, a consent wall) has no main text.
_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")


def _quiet_logs() -> None:
    """trafilatura and its helpers log a page's oddities; they are not the analyst's business."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _extract(data: bytes) -> dict[str, Any] | None:
    """trafilatura's reading of the page: text and metadata, or None when it finds nothing."""
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:  # pragma: no cover - a broken install (lxml_html_clean missing)
        raise CorpusError(f"reading .html needs trafilatura and lxml_html_clean ({exc}); reinstall factcheck") from None
    _quiet_logs()
    document = bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        prune_xpath=PRUNE_XPATH,
    )
    if document is None:
        return None
    return document if isinstance(document, dict) else document.as_dict()


def page_text(title: str, extracted: str) -> str:
    """The article as text: the headline, then each paragraph, separated by blank lines; furniture dropped."""
    paragraphs = [" ".join(line.split()) for line in extracted.splitlines()]
    kept = [p for p in paragraphs if p and not is_furniture(p)]
    if title and (not kept or kept[0] != title):
        kept.insert(0, title)
    return "\n\n".join(kept)


def has_prose(text: str) -> bool:
    """Whether the text holds a paragraph of prose (a sentence of several words), not only headings and links."""
    return any(len(p.split()) >= _PROSE_WORDS and _SENTENCE_END.search(p) for p in text.split("\n\n"))


_JSONLD = re.compile(rb"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle")


def jsonld_url(data: bytes) -> str | None:
    """The article's address from its JSON-LD (`url`, or `mainEntityOfPage`), when no canonical link gives it."""
    for block in _JSONLD.findall(data):
        try:
            found = json.loads(block.decode("utf-8", errors="replace"))
        except ValueError:
            continue
        items = found if isinstance(found, list) else found.get("@graph", [found]) if isinstance(found, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            kinds = item.get("@type")
            if not any(k in _ARTICLE_TYPES for k in (kinds if isinstance(kinds, list) else [kinds])):
                continue
            for value in (item.get("url"), item.get("mainEntityOfPage")):
                value = value.get("@id") if isinstance(value, dict) else value
                if isinstance(value, str) and value.startswith(("http://", "https://")):
                    return value
    return None


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def read_page(
    path: Path, *, display_path: str | None = None, known: Mapping[str, Article] | None = None
) -> tuple[Article | None, str | None]:
    """Read one saved page: (article, None), or (None, warning) when it has no main text.

    `known` holds earlier readings by the hash of the page's bytes: a page whose bytes and name
    are the same is not parsed again (about 10 ms a page, and trafilatura's import, on a resume).
    Raises CorpusError for a file that must stop the run (binary, too large, unreadable).
    """
    data = read_limited(path, MAX_PAGE_BYTES, "a web page")
    if not data.strip():
        return None, f"{path}: empty file, skipped"
    if looks_binary(data):
        raise CorpusError(f"{path}: binary file, not a web page; remove it from the corpus")
    digest = hashlib.sha256(data).hexdigest()
    earlier = known.get(digest) if known else None
    if earlier is not None and earlier.file == path.name:
        return replace(earlier, path=display_path or str(path)), None
    found = _extract(data) or {}
    title = _clean(found.get("title")) or ""
    text = page_text(title, found.get("text") or "")
    if not has_prose(text):
        return None, f"{path}: no main text found in the page (only menus, links or headings), skipped"
    url = _clean(found.get("url")) or jsonld_url(data)
    article = Article(
        id=article_id(path.name, digest),
        file=path.name,
        path=display_path or str(path),
        title=title,  # none in the page: none here (a first paragraph taken as title would be skipped)
        sha256=digest,
        text=text,
        outlet=_clean(found.get("sitename")) or outlet_from_url(url),
        url=url,
        published=normalise_date(found.get("date")),
        author=_clean(found.get("author")),
    )
    return article, None
