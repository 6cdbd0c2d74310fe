"""Reading feeds and spreadsheets: `.jsonl`, `.json` and `.csv`, one article per record.

Each record's fields are found by name, case-insensitively and ignoring `_`, `-` and spaces,
among common synonyms (`body`, `content`, `source`, `site`, `date`, `byline`, ...); an analyst's
`--field text=COLUMN` overrides them (a dotted name reaches into nested objects: `source.name`).
A record is named by its own id when it has one, else by its line (JSONL), its position (JSON)
or its row (CSV, the header being row 1), so re-reading a feed that gained records keeps the
old records' names, and with them their claims' ids and verdicts.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from factcheck.model import Article
from factcheck.readers.base import (
    MAX_FEED_BYTES,
    CorpusError,
    ReadResult,
    article_id,
    decode,
    looks_binary,
    normalise_date,
    outlet_from_url,
    read_limited,
    record_file,
)
from factcheck.readers.fields import NO_FIELDS, FieldMap, as_text, field_value, lookup

# Wrapper objects that hold a feed's records under one key (news APIs, search exports).
_WRAPPERS = (
    "articles",
    "items",
    "data",
    "results",
    "records",
    "documents",
    "docs",
    "entries",
    "posts",
    "stories",
    "hits",
)
# factcheck's jsonl stream: records typed article/claim/link/suggestion, ids "a-"/"c-"/"q-" + 12 hex.
_STREAM_TYPES = ("article", "claim", "question", "link", "suggestion")
_OWN_ID = re.compile(r"[acq]-[0-9a-f]{12}")
_OWN_CSV = ("claim", "status", "label")  # the first columns of factcheck's csv export
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,7}|#x[0-9a-f]{2,6});", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure)\b[^>]*>", re.IGNORECASE)


def fragment_text(value: str) -> str:
    """Text from a field that holds HTML (a feed's `content:encoded`): paragraphs on their own, tags gone.

    Plain text keeps its layout; only its character references (`&amp;`, `&#8217;`) are decoded.
    """
    if not _HTML_TAG.search(value):
        return html.unescape(value) if _ENTITY.search(value) else value
    blocks = re.split(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote)\s*>", value)
    paragraphs = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", b)).split()) for b in blocks]
    return "\n\n".join(p for p in paragraphs if p)


def record_article(
    record: Mapping[str, Any], fields: FieldMap, *, path: Path, display_path: str | None, record_key: str
) -> Article | None:
    """The article a record holds, named `file#record`; None when it has no text."""
    body = as_text(field_value(record, fields, "text"), joiner="\n\n")
    text = fragment_text(body).strip() if body else ""
    if not text:
        return None
    title = as_text(field_value(record, fields, "title"))
    url = as_text(field_value(record, fields, "url"))
    outlet = as_text(field_value(record, fields, "outlet"))
    published = field_value(record, fields, "published")
    author = as_text(field_value(record, fields, "author"))
    meta = {
        "text": text,
        "title": html.unescape(title) if title else None,
        "url": url,
        "outlet": outlet or outlet_from_url(url),
        "published": normalise_date(published if isinstance(published, int | float) else as_text(published)),
        "author": author,
    }
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    file = record_file(path.name, record_key)
    return Article(
        id=article_id(file, digest),
        file=file,
        path=display_path or str(path),
        # No title field: no title. One taken from the text would be its first paragraph, which
        # extraction would then skip as the headline.
        title=meta["title"] or "",
        sha256=digest,
        text=text,
        outlet=meta["outlet"],
        url=url,
        published=meta["published"],
        author=author,
        record=record_key,
    )


class _Collector:
    """Builds a file's ReadResult, naming each record by its own id (when unique) or its position."""

    def __init__(self, path: Path, display_path: str | None, fields: FieldMap, unit: str) -> None:
        self.path, self.display_path, self.fields, self.unit = path, display_path, fields, unit
        self.result = ReadResult()
        self._names: dict[str, str] = {}

    def skip(self, where: str, why: str) -> None:
        self.result.warnings.append(f"{self.path} {self.unit} {where}: {why}, skipped")
        self.result.skipped += 1

    def add(self, record: Any, where: str) -> None:
        if not isinstance(record, Mapping):
            self.skip(where, f"not an object ({type(record).__name__})")
            return
        own = as_text(field_value(record, self.fields, "id"))
        own = own if own and "\n" not in own and len(own) <= 200 else None
        key = own or where
        if key in self._names:
            if own:
                self.result.warnings.append(
                    f"{self.path} {self.unit} {where}: id {own!r} also at {self.unit} {self._names[own]}; "
                    "named by position"
                )
            key = where if where not in self._names else f"{self.unit}-{where}"  # another record's id is `where`
        article = record_article(record, self.fields, path=self.path, display_path=self.display_path, record_key=key)
        if article is None:
            self.skip(where, f"no text (looked for {self.fields.describe('text')})")
            return
        self._names[key] = where
        self.result.articles.append(article)


def _text_of(path: Path) -> str:
    data = read_limited(path, MAX_FEED_BYTES, "a feed")
    if looks_binary(data):
        raise CorpusError(f"{path}: binary file, not text; remove it from the corpus")
    return decode(data)[0]


def _empty(path: Path) -> ReadResult:
    return ReadResult(warnings=[f"{path}: empty file, skipped"], skipped=1)


def _jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def read_jsonl(path: Path, *, display_path: str | None = None, fields: FieldMap = NO_FIELDS) -> ReadResult:
    """Read a JSON Lines feed: one article per line; a malformed line is a warning naming it."""
    text = _text_of(path)
    if not text.strip():
        return _empty(path)
    collect = _Collector(path, display_path, fields, "line")
    for number, line in _jsonl_lines(text):
        try:
            record = json.loads(line)
        except ValueError as exc:
            collect.skip(str(number), f"not valid JSON ({getattr(exc, 'msg', exc)})")
            continue
        if not collect.result.articles and _own_output(record):
            return _skipped_own_output(path)
        collect.add(record, str(number))
    return collect.result


def _own_output(document: Any) -> bool:
    """Whether a JSON document or JSON Lines record is factcheck's own output (claims, verdicts, a stream)."""
    if not isinstance(document, dict):
        return False
    if str(document.get("schema", "")).startswith("factcheck.") or document.get("@type") == "ClaimReview":
        return True
    own_id = bool(_OWN_ID.fullmatch(str(document.get("id", ""))))
    return own_id and (document.get("type") in _STREAM_TYPES or "verifiable" in document)  # stream, FEVER


def _skipped_own_output(path: Path) -> ReadResult:
    """Claims or verdicts written by factcheck into the corpus folder are not articles to read again."""
    result = ReadResult(skipped=1)
    result.warnings.append(f"{path}: factcheck's own output (claims or verdicts), not articles; skipped")
    return result


def _records_in(document: Any) -> list[Any] | None:
    """The records of a JSON document: a list, a wrapper's list, or one article object (None: no records)."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    for key in _WRAPPERS:
        value = lookup(document, key)
        if isinstance(value, dict) and isinstance(value.get("hits"), list):  # search engines: {"hits": {"hits": []}}
            value = value["hits"]
        if isinstance(value, list):
            return value
    return [document] if field_value(document, NO_FIELDS, "text") is not None else None


def read_json(path: Path, *, display_path: str | None = None, fields: FieldMap = NO_FIELDS) -> ReadResult:
    """Read a JSON feed: a list of articles, an object holding one (`articles`, `items`, ...), or one article.

    A `.json` file that is really JSON Lines is read as such. A document that holds no records
    (a settings file, an annotation) is skipped with a warning.
    """
    text = _text_of(path)
    if not text.strip():
        return _empty(path)
    try:
        document = json.loads(text)
    except ValueError as exc:
        if getattr(exc, "msg", "") == "Extra data":  # several documents: JSON Lines under a .json name
            return read_jsonl(path, display_path=display_path, fields=fields)
        result = ReadResult(skipped=1)
        line = getattr(exc, "lineno", None)
        where = f" line {line}" if line else ""
        result.warnings.append(f"{path}{where}: not valid JSON ({getattr(exc, 'msg', exc)}), skipped")
        return result
    if _own_output(document) or (isinstance(document, list) and document and _own_output(document[0])):
        return _skipped_own_output(path)
    records = _records_in(document)
    if records is None:
        result = ReadResult(skipped=1)
        result.warnings.append(f"{path}: holds no article records (no list of articles, no text field), skipped")
        return result
    collect = _Collector(path, display_path, fields, "record")
    for index, record in enumerate(records, start=1):
        collect.add(record, str(index))
    return collect.result


def _dialect_and_header(text: str, fields: FieldMap) -> tuple[Any, list[str]]:
    """The CSV dialect and header columns: the sniffed separator, or the first of `, ; tab |` giving a text column.

    The sniffer guesses from a sample and can be fooled by prose full of commas and semicolons;
    a header that names a text column is the better witness.
    """
    try:
        sniffed: Any = csv.Sniffer().sniff(text[:16384], delimiters=",;\t|")
    except csv.Error:
        sniffed = csv.excel
    first: list[str] | None = None
    for delimiter in (None, ",", ";", "\t", "|"):
        dialect: Any = sniffed if delimiter is None else type("Separated", (csv.excel,), {"delimiter": delimiter})
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), dialect), None)
        except csv.Error:
            continue
        columns = [h.strip() for h in header or []]
        if first is None:
            first = columns
        if columns and field_value(dict.fromkeys(columns, "x"), fields, "text") is not None:
            return dialect, columns
    return sniffed, first or []


def read_csv(path: Path, *, display_path: str | None = None, fields: FieldMap = NO_FIELDS) -> ReadResult:
    """Read a spreadsheet saved as CSV: a header row, then one article per row (the header is row 1)."""
    text = _text_of(path)
    if not text.strip():
        return _empty(path)
    csv.field_size_limit(MAX_FEED_BYTES)
    collect = _Collector(path, display_path, fields, "row")
    dialect, columns = _dialect_and_header(text, fields)
    if not columns:
        collect.skip("1", "no header row")
        return collect.result
    if [c.lower() for c in columns[:3]] == list(_OWN_CSV):
        return _skipped_own_output(path)
    if field_value(dict.fromkeys(columns, "x"), fields, "text") is None:
        shown = ", ".join(c for c in columns if c)[:200] or "none"
        collect.skip("1", f"no text column (columns: {shown}; name one with --field text=COLUMN)")
        return collect.result
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    next(reader, None)  # the header, read above
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_number += 1
            collect.skip(str(row_number), f"unreadable row ({exc})")
            continue
        row_number += 1
        if not any(cell.strip() for cell in row):
            continue
        collect.add(dict(zip(columns, row, strict=False)), str(row_number))
    return collect.result
