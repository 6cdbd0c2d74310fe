"""The editor's report in Markdown: progress, then each disputed question with who asserts and who denies.

A question is a contested point that claims across articles bear on (`Extraction.questions`). For
each one the report gives the point in a claim's own words, whether it is disputed, who answers it
how (counts by camp for each stance), and under each stance the claims with their verdicts and the
analyst's notes. Points nobody contests follow the disputed ones; reviewed claims that bear on no
question and orphaned verdicts close the report, so every verdict appears in it.
"""

from __future__ import annotations

from collections import Counter

from factcheck.export.view import ExportView, now_iso, one_line
from factcheck.model import LABELS, Claim, Question, is_count
from factcheck.questionview import figure_beside, stance_heading

OUTLET_VOICE = "outlets' own reporting"
_MD_SPECIAL = "\\`*_[]<>|#"


def escape(text: str | None) -> str:
    """Text made safe for one Markdown table cell or list line: one line, Markdown punctuation escaped."""
    flat = one_line(text)
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in flat)


def verdict_badge(view: ExportView, claim_id: str) -> str:
    """The claim's verdict as bold text, or "not reviewed"."""
    verdict = view.verdicts.get(claim_id)
    return f"**{verdict.label}**" if verdict else "*not reviewed*"


def note_suffix(view: ExportView, claim_id: str, separator: str) -> str:
    """The analyst's note (and who wrote it) after `separator`, or nothing."""
    verdict = view.verdicts.get(claim_id)
    note = verdict.note if verdict else view.notes.get(claim_id, "")
    if not note.strip():
        return ""
    by = f" ({escape(verdict.analyst)})" if verdict and verdict.analyst else ""
    return f"{separator}Note{by}: {escape(note)}"


def claim_line(view: ExportView, claim: Claim, figure: str | None = None) -> str:
    """One claim as a list item: verdict, quoted text, speaker (camp), its own figure when that is not its
    answer's name ("gives at least 471" under "Gives at least 500"), article, id, note."""
    who = escape(claim.speaker) if claim.speaker else "outlet"
    camp = claim.camp or claim.side
    if camp:
        who += f" ({escape(camp)})"
    if figure is not None:
        who += f" (gives {escape(figure)})"
    return (
        f"- {verdict_badge(view, claim.id)} {escape(claim.text)} — {who}, {escape(view.article_source(claim.id))}"
        f" `{claim.id}`{note_suffix(view, claim.id, '. ')}"
    )


def progress_section(view: ExportView) -> list[str]:
    """How far the review has gone, and the count of each label."""
    counts = view.label_counts()
    reviewed = len(view.verdicts)
    total = view.total_claims()
    lines = ["## Progress", ""]
    if total is None:
        lines.append(
            f"**{reviewed} verdicts.** The claims' texts and links are not available (the extraction cache "
            "for this corpus was not found), so this report lists the verdicts only."
        )
    else:
        in_corpus = sum(1 for cid in view.verdicts if cid in view.claims)
        share = f" ({100 * in_corpus / total:.0f}%)" if total else ""
        lines.append(f"**{in_corpus} of {total} claims reviewed{share}.**")
    lines += ["", "| verdict | claims |", "| --- | ---: |"]
    lines += [f"| {label} | {counts[label]} |" for label in LABELS]
    if total is not None:
        lines.append(f"| not reviewed | {total - sum(1 for cid in view.verdicts if cid in view.claims)} |")
        if view.orphaned():
            lines.append(f"| orphaned (claim no longer in the corpus) | {len(view.orphaned())} |")
    return [*lines, ""]


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def stance_title(stance: str, count: bool = False) -> str:
    """How a stance heads its column of claims: "Asserts", "Denies", or "Gives 12,000" (and in a question of
    a count, "Rejects the figures")."""
    if stance in ("asserts", "denies"):
        return stance_heading(stance, count).capitalize()
    return f"Gives {stance}"


def camp_counts(claims: list[Claim]) -> str:
    """Who answers one way, by camp: "Dockers Union (2), outlets' own reporting (1)"."""
    counts = Counter(c.camp or c.side or OUTLET_VOICE for c in claims)
    return ", ".join(f"{escape(camp)} ({n})" for camp, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def question_section(view: ExportView, number: int, question: Question) -> list[str]:
    """One question: the point, whether it is disputed, who answers it how, then the claims by stance."""
    by_stance: dict[str, list[Claim]] = {}
    for claim_id, stance in question.claims.items():
        claim = view.claims.get(claim_id)
        if claim is not None:
            by_stance.setdefault(stance, []).append(claim)
    order = sorted(by_stance, key=lambda st: (st != "asserts", st != "denies", -len(by_stance[st]), st))
    members = [c for st in order for c in by_stance[st]]
    reviewed = sum(1 for c in members if c.id in view.verdicts)
    state = "disputed" if question.disputed else "not disputed"
    lines = [
        f"### {number}. {escape(question.label)}",
        "",
        f"*{state}* · {_plural(len(members), 'claim')} from {_plural(len({c.article for c in members}), 'article')}, "
        f"{reviewed} reviewed · `{question.id}`",
        "",
    ]
    count = is_count(by_stance)
    lines += [f"- {stance_title(st, count)}: {camp_counts(by_stance[st])}" for st in order]
    figures = view.extraction.figures if view.extraction is not None else {}
    for stance in order:
        lines += ["", f"**{stance_title(stance, count)}**", ""]
        lines += [claim_line(view, claim, figure_beside(figures, claim.id, stance)) for claim in by_stance[stance]]
    return [*lines, ""]


def questions_section(view: ExportView) -> tuple[list[str], set[str]]:
    """Every question, disputed ones first, larger ones first; and the claim ids they cover."""
    questions = list(view.extraction.questions) if view.extraction else []
    position = {cid: i for i, cid in enumerate(view.claim_order())}

    def first(q: Question) -> int:
        return min((position.get(cid, len(position)) for cid in q.claims), default=len(position))

    questions.sort(key=lambda q: (not q.disputed, -len(q.claims), first(q)))
    lines: list[str] = []
    covered: set[str] = set()
    disputed = [q for q in questions if q.disputed]
    settled = [q for q in questions if not q.disputed]
    number = 0
    for title, group in (("Disputed questions", disputed), ("Points nobody contests", settled)):
        if not group:
            continue
        lines += [f"## {title}", ""]
        for question in group:
            number += 1
            lines += question_section(view, number, question)
            covered.update(question.claims)
    return lines, covered


def verdict_list_section(view: ExportView, title: str, claim_ids: list[str]) -> list[str]:
    """A plain list of verdicts (for claims without links, orphaned ones, or when claims are unknown)."""
    if not claim_ids:
        return []
    lines = [f"## {title}", ""]
    for claim_id in claim_ids:
        verdict = view.verdicts[claim_id]
        claim = view.claims.get(claim_id)
        what = ""
        if claim is not None:
            what = f" {escape(claim.text)} — {escape(claim.speaker) if claim.speaker else 'outlet'}"
            what += f", {escape(view.article_source(claim_id))}"
        when = f", {verdict.updated}" if verdict.updated else ""
        by = f" by {escape(verdict.analyst)}" if verdict.analyst else ""
        note = note_suffix(view, claim_id, ". ")
        lines.append(f"- {verdict_badge(view, claim_id)} `{claim_id}`{what}{by}{when}{note}")
    return [*lines, ""]


def build_markdown(view: ExportView, *, exported: str | None = None, org: str | None = None) -> str:
    """The whole report as Markdown text."""
    session = view.session
    analysts = sorted({v.analyst for v in view.verdicts.values() if v.analyst})
    lines = [f"# Fact-check report: {escape(session.name)}", ""]
    lines.append(f"- Corpus: {', '.join(escape(p) for p in session.corpus) or 'unknown'}")
    if analysts:
        lines.append(f"- Analysts: {', '.join(escape(a) for a in analysts)}")
    if org or session.org:
        lines.append(f"- Organisation: {escape(org or session.org)}")
    lines += [f"- Exported: {exported or now_iso()}", ""]
    lines += progress_section(view)
    section, covered = questions_section(view)
    lines += section
    if view.known:
        lone = [cid for cid in view.claim_order() if cid in view.verdicts and cid in view.claims]
        outside = [c for c in lone if c not in covered]
        lines += verdict_list_section(view, "Reviewed claims outside any question", outside)
        orphaned = "Orphaned verdicts (claim no longer in the corpus)"
        lines += verdict_list_section(view, orphaned, view.orphaned())
    else:
        lines += verdict_list_section(view, "Verdicts", [v.claim for v in view.reviewed()])
    return "\n".join(lines).rstrip("\n") + "\n"
