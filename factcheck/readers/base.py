"""What every reader shares: the corpus error, the read result, size limits, decoding, ids, titles, dates.

A reader turns one file into articles plus warnings. A problem with one record (a bad JSON
line, a row without text, a page without main text) is a warning that names the file and the
line or row, and the record is skipped; a problem that stops the run raises `CorpusError`,
whose str() is a one-line message naming the path.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from factcheck.furniture import is_furniture
from factcheck.model import Article

# A `.txt` article larger than this is refused: news articles are kilobytes, and a 50 MB
# "article" is a mistake (a log, a dump) that would stall extraction.
MAX_FILE_BYTES = 5 * 1024 * 1024
# A saved page carries scripts, styles and inline images around a few kilobytes of text.
MAX_PAGE_BYTES = 50 * 1024 * 1024
# A feed or a spreadsheet holds a day (or a month) of coverage.
MAX_FEED_BYTES = 1024 * 1024 * 1024
_SNIFF_BYTES = 8192


class CorpusError(Exception):
    """The corpus as a whole cannot be read; str() is a one-line message naming the path.

    `warnings` are those gathered before the failure (the records skipped), for the analyst to see why.
    """

    def __init__(self, message: str, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.warnings: list[str] = list(warnings or [])


@dataclass
class ReadResult:
    """The articles one file gave, and the warnings about records skipped or re-decoded."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0  # records (or whole files) left out


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The file's bytes, refusing one over `limit` without reading it; CorpusError when unreadable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > limit:
        raise CorpusError(
            f"{path}: {size / 1_048_576:.1f} MB is too large for {what} "
            f"(limit {limit // 1_048_576} MB); split it or remove it from the corpus"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None


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
        sentence = line.rstrip("”’\"'").endswith((".", ":"))  # "... wraps.”" ends a sentence too
        if len(line.split()) >= 3 and (not sentence or _title_case(line)) and not is_furniture(line) and not breadcrumb:
            return line[:200]
    for line in lines:
        if not is_furniture(line):
            return line[:200]
    return lines[0][:200] if lines else ""


def _title_case(line: str) -> bool:
    """A headline written in title case, even closed with a full stop ("... to Avoid Bad Optics.")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6


def article_id(file_name: str, sha256: str) -> str:
    """A stable article id from the file's name and content."""
    return "a-" + hashlib.sha256(f"{file_name}\0{sha256}".encode()).hexdigest()[:12]


def record_file(file_name: str, record: str) -> str:
    """The name a record's article goes by (`feed.jsonl#12`): claims point at it and their ids hash it."""
    return f"{file_name}#{record}"


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by an address's host ("www.example.org/x" gives "example.org"), for when none is given."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.removeprefix("www.")
    return host or None


_DATE_FORMATS = ("%Y%m%dT%H%M%SZ", "%Y%m%d%H%M%S", "%Y%m%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def normalise_date(value: object) -> str | None:
    """A publication date as ISO-8601 (`YYYY-MM-DD`, or a date-time when the source gives a time).

    Reads ISO dates and date-times, RSS's RFC 822 dates ("Tue, 10 Mar 2026 09:00:00 GMT"), compact
    stamps ("20260310T090000Z"), "March 10, 2026", "10 March 2026" and Unix times (seconds or
    milliseconds). Anything else is kept as the source wrote it, so the analyst still sees it.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return None
    raw = " ".join(str(value).split())
    if not raw:
        return None
    if raw.isdigit() and len(raw) in (10, 13):
        return normalise_date(int(raw))
    parsed: datetime | date | None = None
    try:
        parsed = datetime.fromisoformat(raw.replace(" ", "T", 1) if len(raw) > 10 else raw)
    except ValueError:
        parsed = None
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            parsed = None
    for fmt in _DATE_FORMATS if parsed is None else ():
        try:
            parsed = datetime.strptime(raw, fmt)
        except ValueError:
            continue
        if "H" not in fmt:
            parsed = parsed.date()
        elif fmt.endswith("Z"):
            parsed = parsed.replace(tzinfo=UTC)
        break
    if parsed is None:
        return raw
    if isinstance(parsed, datetime):
        if len(raw) == 10 and raw[4] == "-":  # a bare date stays a date
            return parsed.date().isoformat()
        return parsed.isoformat(timespec="seconds")
    return parsed.isoformat()
