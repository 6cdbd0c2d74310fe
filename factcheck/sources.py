"""Where a claim appeared and who speaks in it: the article's outlet and date, the outlet's own voice.

One place for the rules the review screen and the reports share: a page's or a feed's
publication date, else the date a `.txt` article states in its header; "Outlet · date" for
a source line; the outlet's name as the speaker of a claim in the outlet's own voice.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.model import Article, Claim

ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
)
# A news file states its date in the header (dateline, "Published: ..."), before the story starts;
# a date further down is usually an event in the story, not the publication date.
_HEADER_LINES = 12


def header_date(text: str) -> str | None:
    """The first date in an article's header lines as YYYY-MM-DD, or None when it states none.

    Recognises 2021-09-07, "September 7, 2021", "Sep. 7 2021" and "7 September 2021".
    """
    lines = [ln for ln in text.splitlines() if ln.strip()][:_HEADER_LINES]
    for line in lines:
        for pattern in _DATE_PATTERNS:
            for m in pattern.finditer(line):
                parts = m.groupdict()
                month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS.get(parts["month"].lower())
                if month is None:
                    continue
                try:
                    return date(int(parts["year"]), month, int(parts["day"])).isoformat()
                except ValueError:
                    continue
    return None


def article_day(article: Article | None) -> str | None:
    """The day an article was published (YYYY-MM-DD): its metadata's, else its header's; None when unknown."""
    if article is None:
        return None
    if article.published and ISO_DATE.match(article.published):
        return article.published[:10]
    return header_date(article.text) if article.text else None


def source_line(article: Article | None) -> str:
    """The outlet and the day ("The Northern Ledger · 2026-03-10"), what of them is known, or ""."""
    if article is None:
        return ""
    return " · ".join(part for part in (article.outlet, article_day(article)) if part)


def voice(claim: Claim, article: Article | None) -> str | None:
    """Who speaks: the claim's speaker, else (the outlet's own voice) the outlet's name when known."""
    if claim.speaker:
        return claim.speaker
    return article.outlet if article is not None and article.outlet else None
