"""What links and suggested verdicts say: each link's reason, in the question's words and the stances,
and each claim's suggestion (disputed / corroborated / unverified) with counts that match the panes.

Worded apart from `linker` (which decides what is linked): a reason is only text, made once a link is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet

from factcheck.link.evidence import Profile
from factcheck.link.parties import Parties
from factcheck.link.silence import says_nothing
from factcheck.link.stance import ASSERTS, DENIES
from factcheck.model import Claim, Link, Question, is_count

__all__ = ["NOT_INDEPENDENT", "compete_reason", "echo_reason", "suggest_verdicts"]

NOT_INDEPENDENT = "not independent"  # how a corroborating link's reason ends when it is a repeat
NOTHING_SAID = "unverified: says only that no comment was given; nothing to check"  # a no-comment line's reason


def _who(p: Profile, parties: Parties) -> str:
    """Who a member is in a reason: its party, else its speaker as written with a capital first letter
    ("DNA tests", "McConnell": `str.title` made them "Dna Tests", "Mcconnell"), else the outlet."""
    if p.party:
        return parties.display(p.party)
    return p.written[:1].upper() + p.written[1:] if p.written else "the outlet"


def _says(stance: str, *, plural: bool = False, count: bool = False, own: str | None = None) -> str:
    """A stance as a verb: "asserts", "gives 12", or in a question of a count "rejects the figures".
    `own`: the claim's own figure, when it is not its answer's name ("gives 219", not "gives at least 200")."""
    if count and stance == DENIES:
        return "reject the figures" if plural else "rejects the figures"
    if stance in (ASSERTS, DENIES):
        return {ASSERTS: "assert", DENIES: "deny"}[stance] if plural else stance
    value = own or stance
    return f"give {value}" if plural else f"gives {value}"


def compete_reason(
    question: Question,
    a: Profile,
    b: Profile,
    stances: dict[int, str],
    parties: Parties,
    count: bool | None = None,
    own: tuple[str | None, str | None] = (None, None),
) -> str:
    """The two answers side by side: "'the dam was breached': Norland asserts, Sudmark denies".

    `count`: whether the question is one of a count, when the caller already knows (it words every
    link of a question: asking it again per link cost a million steps on 20,000 claims). `own`: the two
    claims' own figures where they are not their answers' names (`Grouping.figures`)."""
    camps = " (opposing camps)" if parties.opposed(a.party, b.party) else ""
    count = is_count(stances.values()) if count is None else count
    return (
        f"'{question.label}': {_who(a, parties)} {_says(stances[a.index], count=count, own=own[0])}, "
        f"{_who(b, parties)} {_says(stances[b.index], count=count, own=own[1])}{camps}"
    )


def echo_reason(
    question: Question,
    a: Profile,
    b: Profile,
    stance: str,
    parties: Parties,
    count: bool | None = None,
    own: tuple[str | None, str | None] = (None, None),
) -> str:
    """Both give the same answer; a party repeated by two outlets is not independent, nor are two
    camps that argue on one side of the dispute (a ministry and a militant group of one side).
    `count` and `own` as in `compete_reason`: two figures of one answer that are not the same figure
    are quoted both ("give at least 471 and at least 500, which can both hold")."""
    count = is_count(question.claims.values()) if count is None else count
    first, second = own[0] or stance, own[1] or stance
    if first != second:
        head = f"give {first} and {second}, which can both hold, for '{question.label}'"
    else:
        head = f"both {_says(stance, plural=True, count=count, own=first)}{' for' if count else ''} '{question.label}'"
    if a.party and a.party == b.party:
        return f"{head}; both from {parties.display(a.party)}: a repeat, {NOT_INDEPENDENT}"
    if _allied(a.party, b.party, parties):
        who = f"{parties.display(a.party)} and {parties.display(b.party)}"  # type: ignore[arg-type]
        return f"{head}; {who} argue on one side: {NOT_INDEPENDENT}"
    person = one_person(a, b)
    if person:
        return f"{head}; both from {person}: a repeat, {NOT_INDEPENDENT}"
    who_a, who_b = _who(a, parties), _who(b, parties)
    return f"{head}; independent sources ({'two outlets' if who_a == who_b else f'{who_a}, {who_b}'})"


def one_person(a: Profile, b: Profile) -> str | None:
    """The person both claims quote, when both name the same one in full ("Ola Brun"). Only full names:
    "officials" or "the engineer" in two outlets may be two people, and so may "Brun" and "Ola Brun"
    (a family shares a surname)."""
    if not a.written or a.written != b.written:
        return None
    words = a.written.split()
    return a.written if len(words) > 1 and all(w[:1].isupper() for w in words) else None


def _allied(a: str | None, b: str | None, parties: Parties) -> bool:
    """Two different camps placed on one side of the dispute."""
    return bool(a and b and a != b and {a, b} <= parties.placed and not parties.opposed(a, b))


def suggest_verdicts(
    claims: Sequence[Claim],
    links: Sequence[Link],
    questions: Sequence[Question] = (),
    figures: Mapping[str, str] | None = None,
    only: Collection[str] | None = None,
) -> None:
    """Set each claim's `suggestion` ({label, reason}) from its links: a hint, never a verdict.

    Disputed when a claim competes with another; corroborated only when a source independent of
    the claim's own party says the same; otherwise unverified. The counts in the reason are
    the claim's links, which the review screen shows in its panes. `figures`: a claim's own figure
    where it is not its answer's name (`link_with_figures`), which its reason quotes. `only`: the ids
    of the claims to set, when the others are given to be read (a correction redoes a few claims).
    """
    figures = figures or {}
    by_id = {c.id: c for c in claims}
    wanted: AbstractSet[str] = by_id.keys() if only is None else {i for i in only if i in by_id}
    label_of: dict[str, str] = {}
    stance_of: dict[str, str] = {}
    question_of: dict[str, Question] = {}

    def index(ids: AbstractSet[str]) -> None:
        """The label, stance and question of every member of a question holding any of `ids`."""
        for question in questions:
            if ids.isdisjoint(question.claims):  # a correction redoes a few claims of 10,000
                continue
            for claim_id, stance in question.claims.items():
                label_of[claim_id] = question.label
                stance_of[claim_id] = stance
                question_of[claim_id] = question

    index(wanted)
    against: dict[str, list[Claim]] = defaultdict(list)
    backing: dict[str, list[Claim]] = defaultdict(list)
    echoes: set[frozenset[str]] = set()  # corroborating pairs the linker found not independent
    for link in links:
        a, b = by_id.get(link.source), by_id.get(link.target)
        if a is None or b is None:
            continue
        bucket = against if link.relation == "competes" else backing
        if link.relation == "corroborates" and link.reason.endswith(NOT_INDEPENDENT):
            echoes.add(frozenset((a.id, b.id)))
        bucket[a.id].append(b)
        bucket[b.id].append(a)
    if missing := {c.id for i in wanted for c in against.get(i, ()) if c.id not in stance_of}:
        index(missing)  # a competitor in another question (an analyst's link): its own stance
    for claim in claims if only is None else (by_id[i] for i in wanted):
        support = backing[claim.id]
        independent = [c for c in support if frozenset((claim.id, c.id)) not in echoes]
        figure = figures.get(claim.id)
        otherwise = _answered_otherwise(claim, question_of.get(claim.id), by_id)
        claim.suggestion = _suggestion(
            claim, against[claim.id], support, independent, label_of, stance_of, figure, otherwise
        )


def _answered_otherwise(claim: Claim, question: Question | None, by_id: Mapping[str, Claim]) -> list[str]:
    """The answers other voices (another speaker, or another article) give in the claim's question where
    they differ from its own, one per such member. A claim with no competing link can still sit in a
    disputed question: stances only inference set apart are never linked as competing (`linker`), and
    the repeat of a claim its own subject denies is then no corroboration."""
    if question is None or claim.id not in question.claims:
        return []
    own = question.claims[claim.id]
    voice = (claim.speaker or "", claim.article)
    return [
        stance
        for other, stance in question.claims.items()
        if stance != own and other in by_id and ((by_id[other].speaker or ""), by_id[other].article) != voice
    ]


def _suggestion(
    claim: Claim,
    against: list[Claim],
    support: list[Claim],
    free: list[Claim],
    label_of: dict[str, str],
    stance_of: dict[str, str],
    figure: str | None = None,
    otherwise: Sequence[str] = (),
) -> dict[str, str]:
    """The suggestion for one claim; `free` are the supporting claims the linker found independent,
    `figure` the claim's own figure when it is not its answer's name, `otherwise` the differing answers
    other voices give in its question (`_answered_otherwise`): never corroborated while there are any."""
    point = label_of.get(claim.id)
    stance = stance_of.get(claim.id, ASSERTS)
    own = _camp(claim)
    if not against and otherwise and point:
        answers = Counter(otherwise)
        count = is_count([stance, *otherwise])
        quoted = f"'{point}'"
        if len(answers) == 1:  # "2 other claims in its question deny '<point>'"
            told = f"{_says(otherwise[0], plural=len(otherwise) > 1, count=count)} {'for ' if count else ''}{quoted}"
        else:  # "3 other claims in its question on 'How many …?': 2 give 12,000, 1 gives 5,000"
            told = f"on {quoted}: {_tally(answers, count)}"
        elsewhere = f"{_plural(len(otherwise), 'other claim')} in its question {told}; no competing claim linked to it"
        backed = f"{_plural(len(support), 'corroborating claim')}, but " if support else ""
        return {"label": "unverified", "reason": f"unverified: {backed}{elsewhere}"}
    if against:
        others = Counter(stance_of.get(c.id, "") for c in against)
        other_stance = others.most_common(1)[0][0]
        camps = sum(1 for c in against if _camp(c) and _camp(c) != own)
        whose = f", {camps} from another camp" if camps and camps < len(against) else ""
        whose = " from another camp" if camps == len(against) else whose
        many = len(against) > 1
        figures = sorted({stance_of.get(c.id, "") for c in against} - {"", ASSERTS, DENIES})
        count = bool(figures) or is_count([stance])
        if other_stance in (ASSERTS, DENIES) or not figures:
            verb = _says(other_stance or DENIES, plural=many, count=count)
        else:
            verb = _says(figures[0], plural=many)
        what = f"'{point}'" if point else "it"
        others_say = f"{_plural(len(against), 'competing claim')}{whose} {verb}"
        if count and len(others) > 1:  # "2 competing claims: 1 gives 40-90, 1 rejects the figures"
            others_say = f"{_plural(len(against), 'competing claim')}{whose}: {_tally(others, count=True)}"
        if count:  # "gives 12 for 'How many died?'; 1 competing claim gives at least 40"
            reason = f"disputed: {_says(stance, count=True, own=figure)} for {what}; {others_say}"
        else:
            reason = f"disputed: {_says(stance)} {what}, which {others_say}"
        return {"label": "disputed", "reason": reason}
    if support:
        independent = [c for c in free if not own or _camp(c) != own]
        if independent:
            outlets = len({c.article for c in independent} - {claim.article})
            return {
                "label": "corroborated",
                "reason": f"corroborated: {_plural(len(support), 'corroborating claim')}, "
                f"{len(independent)} independent ({_plural(outlets, 'other outlet')}); no competing claim",
            }
        own_name = claim.camp or claim.side
        same = all(_camp(c) == own for c in support)
        whose = f"repeating {own_name}" if same or not own_name else f"from {own_name}'s side of the dispute"
        return {
            "label": "unverified",
            "reason": f"unverified: {_plural(len(support), 'corroborating claim')}, "
            f"all {whose}: {NOT_INDEPENDENT}; no competing claim",
        }
    if point:
        return {"label": "unverified", "reason": f"unverified: no other source answers '{point}'"}
    if says_nothing(claim):
        return {"label": "unverified", "reason": NOTHING_SAID}
    return {"label": "unverified", "reason": "unverified: single source; no other claim bears on it"}


def _tally(answers: Counter[str], count: bool) -> str:
    """Answers by how many give each, most first (at most three): "2 give 12,000, 1 rejects the figures"."""
    ranked = sorted(answers.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return ", ".join(f"{n} {_says(answer or DENIES, plural=n > 1, count=count)}" for answer, n in ranked)


def _camp(claim: Claim) -> str:
    return (claim.camp or claim.side or "").lower()


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
