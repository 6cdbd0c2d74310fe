"""Camps: sides that argue together, found over the whole corpus (the reduce step).

A camp groups a party with the bodies that speak for it: a ministry and its government, an army
and its state, the "X-run" office and X. The evidence is generic and comes from the text only:

- ties the articles state: "the X-run health ministry", "X's defence ministry", "the ministry of X"
  (each claim's speaker mention carries its body and the party it belongs to);
- a side named "<Party> <state body>" ("Norland defence ministry") belongs to <Party> when <Party> is
  itself a side;
- a bare body ("health ministry", "the army") joins the camp its named form was tied to, when only
  one camp ever owned that body in the corpus;
- ties the raw text states (`text_ties`): "<State>'s <body>", "the <Nation-adjective> <body>",
  "<body> of <State>", "<X>-run <body>", an outlet the text calls state media ("the official
  Harbor Times", "state-run") with its state, and "the <party> <body> in <place>" when the place
  speaks through that same body. A state body is one whose head is a state noun (ministry, army,
  command, embassy, police...): a group, movement, front, party or militia never joins a state by
  a possessive or a nation adjective, so the rebels of one country stay apart from its government.

`assign_camps` is pure over claims and ties: the pipeline's reduce calls it after sides are settled.
The camp's display name is its state or main party: the member other sides were tied to most, then
the one with most claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.extract.head_words import bodies_by_head
from factcheck.extract.lexicon import GROUP_NOUNS, MASTHEAD_WORDS, NON_STATE_GROUPS, RUN_WORDS, STATE_NOUNS
from factcheck.extract.sides import is_generic_side, same_nation, spelling_key
from factcheck.model import Claim


@dataclass(frozen=True)
class Tie:
    """The text ties a body to a party: `body` ("health ministry") speaks for `party` ("Kessland")."""

    body: str
    party: str
    kind: str = "body"  # "outlet": an outlet with an owner, a tie only if "state" marks it state media somewhere
    place: str = ""  # kind "joint": "the <party> <body> in <place>" names one body with both


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
    """ "Norland defence ministry" → ("norland", "defence ministry") when "norland" is a known party; never a
    movement, a resistance or a front ("Norland Liberation Movement" is no body of Norland's state), while "the
    <State> Democratic Party" stays with "Democratic" (`NON_STATE_GROUPS`)."""
    words = _key(side).split()
    if len(words) < 2 or (words[-1] not in STATE_NOUNS and words[-1] not in GROUP_NOUNS):
        return None
    if words[-1] in NON_STATE_GROUPS:
        return None
    for cut in range(len(words) - 1, 0, -1):
        owner = " ".join(words[:cut])
        if owner in parties:
            return owner, " ".join(words[cut:])
    return None


def _camp_of_owner(owner: str, camp_of: Mapping[str, str]) -> str:
    """The camp an owning party speaks in: its own side's camp, or the one camp of its nation's other form
    ("Norland's coastguard" where the claims say "Norlandic"), else the owner itself."""
    key = _key(owner)
    if key in camp_of:
        return camp_of[key]
    same = {camp for side, camp in camp_of.items() if same_nation(side, key)}
    return same.pop() if len(same) == 1 else owner


def _owner_key(party: str, parties: set[str]) -> str:
    """The side a tie's owner names: itself, or the side its nation goes by ("China" → "Chinese")."""
    key = _key(party)
    if key in parties:
        return key
    same = [p for p in parties if same_nation(p, key)]
    return same[0] if len(same) == 1 else key


def _place_keys(place: str) -> list[str]:
    """The sides a place may go by: its name, then without closing place words ("Kessland Strip", "Kessland")."""
    words = _key(place).split()
    keys = [" ".join(words)]
    while len(words) > 1 and words[-1] in _PLACE_WORDS:
        words.pop()
        keys.append(" ".join(words))
    return keys


def camps(sides: Sequence[str | None], ties: Iterable[Tie] = ()) -> dict[str, str]:
    """Each side's camp display name, from the sides claims carry and the ties the text states."""
    counts = Counter(s for s in sides if s)
    display = {_key(s): s for s, _ in counts.most_common()[::-1]}  # the most used spelling wins
    weight: Counter[str] = Counter({_key(s): n for s, n in counts.items()})
    parties = set(display)
    union = _Union()
    owners_of_body: dict[str, Counter[str]] = {}
    pulled: Counter[str] = Counter()
    ties = list(ties)
    state_outlets = {_key(t.body) for t in ties if t.kind == "state"}
    for tie in ties:
        if tie.kind in ("state", "joint") or (tie.kind == "outlet" and _key(tie.body) not in state_outlets):
            continue  # an outlet speaks for a state only when the text calls it state media
        body, party = _key(tie.body), _owner_key(tie.party, parties)
        if not body or party not in parties or body == party:
            continue  # an owner no claim speaks for ties nothing
        display.setdefault(party, tie.party)
        owners_of_body.setdefault(body, Counter())[party] += 1
    for tie in ties:  # "the Norlandic ministry in Eastport", and Eastport's ministry speaks: one body, one camp
        if tie.kind != "joint":
            continue
        body, owner = _key(tie.body), _owner_key(tie.party, parties)
        for place in _place_keys(tie.place):
            if owner in parties and place in parties and owner != place and place in owners_of_body.get(body, ()):
                union.union(place, owner)
                pulled[owner] += 1
    for side in list(parties):
        split = _body_of(side, parties)
        if split is not None:
            owner, body = split
            union.union(side, owner)
            owners_of_body.setdefault(body, Counter())[owner] += 1
            pulled[owner] += 1
    for side in parties:
        main = _main_owner(owners_of_body.get(side), union)
        if main is not None:
            union.union(side, main)  # a bare body one camp owns (or owns in most ties)
            pulled[main] += 1
    members: dict[str, list[str]] = {}
    for key in set(display):
        members.setdefault(union.find(key), []).append(key)
    out: dict[str, str] = {}
    for group in members.values():
        head = max(group, key=lambda k: (pulled[k], any(ch.isupper() for ch in display[k]), weight[k], -len(k)))
        for key in group:
            out[key] = display[head]
    return {s: out[_key(s)] for s in counts}


def _main_owner(owners: Counter[str] | None, union: _Union) -> str | None:
    """The party a bare body ("health ministry") speaks for: the one camp that owns it in the text, or
    the camp that owns it in most of the ties, twice or more ("Kessland's ministry" twice, "the
    Valdor-run ministry" once: a bare "ministry" is Kessland's). Two camps owning it alike: none."""
    if not owners:
        return None
    by_camp: Counter[str] = Counter()
    for owner, n in owners.items():
        by_camp[union.find(owner)] += n
    camp, n = by_camp.most_common(1)[0]
    if len(by_camp) > 1 and (n < 2 or 2 * n <= sum(by_camp.values())):
        return None
    return max((o for o in owners if union.find(o) == camp), key=lambda o: (owners[o], o))


_CAP = r"[A-Z][\w-]*\w"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_LOWER = r"[a-z][a-z-]*"
# A state marker before an outlet's name: "Norland's state-run Harbor Times", "the state broadcaster".
_STATE_MARK = r"(?:state[- ]run|state[- ]owned|state[- ]controlled|state|official|government[- ]run)"
_POSSESSIVE = re.compile(
    rf"\b(?P<owner>{_NAME})['’]s?[ \t]+(?:(?P<mark>{_STATE_MARK})[ \t]+)?"
    rf"(?P<body>{_NAME}|(?:{_LOWER}[ \t]+){{0,2}}{_LOWER})"
)
_ADJECTIVE = re.compile(  # "the Norlandic army", "a Kessport-Vardale police officer"
    rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<owner>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:(?P<mark>{_STATE_MARK})[ \t]+)?"
    rf"(?P<body>{_NAME}|(?:{_LOWER}[ \t]+){{0,2}}{_LOWER})"
)
_OF_STATE = re.compile(rf"\b(?P<body>{_NAME}|(?:{_LOWER}[ \t]+){{0,2}}{_LOWER})[ \t]+of[ \t]+(?P<owner>{_NAME})\b")
_RUN = re.compile(
    rf"\b(?P<owner>{_NAME})-(?:run|controlled|led|owned|operated)[ \t]+"
    rf"(?P<body>(?:{_LOWER}[ \t]+){{0,2}}{_LOWER}|{_NAME})"
)
_JOINT = re.compile(
    rf"\b[Tt]he[ \t]+(?P<owner>[A-Z][a-z]+)[ \t]+(?P<body>(?:{_LOWER}[ \t]+){{0,2}}{_LOWER}|{_NAME})"
    rf"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<place>{_NAME})"
)
# Generic words that close a place's name: "the Kessland Strip" is the place "Kessland" names.
_PLACE_WORDS = frozenset(
    "strip region province city district valley county territory territories area zone coast bank island islands "
    "peninsula basin heights governorate".split()
)
_OUTLET_HEADS = MASTHEAD_WORDS | {"agency", "broadcaster", "media", "outlet", "newspaper", "tabloid", "channel"}


def _state_body(body: str, marked: bool) -> tuple[str, str] | None:
    """The body's name and kind when it is a state body: its last word a state noun ("ministry",
    "army", "command"), or an outlet marked as the state's ("state-run Harbor Times"); an unmarked
    outlet comes back as kind "outlet". A group, movement, front, party or militia is never one: a
    possessive or a nation adjective does not make a non-state organisation speak for a state
    (rebels of one country are not its government)."""
    words = body.split()
    while words and words[-1].lower() not in STATE_NOUNS | _OUTLET_HEADS:
        words.pop()  # "Norland's army said": the body ends at its head noun
    if not words:
        return None
    head, name = words[-1].lower(), " ".join(words)
    if head in STATE_NOUNS:
        return name, "body"
    if marked:
        return name, "body"
    return (name, "outlet") if words[-1][:1].isupper() else None


def _bare(name: str) -> str:
    """A name without its article: "The Norland" → "Norland"."""
    words = name.split()
    return " ".join(words[1:] if words and words[0].lower() in ("the", "a", "an") else words)


def text_ties(text: str) -> list[Tie]:
    """The ties one article states between a state body and its owner, found in its raw text:
    "<Owner>'s <body>", "the <Nation-adjective> <body>", "<body> of <Owner>", and "<Owner>-run/
    -controlled/-led <body>" (for any body: whoever runs it, it argues with them)."""
    ties: list[Tie] = []
    text = "\n".join(line for line in text.splitlines() if not _title_case(line))
    for pattern in (_POSSESSIVE, _ADJECTIVE, _OF_STATE):
        for m in pattern.finditer(text):
            marked = bool(m.groupdict().get("mark"))
            found = _state_body(_bare(m.group("body")), marked)
            owner = _bare(m.group("owner"))
            if found and owner and _key(found[0]) != _key(owner):
                ties.append(Tie(found[0], owner, found[1]))
    for m in _JOINT.finditer(text):  # "the Norlandic health ministry in Eastport"
        if m.group("body").split()[-1].lower() in STATE_NOUNS:
            ties.append(Tie(m.group("body"), m.group("owner"), "joint", m.group("place")))
    for m in _RUN.finditer(text):
        body_words = m.group("body").split()
        while body_words and body_words[-1].lower() not in STATE_NOUNS | GROUP_NOUNS | _OUTLET_HEADS:
            body_words.pop()
        if body_words and _bare(m.group("owner")):
            ties.append(Tie(" ".join(body_words), _bare(m.group("owner"))))
    return ties


def _title_case(line: str) -> bool:
    """A headline in title case ("Governor Calls Mayor A Disgrace Over Police Remarks"): every word is
    capitalised, so capitals do not tell names, and no tie is read from it."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


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


def carry_generic_sides(
    claims: Sequence[Claim], texts: Mapping[str, str], stated: Mapping[str, Sequence[Tie]]
) -> None:
    """"The army", "police": a body named by a common noun speaks for the camp that owns it in the corpus,
    when its own article names that camp too. A corpus can hold two places' police (an article that recalls
    another city's shooting): a body whose article never names the owning camp stays its own, generic side
    and camp, rather than taking a party from another article's story."""
    named: dict[str, set[str]] = {}
    camp_of: dict[str, str] = {}
    for claim in claims:
        if claim.camp and claim.side and not is_generic_side(claim.side):
            named.setdefault(claim.camp, set()).add(claim.side)
            camp_of.setdefault(_key(claim.side), claim.camp)
    owners = _owners_by_article(stated)
    bodies = bodies_by_head(claims, texts)
    seen: dict[tuple[str, str], bool] = {}
    words_of: dict[str, set[str]] = {}
    for claim in claims:
        # "Government spokeswoman <Name>": a state body's kind, capitalised as a title, is generic too, but only
        # its own article's owner may take it (no other camp: a retired army general is no nation's voice)
        side = claim.side or ""
        titled = " " not in side and side.lower() in STATE_NOUNS
        if not (side and (is_generic_side(side) or titled)):
            continue
        named_body = bodies.get((claim.article, side.lower()))
        if named_body is not None and not _owned_in(claim.text, side.lower()):
            # "the union said" where the article's one union is the <Place> Dockers' Union (not "<Name>'s union")
            claim.side = claim.camp = named_body
            claim.side_basis = "carried"
            continue
        own = owners.get(claim.article, {}).get(_key(side))
        if own is not None:  # "a Kessport police officer" earlier in this article: its police are Kessport's
            claim.side = claim.camp = _camp_of_owner(own, camp_of)
            claim.side_basis = "carried"
            continue
        if titled and not is_generic_side(side):
            continue
        if not (claim.camp and not is_generic_side(claim.camp)):
            continue
        key = (claim.article, claim.camp)
        if key not in seen:
            if claim.article not in words_of:
                words_of[claim.article] = _words(texts.get(claim.article, ""))
            names = {claim.camp} | named.get(claim.camp, set())
            seen[key] = any(_mentioned(name, words_of[claim.article]) for name in names)
        if seen[key]:
            claim.side, claim.side_basis = claim.camp, "carried"
        else:
            claim.camp = claim.side


def keep_roles_at_home(claims: Sequence[Claim], texts: Mapping[str, str]) -> None:
    """A speaker known only by a role ("a ministry spokesman", "the source") takes a side from the corpus's
    register of people, which keys a name by its last word: "spokesman" finds another article's
    "<Country>'s Interior Ministry spokesman" (and "Transport officials", capitalised before the role, another
    article's "<Outlet> officials"). Such a side stays only when the speaker's own article names
    it ("a <Country> source … the source says"); otherwise the speaker keeps none."""
    words_of: dict[str, set[str]] = {}
    for claim in claims:
        speaker = claim.speaker or ""
        # a role, whatever words before it are capitalised ("Administration officials", "<Field> researchers")
        head = speaker.split()[-1] if speaker.split() else ""
        if not (head and head == head.lower() and claim.side_basis == "carried" and claim.side):
            continue
        text = texts.get(claim.article, "").lower()
        if claim.article not in words_of:
            words_of[claim.article] = _words(text)
        names = {name for name in (claim.side, claim.camp) if name}
        if not any(_mentioned(name, words_of[claim.article]) or name.lower() in text for name in names):
            claim.side = claim.camp = claim.side_basis = None  # "E.U." is written whole, not as words


def _words(text: str) -> set[str]:
    """An article's words, in lower case: what `_mentioned` looks a party's name up in."""
    return set(re.findall(r"[\w'’-]+", text.lower()))


def _owned_in(text: str, head: str) -> bool:
    """The claim names whose body it is: "<Name>'s campaign released a statement" is <Name>'s, whichever
    campaign its article names in full."""
    return re.search(rf"['’]s\s+{re.escape(head)}\b", text.lower()) is not None


def _owners_by_article(stated: Mapping[str, Sequence[Tie]]) -> dict[str, dict[str, str]]:
    """For each article, the one owner its own text gives each state body ("the Kessport police", "a
    Kessport police officer", from `text_ties` of the article); a body two owners share in one article
    has none. A bare kind of body ("ministry spokesman <Name>") is the article's bodies of that kind
    ("Norland's Interior Ministry"), when they all have one owner."""
    out: dict[str, dict[str, str]] = {}
    for file, ties in stated.items():
        found: dict[str, set[str]] = {}
        kinds: dict[str, set[str]] = {}
        for tie in ties:
            if tie.kind == "body":
                found.setdefault(_key(tie.body), set()).add(tie.party)
                if len(words := tie.body.split()) > 1:
                    kinds.setdefault(_key(words[-1]), set()).add(tie.party)
        for kind, parties in kinds.items():
            found[kind] = found.get(kind, set()) | parties
        out[file] = {body: next(iter(parties)) for body, parties in found.items() if len(parties) == 1}
    return out


def _mentioned(name: str, words: set[str]) -> bool:
    """A party's name is in an article's words: each of its words, or its nation's other form ("Israeli" in
    an article that says "Israel")."""
    parts = [w for w in name.lower().split() if w not in ("the", "of", "and")]
    if parts and all(w in words for w in parts):
        return True
    return len(parts) == 1 and any(same_nation(parts[0], w) for w in words if w[:3] == parts[0][:3])
