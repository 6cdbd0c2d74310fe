"""What sits beside one claim in the review: the claims linked to it, its suggested label, its paragraph.

A room of `ClaimView` (`factcheck.claimview`), which mixes `AroundClaim` in: pure data over the
extraction's links, suggestions and article texts, for the detail and linked panes, unit-tested
without a terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import LABELS, Article, Claim, Label, Link, Relation, Verdict

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class Related:
    """A claim linked to the selected one, with the link's reason and its own verdict."""

    claim: Claim
    relation: Relation
    score: float
    reason: str
    verdict: Verdict | None


@dataclass(frozen=True)
class Suggestion:
    """A suggested label with its reason; a hint that one key accepts, never a verdict."""

    label: Label
    reason: str


@dataclass(frozen=True)
class Context:
    """A claim inside its paragraph, for reading it in context."""

    before: str
    text: str
    after: str
    paragraph_number: int  # 1-based count of blank-line separated paragraphs


class AroundClaim:
    """The methods of `ClaimView` about one claim's surroundings; `ClaimView` holds what they read."""

    verdicts: dict[str, Verdict]
    _related: dict[str, list[Link]]
    _articles: dict[str, Article]

    def claim(self, claim_id: str) -> Claim | None:  # provided by ClaimView
        raise NotImplementedError

    def related(self, claim_id: str, relation: Relation) -> list[Related]:
        """The claims linked to this one by `relation`, best link first, each with its own verdict."""
        out: list[Related] = []
        seen: set[str] = set()
        for link in self._related.get(claim_id, ()):
            if link.relation != relation:
                continue
            other_id = link.target if link.source == claim_id else link.source
            other = self.claim(other_id)
            if other is None or other_id in seen:
                continue
            seen.add(other_id)
            out.append(Related(other, relation, link.score, link.reason, self.verdicts.get(other_id)))
        return out

    def competing_count(self, claim_id: str) -> int:
        """How many claims compete with this one (for the list's contested mark and sort)."""
        return sum(1 for lk in self._related.get(claim_id, ()) if lk.relation == "competes")

    def suggestion(self, claim_id: str) -> Suggestion | None:
        """The extraction's suggested label for a claim, when it gives a valid one."""
        claim = self.claim(claim_id)
        if claim is None or not claim.suggestion:
            return None
        label = claim.suggestion.get("label")
        for known in LABELS:
            if label == known:
                return Suggestion(label=known, reason=claim.suggestion.get("reason", ""))
        return None

    def context(self, claim: Claim) -> Context:
        """The claim's paragraph split around the claim, and the paragraph's number in its article."""
        article = self._articles.get(claim.article)
        if article is None:
            return Context("", claim.text, "", 0)
        text = article.text
        p_start, p_end = claim.paragraph
        if not (0 <= p_start <= claim.start and claim.end <= p_end <= len(text)):
            p_start, p_end = claim.start, claim.end
        number = len(_PARAGRAPH_BREAK.findall(text, 0, p_start)) + 1
        return Context(
            before=text[p_start : claim.start].strip(),
            text=text[claim.start : claim.end],
            after=text[claim.end : p_end].strip(),
            paragraph_number=number,
        )
