"""Reading verdicts exports back: `factcheck import` (merge another analyst's work) and the inputs of
`factcheck agreement` (an export or a database).

Merging never overwrites a verdict silently: a claim we have not judged takes theirs; the same label
(with the same note, or none of theirs) is a no-op; anything else becomes a conflict kept in the
store (`Store.add_conflict`) for the analyst to adjudicate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.export import ExportError, load_extraction, pick_session
from factcheck.export.merge_edits import EditsError, EditsMerge, TheirEdit, merge_edits, parse_edits
from factcheck.model import LABELS, VERDICTS_SCHEMA, Label, Session, Verdict

if TYPE_CHECKING:
    from factcheck.store import Store

_SCHEMA_FAMILY = VERDICTS_SCHEMA.split("/")[0] + "/"


@dataclass(frozen=True)
class VerdictsFile:
    """A parsed verdicts export: its session header, verdicts, and the claim texts it carries."""

    path: Path
    session: Session
    verdicts: dict[str, Verdict]
    texts: dict[str, str] = field(default_factory=dict)
    edits: list[TheirEdit] = field(default_factory=list)  # their corrections (`factcheck.export.merge_edits`)


def _text(value: Any, where: str, key: str) -> str:
    """A string field that may be null or missing (then "")."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ExportError(f"{where}: {key} must be a string, not {type(value).__name__}")
    return value


def parse_verdicts_document(doc: Any, path: Path) -> VerdictsFile:
    """Check a decoded verdicts export and turn it into values; ExportError names what is wrong."""
    if not isinstance(doc, dict) or "schema" not in doc:
        raise ExportError(f'{path}: not a factcheck verdicts export (no "schema": {VERDICTS_SCHEMA!r})')
    schema = doc["schema"]
    if schema != VERDICTS_SCHEMA:
        if isinstance(schema, str) and schema.startswith(_SCHEMA_FAMILY):
            raise ExportError(f"{path}: schema {schema!r} is newer than this factcheck reads; upgrade factcheck")
        raise ExportError(f"{path}: schema {schema!r} is not a verdicts export ({VERDICTS_SCHEMA!r})")
    head = doc.get("session") or {}
    if not isinstance(head, dict):
        raise ExportError(f'{path}: "session" must be an object')
    corpus = head.get("corpus") or []
    session = Session(
        name=_text(head.get("name"), str(path), "session.name"),
        corpus=[str(p) for p in corpus] if isinstance(corpus, list) else [],
        analyst=_text(head.get("analyst"), str(path), "session.analyst"),
        created=_text(head.get("created"), str(path), "session.created"),
        updated=_text(head.get("updated"), str(path), "session.updated"),
        org=_text(head.get("org"), str(path), "session.org"),
    )
    rows = doc.get("verdicts")
    if not isinstance(rows, list):
        raise ExportError(f'{path}: "verdicts" must be a list')
    verdicts: dict[str, Verdict] = {}
    texts: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        where = f"{path}: verdict {number}"
        if not isinstance(row, dict):
            raise ExportError(f"{where}: must be an object")
        claim = _text(row.get("claim"), where, "claim")
        if not claim:
            raise ExportError(f"{where}: has no claim id")
        if claim in verdicts:
            raise ExportError(f"{where}: claim {claim} appears twice")
        label = row.get("label")
        if label not in LABELS:
            raise ExportError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
        verdicts[claim] = Verdict(
            claim=claim,
            label=label,
            note=_text(row.get("note"), where, "note"),
            analyst=_text(row.get("analyst"), where, "analyst"),
            updated=_text(row.get("updated"), where, "updated"),
        )
        text = row.get("text")
        if isinstance(text, str) and text:
            texts[claim] = text
    try:
        edits = parse_edits(doc.get("edits"), path)
    except EditsError as exc:
        raise ExportError(str(exc)) from None
    return VerdictsFile(path=path, session=session, verdicts=verdicts, texts=texts, edits=edits)


def read_json_file(path: Path, what: str) -> Any:
    """The decoded JSON of a file; ExportError (one line, naming the file) when it is not readable JSON."""
    if not path.is_file():
        raise ExportError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        return json.loads(path.read_bytes())
    except OSError as exc:
        raise ExportError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: not {what} (not JSON: {exc})") from None


def read_verdicts_file(path: Path) -> VerdictsFile:
    """Read and check a `factcheck export --format json` file."""
    return parse_verdicts_document(read_json_file(path, "a factcheck verdicts export"), path)


@dataclass
class MergeReport:
    """What an import did: verdicts added, already identical, and conflicts kept for adjudication."""

    session: str
    source: str
    created_session: bool = False
    added: list[str] = field(default_factory=list)
    identical: list[str] = field(default_factory=list)
    conflicts: list[tuple[Verdict | None, Verdict]] = field(default_factory=list)  # (ours, theirs)
    already_open: list[str] = field(default_factory=list)  # conflicts this source had already raised
    already_settled: list[str] = field(default_factory=list)  # the same verdicts, in conflicts settled since
    edits: EditsMerge = field(default_factory=EditsMerge)  # what became of their corrections


def analyst_names(verdicts: Iterable[Verdict]) -> str:
    """The analysts who recorded these verdicts, comma-separated ("" when none is named)."""
    return ", ".join(sorted({v.analyst for v in verdicts if v.analyst}))


def describe_source(incoming: VerdictsFile) -> str:
    """How a conflict names where it came from: the session's analyst (else the verdicts') and the file.

    The session's analyst comes first because it stays the same from one export to the next, and
    the store keeps one conflict per (claim, source): re-importing a newer export replaces it.
    """
    who = incoming.session.analyst or analyst_names(incoming.verdicts.values()) or "another analyst"
    return f"{who} ({incoming.path.name})"


def merge_verdicts(store: Store, incoming: VerdictsFile, *, session_name: str | None = None) -> MergeReport:
    """Merge another analyst's verdicts into a session (created from the export's header when new).

    A claim we have not judged takes their verdict (their analyst name, time and note, unless we hold
    a different note on it); the same label with the same note, or with no note of theirs, changes
    nothing; any other difference (another label, or a note of theirs we lack) is kept as a conflict,
    ours untouched, unless the same verdict from the same source was in a conflict settled already.
    All changes reach the disk together, at the end.
    """
    name = session_name or incoming.session.name
    if not name:
        raise ExportError(f"{incoming.path}: the export names no session; give one with --session")
    report = MergeReport(session=name, source=describe_source(incoming))
    with store.batch():
        if store.get_session(name) is None:
            header = incoming.session
            store.save_session(Session(name=name, corpus=list(header.corpus), analyst=header.analyst, org=header.org))
            report.created_session = True
        ours_all = store.verdicts(name)
        open_conflicts = {(theirs.claim, source): theirs for _, theirs, source in store.conflicts(name)}
        settled = store.settled_conflicts(name)
        for claim, theirs in incoming.verdicts.items():
            ours = ours_all.get(claim)
            ours_label, ours_note = (ours.label, ours.note) if ours else (None, "")
            nothing_new_in_note = theirs.note == ours_note or not theirs.note.strip()
            if ours_label == theirs.label and nothing_new_in_note:
                report.identical.append(claim)
                continue
            if ours_label is None and (nothing_new_in_note or not ours_note.strip()):
                store.record_verdict(
                    name, claim, theirs.label, analyst=theirs.analyst, note=theirs.note or None, updated=theirs.updated
                )
                report.added.append(claim)
                continue
            known = open_conflicts.get((claim, report.source))
            if known is not None and (known.label, known.note) == (theirs.label, theirs.note):
                report.already_open.append(claim)
                continue
            done = settled.get((claim, report.source))
            if done is not None and (done.label, done.note) == (theirs.label, theirs.note):
                report.already_settled.append(claim)
                continue
            store.add_conflict(name, theirs, source=report.source)
            report.conflicts.append((ours, theirs))
        report.edits = merge_edits(store, name, incoming.edits, source=report.source)
    return report


@dataclass(frozen=True)
class AnalystVerdicts:
    """One side of an agreement: whose verdicts, the labels by claim, and claim texts where known."""

    origin: str
    labels: dict[str, Label]
    texts: dict[str, str]


def load_analyst(path: Path, session: str | None = None, *, model: str | None = None) -> AnalystVerdicts:
    """An analyst's labels from a json export or from a database (its `session`, or its only one)."""
    doc = read_json_file(path, "a verdicts export or a factcheck database")
    if isinstance(doc, dict) and "schema" in doc:
        export = parse_verdicts_document(doc, path)
        who = analyst_names(export.verdicts.values()) or export.session.analyst or "unknown analyst"
        labels = {c: v.label for c, v in export.verdicts.items() if v.label is not None}
        return AnalystVerdicts(f"{path} (session {export.session.name}, {who})", labels, export.texts)
    from factcheck.store import Store, StoreError

    try:
        with Store.open(path, readonly=True) as store:
            chosen = pick_session(store, session, db=path)
            verdicts = {c: v for c, v in store.verdicts(chosen.name).items() if v.label is not None}
            extraction, _ = load_extraction(store, chosen, model=model)
    except StoreError as exc:
        raise ExportError(str(exc)) from None
    texts = {c.id: c.text for c in extraction.claims} if extraction else {}
    who = analyst_names(verdicts.values()) or chosen.analyst or "unknown analyst"
    labels = {c: v.label for c, v in verdicts.items() if v.label is not None}
    return AnalystVerdicts(f"{path} (session {chosen.name}, {who})", labels, texts)
