"""The flat export formats: the verdicts JSON document, CSV for spreadsheets, FEVER JSON Lines.

Each builder is a pure function of an `ExportView` and returns the file's text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from factcheck.export.view import ExportView, now_iso
from factcheck.model import VERDICTS_SCHEMA, Label

FEVER_LABELS: dict[Label, str] = {
    "corroborated": "SUPPORTS",
    "disputed": "REFUTES",
    "unverified": "NOT ENOUGH INFO",
}

CSV_COLUMNS = (
    "claim",
    "status",
    "label",
    "note",
    "analyst",
    "updated",
    "article",
    "speaker",
    "side",
    "kind",
    "text",
    "competing",
    "corroborating",
    "suggestion",
    "outlet",
    "published",
    "url",
)

# A spreadsheet runs a cell starting with one of these as a formula; article text is untrusted input,
# so such cells get a leading apostrophe (the OWASP "CSV injection" advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def verdict_entries(view: ExportView) -> list[dict[str, Any]]:
    """One docs/interfaces.md verdict entry per verdict, in report order; claim fields are null when unknown."""
    entries = []
    for verdict in view.reviewed():
        claim = view.claims.get(verdict.claim)
        entries.append(
            {
                "claim": verdict.claim,
                "label": verdict.label,
                "note": verdict.note,
                "analyst": verdict.analyst,
                "updated": verdict.updated,
                "text": claim.text if claim else None,
                "article": claim.article if claim else None,
                "speaker": claim.speaker if claim else None,
                "side": claim.side if claim else None,
                "competing": view.competing.get(verdict.claim, []),
                "corroborating": view.corroborating.get(verdict.claim, []),
                "question": view.question_of.get(verdict.claim),
            }
        )
    return entries


def verdicts_document(view: ExportView, *, exported: str | None = None) -> dict[str, Any]:
    """The "Verdict export" document of docs/interfaces.md (schema factcheck.verdicts/1).

    Beyond the contract's fields (additions are allowed by it): `exported` (when the file was made) and
    the session's `analyst` and `org`, which `factcheck import` uses to name the source of a conflict.
    `edits` are the analyst's corrections in force; the verdict rows already show their effect.
    """
    session = view.session
    return {
        "schema": VERDICTS_SCHEMA,
        "exported": exported or now_iso(),
        "session": {
            "name": session.name,
            "corpus": list(session.corpus),
            "created": session.created,
            "updated": session.updated,
            "analyst": session.analyst,
            "org": session.org,
        },
        "verdicts": verdict_entries(view),
        "edits": [edit.to_json() for edit in view.edits],
    }


def build_json(view: ExportView, *, exported: str | None = None) -> str:
    """The verdicts document as indented UTF-8 JSON text."""
    return json.dumps(verdicts_document(view, exported=exported), ensure_ascii=False, indent=2) + "\n"


def spreadsheet_safe(value: str) -> str:
    """The cell text, with a leading apostrophe when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def build_csv(view: ExportView) -> str:
    """One row per claim, unreviewed ones included (empty label), then orphaned verdicts; RFC 4180 quoting.

    `status` is reviewed, unreviewed (with its note, if any) or orphaned (a verdict whose claim is no
    longer in the corpus).
    Without the extraction, only the reviewed claims are known and their claim columns are empty.
    Linked claim ids are space-separated in one cell. Rows end in CRLF, as RFC 4180 and spreadsheets expect.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for claim_id in view.claim_order():
        claim = view.claims.get(claim_id)
        verdict = view.verdicts.get(claim_id)
        if verdict is None:
            status = "unreviewed"
        elif view.known and claim is None:
            status = "orphaned"
        else:
            status = "reviewed"
        suggestion = (claim.suggestion or {}).get("label", "") if claim else ""
        article = view.article_of(claim_id)
        row = [
            claim_id,
            status,
            verdict.label if verdict else "",
            verdict.note if verdict else view.notes.get(claim_id, ""),
            verdict.analyst if verdict else "",
            verdict.updated if verdict else "",
            claim.article if claim else "",
            (claim.speaker or "") if claim else "",
            (claim.side or "") if claim else "",
            claim.kind if claim else "",
            claim.text if claim else "",
            " ".join(view.competing.get(claim_id, [])),
            " ".join(view.corroborating.get(claim_id, [])),
            suggestion,
            (article.outlet or "") if article else "",
            view.article_date(claim_id) or "",
            (article.url or "") if article else "",
        ]
        writer.writerow([spreadsheet_safe(cell or "") for cell in row])
    return buffer.getvalue()


def fever_records(view: ExportView) -> list[dict[str, Any]]:
    """One FEVER-style record per verdict.

    `label` maps corroborated/disputed/unverified to SUPPORTS/REFUTES/NOT ENOUGH INFO. `evidence` follows
    FEVER's shape, a list of alternative evidence sets, here one set per linked claim (any one of them
    bears on the claim): `[[{"id", "article", "sentence", "start", "end", "relation", ...}], ...]`, the
    sentence being the other claim's text and start/end its offsets in the article. SUPPORTS lists the
    corroborating claims, REFUTES the competing ones; when no link of that kind exists, the claims of
    the same question with the other (or, for SUPPORTS, the same) stance stand in. NOT ENOUGH INFO
    lists all the linked claims the analyst was shown. `claim` is null when the claim's text is
    unknown (extraction cache missing).
    """
    records = []
    for verdict in view.reviewed():
        claim = view.claims.get(verdict.claim)
        if verdict.label == "corroborated":
            shown = [("corroborates", c) for c in view.corroborating.get(verdict.claim, [])]
            shown = shown or [("corroborates", c) for c in question_mates(view, verdict.claim, same=True)]
        elif verdict.label == "disputed":
            shown = [("competes", c) for c in view.competing.get(verdict.claim, [])]
            shown = shown or [("competes", c) for c in question_mates(view, verdict.claim, same=False)]
        else:
            shown = view.linked(verdict.claim)
        evidence = [[evidence_item(view, other_id, relation)] for relation, other_id in shown]
        records.append(
            {
                "id": verdict.claim,
                "verifiable": "NOT VERIFIABLE" if verdict.label == "unverified" else "VERIFIABLE",
                "label": FEVER_LABELS[verdict.label] if verdict.label else "NOT ENOUGH INFO",
                "claim": claim.text if claim else None,
                "evidence": evidence,
                "article": claim.article if claim else None,
                "speaker": claim.speaker if claim else None,
                "note": verdict.note,
                "analyst": verdict.analyst,
            }
        )
    return records


def evidence_item(view: ExportView, other_id: str, relation: str) -> dict[str, Any]:
    """One piece of FEVER evidence: the other claim's article and sentence (`text` kept for older readers)."""
    other = view.claims.get(other_id)
    return {
        "id": other_id,
        "article": other.article if other else None,
        "text": other.text if other else None,
        "sentence": other.text if other else None,
        "start": other.start if other else None,
        "end": other.end if other else None,
        "speaker": other.speaker if other else None,
        "relation": relation,
    }


def question_mates(view: ExportView, claim_id: str, *, same: bool) -> list[str]:
    """Claims in `claim_id`'s questions, from other articles, whose stance is the same as its own (or differs)."""
    if view.extraction is None:
        return []
    claim = view.claims.get(claim_id)
    found: dict[str, None] = {}
    for question in view.extraction.questions:
        stance = question.claims.get(claim_id)
        if stance is None:
            continue
        for other, other_stance in question.claims.items():
            mate = view.claims.get(other)
            if other == claim_id or mate is None or (claim is not None and mate.article == claim.article):
                continue
            if (other_stance == stance) == same:
                found.setdefault(other, None)
    return list(found)


def build_fever(view: ExportView) -> str:
    """FEVER records as JSON Lines (one compact object per line)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fever_records(view))
