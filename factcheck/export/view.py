"""What every export format reads: a session's verdicts joined with the claims and links they are about.

The join is built once from plain values (Session, {claim: Verdict}, Extraction or None), so each format
is a pure function of it and can be tested without a store. When the extraction is unknown (cache
missing, corpus moved), every lookup answers "not known" and the formats fall back to what the verdict
itself holds: claim id, label, note, analyst and time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.clock import utc_now
from factcheck.model import LABELS, Article, Claim, Edit, Extraction, Label, Session, Verdict
from factcheck.sources import ISO_DATE, header_date

# Words that mark a speaker as an organisation rather than a person (see `speaker_type`).
ORGANISATION_WORDS = frozenset(
    """agency alliance army association authority authorities board bureau cabinet coalition command
    commission committee company corporation council court department directorate embassy
    federation force forces front government group guard institute league majlis militia ministry
    movement news office organisation organization parliament party police presidency regime
    secretariat service team tribunal union""".split()
)

now_iso = utc_now  # when an export was made: the one clock (`factcheck.clock`), by the name exporters use

_CLOSING = {"“": "”", '"': '"'}  # opening quotation mark -> its closing mark


def speaker_type(speaker: str, side: str | None = None) -> str:
    """Whether a claim's speaker is an "Organization" or a "Person", by a simple documented rule.

    A speaker is an Organization when its name is the side it speaks for ("the ministry" speaking for
    the ministry), when it is an acronym (all capitals, no spaces: "UN", "NATO"), when it starts with
    "the", or when one of its words is an organisation word (ministry, army, forces, office, ...).
    Anything else is taken to be a Person's name.
    """
    name = speaker.strip()
    words = [w.strip(".,'’()").lower() for w in name.split()]
    if side and name.lower() == side.strip().lower():
        return "Organization"
    if " " not in name and len(name) >= 2 and name.replace("-", "").replace("&", "").isupper():
        return "Organization"
    if words and words[0] == "the":
        return "Organization"
    if any(w in ORGANISATION_WORDS for w in words):
        return "Organization"
    return "Person"


@dataclass
class ExportView:
    """A session's verdicts joined with its claims, articles and links (when the extraction is known)."""

    session: Session
    verdicts: dict[str, Verdict]  # labelled verdicts only
    extraction: Extraction | None = None
    notes: dict[str, str] = field(default_factory=dict)  # notes on claims without a label yet
    claims: dict[str, Claim] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    competing: dict[str, list[str]] = field(default_factory=dict)
    corroborating: dict[str, list[str]] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)  # the analyst's corrections in force (json lists them)
    question_of: dict[str, str] = field(default_factory=dict)  # claim id -> the id of the question it bears on
    _dates: dict[str, str | None] = field(default_factory=dict, repr=False)  # article file -> header date

    @classmethod
    def build(cls, session: Session, verdicts: dict[str, Verdict], extraction: Extraction | None = None) -> ExportView:
        """Index the extraction's claims, articles (by file name) and links (both directions, best first).

        A verdict without a label (the store keeps notes on claims not judged yet) goes to `notes`.
        """
        view = cls(
            session=session,
            verdicts={cid: v for cid, v in verdicts.items() if v.label is not None},
            extraction=extraction,
            notes={cid: v.note for cid, v in verdicts.items() if v.label is None and v.note},
        )
        if extraction is None:
            return view
        view.claims = {c.id: c for c in extraction.claims}
        for question in extraction.questions:
            for claim_id in question.claims:
                view.question_of.setdefault(claim_id, question.id)
        for article in extraction.articles:
            view.articles.setdefault(article.file, article)
        scored: dict[tuple[str, str], list[tuple[float, str]]] = {}
        for link in extraction.links:
            if link.source == link.target:
                continue
            for a, b in ((link.source, link.target), (link.target, link.source)):
                scored.setdefault((a, link.relation), []).append((link.score, b))
        for (claim_id, relation), pairs in scored.items():
            target = view.competing if relation == "competes" else view.corroborating
            seen: dict[str, None] = {}
            for _, other in sorted(pairs, key=lambda p: (-p[0], p[1])):
                seen.setdefault(other, None)
            target[claim_id] = list(seen)
        return view

    @property
    def known(self) -> bool:
        """Whether the claims are known (the extraction was found), not only the verdicts."""
        return self.extraction is not None

    def claim_order(self) -> list[str]:
        """Every claim id to report: the extraction's claims in corpus order, then orphaned verdicts by id."""
        ordered = [c.id for c in self.extraction.claims] if self.extraction else []
        present = set(ordered)
        return ordered + sorted(cid for cid in self.verdicts if cid not in present)

    def reviewed(self) -> list[Verdict]:
        """The verdicts in report order: the claims' corpus order, then orphaned ones by claim id."""
        return [self.verdicts[cid] for cid in self.claim_order() if cid in self.verdicts]

    def orphaned(self) -> list[str]:
        """Claim ids that have a verdict but are not in the (known) extraction; empty when it is unknown."""
        if not self.known:
            return []
        return sorted(cid for cid in self.verdicts if cid not in self.claims)

    def article_of(self, claim_id: str) -> Article | None:
        """The article a claim comes from, when known."""
        claim = self.claims.get(claim_id)
        return self.articles.get(claim.article) if claim else None

    def article_date(self, claim_id: str) -> str | None:
        """The claim's article's publication date: from its metadata (page, feed), else stated in its header.

        ISO-8601 (a date, or a date-time when the source gave one); None when neither is known.
        """
        article = self.article_of(claim_id)
        if article is not None and article.published and ISO_DATE.match(article.published):
            return article.published
        if article is None or not article.text:
            return None
        if article.file not in self._dates:
            self._dates[article.file] = header_date(article.text)
        return self._dates[article.file]

    def article_source(self, claim_id: str) -> str:
        """Where a claim appeared, for a report: "Outlet, YYYY-MM-DD (file)", or what of it is known."""
        claim = self.claims.get(claim_id)
        if claim is None:
            return ""
        article = self.articles.get(claim.article)
        outlet = article.outlet if article is not None else None
        day = (self.article_date(claim_id) or "")[:10]
        named = ", ".join(part for part in (outlet, day) if part)
        return f"{named} ({claim.article})" if named else claim.article

    def linked(self, claim_id: str) -> list[tuple[str, str]]:
        """(relation, claim id) of every claim linked to this one: competing first, then corroborating."""
        return [("competes", c) for c in self.competing.get(claim_id, [])] + [
            ("corroborates", c) for c in self.corroborating.get(claim_id, [])
        ]

    def label_counts(self) -> dict[Label, int]:
        """How many verdicts carry each label (all labels present, zero when unused)."""
        counts: dict[Label, int] = dict.fromkeys(LABELS, 0)
        for verdict in self.verdicts.values():
            if verdict.label is not None:  # a note without a decision is not counted
                counts[verdict.label] = counts.get(verdict.label, 0) + 1
        return counts

    def total_claims(self) -> int | None:
        """The number of claims in the corpus, or None when the extraction is unknown."""
        return len(self.extraction.claims) if self.extraction else None

    def groups(self) -> list[list[str]]:
        """Groups of linked claims (connected components of the link graph), largest first.

        Within a group, claims keep corpus order; groups of equal size keep the order of their first claim.
        """
        neighbours: dict[str, set[str]] = {}
        for mapping in (self.competing, self.corroborating):
            for claim_id, others in mapping.items():
                neighbours.setdefault(claim_id, set()).update(others)
        position = {cid: i for i, cid in enumerate(self.claim_order())}
        seen: set[str] = set()
        groups: list[list[str]] = []
        for start in sorted(neighbours, key=lambda c: position.get(c, len(position))):
            if start in seen:
                continue
            stack, group = [start], []
            seen.add(start)
            while stack:
                current = stack.pop()
                group.append(current)
                for other in neighbours.get(current, ()):
                    if other not in seen:
                        seen.add(other)
                        stack.append(other)
            groups.append(sorted(group, key=lambda c: position.get(c, len(position))))
        groups.sort(key=lambda g: (-len(g), position.get(g[0], len(position))))
        return groups


def one_line(text: str | None) -> str:
    """Text with every run of whitespace (newlines included) collapsed to one space."""
    return " ".join((text or "").split())


def quoted_words(text: str) -> str:
    """A direct quote's own words without its attribution; other sentences unchanged (on one line).

    "“The port is closed,” Olsen said." gives "The port is closed"; so does the last sentence of a
    longer quote, "…is closed,” Olsen said.", whose opening mark is in an earlier sentence; the first
    sentence of such a quote, "“The port is closed.", loses its dangling opening mark.
    """
    flat = one_line(text)
    if flat[:1] in _CLOSING:
        closing = _CLOSING[flat[0]]
        end = flat.find(closing, 1)
        words = flat[1:end] if end > 0 else flat[1:]
    else:
        end = flat.find("”")
        words = flat[:end] if end > 0 and "“" not in flat[:end] else flat
    return words.strip().rstrip(",;:").strip() or flat


def claim_summary(claim: Claim, limit: int | None = None) -> str:
    """A one-line summary of a claim: a quote's own words (see `quoted_words`), shortened to `limit` if given."""
    words = quoted_words(claim.text)
    return one_line(words) if limit is None else shorten(words, limit)


def shorten(text: str, limit: int) -> str:
    """One-line text cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"
