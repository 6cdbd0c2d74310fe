"""Camps: sides that argue together, found over the whole corpus (the reduce step).

A camp groups a party with the bodies that speak for it: a ministry and its government, an army
and its state, the "X-run" office and X. The evidence is generic and comes from the text only:

- ties the articles state: "the X-run health ministry", "X's defence ministry", "the ministry of X"
  (each claim's speaker mention carries its body and the party it belongs to);
- a side named "<Party> <state body>" ("Norland defence ministry") belongs to <Party> when <Party> is
  itself a side;
- a bare body ("health ministry", "the army") joins the camp its named form was tied to, when only
  one camp ever owned that body in the corpus.

`assign_camps` is pure over claims and ties: the pipeline's reduce calls it after sides are settled.
The camp's display name is its state or main party: the member other sides were tied to most, then
the one with most claims.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.extract.lexicon import GROUP_NOUNS, RUN_WORDS, STATE_NOUNS
from factcheck.extract.sides import spelling_key
from factcheck.model import Claim


@dataclass(frozen=True)
class Tie:
    """The text ties a body to a party: `body` ("health ministry") speaks for `party` ("Kessland")."""

    body: str
    party: str


def _key(name: str) -> str:
    return spelling_key(name)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _body_of(side: str, parties: set[str]) -> tuple[str, str] | None:
    """ "Norland defence ministry" → ("norland", "defence ministry") when "norland" is a known party."""
    words = _key(side).split()
    if len(words) < 2 or (words[-1] not in STATE_NOUNS and words[-1] not in GROUP_NOUNS):
        return None
    for cut in range(len(words) - 1, 0, -1):
        owner = " ".join(words[:cut])
        if owner in parties:
            return owner, " ".join(words[cut:])
    return None


def camps(sides: Sequence[str | None], ties: Iterable[Tie] = ()) -> dict[str, str]:
    """Each side's camp display name, from the sides claims carry and the ties the text states."""
    counts = Counter(s for s in sides if s)
    display = {_key(s): s for s, _ in counts.most_common()[::-1]}  # the most used spelling wins
    weight: Counter[str] = Counter({_key(s): n for s, n in counts.items()})
    parties = set(display)
    union = _Union()
    owners_of_body: dict[str, set[str]] = {}
    pulled: Counter[str] = Counter()
    for tie in ties:
        body, party = _key(tie.body), _key(tie.party)
        if not body or not party or body == party:
            continue
        display.setdefault(party, tie.party)
        owners_of_body.setdefault(body, set()).add(party)
    for side in list(parties):
        split = _body_of(side, parties)
        if split is not None:
            owner, body = split
            union.union(side, owner)
            owners_of_body.setdefault(body, set()).add(owner)
            pulled[owner] += 1
    for side in parties:
        owners = owners_of_body.get(side)
        if owners is not None and len({union.find(o) for o in owners}) == 1:
            owner = next(iter(owners))
            union.union(side, owner)  # a bare body only one camp ever owned
            pulled[owner] += 1
    members: dict[str, list[str]] = {}
    for key in set(display):
        members.setdefault(union.find(key), []).append(key)
    out: dict[str, str] = {}
    for group in members.values():
        head = max(group, key=lambda k: (pulled[k], any(ch.isupper() for ch in display[k]), weight[k], -len(k)))
        for key in group:
            out[key] = display[head]
    return {s: out[_key(s)] for s in counts}


def tie_of(name: str, party: str | None) -> Tie | None:
    """The tie a speaker's name states between a body and its party: "Kessland-run port authority"
    speaking for "Kessland" ties "port authority" to it; None when the name is the party itself."""
    if not party:
        return None
    owner = set(_key(party).split())
    body = [w for w in _key(name).split() if w not in owner and w not in RUN_WORDS]
    if not body or body == _key(name).split() or body[-1] not in STATE_NOUNS | GROUP_NOUNS:
        return None
    return Tie(" ".join(body), party)


def assign_camps(claims: Sequence[Claim], ties: Iterable[Tie] = ()) -> None:
    """Fill `camp` on every claim that has a side (claims without a side stay without a camp)."""
    by_side = camps([c.side for c in claims], ties)
    for claim in claims:
        claim.camp = by_side.get(claim.side) if claim.side else None
