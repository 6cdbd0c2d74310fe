"""Who a question is told by: its anchor (the member its stances are taken against) and its label.

The anchor is a contender's affirmative claim, best bonded to the other members; the label is the
anchor's core clause in its own words (`label.py`), unless the anchor reports both answers at once
(a headline: "X claims victory, but Y say they still hold it"), and two questions asked in the same
words each add their anchor's own. Split from `questions.py`, which groups the claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factcheck.link.bonds import Grouping
from factcheck.link.label import LABEL_CHARS, core_clause, reports_both_sides
from factcheck.link.label_cut import to_length
from factcheck.link.lexicon import CLAIM_NOUNS
from factcheck.link.stance import ASSERTS, DENIES, polarity
from factcheck.model import Claim, Question


def anchor_of(members: Sequence[int], grouping: Grouping) -> int:
    """The member the label quotes and the stances are taken against, best bonded to the others: a
    contender's affirmative claim, else another party's, else a contender's "no", else anyone's claim.

    The anchor frames the question: its camp asserts. A contender's "no" went before another party's
    "yes": a company heard twice ("reports that water reached the village were false", "the dam was not
    breached") framed the question as "the dam had not been breached", and the ministry saying it had
    been, and villagers saying water reached them, "denied" it. On the three events the change raised the
    stances split right 0.935 -> 0.940 and competes precision 0.462 -> 0.464; FNC-1 competes lift stayed
    1.201. Anyone's affirmative before a contender's "no" did better on both (0.954, 1.213) but lets a
    claim of no camp frame the question, whose stances then go by wording alone: the company's "not
    breached" then "asserted" the villagers' "water reached the village", and a line about the setting
    ("the dam is located in the hills") became a question with a rejection grouped beside it.

    Each member's bonds to the others are added up in the order a loop over every two members (a, b),
    a < b, meets them; only the bonded pairs are visited (adding the 0.0 of a pair that is not bonded
    changes no sum, nor how two sums compare), not every two members of a question of 60.
    """
    near = _near_sums(members, grouping)
    profiles, parties = grouping.profiles, grouping.parties

    def rank(index: int) -> tuple[bool, bool, bool, bool, float, int]:
        p = profiles[index]
        says_so = not polarity(p)
        contender = p.party in parties.contenders
        return (says_so and contender, says_so and p.party is not None, contender, says_so, near.get(index, 0), -index)

    return max(members, key=rank)


def _near_sums(members: Sequence[int], grouping: Grouping) -> dict[int, float]:
    """Each member's bonds to the other members, added up (a member bonded to none is absent)."""
    place = {claim: k for k, claim in enumerate(members)}
    near: dict[int, float] = {}
    for a in members:
        for _, b in sorted((place[b], b) for _, b in grouping.bonds_from(a) if b in place and a < b):
            value = grouping.bonds[(a, b)]
            near[a] = near.get(a, 0) + value
            near[b] = near.get(b, 0) + value
    return near


def label_of(
    claims: Sequence[Claim], grouping: Grouping, members: list[int], stances: dict[int, str], anchor: int
) -> str:
    """The question's label: the anchor's core clause; but an anchor that reports both answers ("X claims
    victory, but Y say they still hold it") asks nothing, so then the label is the claim of one side that
    answers as the anchor does (its camp or a contender's), one whose label fits the list when one does,
    best bonded to the others. The anchor stays the anchor: stances do not change."""
    first = claims[anchor]
    if not reports_both_sides(first.text):
        return core_clause(first.text, first.speaker)
    profiles, parties = grouping.profiles, grouping.parties
    party = profiles[anchor].party
    one_side = [
        i
        for i in members
        if stances.get(i) == stances.get(anchor)
        and not polarity(profiles[i])
        and (profiles[i].party == party or profiles[i].party in parties.contenders)
        and not reports_both_sides(claims[i].text)
    ]
    if not one_side:
        return core_clause(first.text, first.speaker)
    near = _near_sums(members, grouping)
    cores = {i: core_clause(claims[i].text, claims[i].speaker) for i in one_side}
    return cores[max(one_side, key=lambda i: (not cores[i].endswith("…"), near.get(i, 0.0), -i))]


def tell_apart(claims: Sequence[Claim], grouping: Grouping) -> None:
    """Two questions asked in the same words ("How many people were killed?", of two events) each
    add their anchor's own words, so the list never shows one question twice."""
    asked = Counter(q.label for q in grouping.questions)
    for k, question in enumerate(grouping.questions):
        if asked[question.label] > 1:
            room = LABEL_CHARS - len(question.label) - 3
            anchor = claims[grouping.anchors[k]]
            clause = core_clause(anchor.text, anchor.speaker).rstrip(".")
            # What follows the words asked about is what sets this count apart: "(when the dam burst)".
            last = question.label.rstrip("?").rsplit(" ", 1)[-1]
            _, found, rest = clause.partition(f" {last} ")
            clause = rest if found and rest else clause
            if len(clause) > room:
                clause = clause[:room].rsplit(" ", 1)[0] + "…"
            grouping.questions[k] = replace(question, label=f"{question.label} ({clause})")


# "<Who> denied (the claims) that <point>": who says no, to what. Not after a negation ("did not deny
# that …" grants the point) and not a quotation's words (a quote mark before the verb). "Rejected",
# "dismissed" and "disputed" take a clause only after a noun of claims ("rejected that argument" points at
# one), and no "that" opens a point when a noun of claims follows it ("denied that allegation").
_CLAIMS = r"(?:(?:the|any|all)\s)?(?:claims?|reports?|allegations?|accusations?|suggestions?)\s"
_THAT_NOUNS = CLAIM_NOUNS | frozenset(
    "accusation accusations suggestion suggestions argument arguments assertion characterization characterisation "
    "notion idea figure figures number numbers charge charges request decision view assessment".split()
)
_REJECTS_THAT = re.compile(
    rf"^(?P<who>[^\"“”]{{1,80}}?)\s(?:(?:denied|denies|deny)\s(?:{_CLAIMS})?"
    rf"|(?:rejected|rejects|dismissed|dismisses|disputed|disputes)\s{_CLAIMS})"
    rf"that\s(?!(?:{'|'.join(sorted(_THAT_NOUNS))})\b)(?P<point>\S.{{10,}})$",
    re.IGNORECASE,
)
_TURNED = {ASSERTS: DENIES, DENIES: ASSERTS}
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never|no)|n't|n’t)\s*$", re.IGNORECASE)


def rejected_point(text: str) -> str | None:
    """What a claim of the form "<who> denied that <point>" says no to, as a label: "Chemicals had
    entered the river" (an "any" that only the denial called for is left out), or None."""
    found = _REJECTS_THAT.match(" ".join(text.split()).rstrip(" ."))
    if found is None or _NOT_BEFORE.search(found.group("who")):
        return None
    point = found.group("point")
    if point.lower().startswith("any ") and not point.lower().startswith(("any of ", "any one ", "any more ")):
        point = point[4:]
    point = to_length(point)
    return point[:1].upper() + point[1:]


def turn_rejections(claims: Sequence[Claim], grouping: Grouping) -> None:
    """A question anchored on a rejection ("<Company> denied that any chemicals had entered the river")
    asks what was rejected: its label is the point ("Chemicals had entered the river") and every stance
    turns round, so the company "denies" it and the residents' "dead fish washed up" that answered the
    company otherwise "asserts" it. Before, the label quoted the denial and the company "asserted" it: a
    reason then read "denies '<Company> denied …'". Which members answer alike does not change."""
    for k, question in enumerate(grouping.questions):
        anchor = claims[grouping.anchors[k]]
        if not grouping.profiles[grouping.anchors[k]].denies:
            continue
        if any(stance not in (ASSERTS, DENIES) for stance in question.claims.values()):
            continue  # a count: its answers are figures
        if question.label != core_clause(anchor.text, anchor.speaker):
            continue  # labelled in another claim's words
        point = rejected_point(anchor.text)
        if point is None:
            continue
        grouping.stances[k] = {i: _TURNED[stance] for i, stance in grouping.stances[k].items()}
        claims_turned = {cid: _TURNED[stance] for cid, stance in question.claims.items()}
        grouping.questions[k] = Question(question.id, point, claims_turned)
