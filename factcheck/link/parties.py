"""Which side labels name the same party, and which parties are the contenders of the event.

Extraction gives each claim a free-text side ("SDWU", "Southern Dock Workers Union", "Indian",
"India", "government army"). Linking needs to know when two claims come from the same party and
when from opposing ones, so this module folds labels into parties with generic rules only:
acronyms and their long forms, a demonym and its country ("Indian" ~ "India"), labels sharing a
distinctive word, and a bare generic label ("government") joining the one party it can belong to.
The contenders are the parties that carry a real share of the claims; a party with one or two
claims (an aid agency, a committee) is a third party, not an opponent.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from factcheck.extract.lexicon import NOT_A_SIDE
from factcheck.link.lexicon import GENERIC_SIDE_WORDS
from factcheck.model import Claim

_SMALL = frozenset(("of", "the", "and", "for", "s"))


def stem(word: str) -> str:
    """A crude stem that makes a demonym meet its country ("indian"/"india", "pakistani"/"pakistan")."""
    return word[:5]


def label_tokens(label: str) -> list[str]:
    """Lower-case words of a label, without possessives and small words."""
    text = label.lower().replace("’s", "").replace("'s", "")
    return [t for t in re.findall(r"[a-z0-9]+", text) if t not in _SMALL]


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens) if len(tokens) > 1 else ""


def _close_stems(a: set[str], b: set[str]) -> bool:
    return any(len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def _same_party(a: str, b: str, info: dict[str, tuple[set[str], set[str], str, list[str]]]) -> bool:
    spec_a, _, acr_a, toks_a = info[a]
    spec_b, _, acr_b, toks_b = info[b]
    if spec_a & spec_b or _close_stems(spec_a, spec_b):
        return True
    if len(toks_a) == 1 and acr_b and toks_a[0] == acr_b:
        return True
    if len(toks_b) == 1 and acr_a and toks_b[0] == acr_a:
        return True
    # "SDWU" and "SDWUA": an acronym and the same acronym with one letter added.
    if a.isupper() and b.isupper() and len(toks_a) == len(toks_b) == 1:
        short, long_ = sorted((toks_a[0], toks_b[0]), key=len)
        return len(short) >= 3 and len(long_) == len(short) + 1 and long_.startswith(short)
    return False


class Parties:
    """Side labels folded into parties; `of(label)` gives a party id, `contenders` the main ones."""

    def __init__(self, labels: Iterable[str], aliases: Iterable[str] = (), contender_share: float = 0.25) -> None:
        counts = Counter(labels)
        extra = [a for a in dict.fromkeys(aliases) if a not in counts]
        info: dict[str, tuple[set[str], set[str], str, list[str]]] = {}
        for label in [*counts, *extra]:
            toks = label_tokens(label)
            specific = {stem(t) for t in toks if t not in GENERIC_SIDE_WORDS}
            generic = {stem(t) for t in toks if t in GENERIC_SIDE_WORDS}
            info[label] = (specific, generic, _initials(toks), toks)
        parent = {label: label for label in info}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        order = sorted(counts, key=lambda lab: -counts[lab]) + extra
        for i, a in enumerate(order):
            for b in order[i + 1 :]:
                if find(a) != find(b) and _same_party(a, b, info):
                    parent[find(b)] = find(a)
        for a in order:
            specific, generic, _, _ = info[a]
            if specific or not generic:
                continue
            hosts = {find(b) for b in order if b != a and generic <= info[b][0] | info[b][1]}
            hosts.discard(find(a))
            if len(hosts) == 1:
                parent[find(a)] = hosts.pop()
        self._party = {label: find(label) for label in info}
        self.count: Counter[str] = Counter()
        for label, n in counts.items():
            self.count[self._party[label]] += n
        top = self.count.most_common()
        self.contenders = (
            frozenset(p for p, n in top if n >= max(2, contender_share * top[0][1])) if top else frozenset()
        )
        self.members: dict[str, set[str]] = defaultdict(set)
        for label in info:
            self.members[self._party[label]].add(label)
        self._names: dict[str, frozenset[str]] = {}
        self._label_counts = counts
        self._display: dict[str, str] = {}
        # The pairs of contenders seen arguing with each other; None (unknown) counts every pair.
        self.arguing: set[frozenset[str]] | None = None
        # Contenders placed on one of the two sides of the dispute (`two_sides`): among them, only
        # the `arguing` pairs are opposed; two placed on one side are allies even when they name each other.
        self.placed: frozenset[str] = frozenset()

    def of(self, label: str | None) -> str | None:
        """The party a side label belongs to (None for no side)."""
        return self._party.get(label) if label else None

    def opposed(self, a: str | None, b: str | None) -> bool:
        """Two different contender parties that argue (any two, until `arguing` is known)."""
        if a is None or b is None or a == b:
            return False
        if a in self.placed and b in self.placed:
            return frozenset((a, b)) in (self.arguing or ())
        if a not in self.contenders or b not in self.contenders:
            return False
        return self.arguing is None or frozenset((a, b)) in self.arguing

    def names(self, party: str) -> frozenset[str]:
        """Every way the party is written: its labels and the stems of their words ("union", "india")."""
        if party not in self._names:
            out: set[str] = set()
            for label in self.members.get(party, ()):
                out.add(label.lower())
                out.update(stem(t) for t in label_tokens(label) if t not in NOT_A_SIDE)
            self._names[party] = frozenset(out)
        return self._names[party]

    def named_in(self, party: str, words: frozenset[str]) -> bool:
        """Whether a claim's name words name the party: every distinctive word of one of its labels
        ("United States" needs both words: "United Nations" does not name it)."""
        stems = {stem(w) for w in words}
        for label in self.members.get(party, ()):
            own = {stem(t) for t in label_tokens(label) if t not in GENERIC_SIDE_WORDS}
            if own and own <= stems:
                return True
        return False

    def name_stems(self) -> frozenset[str]:
        """Stems of the proper names among the contenders' labels ("Ardenia", "Indian", "SDWU").

        Lower-case words ("nurses' union") are left alone: they are also what claims are about.
        """
        out: set[str] = set()
        for party in self.contenders:
            for label in self.members.get(party, ()):
                for word in re.findall(r"[^\W\d_]+", label):
                    low = word.lower()
                    if word[0].isupper() and low not in GENERIC_SIDE_WORDS and low not in _SMALL:
                        out.add(stem(low))
        return frozenset(out)

    def display(self, party: str) -> str:
        """The label most claims use for the party."""
        if party not in self._display:
            members = self.members.get(party) or {party}
            self._display[party] = max(sorted(members), key=lambda label: self._label_counts.get(label, 0))
        return self._display[party]


def two_sides(weights: dict[frozenset[str], float]) -> tuple[set[frozenset[str]], frozenset[str]]:
    """The opposed pairs and the placed parties from weighted signs of arguing, strongest first.

    Arguing is taken as a two-sided affair: the strongest pair founds two sides, and each further
    pair puts an unplaced party opposite its opponent. A pair contradicting the sides already laid
    down is dropped: when two parties both argue with a third and faintly "with each other" (they
    name the same city, the same ministry), they are allies, not opponents.
    """
    side: dict[str, tuple[str, int]] = {}  # party -> (its group's founder, 0 or 1)
    for pair, _ in sorted(weights.items(), key=lambda kv: (-kv[1], sorted(kv[0]))):
        a, b = sorted(pair)
        if a in side and b in side:
            if side[a][0] != side[b][0]:  # two separate groups: join them with a and b apart
                root, flip = side[b][0], side[a][1] == side[b][1]
                for party, (r, bit) in list(side.items()):
                    if r == root:
                        side[party] = (side[a][0], bit ^ flip)
            continue
        if a in side or b in side:
            placed, other = (a, b) if a in side else (b, a)
            side[other] = (side[placed][0], 1 - side[placed][1])
        else:
            side[a], side[b] = (a, 0), (a, 1)
    opposed = {
        frozenset((x, y)) for x in side for y in side if x < y and side[x][0] == side[y][0] and side[x][1] != side[y][1]
    }
    return opposed, frozenset(side)


def build_parties(
    claims: Sequence[Claim], contender_share: float = 0.25, sides: Sequence[str | None] | None = None
) -> Parties:
    """Parties of a corpus, with long forms of acronyms found among the claims' entities as aliases.

    `sides`: each claim's side label, when not its `side` (linking reads a claim's camp first: `camp_parties`).
    """
    labels = [side for side in (sides if sides is not None else [c.side for c in claims]) if side]
    acronyms = {lab for lab in labels if lab.isupper() and 2 <= len(lab) <= 6}
    aliases: set[str] = set()
    if acronyms:
        spelled: dict[str, bool] = {}  # an entity's text -> whether it spells out an acronym (asked once per text)
        for claim in claims:
            for text, _label in claim.features.get("entities", ()):
                if text not in spelled:
                    spelled[text] = _spells_out(text, acronyms)
                if spelled[text]:
                    aliases.add(text)
    return Parties(labels, sorted(aliases), contender_share)


def _spells_out(text: str, acronyms: set[str]) -> bool:
    """Whether an entity's capitalised words give one of the acronyms ("Southern Dock Workers Union": SDWU)."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _SMALL]
    return len(words) >= 2 and all(w[0].isupper() for w in words) and "".join(w[0] for w in words).upper() in acronyms
