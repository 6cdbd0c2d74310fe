"""Applying the analyst's corrections (edits) on top of an extraction, without spaCy.

`apply_edits` takes the extraction as the machine made it and the edits in force (oldest first)
and returns the corrected extraction: speakers and sides (`side_basis` "edited"), merged sides
(the old name an alias of the new), camps, rejected and added links, claims moved between
questions, stances flipped, questions merged, and the links that follow from edited questions
(different stances compete, the same stance from another article corroborates); then suggested
verdicts again for every claim that changed and its neighbours. Edits whose claim (or side, or
question) is gone are returned as orphaned, never dropped. The base is never changed.

The edits are applied one after another, each touching only what it names, into a small state
of differences from the base (claims replaced, link pairs dropped or added, questions edited).
So `extend_edits` can take a result and apply one more key press's edits on top, and get exactly
what `apply_edits` of the whole list gives: a correction at 10k claims costs what it touches plus
a pass over the claims and links, not a relink (seconds) and not every earlier edit again.
What the screens say about edits (`describe_edit`) and their lists of sides and camps are in
`edit_words`, still importable from here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.edit_words import camp_registry, describe_edit, side_registry
from factcheck.model import Claim, Edit, Extraction, Link, Question, Relation

ASSERTS = "asserts"
EDITED_REASON = "linked by {analyst}"
__all__ = [
    "ASSERTS",
    "EDITED_REASON",
    "Corrected",
    "apply_edits",
    "camp_registry",
    "describe_edit",
    "extend_edits",
    "side_registry",
]


@dataclass
class _State:
    """The differences from the base that the edits so far make (copied before each step)."""

    overrides: dict[str, Claim] = field(default_factory=dict)  # claim id -> the corrected claim
    speaker_of: dict[str, str | None] = field(default_factory=dict)  # what speaker edits set, by claim
    side_of: dict[str, str | None] = field(default_factory=dict)  # what side edits set (before merges)
    aliases: dict[str, str] = field(default_factory=dict)  # merged side -> the side it joined
    camps: dict[str, str | None] = field(default_factory=dict)  # side -> camp set by an edit
    drop: set[tuple[str, str]] = field(default_factory=set)  # base link pairs left out (or replaced)
    extra: dict[tuple[str, str], Link] = field(default_factory=dict)  # links added (each pair also in drop)
    questions: dict[str, Question] | None = None  # None: the base's questions, untouched
    touched: set[str] = field(default_factory=set)  # every claim id that may differ from the base

    def copy(self) -> _State:
        return _State(
            dict(self.overrides),
            dict(self.speaker_of),
            dict(self.side_of),
            dict(self.aliases),
            dict(self.camps),
            set(self.drop),
            dict(self.extra),
            dict(self.questions) if self.questions is not None else None,
            set(self.touched),
        )


@dataclass
class Corrected:
    """An extraction with the edits applied, and what could not be applied."""

    extraction: Extraction
    edits: tuple[Edit, ...] = ()  # the edits applied, in order (orphaned ones included)
    applied: list[Edit] = field(default_factory=list)
    orphaned: list[Edit] = field(default_factory=list)  # the claim, side or question is gone: kept, listed
    changed: set[str] = field(default_factory=set)  # claim ids that may differ from the base
    last_changed: set[str] = field(default_factory=set)  # ...and those the last step changed
    base: Extraction | None = None
    _state: _State = field(default_factory=_State, repr=False)
    _lookups: _Base | None = field(default=None, repr=False)

    def links_of(self, claim_ids: Iterable[str]) -> list[Link]:
        """The corrected links touching any of these claims (for refreshing a view), each once."""
        if self._lookups is None:
            wanted = set(claim_ids)
            return [lk for lk in self.extraction.links if lk.source in wanted or lk.target in wanted]
        return self._lookups.links_of(claim_ids, self._state)

    def prepare(self) -> None:
        """Build the base's lookups now, when not yet built: the review app does it just after its first
        screen, so that neither the resume (no edits: `Review.open` leaves them out) nor the first
        correction key pays for them (25-30 ms at 30k links)."""
        if self._lookups is None:
            self._lookups = _Base(self.base or self.extraction)

    @property
    def aliases(self) -> dict[str, str]:
        """Merged side -> the side it is now (chains followed)."""
        return {old: _resolve(old, self._state.aliases) for old in self._state.aliases}


class _Base:
    """Lookups over the base extraction, built once per base (cached on the Corrected that holds it)."""

    def __init__(self, base: Extraction) -> None:
        self.extraction = base
        self.by_id = {c.id: c for c in base.claims}
        self.sides = {c.side for c in base.claims if c.side}
        self.camps = camp_registry(base)
        self._by_speaker: dict[str, list[str]] | None = None
        self.position = {c.id: i for i, c in enumerate(base.claims)}
        self.link_pairs = [_pair(lk.source, lk.target) for lk in base.links]
        self.pair_at: dict[tuple[str, str], list[int]] = {}
        self.adjacent: dict[str, list[int]] = {}  # claim id -> indices of its base links
        for i, (a, b) in enumerate(self.link_pairs):
            self.pair_at.setdefault((a, b), []).append(i)
            self.adjacent.setdefault(a, []).append(i)
            self.adjacent.setdefault(b, []).append(i)

    def links_of(self, claim_ids: Iterable[str], state: _State) -> list[Link]:
        """The current links touching any of these claims, each once."""
        wanted = set(claim_ids)
        found = {i for cid in wanted for i in self.adjacent.get(cid, ())}
        links = [self.extraction.links[i] for i in sorted(found) if self.link_pairs[i] not in state.drop]
        links.extend(lk for pair, lk in state.extra.items() if pair[0] in wanted or pair[1] in wanted)
        return links

    def by_speaker(self, speaker: str) -> list[str]:
        if self._by_speaker is None:
            self._by_speaker = {}
            for claim in self.extraction.claims:
                if claim.speaker:
                    self._by_speaker.setdefault(claim.speaker, []).append(claim.id)
        return self._by_speaker.get(speaker, [])


def apply_edits(base: Extraction, edits: Sequence[Edit]) -> Corrected:
    """The base extraction with `edits` applied (see the module's docstring); `base` is not changed."""
    return extend_edits(Corrected(base, base=base, _lookups=_Base(base)), edits)  # lookups built once, here


def extend_edits(previous: Corrected, edits: Sequence[Edit]) -> Corrected:
    """`previous` with more edits applied on top: the same as `apply_edits(base, previous.edits + edits)`."""
    base = previous.base or previous.extraction
    if not edits:
        return previous
    lookups = previous._lookups if previous._lookups is not None else _Base(base)
    state = previous._state.copy()
    result = Corrected(
        base,
        previous.edits + tuple(edits),
        list(previous.applied),
        list(previous.orphaned),
        base=base,
        _state=state,
        _lookups=lookups,
    )
    step: set[str] = set()
    for edit in edits:
        applied = _apply_one(edit, state, lookups, step)
        (result.applied if applied else result.orphaned).append(edit)
    links = _links(base, lookups, state)
    questions = [q for q in state.questions.values() if q.claims] if state.questions is not None else base.questions
    figures = base.figures if questions is base.questions else _kept_figures(base, questions)
    step |= _resuggest(lookups, state, questions, step, figures)
    claims = previous.extraction.claims
    if step:
        claims = list(claims)  # never the base's own list
        for claim_id in step:
            if claim_id in lookups.position:
                claims[lookups.position[claim_id]] = state.overrides.get(claim_id, lookups.by_id[claim_id])
    state.touched |= step
    result.changed, result.last_changed = state.touched, step
    result.extraction = Extraction(base.articles, claims, links, base.similarity, questions, figures)
    return result


def _kept_figures(base: Extraction, questions: list[Question]) -> dict[str, str]:
    """The base's own figures of the members whose answer the question edits left as it was (a claim
    moved to another answer or question no longer gives its figure beside the answer it left)."""
    then = {cid: stance for q in base.questions for cid, stance in q.claims.items() if cid in base.figures}
    now = {cid: stance for q in questions for cid, stance in q.claims.items() if cid in then}
    return {cid: figure for cid, figure in base.figures.items() if cid in now and now[cid] == then[cid]}


def _apply_one(edit: Edit, state: _State, base: _Base, step: set[str]) -> bool:
    """Apply one edit to the state; the claims it changes go into `step`. False: it is orphaned."""
    if edit.kind in ("speaker", "side"):
        targets = list(base.by_speaker(edit.speaker)) if edit.speaker else []
        if edit.target in base.by_id and edit.target not in targets:
            targets.append(edit.target)
        if not targets:
            return False
        chosen = state.speaker_of if edit.kind == "speaker" else state.side_of
        for claim_id in targets:
            chosen[claim_id] = edit.value or None
        _rebuild(targets, state, base, step)
    elif edit.kind == "merge-sides":
        if not _has_side(edit.target, state, base):
            return False
        if edit.value and edit.value != edit.target:
            state.aliases[edit.target] = edit.value
            state.aliases.pop(edit.value, None)  # merging back undoes an older merge the other way
            _rebuild(_claims_of_sides({edit.target, edit.value}, state, base), state, base, step)
    elif edit.kind == "camp":
        if not _has_side(edit.target, state, base):
            return False
        state.camps[edit.target] = edit.value or None
        _rebuild(_claims_of_sides({edit.target}, state, base), state, base, step)
    elif edit.kind in ("reject-link", "add-link"):
        if edit.target not in base.by_id or edit.value not in base.by_id or edit.target == edit.value:
            return False
        pair = _pair(edit.target, edit.value)
        state.drop.add(pair)
        state.extra.pop(pair, None)
        if edit.kind == "add-link":
            reason = EDITED_REASON.format(analyst=edit.analyst or "the analyst")
            relation: Relation = edit.relation or "competes"
            state.extra[pair] = Link(edit.target, edit.value, relation, 1.0, reason)
        step.update(pair)
    elif edit.kind == "question":
        return _apply_question(edit, state, base, step)
    return True


def _has_side(name: str, state: _State, base: _Base) -> bool:
    return name in base.sides or name in state.side_of.values() or name in state.aliases.values()


def _claims_of_sides(names: set[str], state: _State, base: _Base) -> list[str]:
    """Claims whose side, before merges, is one of `names` or merges into one of them (one pass)."""
    found = []
    for claim in base.extraction.claims:
        side = state.side_of.get(claim.id, claim.side) if state.side_of else claim.side
        if side and (side in names or _resolve(side, state.aliases) in names):
            found.append(claim.id)
    return found


def _rebuild(claim_ids: Iterable[str], state: _State, base: _Base, step: set[str]) -> None:
    """The corrected claims for these ids, from the base claim and the state."""
    for claim_id in claim_ids:
        claim = base.by_id[claim_id]
        speaker = state.speaker_of.get(claim_id, claim.speaker)
        edited_side = claim_id in state.side_of
        side = state.side_of[claim_id] if edited_side else claim.side
        if side and side in state.aliases:
            side, edited_side = _resolve(side, state.aliases), True
        if side in state.camps:
            camp = state.camps[side]
        elif edited_side:
            camp = base.camps.get(side or "")
        else:
            camp = claim.camp
        fixed = _clone(state.overrides.get(claim_id, claim))
        fixed.speaker, fixed.side, fixed.camp = speaker, side, camp
        fixed.side_basis = "edited" if edited_side else claim.side_basis
        state.overrides[claim_id] = fixed
        step.add(claim_id)


def _apply_question(edit: Edit, state: _State, base: _Base, step: set[str]) -> bool:
    """Move a claim to a question (with a stance), or merge a question into another."""
    if state.questions is None:
        state.questions = {q.id: q for q in base.extraction.questions}
    questions = state.questions
    into = _find_question(edit.value, edit.value_claims, questions)
    if into is None:
        return False
    if edit.target.startswith("q-"):
        merged = _find_question(edit.target, edit.target_claims, questions)
        if merged is None:
            return False
        if merged is into:
            return bool(edit.target_claims)  # regrouped together already: nothing left to do
        moved = set(merged.claims)
        questions[into.id] = Question(into.id, into.label, {**into.claims, **merged.claims})
        questions[merged.id] = Question(merged.id, merged.label, {})
        peers = set(into.claims)
    else:
        if edit.target not in base.by_id:
            return False
        moved = {edit.target}
        peers = set()
        for question in list(questions.values()):
            if edit.target in question.claims and question.id != into.id:
                peers |= set(question.claims)
                rest = {cid: s for cid, s in question.claims.items() if cid != edit.target}
                questions[question.id] = Question(question.id, question.label, rest)
        stance = edit.stance or into.claims.get(edit.target) or ASSERTS
        questions[into.id] = Question(into.id, into.label, {**into.claims, edit.target: stance})
        peers |= set(into.claims)
    # Between a moved claim and the members of its old and new questions, the edited questions
    # decide again; its links to claims outside them stay as they were.
    now = questions[into.id]
    current = state.overrides
    for a in moved:
        for b in peers | set(now.claims):
            if a == b:
                continue
            pair = _pair(a, b)
            state.drop.add(pair)
            state.extra.pop(pair, None)
            if a in now.claims and b in now.claims and b in base.by_id:
                link = _question_link(now, current.get(a, base.by_id[a]), current.get(b, base.by_id[b]))
                if link is not None:
                    state.extra[pair] = link
            step.update(pair)
    return True


def _find_question(question_id: str, members: Sequence[str], questions: dict[str, Question]) -> Question | None:
    """The question an edit names: by its claims when the edit carries them, else (older edits) by id.

    By claims, it is the current question holding most of them, and on a tie the one holding the
    first (the anchor), so a relink or re-extraction that rebuilds the questions under new ids
    does not orphan the edit; None (orphaned) only when none of them is in any question.
    """
    if not members:
        found = questions.get(question_id)
        return found if found is not None and found.claims else None
    wanted = set(members)
    best, best_key = None, (0, False)
    for question in questions.values():
        shared = len(wanted.intersection(question.claims))
        key = (shared, members[0] in question.claims)
        if shared and key > best_key:
            best, best_key = question, key
    return best


def _links(base: Extraction, lookups: _Base, state: _State) -> list[Link]:
    """The base links less the dropped pairs, plus the added ones (no sort: the view orders by score)."""
    if not state.drop:
        return base.links
    keep = bytearray(b"\x01") * len(base.links)
    for pair in state.drop:
        for i in lookups.pair_at.get(pair, ()):
            keep[i] = 0
    return [*itertools.compress(base.links, keep), *state.extra.values()]


def _resuggest(
    base: _Base, state: _State, questions: list[Question], step: set[str], figures: dict[str, str]
) -> set[str]:
    """Suggested verdicts again for the claims this step changed and their neighbours; the ids redone."""
    if not step:
        return set()
    from factcheck.link import suggest_verdicts

    touching = base.links_of(step, state)
    affected = step | {cid for lk in touching for cid in (lk.source, lk.target)}
    around = base.links_of(affected, state)
    context = {cid for lk in around for cid in (lk.source, lk.target)} | affected
    # A suggestion reads who else answers the claim's question (`reasons._answered_otherwise`).
    context |= {cid for q in questions if not affected.isdisjoint(q.claims) for cid in q.claims}
    # Only the affected claims are set (on copies); the rest of the context is read as it stands.
    working = {
        cid: _clone(claim) if cid in affected else claim
        for cid in context
        if (claim := state.overrides.get(cid) or base.by_id.get(cid)) is not None
    }
    suggest_verdicts(list(working.values()), around, questions, figures, only=affected)
    redone = set()
    for cid in affected:
        claim = working.get(cid)
        if claim is not None and claim.suggestion != (state.overrides.get(cid) or base.by_id[cid]).suggestion:
            state.overrides[cid] = claim
            redone.add(cid)
    return redone


def _resolve(name: str, aliases: dict[str, str]) -> str:
    """A side name after merges, following chains (a cycle stops where it started)."""
    seen = {name}
    while name in aliases and aliases[name] not in seen:
        name = aliases[name]
        seen.add(name)
    return name


def _clone(claim: Claim) -> Claim:
    """A shallow copy of a claim (what `copy.copy` does, several times faster: thousands per key press)."""
    twin = object.__new__(Claim)
    twin.__dict__.update(claim.__dict__)
    return twin


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _question_link(question: Question, a: Claim, b: Claim) -> Link | None:
    """Two members of an edited question: different stances compete, the same from another article corroborates."""
    if (a.speaker or "", a.article) == (b.speaker or "", b.article):
        return None  # one voice
    stance_a, stance_b = question.claims[a.id], question.claims[b.id]
    if stance_a != stance_b:
        reason = f"'{question.label}': {_who(a)} {stance_a}, {_who(b)} {stance_b} (question edited)"
        return Link(a.id, b.id, "competes", 0.75, reason)
    if a.article == b.article:
        return None
    return Link(a.id, b.id, "corroborates", 0.75, f"both {stance_a} '{question.label}' (question edited)")


def _who(claim: Claim) -> str:
    return claim.side or claim.speaker or "the outlet"
