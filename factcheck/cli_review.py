"""The `review` and `sessions` commands: open the store and corpus here, then start the app.

Everything that can go wrong before the screen starts (database in use or unreadable, bad
corpus, missing spaCy model) is a one-line message on stderr and exit status 2, so the
full-screen app only ever starts on a good database. Textual is imported only by `review`.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import CorpusArg, DbOpt, FieldOpt, ModelOpt, corpus_paths, fail, read_corpus, session_option, warn
from factcheck.locations import default_db, seeds_dir

if TYPE_CHECKING:
    from factcheck.model import Extraction
    from factcheck.store import Store

SessionOpt = Annotated[
    str | None,
    session_option(
        "Session name (default: from the corpus folder's name; the bundled sample is 'sample'). "
        "An existing session resumes; given alone, it reopens that session's corpus."
    ),
]
RebindOpt = Annotated[
    bool,
    typer.Option("--rebind", help="Move an existing session to the corpus given (its verdicts follow by claim id)."),
]
NewOpt = Annotated[
    bool,
    typer.Option("--new", help="Start a new session with the --session name given, beside the existing ones."),
]
AnalystOpt = Annotated[
    str | None,
    typer.Option(
        "--analyst",
        help="Your name on each verdict (default: $FACTCHECK_ANALYST, else your login name).",
        show_default=False,
    ),
]


def open_store(path: Path, *, readonly: bool = False) -> Store:
    """Open the database or exit 2 naming the file (in use, unreadable, folder not writable)."""
    from factcheck.store import Store, StoreError

    try:
        return Store.open(path, readonly=readonly)
    except StoreError as exc:
        fail(str(exc))


def review(
    corpus: CorpusArg = None,
    db: DbOpt = None,
    session: SessionOpt = None,
    analyst: AnalystOpt = None,
    model: ModelOpt = None,
    rebind: RebindOpt = False,
    new: NewOpt = False,
    field: FieldOpt = None,
) -> None:
    """Review claims: each beside the claims that compete with it or back it up; one key per verdict.

    Every verdict is saved the moment its key is pressed; reopening the session lands on the
    same claim with the same filter. A session resumes only on the corpus it was made on
    (--rebind moves it); a new --session name beside existing sessions needs --new.

    Example: factcheck review reports/ --session strike --analyst "A. Analyst"
    """
    from factcheck.session import (
        default_session_name,
        extraction_key,
        model_problem,
        open_session,
        resolve_analyst,
        session_choice_problem,
    )

    if session is not None and not session.strip():
        fail("--session: a session name cannot be empty")
    db_path = db or default_db()
    name_given = session
    # Everything is checked on a read-only store first: bad input creates and changes no file.
    store = open_store(db_path, readonly=True)
    app = None
    try:
        paths = corpus_paths(corpus)
        if not corpus and name_given:
            existing = store.get_session(name_given)
            if existing is not None and existing.corpus:
                paths = [Path(p) for p in existing.corpus]
                model = model or existing.model  # reopen with the pipeline it was extracted with
        name = name_given or default_session_name(paths, sample=seeds_dir())
        remembered = store.get_session(name)
        fields = field or (remembered.fields if remembered is not None else [])  # a feed's columns, as last named
        # The claims the session was last opened on: their articles spare parsing unchanged saved pages again.
        earlier = store.cached_extraction(remembered.extraction_key) if remembered is not None else None
        loaded = read_corpus(paths, fields, known=earlier.articles if earlier is not None else ())
        problem = session_choice_problem(
            store.sessions(), name, paths, named=name_given is not None, rebind=rebind, new=new
        )
        if problem and (remembered is not None or not confirm_new_session(name, store)):
            fail(problem)
        key = extraction_key(loaded.articles, model)
        if earlier is not None and remembered is not None and key == remembered.extraction_key:
            extraction: Extraction | None = earlier
        else:
            if earlier is not None:  # something changed (a file, a version): every page read afresh
                loaded = read_corpus(paths, fields)
                key = extraction_key(loaded.articles, model)
            extraction = store.cached_extraction(key)
        if extraction is None and (problem := model_problem(model)) is not None:
            fail(problem)
        # Everything read so far (the cached claims above all) lives as long as the app: out of the
        # cyclic collector's later passes, which would otherwise walk it again and again (~0.2 s of
        # opening 4,000 claims).
        gc.freeze()
        promote(store)
        for message in store.warnings:
            warn(message)
        who = resolve_analyst(analyst)
        opened = open_session(store, name, paths, who, model=model, key=key)
        if fields and opened.fields != fields:
            opened.fields = list(fields)
            store.save_session(opened)
        from factcheck.ui.app import make_app

        app = make_app(
            store,
            opened,
            who,
            extraction=extraction,
            articles=loaded.articles,
            model=model,
            cache_key=key,
        )
        app.run()
    finally:
        store.close()
    if app is not None and app.error:
        fail(app.error, app.return_code or 1)
    if app is not None and app.return_code:
        raise typer.Exit(app.return_code)


def confirm_new_session(name: str, store: Store) -> bool:
    """On a terminal, ask before starting a session whose name no session has (a typo, most often).

    Without a terminal (a script), nothing is asked: the caller refuses, and `--new` is the way.
    """
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    names = ", ".join(s.name for s in store.sessions())
    return typer.confirm(
        f"factcheck: no session {name!r} (sessions: {names}). Start a new one?", default=False, err=True
    )


def promote(store: Store) -> None:
    """Start writing on the store the checks read, or exit 2 naming the file (in use, folder not writable)."""
    from factcheck.store import StoreError

    try:
        store.promote()
    except StoreError as exc:
        fail(str(exc))


def sessions(db: DbOpt = None, model: ModelOpt = None) -> None:
    """List the saved sessions with their progress (read-only: works while the app is open).

    Example: factcheck sessions --db data/factcheck.json
    """
    from factcheck.session import format_sessions, summarise_session

    db_path = db or default_db()
    if not db_path.exists():
        fail(f"{db_path}: no such database (give one with --db)")
    store = open_store(db_path, readonly=True)
    try:
        found = store.sessions()
        if not found:
            typer.echo(f"no sessions in {db_path}; start one with: factcheck review CORPUS")
            return
        typer.echo(format_sessions([summarise_session(store, s, model) for s in found]))
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Attach `review` and `sessions` to the command-line app."""
    app.command("review")(review)
    app.command("sessions")(sessions)
