"""The question view model: the contested points of a corpus, who asserts and who denies each.

Pure data over the claim view (whose verdicts it reads, so a verdict recorded through `Review`
shows here at once), with no storage and no drawing: the order of the questions, the counts by
camp and stance, reviewed/total, and a question's members grouped by stance are all unit-tested
without a terminal. Counts change only with a correction (which makes a new extraction, and
`Review.questions` a new view), so they are computed once per question, when it is first shown;
reviewed/total is counted when asked (a question has a few dozen members).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.claimview import ClaimView
from factcheck.model import Claim, Question, Verdict, is_count

ASSERTS = "asserts"
DENIES = "denies"
OUTLET_CAMP = "outlet"  # the camp shown for a claim in the outlet's own voice
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def camp_of(claim: Claim) -> str:
    """The camp a claim speaks for: its camp, else its side while no camp is known; a speaker of no party
    (a witness, a broadcaster) is a voice of its own, and only a claim nobody is said to make is the
    outlet's. Before, a named person of no party was counted as "outlet"."""
    return claim.camp or claim.side or claim.speaker or OUTLET_CAMP


def figure_beside(figures: dict[str, str], claim_id: str, stance: str) -> str | None:
    """A claim's own figure when its answer is named for another one ("at least 471" in the "at least
    500" answer): what the question screen and the Markdown report give beside it. None when the figure
    names the answer, or the answer is yes or no."""
    own = figures.get(claim_id)
    return None if own is None or own == stance or stance in (ASSERTS, DENIES) else own


def person_camp(claim: Claim) -> bool:
    """Whether the claim's camp is its speaker, a person of no party: the claim names the speaker as a
    person ("said Ivo T. Kessler, a farmer"). A person's camp is shortened to the surname, not to
    initials ("Kessler", not "ITK"); an outlet or a body speaking for nobody ("Harbour Gazette") is not
    named as a person, and a speaker the sentence does not name ("he said") stays as it was."""
    if claim.camp or claim.side or not claim.speaker:
        return False
    surname = claim.speaker.split()[-1].lower()
    return any(
        label == "PERSON" and surname in text.lower().split() for text, label in claim.features.get("entities", ())
    )


def stance_value(stance: str) -> float | None:
    """The number a quantity stance gives ("12,000" → 12000.0), or None for a stance without one."""
    found = _NUMBER.search(stance)
    if found is None:
        return None
    try:
        return float(found.group().replace(",", ""))
    except ValueError:
        return None


def stance_order(stance: str) -> tuple[int, float, str]:
    """Asserts first, then denies, then quantity values from smallest to largest, then anything else."""
    if stance == ASSERTS:
        return (0, 0.0, "")
    if stance == DENIES:
        return (1, 0.0, "")
    value = stance_value(stance)
    return (2, value, stance) if value is not None else (3, 0.0, stance)


def stance_heading(stance: str, count: bool) -> str:
    """How a stance is named on screen and in reports: as recorded, except that in a question of a count
    a rejection "rejects the figures" (as the reasons say: it denies no figure, it rejects the count)."""
    return "rejects the figures" if count and stance == DENIES else stance


@dataclass(frozen=True)
class Member:
    """One claim of a question as the question screen shows it."""

    claim: Claim
    stance: str
    camp: str
    outlet: str  # the article's outlet when known, else its file name
    verdict: Verdict | None
    figure: str | None = None  # its own figure, when its answer is named for another ("at least 471")


@dataclass(frozen=True)
class StanceGroup:
    """The members of a question that take one stance, with how many come from each camp."""

    stance: str
    members: list[Member]
    camps: list[tuple[str, int]]  # most members first
    heading: str = ""  # how the stance is named (`stance_heading`); the stance itself when empty


@dataclass(frozen=True)
class QuestionCounts:
    """Per stance, how many members each camp has: what a question's row summarises."""

    by_stance: list[tuple[str, list[tuple[str, int]]]]  # stances in `stance_order`, camps most first
    persons: frozenset[str] = frozenset()  # the camps that are a person speaking for nobody (`person_camp`)
    voices: frozenset[str] = frozenset()  # the camps that are a description of no party ("several witnesses")

    def summary(self, name: Callable[[str], str] | None = None) -> str:
        """`asserts: Union 2, outlet 1 │ denies: Authority 2`; `name` may shorten the camps' names."""
        short = name or (lambda camp: camp)
        count = is_count(stance for stance, _ in self.by_stance)
        return " │ ".join(
            f"{stance_heading(stance, count)}: " + ", ".join(f"{short(camp)} {n}" for camp, n in camps)
            for stance, camps in self.by_stance
        )


class QuestionView:
    """The questions of one extraction, disputed first, over a claim view's claims and verdicts.

    `questions` holds every question; `visible` those the list shows: all, or only the disputed,
    and only those whose label or claims hold every word of `search` (speakers and camps count).
    """

    def __init__(self, claims: ClaimView) -> None:
        self.claims = claims
        self.extraction = claims.extraction  # the questions are this extraction's (a correction makes another)
        known = [q for q in claims.extraction.questions if any(claims.claim(cid) for cid in q.claims)]
        known.sort(key=lambda q: (not q.disputed, -len(q.claims), q.label.lower(), q.id))
        self.questions: list[Question] = known
        self._index = {q.id: i for i, q in enumerate(known)}
        self.disputed_only = False
        self.search = ""
        self._haystack: dict[str, str] = {}
        self.visible: list[Question] = known
        self._position = dict(self._index)
        self._counts: dict[str, QuestionCounts] = {}
        self._of_claim: dict[str, list[str]] | None = None
        self._article_order = {a.file: i for i, a in reversed(list(enumerate(claims.extraction.articles)))}

    # lookups
    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None when there is none (or none of its claims is known)."""
        i = self._index.get(question_id)
        return None if i is None else self.questions[i]

    def position(self, question_id: str | None) -> int | None:
        """The question's row in the visible list (None when hidden or unknown)."""
        return None if question_id is None else self._position.get(question_id)

    def set_disputed_only(self, disputed_only: bool) -> None:
        """Show only the disputed questions, or all of them."""
        self.disputed_only = disputed_only
        self._apply()

    def set_search(self, text: str) -> None:
        """Show only the questions whose label or claims (text, speaker, camp) hold every word of `text`."""
        self.search = " ".join(text.split())
        self._apply()

    def describe_filter(self) -> str:
        """`disputed · “strike”`, or "" when every question shows."""
        parts = (["disputed"] if self.disputed_only else []) + ([f"“{self.search}”"] if self.search else [])
        return " · ".join(parts)

    def _apply(self) -> None:
        words = self.search.lower().split()
        visible = self.questions
        if self.disputed_only:
            visible = [q for q in visible if q.disputed]
        if words:
            visible = [q for q in visible if all(w in self.text_of(q) for w in words)]
        self.visible = visible
        self._position = {q.id: i for i, q in enumerate(visible)}

    def text_of(self, question: Question) -> str:
        """Everything a search looks in, lower-cased: label, id, stances, claims, speakers, camps."""
        text = self._haystack.get(question.id)
        if text is None:
            parts = [question.label, question.id, *question.claims.values()]
            for cid in question.claims:
                claim = self.claims.claim(cid)
                if claim is not None:
                    parts += [claim.text, claim.speaker or "", camp_of(claim)]
            text = self._haystack[question.id] = " ".join(parts).lower()
        return text

    def disputed_count(self) -> int:
        """How many questions hold two different stances."""
        return sum(1 for q in self.questions if q.disputed)

    def answer(self, question: Question, claim_id: str) -> str:
        """A member's answer as the Claim pane gives it: its stance, or for a figure that is not its answer's
        name, the claim's own figure first ("at least 471, one answer with at least 500")."""
        stance = question.claims[claim_id]
        own = self.own_figure(question, claim_id)
        return stance if own is None else f"{own}, one answer with {stance}"

    def own_figure(self, question: Question, claim_id: str) -> str | None:
        """The member's own figure when its answer is named for another one (`figure_beside`)."""
        return figure_beside(self.extraction.figures, claim_id, question.claims[claim_id])

    def questions_of(self, claim_id: str) -> list[Question]:
        """The questions a claim is a member of, in list order (usually one)."""
        if self._of_claim is None:
            of_claim: dict[str, list[str]] = {}
            for q in self.questions:
                for cid in q.claims:
                    of_claim.setdefault(cid, []).append(q.id)
            self._of_claim = of_claim
        return [self.questions[self._index[qid]] for qid in self._of_claim.get(claim_id, ())]

    # one row of the list
    def counts(self, question: Question) -> QuestionCounts:
        """How many members each camp has under each stance (cached: a correction builds a new view)."""
        counts = self._counts.get(question.id)
        if counts is None:
            tally: dict[str, Counter[str]] = {}
            persons: set[str] = set()
            voices: set[str] = set()
            for cid, stance in question.claims.items():
                claim = self.claims.claim(cid)
                if claim is not None:
                    camp = camp_of(claim)
                    tally.setdefault(stance, Counter())[camp] += 1
                    if person_camp(claim):
                        persons.add(camp)
                    elif not (claim.camp or claim.side) and camp == claim.speaker and camp[:1].islower():
                        voices.add(camp)  # "several witnesses": words, not a name with initials
            counts = QuestionCounts(
                [
                    (stance, sorted(tally[stance].items(), key=lambda item: (-item[1], item[0].lower())))
                    for stance in sorted(tally, key=stance_order)
                ],
                frozenset(persons),
                frozenset(voices),
            )
            self._counts[question.id] = counts
        return counts

    def reviewed(self, question: Question) -> tuple[int, int]:
        """(members with a verdict, members) over the members that are in the extraction."""
        done = total = 0
        for cid in question.claims:
            if self.claims.claim(cid) is None:
                continue
            total += 1
            done += self.claims.label(cid) is not None
        return done, total

    # one question opened
    def groups(self, question: Question) -> list[StanceGroup]:
        """The members grouped by stance, in `stance_order`; within a stance by camp, then document order."""
        by_stance: dict[str, list[Member]] = {}
        for cid, stance in question.claims.items():
            claim = self.claims.claim(cid)
            if claim is None:
                continue
            by_stance.setdefault(stance, []).append(
                Member(
                    claim,
                    stance,
                    camp_of(claim),
                    self.outlet(claim),
                    self.claims.verdict(cid),
                    self.own_figure(question, cid),
                )
            )
        counts = dict(self.counts(question).by_stance)
        rank_of_camp = {stance: {camp: i for i, (camp, _) in enumerate(camps)} for stance, camps in counts.items()}
        out: list[StanceGroup] = []
        count = is_count(by_stance)
        for stance in sorted(by_stance, key=stance_order):
            ranks = rank_of_camp.get(stance, {})
            members = sorted(by_stance[stance], key=lambda m: (ranks.get(m.camp, 0), self._doc_order(m.claim)))
            out.append(StanceGroup(stance, members, counts.get(stance, []), stance_heading(stance, count)))
        return out

    def next_unreviewed(self, question: Question, after: str | None) -> str | None:
        """The first member without a verdict after `after`, in screen order (column by column), wrapping."""
        order = [m.claim.id for group in self.groups(question) for m in group.members]
        if not order:
            return None
        start = order.index(after) + 1 if after in order else 0
        for step in range(len(order)):
            cid = order[(start + step) % len(order)]
            if cid != after and self.claims.label(cid) is None:
                return cid
        return None

    def outlet(self, claim: Claim) -> str:
        """Who published the claim: the article's outlet when known, else the article's file name."""
        article = self.claims.article(claim.article)
        return article.outlet if article is not None and article.outlet else claim.article

    def _doc_order(self, claim: Claim) -> tuple[int, int]:
        return (self._article_order.get(claim.article, 1 << 30), claim.start)
