"""The editor's report in Markdown: progress, then each group of linked claims with the sides side by side.

A group is a connected set of claims joined by competing or corroborating links; its table has one
column per side (the speaker's party, or the outlet's own voice), so what one side claims stands
beside what the other says. Every claim shows its verdict and the analyst's note. Reviewed claims
without links and orphaned verdicts follow, so every verdict appears in the report.
"""

from __future__ import annotations

from factcheck.export.view import ExportView, claim_summary, now_iso, one_line
from factcheck.model import LABELS, Claim

NO_SIDE = "No side (outlet or unattributed)"
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


def claim_cell(view: ExportView, claim: Claim) -> str:
    """One claim in a side's column: verdict, quoted text, speaker, article, note, id."""
    speaker = escape(claim.speaker) if claim.speaker else "outlet"
    return (
        f"{verdict_badge(view, claim.id)} {escape(claim.text)} — {speaker}, {escape(view.article_source(claim.id))}"
        f" `{claim.id}`{note_suffix(view, claim.id, '<br>')}"
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


def group_section(view: ExportView, number: int, group: list[str]) -> list[str]:
    """One group of linked claims: a table with a column per side, then the links between them."""
    claims = [view.claims[cid] for cid in group if cid in view.claims]
    sides: dict[str | None, list[Claim]] = {}
    for claim in claims:
        sides.setdefault(claim.side, []).append(claim)
    order = sorted(sides, key=lambda s: (s is None, -len(sides[s]), s or ""))
    articles = {c.article for c in claims}
    reviewed = sum(1 for c in claims if c.id in view.verdicts)
    title = escape(claim_summary(claims[0], 70)) if claims else group[0]
    lines = [
        f"### {number}. {title}",
        "",
        f"{len(claims)} claims from {len(articles)} articles, {reviewed} reviewed.",
        "",
        "| " + " | ".join(escape(s) if s else NO_SIDE for s in order) + " |",
        "| " + " | ".join("---" for _ in order) + " |",
    ]
    for row in range(max((len(sides[s]) for s in order), default=0)):
        cells = [claim_cell(view, sides[s][row]) if row < len(sides[s]) else "" for s in order]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    members = set(group)
    done: set[frozenset[str]] = set()
    for claim_id in group:
        for relation, other in view.linked(claim_id):
            pair = frozenset((claim_id, other))
            if other in members and pair not in done:
                done.add(pair)
                verb = "competes with" if relation == "competes" else "corroborates"
                lines.append(f"- `{claim_id}` {verb} `{other}`")
    return [*lines, ""]


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
    grouped: set[str] = set()
    groups = view.groups()
    if groups:
        lines += ["## Linked claims", ""]
        for number, group in enumerate(groups, start=1):
            lines += group_section(view, number, group)
            grouped.update(group)
    if view.known:
        lone = [cid for cid in view.claim_order() if cid in view.verdicts and cid in view.claims]
        unlinked = [c for c in lone if c not in grouped]
        lines += verdict_list_section(view, "Reviewed claims without links", unlinked)
        orphaned = "Orphaned verdicts (claim no longer in the corpus)"
        lines += verdict_list_section(view, orphaned, view.orphaned())
    else:
        lines += verdict_list_section(view, "Verdicts", [v.claim for v in view.reviewed()])
    return "\n".join(lines).rstrip("\n") + "\n"
