"""The claim view model: which claims the analyst sees, in what order, and what sits beside each.

Pure data over an `Extraction` and the current verdicts, with no storage and no drawing, so
every rule of the review screen (filters, sorting, progress, "next unreviewed", competing and
corroborating claims, orphaned verdicts, suggestions) is unit-tested without a terminal.
What sits beside one claim (its linked claims, its suggested label, its paragraph) is in
`claimview_around`; `Related`, `Suggestion` and `Context` are still importable from here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from factcheck.claimview_around import AroundClaim, Context, Related, Suggestion
from factcheck.model import LABELS, Article, Claim, Extraction, Label, Link, Verdict
from factcheck.sources import article_day

STATUSES: tuple[str, ...] = ("all", "unreviewed", "reviewed", *LABELS)
SORTS: tuple[str, ...] = ("article", "date", "side", "speaker", "status", "score", "contested")
NO_SIDE = "(none)"  # the side filter value for claims in the outlet's own voice
__all__ = ["NO_SIDE", "SORTS", "STATUSES", "ClaimFilter", "ClaimView", "Context", "Progress", "Related", "Suggestion"]

_STATUS_ORDER = {None: 0, "disputed": 1, "unverified": 2, "corroborated": 3}


@dataclass(frozen=True)
class ClaimFilter:
    """What the claim list shows and in which order; saved with the session to resume there."""

    status: str = "all"
    side: str | None = None
    article: str | None = None
    contested: bool = False  # only claims that have competing claims
    search: str = ""
    sort: str = "article"

    def to_dict(self) -> dict[str, Any]:
        """The filter as plain JSON for `Store.set_position`."""
        return {
            "status": self.status,
            "side": self.side,
            "article": self.article,
            "contested": self.contested,
            "search": self.search,
            "sort": self.sort,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ClaimFilter:
        """Rebuild a saved filter, ignoring unknown keys and values (an old or hand-edited database)."""
        data = data or {}
        status = data.get("status")
        sort = data.get("sort")
        side = data.get("side")
        article = data.get("article")
        search = data.get("search")
        return cls(
            status=status if status in STATUSES else "all",
            side=side if isinstance(side, str) and side else None,
            article=article if isinstance(article, str) and article else None,
            contested=bool(data.get("contested", False)),
            search=search if isinstance(search, str) else "",
            sort=sort if sort in SORTS else "article",
        )

    @property
    def is_default(self) -> bool:
        """True when the filter shows every claim in document order."""
        return self == ClaimFilter()

    def describe(self) -> str:
        """A short human summary for the header, e.g. `unreviewed · side Army · "shelling"`."""
        parts: list[str] = []
        if self.status != "all":
            parts.append(self.status)
        if self.side is not None:
            parts.append(f"side {self.side}")
        if self.article is not None:
            parts.append(f"article {self.article}")
        if self.contested:
            parts.append("contested")
        if self.search:
            parts.append(f"“{self.search}”")
        if self.sort != "article":
            parts.append(f"by {self.sort}")
        return " · ".join(parts) if parts else "none"


@dataclass(frozen=True)
class Progress:
    """How far the review has come, over every claim of the extraction."""

    reviewed: int
    total: int
    by_label: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """The contract's `N/M reviewed`."""
        return f"{self.reviewed}/{self.total} reviewed"


class ClaimView(AroundClaim):
    """The claims of one extraction, with verdicts, a filter and the links around each claim."""

    def __init__(self, extraction: Extraction, verdicts: Mapping[str, Verdict] | None = None) -> None:
        self.extraction = extraction
        self.claims: list[Claim] = list(extraction.claims)
        self._index: dict[str, int] = {}
        for i, claim in enumerate(self.claims):
            self._index.setdefault(claim.id, i)
        self._articles: dict[str, Article] = {}
        for article in extraction.articles:
            self._articles.setdefault(article.file, article)
        self._article_order = {a.file: i for i, a in reversed(list(enumerate(extraction.articles)))}
        self._related: dict[str, list[Link]] = {}
        self._index_links(extraction.links, None)
        self._haystack: list[str] | None = None
        self.verdicts: dict[str, Verdict] = dict(verdicts or {})
        self._counts: Counter[str] = Counter(
            v.label for cid, v in self.verdicts.items() if cid in self._index and v.label in LABELS
        )
        self._orphans = sum(1 for cid in self.verdicts if cid not in self._index)
        self.filter = ClaimFilter()
        self.visible: list[Claim] = []
        self._position: dict[str, int] = {}
        self.set_filter(ClaimFilter())

    def _index_links(self, links: Iterable[Link], only: Collection[str] | None) -> None:
        """Each claim's links, best first; with `only`, just those claims' lists are rebuilt."""
        related = self._related
        for claim_id in only or ():
            related.pop(claim_id, None)
        for link in links:
            if link.source == link.target:
                continue
            for end in (link.source, link.target):
                if only is None or end in only:
                    related.setdefault(end, []).append(link)
        for claim_id in related if only is None else only:
            if claim_id in related:
                related[claim_id].sort(key=lambda lk: -lk.score)

    def refresh(self, extraction: Extraction, changed: Collection[str], links: Iterable[Link] | None = None) -> None:
        """Show a corrected extraction of the same claims, keeping verdicts, filter and counts.

        `changed`: every claim whose speaker, side, links or suggestion may differ from what the
        view shows (both ends of a changed link). Only their links are indexed again, so an
        analyst's correction costs a pass over the links, not a new view (10k claims: ~50 ms).
        `links`: the extraction's links that touch `changed` claims, when the caller knows them
        (then not even the pass over every link is needed). A different set of claims builds the
        view anew.
        """
        claims = extraction.claims
        if len(claims) != len(self.claims) or any(
            (i := self._index.get(cid)) is not None and claims[i].id != cid for cid in changed
        ):
            verdicts, current = self.verdicts, self.filter
            self.__init__(extraction, verdicts)  # type: ignore[misc]
            self.set_filter(current)
            return
        self.extraction = extraction
        self.claims = list(extraction.claims)
        self._index_links(extraction.links if links is None else links, set(changed))
        if self._haystack is not None:
            for claim_id in changed:
                i = self._index.get(claim_id)
                if i is not None:
                    self._haystack[i] = _haystack_of(self.claims[i])
        f = self.filter
        if f.side is None and not f.search and not f.contested and f.sort in ("article", "status", "score"):
            # Neither which claims show nor their order depends on what a correction changes:
            # only the claim objects are new (a pass, not a filter and a sort).
            for claim_id in changed:
                row, i = self._position.get(claim_id), self._index.get(claim_id)
                if row is not None and i is not None:
                    self.visible[row] = self.claims[i]
        else:
            self.set_filter(f)

    # lookups
    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id, or None when it is not in the extraction."""
        i = self._index.get(claim_id)
        return None if i is None else self.claims[i]

    def article(self, file: str) -> Article | None:
        """The article a claim's `article` field names."""
        return self._articles.get(file)

    def verdict(self, claim_id: str) -> Verdict | None:
        """The current verdict on a claim: None when untouched; label None when it only has a note."""
        return self.verdicts.get(claim_id)

    def label(self, claim_id: str) -> Label | None:
        """The current label of a claim (None when unreviewed)."""
        v = self.verdicts.get(claim_id)
        return v.label if v is not None else None

    def sides(self) -> list[str]:
        """Every side that speaks in the corpus, sorted, for the side filter."""
        return sorted({c.side for c in self.claims if c.side})

    def articles(self) -> list[Article]:
        """The corpus's articles in corpus order."""
        return list(self.extraction.articles)

    # filtering and order
    def set_filter(self, new_filter: ClaimFilter) -> None:
        """Apply a filter: recompute which claims show and in what order."""
        self.filter = new_filter
        claims: Iterable[Claim] = self.claims
        keep = self._predicate(new_filter)
        visible = [c for c in claims if keep(c)]
        key = self._sort_key(new_filter.sort)
        if key is not None:
            visible.sort(key=key)
        self.visible = visible
        self._position = {c.id: i for i, c in enumerate(visible)}

    def position(self, claim_id: str | None) -> int | None:
        """The claim's row in the visible list, or None when the filter hides it."""
        return None if claim_id is None else self._position.get(claim_id)

    def _predicate(self, f: ClaimFilter) -> Callable[[Claim], bool]:
        words = f.search.lower().split()
        if words and self._haystack is None:
            self._haystack = [_haystack_of(c) for c in self.claims]
        haystack = self._haystack
        verdicts = self.verdicts

        def keep(c: Claim) -> bool:
            if f.status != "all":
                v = verdicts.get(c.id)
                label = v.label if v is not None else None
                if f.status == "unreviewed":
                    if label is not None:
                        return False
                elif f.status == "reviewed":
                    if label is None:
                        return False
                elif label != f.status:
                    return False
            if f.side is not None and (c.side or NO_SIDE) != f.side:
                return False
            if f.article is not None and c.article != f.article:
                return False
            if f.contested and not any(lk.relation == "competes" for lk in self._related.get(c.id, ())):
                return False
            if words:
                assert haystack is not None
                text = haystack[self._index[c.id]]
                if not all(w in text for w in words):
                    return False
            return True

        return keep

    def _sort_key(self, sort: str) -> Callable[[Claim], Any] | None:
        def doc(c: Claim) -> tuple[int, int]:
            return (self._article_order.get(c.article, 1 << 30), c.start)

        if sort == "side":
            return lambda c: (c.side is None, (c.side or "").lower(), doc(c))
        if sort == "speaker":
            return lambda c: (c.speaker is None, (c.speaker or "").lower(), doc(c))
        if sort == "status":
            return lambda c: (_STATUS_ORDER.get(self.label(c.id), 9), doc(c))
        if sort == "score":
            return lambda c: (-c.score, doc(c))
        if sort == "contested":
            return lambda c: (-self.competing_count(c.id), doc(c))
        if sort == "date":  # oldest first; articles without a known date last, in corpus order
            days = {a.file: article_day(a) for a in self.extraction.articles}
            return lambda c: (days.get(c.article) is None, days.get(c.article) or "", doc(c))
        return doc

    # verdicts and progress
    def apply(self, claim_id: str, verdict: Verdict | None) -> None:
        """Reflect a verdict the store has just written (None: the claim has neither label nor note)."""
        old = self.verdicts.pop(claim_id, None)
        if verdict is not None:
            self.verdicts[claim_id] = verdict
        if claim_id not in self._index:
            self._orphans += (verdict is not None) - (old is not None)
        else:
            if old is not None and old.label in LABELS:
                self._counts[old.label] -= 1
            if verdict is not None and verdict.label in LABELS:
                self._counts[verdict.label] += 1

    def progress(self) -> Progress:
        """Reviewed claims over all claims, and the count of each label."""
        by_label: dict[str, int] = {label: self._counts.get(label, 0) for label in LABELS}
        return Progress(reviewed=sum(by_label.values()), total=len(self.claims), by_label=by_label)

    def next_unreviewed(self, after: str | None) -> str | None:
        """The first unreviewed visible claim after `after` (wrapping round), or None if none is left."""
        n = len(self.visible)
        if n == 0:
            return None
        start = self._position.get(after, -1) + 1 if after is not None else 0
        for step in range(n):
            claim = self.visible[(start + step) % n]
            if claim.id != after and self.label(claim.id) is None:
                return claim.id
        return None

    def start_claim(self, remembered: str | None) -> str | None:
        """Where to put the cursor when a review opens: the remembered claim, else the first unreviewed."""
        if remembered is not None and remembered in self._position:
            return remembered
        first = self.next_unreviewed(None)
        if first is not None:
            return first
        return self.visible[0].id if self.visible else None

    def orphan_count(self) -> int:
        """How many verdicts have no claim in the extraction (kept incrementally: cheap per key press)."""
        return self._orphans

    def orphans(self) -> list[Verdict]:
        """Verdicts whose claim is no longer in the extraction: kept, shown, never dropped."""
        return sorted((v for cid, v in self.verdicts.items() if cid not in self._index), key=lambda v: v.claim)

    def with_filter(self, **changes: Any) -> ClaimFilter:
        """The current filter with some fields changed (for the filter and search screens)."""
        return replace(self.filter, **changes)


def _haystack_of(claim: Claim) -> str:
    """What a search looks in: the claim's text, speaker, side, id, article and cue."""
    return " ".join(filter(None, (claim.text, claim.speaker, claim.side, claim.id, claim.article, claim.cue))).lower()
