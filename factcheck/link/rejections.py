"""Rejections that answer the party they name: a claim of few words that says no to someone's claim.

"<Name> has denied <Party>'s claim, calling it lies" says too little to bond with the claim it rejects,
so grouping leaves it out, or puts it with a line of its own outlet; and "the accusations put forward by
the enemy are false" names no party at all. After grouping, each joins the question where the party it
rejects asserts most, against it. Split from `questions.py`, which groups the claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from factcheck.extract.sides import same_nation
from factcheck.link.bonds import Grouping, one_voice, question_id
from factcheck.link.evidence import target_names
from factcheck.link.parties import Parties
from factcheck.link.stance import ASSERTS, DENIES
from factcheck.model import Claim, Question

REJECTED_MIN = 2  # a rejection left alone joins the question where the party it names asserts this often...
BARE_WORDS = 4  # ...when it says little else ("denied <Party>'s claim, calling it lies")


def answer_rejections(claims: Sequence[Claim], grouping: Grouping) -> None:
    """A rejection that names whose claim it rejects ("<Name> has denied <Party>'s claim, calling it lies",
    "the assessment contradicts <Party>'s assertions") joins the question in which that party asserts most
    (a figure it gives for a count asserts it too: "the director rejected the union's claims" answers the
    union's "900 nurses walked out"), against it: its own words are too few to bond, but it answers that
    party's point. So does one that grouping put in a question where no member speaks for that party ("The
    assessment contradicts <Country>'s subsequent assertions" sat with one line of its own outlet, a question
    of its own); it leaves that question, which is dropped if one voice is left."""
    profiles = grouping.profiles
    where = {i: k for k, members in enumerate(grouping.members) for i in members}
    keys: dict[int, frozenset[str]] = {}
    for i, p in enumerate(profiles):
        if not (p.denies and p.targets and len(p.words) <= BARE_WORDS):
            continue
        names = _with_nations(target_names(p.targets), p.targets, grouping.parties)
        if i not in where or _astray(i, names, where[i], grouping):
            keys[i] = names
    if not keys:
        return
    wanted = set().union(*keys.values())
    # name -> question -> party -> how many of its members assert the question under that name
    asserting: dict[str, dict[int, Counter[str | None]]] = defaultdict(lambda: defaultdict(Counter))
    for k, stances in enumerate(grouping.stances):
        for j, stance in stances.items():
            if stance != DENIES and not profiles[j].denies:  # "asserts", or the figure it gives for a count
                for name in profiles[j].names_of_source & wanted:
                    asserting[name][k][profiles[j].party] += 1
    left: list[tuple[int, int]] = []  # (old question, claim) of those that move
    for i, names in keys.items():
        p = profiles[i]
        aimed: Counter[int] = Counter()
        for key in names:
            for k, by_party in asserting.get(key, {}).items():
                aimed[k] = max(aimed[k], sum(n for party, n in by_party.items() if party != p.party))
        best = max(aimed, key=lambda k: (aimed[k], -k), default=None)
        if best is None or aimed[best] < REJECTED_MIN or best == where.get(i):
            continue
        _join_against(claims, grouping, best, i)
        if i in where:
            left.append((where[i], i))
    _leave(claims, grouping, left)


def _with_nations(names: frozenset[str], targets: Sequence[str], parties: Parties) -> frozenset[str]:
    """A rejection's target names, and the names of each party its nation goes by ("<Country>'s assertions"
    rejects the party "<Country>ese" / "<Country>n": a nation and its people are written both ways)."""
    nations = {
        party
        for party in parties.members
        for target in targets
        if " " not in target.strip() and same_nation(target.removesuffix("'s").removesuffix("’s"), party)
    }
    return names.union(*(parties.names(party) for party in nations)) if nations else names


def _astray(i: int, names: frozenset[str], k: int, grouping: Grouping) -> bool:
    """A rejection in question `k` where no other member speaks under a name it rejects, nor is it the
    question's anchor."""
    profiles = grouping.profiles
    if grouping.anchors[k] == i:
        return False
    return not any(profiles[j].names_of_source & names for j in grouping.members[k] if j != i)


def _leave(claims: Sequence[Claim], grouping: Grouping, left: list[tuple[int, int]]) -> None:
    """Each claim leaves its old question (question, claim); a question left with one voice is dropped."""
    for k, i in left:
        grouping.members[k].remove(i)
        grouping.stances[k].pop(i, None)
        grouping.figures.pop(i, None)
        kept = {cid: stance for cid, stance in grouping.questions[k].claims.items() if cid != claims[i].id}
        _reissue(claims, grouping, k, kept)
    for k in sorted({k for k, _ in left}, reverse=True):
        if one_voice(grouping.members[k], grouping.profiles):
            for column in (grouping.questions, grouping.members, grouping.stances, grouping.anchors):
                del column[k]


def _join_against(claims: Sequence[Claim], grouping: Grouping, k: int, i: int) -> None:
    """Claim `i` joins question `k` as denying it."""
    grouping.members[k].append(i)
    grouping.stances[k][i] = DENIES
    _reissue(claims, grouping, k, {**grouping.questions[k].claims, claims[i].id: DENIES})


def _reissue(claims: Sequence[Claim], grouping: Grouping, k: int, stances: dict[str, str]) -> None:
    """Question `k` again with its members' stances `stances`: its id follows its members, its label stays."""
    ids = [claims[j].id for j in grouping.members[k]]
    grouping.questions[k] = Question(question_id(ids), grouping.questions[k].label, stances)


# Words by which a party names whoever it argues with, without naming them: "the accusations put forward by
# the enemy are false", "our opponents' claims are lies".
OPPONENT_WORDS = frozenset("enemy enemies opponent opponents adversary adversaries rival rivals".split())


def answer_the_other_side(claims: Sequence[Claim], grouping: Grouping) -> None:
    """A rejection in no question aimed at "the enemy" ("the accusations put forward by the enemy are false
    and baseless") joins the question where the camps opposed to its own assert most, against them: it
    names no party, but a party's enemy in a dispute is the other side. (A rejection that names a party is
    `answer_rejections`'.)"""
    profiles, parties = grouping.profiles, grouping.parties
    placed = {i for members in grouping.members for i in members}
    for i, p in enumerate(profiles):
        if i in placed or not p.denies or p.targets or p.party is None or not p.words & OPPONENT_WORDS:
            continue
        if len(p.words) > 2 * BARE_WORDS:
            continue  # a longer claim bonds on its own words or not at all

        def opposing(stances: dict[int, str], party: str = p.party) -> int:
            return sum(1 for j, st in stances.items() if st == ASSERTS and parties.opposed(party, profiles[j].party))

        aimed = [opposing(stances) for stances in grouping.stances]
        best = max(range(len(aimed)), key=lambda k: (aimed[k], -k), default=None)
        if best is None or aimed[best] < REJECTED_MIN:
            continue
        _join_against(claims, grouping, best, i)
