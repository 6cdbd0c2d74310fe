"""A bare body ("the army", "the ministry", "the trust") tied to the party it stands for in one article:
the party whose body of that kind spoke last, or the body of that kind named last; and a side written as
such a bare word ("a ministry spokeswoman") given that body's side.

Split from speakers.py, which calls `tie_body` and `tie_side` last when it resolves a speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from factcheck.extract.article_state import ArticleState
from factcheck.extract.lexicon import GROUP_NOUNS, ORGANISATION_HEADS, STATE_NOUNS
from factcheck.extract.mention_types import Mention

# Common nouns a body goes by ("the army", "the ministry", "the trust"): what a bare body speaker or side is.
BODY_WORDS = STATE_NOUNS | GROUP_NOUNS | ORGANISATION_HEADS
# Who speaks for a body by trade: "a spokeswoman" of no one named speaks for the body that spoke just before.
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
NEXT_TO = 400  # characters at most from the body's attribution to the spokesperson's: the sentence after it


def tie_body(mention: Mention, state: ArticleState, at: int) -> Mention:
    """ "The army said" after "the <Nation> army said": a bare body speaks for the party that owned it last,
    or, when no such body spoke before, is the body of its kind named last ("the committee", "the trust" ...)."""
    words = mention.name.lower().split()
    head = words[-1] if words else ""
    if head not in BODY_WORDS:
        return mention
    generic = not mention.side or (mention.side.lower() == mention.name.lower() and mention.side.islower())
    if generic and mention.owner:
        return mention  # "the man's team": whose, though it names no side, is not the last team's
    if not generic:
        state.bodies[head] = mention
        if mention.side:
            state.body_sides.setdefault(head, set()).add(mention.side)
        return mention
    earlier = state.bodies.get(head)
    if len(words) > 2:
        return mention
    if earlier is None:
        if mention.owned:
            return mention  # "his campaign", "<Name>'s campaign": its owner's, not the last "... Campaign ..." named
        named = _named_body(head, state, at)
        return mention if named is None else Mention(name=named, is_person=False, side=named, basis="carried")
    return Mention(name=mention.name, is_person=False, side=earlier.side, basis="carried")


def tie_side(mention: Mention, state: ArticleState, at: int) -> Mention:
    """ "The trust's spokesman, <Name>," or "a ministry spokeswoman" after "the <Place> Water Trust" or "the
    <Nation> Health Ministry" spoke or was named: the side is that body, as "the trust said" would take it,
    not the bare word "trust"."""
    side = mention.side
    if not side or not side.islower() or " " in side or mention.owned or mention.owner:
        return mention  # "his campaign chairman": whose is the owner's to tell (`_theirs`)
    if side not in BODY_WORDS:
        return mention
    i = bisect.bisect_left(state.organisations, (at, ""))
    # The bodies of that kind named before: "the campaign's" is no "... Campaign Committee"
    kind = {name for _, name in state.organisations[:i] if len(name.split()) >= 2 and name.split()[-1].lower() == side}
    if len(kind) > 1 or len(state.body_sides.get(side, ())) > 1:
        return mention  # two owners' ministries: which one is not told
    earlier = state.bodies.get(side)
    if earlier is not None and earlier.side and earlier.side.lower() != side:
        return replace(mention, side=earlier.side)
    return replace(mention, side=kind.pop()) if kind else mention


def tie_spokesperson(mention: Mention, state: ArticleState, at: int) -> Mention:
    """ "The agency rejected the group's figure. A spokeswoman said the samples were taken at the wrong place.":
    a spokesperson of no one named speaks for the body (not a person) whose attribution comes just before
    hers, close enough to be the sentence before. One of another body is named so ("a spokesman for the
    hospital") and keeps that side; with a person speaking in between, none is guessed."""
    if mention.side or mention.owner or mention.owned or mention.name.lower() not in SPOKESPEOPLE:
        return mention
    i = bisect.bisect_left(state.speakers, (at, "")) - 1
    if i < 0 or at - state.speakers[i][0] > NEXT_TO:
        return mention
    body = state.said_by.get(state.speakers[i][1])
    if body is None or body.is_person or not body.side or state.named_person(body):
        return mention
    return replace(mention, side=body.side, basis="carried")


def _named_body(head: str, state: ArticleState, at: int) -> str | None:
    """ "The committee said" after "the Valdor Harbour Committee" was named (not as a speaker): the last
    organisation named before, whose name has that noun among its words."""
    i = bisect.bisect_left(state.organisations, (at, "")) - 1
    while i >= 0:
        name = state.organisations[i][1]
        if head in {w.lower() for w in name.split()} and len(name.split()) >= 2:
            return name
        i -= 1
    return None
