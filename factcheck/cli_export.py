"""The `export`, `import` and `agreement` commands: parse options, call `factcheck.export`, print, exit.

`register(app)` attaches them to the Typer app of `factcheck.cli` (called by
`register_optional_commands`). Exit status as in docs/interfaces.md: 2 with a one-line message for bad
input (unknown session or format, unwritable path, a file that is not an export, a database in use).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import DbOpt, fail, model_option, session_option, warn
from factcheck.export import FORMATS, ExportError, pick_session, write_export
from factcheck.locations import default_db

if TYPE_CHECKING:
    from factcheck.store import Store

SessionOpt = Annotated[str | None, session_option("Session name (may be left out when the database holds only one).")]
ModelOpt = Annotated[str | None, model_option("spaCy pipeline the session was extracted with (to find its cache).")]


def _open_store(path: Path, *, readonly: bool) -> Store:
    """Open the database or exit 2 with the reason (missing file, in use, unreadable)."""
    from factcheck.store import Store, StoreError

    if readonly and not path.exists():
        fail(f"{path}: no such database (give one with --db)")
    try:
        store = Store.open(path, readonly=readonly)
    except StoreError as exc:
        fail(str(exc))
    for message in store.warnings:
        warn(message)
    return store


def export_command(
    db: DbOpt = None,
    session: SessionOpt = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "json",
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write (written whole or not at all); - for stdout.")
    ] = "-",
    org: Annotated[
        str | None,
        typer.Option("--org", help="Organisation publishing the fact checks (ClaimReview author)."),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option("--url", help="Page that will host the fact checks (ClaimReview url, one #anchor per claim)."),
    ] = None,
    model: ModelOpt = None,
) -> None:
    """Write a session's verdicts as json, claimreview (schema.org JSON-LD), csv, markdown or fever.

    Example: factcheck export --session panel --format markdown -o report.md
    """
    if format not in FORMATS:
        fail(f"--format: {format!r} is not one of {', '.join(FORMATS)}")
    path = db or default_db()
    with _open_store(path, readonly=True) as store:
        try:
            chosen = pick_session(store, session, db=path)
            written = write_export(
                store,
                chosen.name,
                format,
                output if output == "-" else Path(output),
                org=org,
                url=url,
                model=model,
                warn=warn,
            )
        except ExportError as exc:
            fail(str(exc))
        count = sum(1 for v in store.verdicts(chosen.name).values() if v.label is not None)
    if written is not None:
        typer.echo(f"wrote {written} ({format}, {count} verdicts, session {chosen.name})", err=True)


def import_command(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A json export (factcheck export --format json) by another analyst.")
    ],
    db: DbOpt = None,
    session: Annotated[
        str | None, session_option("Session to merge into (default: the one named in the file).")
    ] = None,
) -> None:
    """Merge another analyst's json export; differing verdicts are kept as conflicts, never overwritten.

    Example: factcheck import alice.json --db data/factcheck.json
    """
    from factcheck.corrections import describe_edit
    from factcheck.export.merge import merge_verdicts, read_verdicts_file

    if session is not None and not session.strip():
        fail("--session: a session name cannot be empty")
    try:
        incoming = read_verdicts_file(file)
    except ExportError as exc:
        fail(str(exc))
    path = db or default_db()
    with _open_store(path, readonly=False) as store:
        try:
            report = merge_verdicts(store, incoming, session_name=session)
        except ExportError as exc:
            fail(str(exc))
    created = " (new session)" if report.created_session else ""
    typer.echo(
        f"imported {file} into session {report.session}{created} of {path}: {len(report.added)} added, "
        f"{len(report.identical)} identical, {len(report.conflicts)} conflicts"
        + (f", {len(report.already_open)} conflicts already open" if report.already_open else "")
        + (f", {len(report.already_settled)} conflicts settled before" if report.already_settled else "")
    )
    edits = report.edits
    if edits.added or edits.identical or edits.conflicts or edits.settled:
        typer.echo(
            f"corrections: {len(edits.added)} added, {len(edits.identical)} identical, "
            f"{len(edits.conflicts)} conflicting (kept; keep or drop them on the o screen)"
            + (f", {len(edits.settled)} settled before" if edits.settled else "")
        )
        for our_edit, their_edit in edits.conflicts:
            typer.echo(
                f"  yours: {describe_edit(our_edit)}  theirs: {their_edit.correction.value or 'none'}"
                f" ({their_edit.analyst or '?'})"
            )
    if report.conflicts:
        typer.echo(f"conflicts kept for adjudication (yours unchanged; from {report.source}):")
        for ours, theirs in report.conflicts:
            mine = f"{ours.label or 'no label'} ({ours.analyst or '?'})" if ours else "none"
            text = incoming.texts.get(theirs.claim, "")
            typer.echo(
                f"  {theirs.claim}  yours: {mine}  theirs: {theirs.label} ({theirs.analyst or '?'})"
                + (f"  “{_short(text, 70)}”" if text else "")
            )


def _short(text: str, limit: int) -> str:
    from factcheck.export.view import shorten

    return shorten(text, limit)


def _kappa(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def agreement_command(
    a: Annotated[Path, typer.Argument(metavar="A", help="First analyst: a json export or a database.")],
    b: Annotated[Path, typer.Argument(metavar="B", help="Second analyst: a json export or a database.")],
    session: Annotated[
        str | None, session_option("Session to read from a database (both, unless --session-b).")
    ] = None,
    session_b: Annotated[
        str | None, typer.Option("--session-b", help="Session to read from B when its name differs.")
    ] = None,
    model: ModelOpt = None,
) -> None:
    """Cohen's kappa overall and per label, the confusion table, the claims two analysts label differently.

    Example: factcheck agreement alice.json bob.json
    """
    from factcheck.agreement import compare, interpret
    from factcheck.export.merge import load_analyst

    try:
        first = load_analyst(a, session, model=model)
        second = load_analyst(b, session_b or session, model=model)
    except ExportError as exc:
        fail(str(exc))
    result = compare(first.labels, second.labels)
    echo = typer.echo
    echo(f"A: {first.origin}: {len(first.labels)} verdicts")
    echo(f"B: {second.origin}: {len(second.labels)} verdicts")
    only = f"only A: {len(result.only_a)}, only B: {len(result.only_b)}"
    echo(f"both reviewed: {len(result.common)} claims ({only})")
    if not result.common:
        echo("no claim was reviewed by both: nothing to compare")
        return
    echo(f"observed agreement: {result.observed:.3f}   chance agreement: {result.expected:.3f}")
    echo(f"Cohen's kappa: {_kappa(result.kappa)} ({interpret(result.kappa)})")
    echo("per label (one vs rest):")
    width = max(len(label) for label in result.labels)
    for label in result.labels:
        by_a = sum(result.confusion[label].values())
        by_b = sum(row[label] for row in result.confusion.values())
        echo(f"  {label:<{width}}  kappa {_kappa(result.per_label[label]):>6}  (A {by_a}, B {by_b})")
    echo("confusion (rows: A, columns: B):")
    echo("  " + " " * width + "".join(f"  {label:>{width}}" for label in result.labels))
    for row in result.labels:
        echo(f"  {row:<{width}}" + "".join(f"  {result.confusion[row][col]:>{width}}" for col in result.labels))
    echo(f"differing claims: {len(result.differing)}")
    for claim, label_a, label_b in result.differing:
        text = first.texts.get(claim) or second.texts.get(claim) or ""
        echo(f"  {claim}  A: {label_a}  B: {label_b}" + (f"  “{_short(text, 70)}”" if text else ""))


def register(app: typer.Typer) -> None:
    """Add `export`, `import` and `agreement` to the command line (once, however often it is called)."""
    present = {command.name for command in app.registered_commands}
    for name, command in (("export", export_command), ("import", import_command), ("agreement", agreement_command)):
        if name not in present:
            app.command(name)(command)
