"""The `review` and `sessions` commands: open the store and corpus here, then start the app.

Everything that can go wrong before the screen starts (database in use or unreadable, bad
corpus, missing spaCy model) is a one-line message on stderr and exit status 2, so the
full-screen app only ever starts on a good database. Textual is imported only by `review`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli import CorpusArg, DbOpt, ModelOpt, corpus_paths, fail, read_corpus, session_option, warn
from factcheck.locations import default_db, seeds_dir

if TYPE_CHECKING:
    from factcheck.store import Store

SessionOpt = Annotated[
    str | None,
    session_option(
        "Session name (default: from the corpus folder's name; the bundled sample is 'sample'). "
        "An existing session resumes; given alone, it reopens that session's corpus."
    ),
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
) -> None:
    """Review claims: each beside the claims that compete with it or back it up; one key per verdict.

    Every verdict is saved the moment its key is pressed; reopening the session lands on the
    same claim with the same filter.

    Example: factcheck review reports/ --session strike --analyst "A. Analyst"
    """
    from factcheck.session import (
        default_session_name,
        extraction_key,
        model_problem,
        open_session,
        resolve_analyst,
    )

    if session is not None and not session.strip():
        fail("--session: a session name cannot be empty")
    db_path = db or default_db()
    name_given = session
    store = open_store(db_path)
    app = None
    try:
        for message in store.warnings:
            warn(message)
        paths = corpus_paths(corpus)
        if not corpus and name_given:
            existing = store.get_session(name_given)
            if existing is not None and existing.corpus:
                paths = [Path(p) for p in existing.corpus]
                model = model or existing.model  # reopen with the pipeline it was extracted with
        loaded = read_corpus(paths)
        name = name_given or default_session_name(paths, sample=seeds_dir())
        key = extraction_key(loaded.articles, model)
        extraction = store.cached_extraction(key)
        if extraction is None and (problem := model_problem(model)) is not None:
            fail(problem)
        opened = open_session(store, name, paths, resolve_analyst(analyst), model=model, key=key)
        from factcheck.ui.app import make_app

        app = make_app(
            store,
            opened,
            resolve_analyst(analyst),
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
