"""schema.org `ClaimReview` JSON-LD, one object per verdict, after Google's fact-check markup documentation.

Fields (Google: required R, recommended r):
- `claimReviewed` (R): the claim as a reader would quote it: a quote's own words (without "…, X said")
  or the sentence, on one line, never cut (Google's advice to stay under 75 characters is about phone
  display; a cut claim misquotes the speaker). The full sentence is also in `itemReviewed.text`. When
  the claim's text is unknown, "Claim <id>".
- `reviewRating` (R): a `Rating` with `alternateName` (R) Corroborated / Disputed / Unverified and the
  published numeric scale (`ratingValue`, `bestRating`, `worstRating`, r): disputed 1, unverified 2,
  corroborated 3, worst 1, best 3 (Google wants worstRating >= 1 and bestRating above it). The
  analyst's note, when there is one, is the `ratingExplanation`.
- `url` (R), always absolute: the page that hosts the fact check (`--url`) plus an anchor per claim,
  `<url>#<claim id>`; without `--url`, the claim's article's own url (html pages and feeds have one)
  with the claim's anchor; without either, `urn:factcheck:claim:<claim id>`, a name that stays
  unique and absolute wherever the markup goes (a bare `#<claim id>` would resolve against whatever
  page embeds it).
- `author` (r): an `Organization` named by `--org` or the session's org; without one, a `Person`, the
  analyst. `datePublished` (r): when the verdict was recorded.
- `itemReviewed` (r): a `Claim` with `author` (r, the speaker: an `Organization` or a `Person` by the
  rule of `speaker_type`; when the claim is the outlet's own voice, the outlet as an `Organization`,
  absent when the outlet is not known), `appearance` (r, a `CreativeWork` for the article: file name,
  headline and, when the page or feed gave them, its `url`, `datePublished`, `author` and `publisher`)
  and `datePublished` (r, the article's publication date: from its metadata, else stated in its header).
"""

from __future__ import annotations

import json
import re
from typing import Any

from factcheck.export.view import ExportView, claim_summary, speaker_type
from factcheck.model import Article, Label, Verdict

RATING_VALUES: dict[Label, int] = {"disputed": 1, "unverified": 2, "corroborated": 3}
WORST_RATING = 1
BEST_RATING = 3
ALTERNATE_NAMES: dict[Label, str] = {
    "corroborated": "Corroborated",
    "disputed": "Disputed",
    "unverified": "Unverified",
}
SUMMARY_LIMIT = 75  # Google's advice for `claimReviewed`; kept for callers, no longer a cut (see above)
CLAIM_URN = "urn:factcheck:claim:"
SCHEMA_CONTEXT = "https://schema.org"


def review_url(page_url: str | None, claim_id: str, article_url: str | None = None) -> str:
    """The fact check's absolute url: the hosting page, else the claim's article, plus the claim's anchor.

    With neither, a URN naming the claim (see the module's docstring).
    """
    base = (page_url or article_url or "").split("#", 1)[0]
    return f"{base}#{claim_id}" if base else f"{CLAIM_URN}{claim_id}"


def rating(verdict: Verdict) -> dict[str, Any]:
    """The `Rating` of a verdict on the published 1..3 scale (only decided verdicts are reviewed)."""
    assert verdict.label is not None, "a note without a decision has no rating"
    out: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": RATING_VALUES[verdict.label],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": ALTERNATE_NAMES[verdict.label],
    }
    if verdict.note.strip():
        out["ratingExplanation"] = verdict.note.strip()
    return out


def review_author(org: str | None, analyst: str) -> dict[str, Any] | None:
    """Who publishes the fact check: the organisation, else the analyst; None when neither is known."""
    if org and org.strip():
        return {"@type": "Organization", "name": org.strip()}
    if analyst.strip():
        return {"@type": "Person", "name": analyst.strip()}
    return None


def appearance(file: str, article: Article | None, published: str | None) -> dict[str, Any]:
    """The article the claim appeared in, as a `CreativeWork`: what the page or feed told of it."""
    work: dict[str, Any] = {"@type": "CreativeWork", "name": file}
    if article is None:
        return work
    if article.title:
        work["headline"] = article.title
    if article.url:
        work["url"] = article.url
    if published:
        work["datePublished"] = published
    authors = [{"@type": "Person", "name": name} for name in _names(article.author)]
    if authors:
        work["author"] = authors[0] if len(authors) == 1 else authors
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work


def _names(byline: str | None) -> list[str]:
    """The people a byline names ("Ola Dahl, Kim Sand" or "A; B" give two)."""
    return [n.strip() for n in re.split(r"[;,]|\band\b", byline or "") if n.strip()]


def item_reviewed(view: ExportView, claim_id: str) -> dict[str, Any]:
    """The `Claim` under review, with what the extraction knows of it (only `@type` when nothing)."""
    item: dict[str, Any] = {"@type": "Claim"}
    claim = view.claims.get(claim_id)
    if claim is None:
        return item
    article = view.article_of(claim_id)
    outlet = article.outlet if article is not None else None
    if claim.speaker:
        item["author"] = {"@type": speaker_type(claim.speaker, claim.side), "name": claim.speaker}
    elif outlet:
        item["author"] = {"@type": "Organization", "name": outlet}
    published = view.article_date(claim_id)
    item["appearance"] = appearance(claim.article, article, published)
    if published:
        item["datePublished"] = published
    item["text"] = claim.text
    return item


def claim_review(
    view: ExportView, verdict: Verdict, *, org: str | None = None, url: str | None = None
) -> dict[str, Any]:
    """One `ClaimReview` object for one verdict."""
    claim = view.claims.get(verdict.claim)
    summary = claim_summary(claim) if claim and claim.text.strip() else f"Claim {verdict.claim}"
    article = view.article_of(verdict.claim)
    review: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": review_url(url, verdict.claim, article.url if article is not None else None),
        "claimReviewed": summary,
        "reviewRating": rating(verdict),
        "itemReviewed": item_reviewed(view, verdict.claim),
    }
    author = review_author(org if org is not None else view.session.org, verdict.analyst)
    if author is not None:
        review["author"] = author
    if verdict.updated:
        review["datePublished"] = verdict.updated
    return review


def claim_reviews(view: ExportView, *, org: str | None = None, url: str | None = None) -> list[dict[str, Any]]:
    """A `ClaimReview` per verdict, in report order."""
    return [claim_review(view, v, org=org, url=url) for v in view.reviewed()]


def build_claimreview(view: ExportView, *, org: str | None = None, url: str | None = None) -> str:
    """The ClaimReview objects as one JSON-LD array (each object carries its own `@context`)."""
    return json.dumps(claim_reviews(view, org=org, url=url), ensure_ascii=False, indent=2) + "\n"
