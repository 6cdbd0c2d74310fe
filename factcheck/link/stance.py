"""What answer a claim gives to the question it bears on: asserts, denies, or the value it states.

A question is anchored on one claim (its label is that claim's core clause, `label.py`). Every other member
takes its stance from the strongest signal it carries, in this order:

* a figure for the question's quantity: its value, normalised ("80,000", "at least 500",
  "100-300"); figures that can both hold (at least 471 and at least 500) share one stance;
* its camp: the anchor's camp asserts, an opposing contender camp denies (two camps on one
  point is the strongest opposition signal; polarity words are weak);
* for a claim of no camp (an outlet's own voice, a third party): the stance of the camp claim
  it is most closely bonded to (or of the anchor), turned round when one of the two rejects a
  claim (deny, reject, "false", "baseless") and the other does not, or one negates the very
  predicate the other asserts of the same subject, or they put one thing in two places.
  An outlet's own line whose stance only a rejection turned round against the anchor is a guess
  (what it rejects may be another thing than the anchor says): it is shown, but opposes no one.

A negation on its own is no opposition: "could not reach the villages" says nothing against
"the dam was breached", and two denials of one rumour agree.
Nothing here needs spaCy; everything comes from `Claim.features` and the claim's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.link.evidence import Profile, contradicts, interval, same_measure
from factcheck.link.evidence import places_differ as located_apart

ASSERTS, DENIES = "asserts", "denies"
NEIGHBOUR_MIN = 0.5  # a claim of no camp follows a camp member only when bonded to it this closely


def polarity(profile: Profile) -> bool:
    """True when the claim says no: it rejects a claim, or its main content predicate is negated."""
    return profile.denies or profile.negated


def format_value(low: float, high: float, bound: str) -> str:
    """A figure as the analyst reads it: "80,000", "at least 500", "about 450", "100-300"."""
    text = f"{low:,.0f}" if low == int(low) else f"{low:,g}"
    if high > low:
        top = f"{high:,.0f}" if high == int(high) else f"{high:,g}"
        return f"{text}-{top}"
    prefix = {">=": "at least ", "<=": "at most ", "~": "about "}.get(bound, "")
    return prefix + text


@dataclass(frozen=True)
class Measure:
    """The quantity a question asks about: the counted noun (and what happened to it)."""

    noun: str
    verb: str | None
    owner: str | None = None  # the party whose things are counted ("12 Sudmark soldiers")
    span: str | None = None  # a total over a span of time ("since 2009": "since"), not one event's count


def figure_for(profile: Profile, measure: Measure) -> tuple[float, float, str] | None:
    """The claim's figure for the measure, as (low, high, bound), or None when it gives none."""
    if profile.span != measure.span:
        return None
    for low, high, noun, bound, verb, owner in profile.numbers:
        if same_measure(noun, verb, measure.noun, measure.verb, owner, measure.owner):
            return low, high, bound
    return None


def _compatible(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
    min_a, max_a = interval(*a)
    min_b, max_b = interval(*b)
    return not (max_a < min_b or max_b < min_a)


def value_stances(figures: dict[int, tuple[float, float, str]]) -> dict[int, str]:
    """Each figure's stance: figures that can both hold (with the first of them) share one, named
    for the figure most of them give ("80,000"; "at least 500"; "10,000-12,000" for 10,000 and about 12,000)."""
    groups: list[tuple[tuple[float, float, str], list[int]]] = []
    for index in sorted(figures, key=lambda i: (-_precision(figures[i]), i)):
        fig = figures[index]
        for head, members in groups:
            if _compatible(head, fig):
                members.append(index)
                break
        else:
            groups.append((fig, [index]))
    named = [(_group_name([figures[k] for k in members]), members) for _, members in groups]  # once a group
    return {i: name for name, members in named for i in members}


def _group_name(figures: list[tuple[float, float, str]]) -> str:
    """The figure most members give; on a tie, the span of them (a floor: the head's, the one given first
    among the most precise), so a "500" claim is not shown as "at least 471" when "at least 500" is
    given as often."""
    counts = Counter(format_value(*fig) for fig in figures)
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    low = min(fig[0] for fig in figures)
    if all(bound == ">=" for _, _, bound in figures):
        return format_value(*figures[0])
    high = max(max(fig[0], fig[1]) for fig in figures if fig[2] != ">=")
    return format_value(low, high, "=") if high > low else format_value(low, low, figures[0][2])


def _precision(fig: tuple[float, float, str]) -> int:
    """Exact figures name a group before bounds and estimates do."""
    return {"=": 3, "~": 2, ">=": 1, "<=": 1}.get(fig[2], 0) - (1 if fig[1] > fig[0] else 0)


def proposition_stances(
    members: Sequence[int],
    anchor: int,
    profiles: Sequence[Profile],
    opposed: dict[tuple[str, str], bool],
    bonds: dict[tuple[int, int], float],
    allied: frozenset[tuple[str, str]] = frozenset(),
    guessed: set[int] | None = None,
) -> dict[int, str]:
    """asserts / denies for each member toward the anchor's proposition.

    A member of the anchor's camp or of an allied camp (`allied`: placed on the same side) asserts,
    one of an opposing camp denies (`opposed[(a, b)]`).
    A member of no such camp takes the stance of the camp member it is most closely bonded to,
    turned round when one of the two says no and the other does not (or they name different
    places); with no such neighbour it is compared with the anchor itself.
    Members in the outlet's own voice (no speaker) whose stance is the anchor's turned round by a
    rejection alone are added to `guessed`: on the FNC-1 stance benchmark their competing links
    joined an agreeing and a disagreeing article about half as often as random pairs did (issue 11).
    """
    head = profiles[anchor]
    out: dict[int, str] = {}
    loose = []
    for index in members:
        p = profiles[index]
        if index == anchor or (head.party and (p.party == head.party or (head.party, p.party) in allied)):
            out[index] = ASSERTS
        elif head.party and p.party and opposed.get((head.party, p.party), False):
            out[index] = DENIES
        else:
            loose.append(index)
    placed = list(out)
    for index in loose:
        near = max(placed, key=lambda k: (bonds.get((min(k, index), max(k, index)), 0.0), k == anchor))
        if bonds.get((min(near, index), max(near, index)), 0.0) < NEIGHBOUR_MIN:
            near = anchor
        other, p = profiles[near], profiles[index]
        same = out[near] == ASSERTS
        if says_otherwise(p, other):
            same = not same
            if guessed is not None and near == anchor and not p.speaker and _rejection_alone(p, other):
                guessed.add(index)
        out[index] = ASSERTS if same else DENIES
    return out


def _rejection_alone(a: Profile, b: Profile) -> bool:
    """Two claims that answer differently only because one rejects something and the other does not."""
    return a.denies != b.denies and not (contradicts(a, b) or places_differ(a, b))


def says_otherwise(a: Profile, b: Profile) -> bool:
    """Whether two claims on one point answer it differently, without the help of camps.

    One rejects a claim and the other does not (unless the other negates: "rejected the claim that the
    port reopened" and "the port has not reopened" both say no); or one negates a predicate the other asserts
    ("the dam was not breached" against "the dam was breached"); or they put one thing in two
    places. A negation of something the other does not say is no opposition.
    """
    if a.denies != b.denies and not (a.negated or b.negated):
        return True
    if contradicts(a, b):
        return True
    return places_differ(a, b)


def places_differ(a: Profile, b: Profile) -> bool:
    """The same thing put in different places ("happened near X" against "happened near Y")."""
    return bool(a.locatives and b.locatives and located_apart(a, b))
