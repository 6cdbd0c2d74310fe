"""Which two members of one question, answering it differently, may be linked as competing, and which rank first.

Each rule is a predicate over two claims' profiles (`evidence.Profile`), with the anchor's profile and the
camps (`parties.Parties`) where it needs them. `linker.py` applies them in turn; each docstring says what
the rule keeps out or ranks first, and what it did to the events and to the FNC-1 stance benchmark when it
came in. Nothing here needs spaCy.
"""

from __future__ import annotations

from factcheck.link.evidence import Profile, aims_at, compare_numbers, contradicts
from factcheck.link.parties import Parties
from factcheck.link.stance import polarity, says_otherwise


def may_compete(a: Profile, b: Profile, guessed: set[int], copies: set[tuple[str, str]]) -> bool:
    """Whether two claims answering one question differently may be linked as competing.

    Not when either stance is a guess, nor when their two articles print a sentence (nearly) alike: drawing
    on one source, they report one dispute and do not dispute each other (each shows both answers
    in its own links). On the FNC-1 stance benchmark such links joined an agreeing and a disagreeing
    article far less often than chance; on the events, compete precision rose (0.322 -> 0.335).
    """
    if a.index in guessed or b.index in guessed:
        return False
    return a.article == b.article or (min(a.article, b.article), max(a.article, b.article)) not in copies


def inferred(a: Profile, b: Profile, head: Profile, parties: Parties) -> bool:
    """Whether two members answer a yes/no question differently only by inference on both ends.

    Neither is the anchor, and either neither answer was set by a camp (`_set_by_camp`: no camp, or
    a camp that neither shares the anchor's nor stands against it), or their camps do not oppose each other
    and one rejects something the other does not, naming neither the other's camp or speaker nor
    its predicate ("denied that the dam was captured" answers "captured the dam" directly). Each
    stance was then inferred by comparing the claim with another member (`stance.py`), and two
    inferences set against each other are too often wrong (what one rejects may be another thing
    than the other says). Each still competes with the members it was compared with; figures are
    read, not inferred, and still compete (when a camp gives one of them: `unbacked_counts`).

    On the FNC-1 stance benchmark such links joined an agreeing and a disagreeing article barely more
    often than random pairs (0.29 against 0.27; 0.16 when one differs only by rejecting something);
    dropping them raised the competes lift on dev (1.182 -> 1.219), and on the events compete
    precision (0.343 -> 0.347, recall unchanged) and hit@5 (0.614 -> 0.625). A member of no camp set
    against one whose camp did not set its answer (a third party's, or any camp under an anchor of
    none) is inferred on both ends too: such links joined opposing articles less often than random
    pairs (0.22 against 0.27; dev lift 1.218 -> 1.232, the events unchanged).
    """
    if head.index in (a.index, b.index):
        return False
    if not _set_by_camp(a, head, parties) and not _set_by_camp(b, head, parties):
        return True
    if not (a.party and b.party) or parties.opposed(a.party, b.party) or a.denies == b.denies:
        return False
    denier, other = (a, b) if a.denies else (b, a)
    if aims_at(denier, other):
        return False  # "X rejected the union's claims": aimed at the other, not inferred
    return not {verb for verb, _ in denier.says_so} & {verb for verb, _ in other.says_so}  # "denied it was captured"


def unbacked_counts(a: Profile, b: Profile) -> bool:
    """Whether two members give figures for one count that no camp stands behind.

    The outlets' own lines and bystanders: two such figures are more often counts of different
    things ("28 pupils went on the trip", "7 came back ill") or a toll updated from one report to the
    next than a dispute. Both are shown in the question with their values; they compete with no one.
    On the FNC-1 stance benchmark such links joined opposing articles less often than random pairs
    (72 links on dev, 0.22 against 0.27; dev lift 1.235 -> 1.245, 1.238 -> 1.242 without the one
    story that gave 31 of them); the events had none.
    """
    return not a.party and not b.party


def rejects_that_figure(a: Profile, b: Profile, parties: Parties) -> bool:
    """Whether a rejection of a count ("inflating the number of casualties") disputes the other's figure:
    only a figure of the camp it argues with. A third party's lower estimate ("likely 100 to 300") sides
    with the rejection more than it disputes it, and a figure of no camp may be anyone's. The figure is
    still shown in the question; the rejection competes with the camp it answers. On the events, compete
    precision 0.385 -> 0.392 with recall and hit@5 unchanged (the gold has the rejection and the lower
    estimate on one side); FNC-1 train competes lift 1.051 -> 1.053. A rejection that names whose claims it
    rejects ("the director rejected the union's claims as false") disputes that party's figure, camps or not.
    """
    return parties.opposed(a.party, b.party) or aims_at(a, b) or aims_at(b, a)


def figures_both_hold(a: Profile, b: Profile) -> bool:
    """Whether two members of a count question give figures that can both hold ("at least 12" and "15").

    Answers are groups of figures that can hold together, each named for the figure most of it give, so
    a bound sits in one group ("at least 12" with "19") and can differ in name from a figure it agrees
    with ("15"). The link's reason then read "gives at least 12, gives 15": no dispute to an analyst.
    Both are still shown in the question with their values.
    """
    found = compare_numbers(a, b)
    return found is not None and found[0] == "agree"


def one_camps_counts(a: Profile, b: Profile) -> bool:
    """Whether two members give figures for one count from one camp: a toll updated from one report to
    the next ("at least 200 killed", local health officials; "at least 471", the ministry), not a
    dispute. Both are shown in the question with their values; each still competes with another camp's
    figure. On the events all three such links were wrong (compete precision 0.342 -> 0.348, recall and
    hit@5 unchanged); FNC-1 train had none.
    """
    return a.party is not None and a.party == b.party


def say_the_same(a: Profile, b: Profile) -> bool:
    """Whether two members set apart on a yes/no question assert one predicate of one subject alike.

    "Border guards detained the crew" from both camps: only their camps set the two answers apart,
    while their words agree. Neither rejects a claim the other does not, neither negates what the
    other asserts, and they put it in no two places (`says_otherwise`). On the FNC-1 stance
    benchmark such links never joined opposing articles (8 links on dev);
    dropping them raised the dev lift (1.232 -> 1.235) and the events' compete precision
    (0.343 -> 0.345, recall and hit@5 unchanged).
    """
    return bool(a.says_so & b.says_so) and not says_otherwise(a, b)


def both_say_no(a: Profile, b: Profile) -> bool:
    """Whether both members of a yes/no question say no (each rejects a claim or negates its point).

    Two noes answer no question against each other: they deny one point, and agree ("the report is
    false" twice), or two points ("we fired nothing" / "the rocket was not ours", each side's denial of
    the other's accusation), and dispute neither. A negation on its own never makes an opposition, nor
    do two. On the FNC-1 stance benchmark links between two such claims joined an agreeing and a
    disagreeing article about as often as chance (97 links, lift ~1.06); without them the competes lift
    rose 1.185 -> 1.189 (dev 1.227 -> 1.235, held 1.136 -> 1.135), and on the events compete precision
    0.460 -> 0.465 (recall and hit@5 unchanged): one camp's promise of "no discriminatory treatment" no
    longer competes with the other's "the claim of occupying the valley is false".
    """
    return polarity(a) and polarity(b)


def contradicts_directly(a: Profile, b: Profile) -> bool:
    """Whether one claim answers the other itself, not only the question they share.

    One rejects a claim naming the other's party or speaker, the two give figures of one measure
    that cannot both hold, or one negates the very predicate the other asserts of one subject.
    Such a competitor ranks above one set apart only by camps or by inference, so that a claim's
    first few competitors hold the real rebuttals: on the events, compete recall rose (0.477 ->
    0.497), precision (0.345 -> 0.348) and hit@5 (0.636 -> 0.648); the FNC-1 dev lift did not move
    (1.235). A larger bonus (x1.5) pushed other true competitors out of the first five (hit@5 0.614).
    """
    if (a.denies and aims_at(a, b)) or (b.denies and aims_at(b, a)):
        return True
    if a.numbers and b.numbers and (found := compare_numbers(a, b)) is not None and found[0] == "conflict":
        return True
    return contradicts(a, b)


def _set_by_camp(member: Profile, head: Profile, parties: Parties) -> bool:
    """Whether a member's yes/no answer was set by its camp against the anchor's (`stance.py`).

    The anchor's own camp asserts; when both camps are placed on the sides of the dispute, the
    member's side sets its answer; when neither is placed, a camp other than the anchor's denies as
    soon as one of the two is a contender. Any other member's answer was inferred by comparing
    its words with another member's.
    """
    if member.index == head.index:
        return True
    if not (member.party and head.party):
        return False
    if member.party == head.party:
        return True
    placed = {member.party, head.party} & parties.placed
    if placed:
        return len(placed) == 2
    return bool({member.party, head.party} & parties.contenders)
