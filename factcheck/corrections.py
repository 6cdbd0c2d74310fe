"""Applying the analyst's corrections (edits) on top of an extraction, without spaCy.

`apply_edits` takes the extraction as the machine made it and the edits in force (oldest first)
and returns the corrected extraction: speakers and sides (`side_basis` "edited"), merged sides
(the old name an alias of the new), camps, rejected and added links, claims moved between
questions, stances flipped, questions merged; the links that follow from edited questions; and
suggested verdicts again for every claim whose links or side changed, and their neighbours.
Edits whose claim (or side, or question) is gone are returned as orphaned, never dropped.

Why from the base every time, and not from the last corrected state: the result then never
depends on the order of key presses or on an undo in between, and the same code runs at open
(a session's edits on top of a fresh re-extraction) and after each key press. It is fast
because it touches only what the edits name: claims are copied only when an edit changes
them, links only around changed claims, suggestions only there. The base is never changed.
"""

from __future__ import annotations

import copy
import inspect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.model import Claim, Edit, Extraction, Link, Question, Relation

ASSERTS = "asserts"
EDITED_REASON = "linked by {analyst}"
CLAIM_EDITS = frozenset({"speaker", "side", "merge-sides", "camp"})  # edits that change claims themselves


@dataclass
class Corrected:
    """An extraction with the edits applied, and what could not be applied."""

    extraction: Extraction
    applied: list[Edit] = field(default_factory=list)
    orphaned: list[Edit] = field(default_factory=list)  # the claim, side or question is gone: kept, listed
    aliases: dict[str, str] = field(default_factory=dict)  # merged side -> the side it is now
    changed: set[str] = field(default_factory=set)  # ids of claims whose speaker, side, links or question changed


def apply_edits(base: Extraction, edits: Sequence[Edit]) -> Corrected:
    """The base extraction with `edits` applied (see the module's docstring); `base` is not changed."""
    if not edits:
        return Corrected(base)
    by_id = {c.id: c for c in base.claims}
    sides = {c.side for c in base.claims if c.side}
    result = Corrected(base)
    claims = _correct_claims(base, edits, by_id, sides, result) if CLAIM_EDITS & {e.kind for e in edits} else {}
    questions = _correct_questions(base.questions, edits, set(by_id), result)
    links = _correct_links(base, edits, by_id, claims, questions, result)
    _resuggest(by_id, claims, links, questions, result.changed)
    result.applied.sort(key=lambda e: e.seq)
    result.orphaned.sort(key=lambda e: e.seq)
    result.extraction = Extraction(
        articles=base.articles,
        claims=[claims.get(c.id, c) for c in base.claims],
        links=links,
        similarity=base.similarity,
        questions=questions,
    )
    return result


def side_registry(extraction: Extraction) -> list[tuple[str, int]]:
    """Every side in the extraction with its claim count, most claims first (completion, sides screen)."""
    counts = Counter(c.side for c in extraction.claims if c.side)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))


def camp_registry(extraction: Extraction) -> dict[str, str]:
    """Each side's camp, where one is known (the most common camp among the side's claims)."""
    found: dict[str, Counter[str]] = {}
    for claim in extraction.claims:
        if claim.side and claim.camp:
            found.setdefault(claim.side, Counter())[claim.camp] += 1
    return {side: camps.most_common(1)[0][0] for side, camps in found.items()}


def _resolve(name: str, aliases: dict[str, str]) -> str:
    """A side name after merges, following chains (a cycle stops where it started)."""
    seen = {name}
    while name in aliases and aliases[name] not in seen:
        name = aliases[name]
        seen.add(name)
    return name


def _correct_claims(
    base: Extraction, edits: Sequence[Edit], by_id: dict[str, Claim], sides: set[str], result: Corrected
) -> dict[str, Claim]:
    """Copies of the claims whose speaker, side or camp an edit changes, by id."""
    by_speaker: dict[str, list[Claim]] = {}
    if any(e.speaker for e in edits if e.kind in ("speaker", "side")):
        for claim in base.claims:
            if claim.speaker:
                by_speaker.setdefault(claim.speaker, []).append(claim)
    speaker_of: dict[str, str | None] = {}
    side_of: dict[str, str | None] = {}
    aliases: dict[str, str] = {}
    camps: dict[str, str | None] = {}
    for edit in edits:
        if edit.kind in ("speaker", "side"):
            scope = by_speaker.get(edit.speaker, []) if edit.speaker else []
            targets = {c.id for c in scope}
            if edit.target in by_id:
                targets.add(edit.target)
            if not targets:
                result.orphaned.append(edit)
                continue
            chosen = speaker_of if edit.kind == "speaker" else side_of
            for claim_id in targets:
                chosen[claim_id] = edit.value or None
        elif edit.kind == "merge-sides":
            if edit.target not in sides and edit.target not in side_of.values():
                result.orphaned.append(edit)
                continue
            if edit.value and edit.value != edit.target:
                aliases[edit.target] = edit.value
                aliases.pop(edit.value, None)  # merging back undoes an older merge the other way
        elif edit.kind == "camp":
            camps[edit.target] = edit.value or None
        else:
            continue
        result.applied.append(edit)
    result.aliases = {old: _resolve(old, aliases) for old in aliases}
    known_camps = camp_registry(base)
    changed: dict[str, Claim] = {}
    for claim in base.claims:
        speaker = speaker_of.get(claim.id, claim.speaker)
        side = side_of.get(claim.id, claim.side)
        edited_side = claim.id in side_of
        if side and side in aliases:
            side, edited_side = _resolve(side, aliases), True
        camp = claim.camp
        if side in camps:
            camp = camps[side]
        elif edited_side:
            camp = known_camps.get(side or "")
        if (speaker, side, camp) == (claim.speaker, claim.side, claim.camp) and not edited_side:
            continue
        fixed = copy.copy(claim)
        fixed.speaker, fixed.side, fixed.camp = speaker, side, camp
        if edited_side:
            fixed.side_basis = "edited"
        changed[claim.id] = fixed
    for edit in edits:  # camps of sides nobody speaks for any more are orphaned too
        known = edit.target in sides or edit.target in result.aliases.values()
        if edit.kind == "camp" and not known and not any(c.side == edit.target for c in changed.values()):
            result.applied.remove(edit)
            result.orphaned.append(edit)
    result.changed.update(changed)
    return changed


def _correct_questions(
    questions: Sequence[Question], edits: Sequence[Edit], ids: set[str], result: Corrected
) -> list[Question]:
    """The questions with claims moved, stances flipped and questions merged."""
    mine = [e for e in edits if e.kind == "question"]
    if not mine:
        return list(questions)
    out = {q.id: Question(q.id, q.label, dict(q.claims)) for q in questions}
    home = {cid: q.id for q in questions for cid in q.claims}
    for edit in mine:
        if edit.value not in out:
            result.orphaned.append(edit)
            continue
        into = out[edit.value]
        if edit.target.startswith("q-"):
            merged = out.pop(edit.target, None)
            if merged is None or merged is into:
                result.orphaned.append(edit)
                continue
            into.claims.update(merged.claims)
            result.changed.update(merged.claims)
            home.update(dict.fromkeys(merged.claims, into.id))
        else:
            if edit.target not in ids:
                result.orphaned.append(edit)
                continue
            old = home.get(edit.target)
            if old is not None and old in out:
                result.changed.update(out[old].claims)
                out[old].claims.pop(edit.target, None)
            into.claims[edit.target] = edit.stance or into.claims.get(edit.target) or ASSERTS
            home[edit.target] = into.id
            result.changed.update(into.claims)
        result.applied.append(edit)
    return [q for q in out.values() if q.claims]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _correct_links(
    base: Extraction,
    edits: Sequence[Edit],
    by_id: dict[str, Claim],
    claims: dict[str, Claim],
    questions: Sequence[Question],
    result: Corrected,
) -> list[Link]:
    """The base links, with edited questions' links recomputed, rejected links out and added links in.

    One pass over the base links and no sort (the base is in order; the view orders each claim's
    links by score): this runs on every correction key press, at tens of thousands of links.
    """
    drop: set[tuple[str, str]] = set()
    extra: dict[tuple[str, str], Link] = {}
    moved = {cid for e in edits if e.kind == "question" and e in result.applied for cid in _members(e, questions)}
    if moved:
        # Between a moved claim and the members of its old and new questions, the edited
        # questions decide again; its links to claims outside both stay as they were.
        peers = {cid for q in (*base.questions, *questions) if moved & q.claims.keys() for cid in q.claims}
        drop.update(_pair(a, b) for a in moved for b in peers if a != b)
        current = by_id | claims if claims else by_id
        for question in questions:
            members = [cid for cid in question.claims if cid in current]
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    if a not in moved and b not in moved:
                        continue
                    link = _question_link(question, current[a], current[b])
                    if link is not None:
                        extra[_pair(a, b)] = link
                        result.changed.update((a, b))
    for edit in edits:
        if edit.kind not in ("reject-link", "add-link"):
            continue
        if edit.target not in by_id or edit.value not in by_id or edit.target == edit.value:
            result.orphaned.append(edit)
            continue
        pair = _pair(edit.target, edit.value)
        drop.add(pair)
        extra.pop(pair, None)
        if edit.kind == "add-link":
            relation: Relation = edit.relation or "competes"
            reason = EDITED_REASON.format(analyst=edit.analyst or "the analyst")
            extra[pair] = Link(edit.target, edit.value, relation, 1.0, reason)
        result.applied.append(edit)
        result.changed.update(pair)
    if not drop and not extra:
        return list(base.links)
    drop.update(extra)
    kept = [lk for lk in base.links if _pair(lk.source, lk.target) not in drop]
    return kept + list(extra.values())


def _members(edit: Edit, questions: Sequence[Question]) -> Iterable[str]:
    """The claims a question edit moves: the claim, or every member of a merged question."""
    if not edit.target.startswith("q-"):
        return (edit.target,)
    into = next((q for q in questions if q.id == edit.value), None)
    return tuple(into.claims) if into is not None else ()


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


def _resuggest(
    by_id: dict[str, Claim], claims: dict[str, Claim], links: list[Link], questions: list[Question], changed: set[str]
) -> None:
    """Suggested verdicts again for changed claims and their neighbours (copies; the base keeps its own)."""
    if not changed:
        return
    from factcheck.link import suggest_verdicts

    touching = [lk for lk in links if lk.source in changed or lk.target in changed]
    affected = set(changed) | {cid for lk in touching for cid in (lk.source, lk.target)}
    around = [lk for lk in links if lk.source in affected or lk.target in affected]
    context = {cid for lk in around for cid in (lk.source, lk.target)} | affected
    working = {cid: copy.copy(claims.get(cid) or by_id[cid]) for cid in context if cid in by_id}
    if "questions" in inspect.signature(suggest_verdicts).parameters:
        suggest_verdicts(list(working.values()), around, questions)  # type: ignore[call-arg]
    else:
        suggest_verdicts(list(working.values()), around)
    for cid in affected:
        if cid in working:
            claims[cid] = working[cid]


def describe_edit(edit: Edit) -> str:
    """An edit in a few words, for notices, the `o` screen and the history ("side of c-… → Norland Army")."""
    value = edit.value or "none"
    if edit.kind in ("speaker", "side"):
        scope = f" (every claim by {edit.speaker})" if edit.speaker else ""
        return f"{edit.kind} of {edit.target} → {value}{scope}"
    if edit.kind == "merge-sides":
        return f"side {edit.target} merged into {value}"
    if edit.kind == "camp":
        return f"side {edit.target} moved to camp {edit.value or '(its own)'}"
    if edit.kind == "reject-link":
        return f"link {edit.target} – {edit.value} rejected"
    if edit.kind == "add-link":
        word = "corroborating" if edit.relation == "corroborates" else "competing"
        return f"{edit.target} linked to {edit.value} as {word}"
    if edit.target.startswith("q-"):
        return f"question {edit.target} merged into {value}"
    return f"{edit.target} in question {value}" + (f" ({edit.stance})" if edit.stance else "")
