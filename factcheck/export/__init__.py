"""Export a session's verdicts: json, claimreview, csv, markdown, fever. Never imports spaCy.

Entry points:

- `write_export(store, session_name, fmt, out, *, extraction=None, org=None, url=None, model=None,
  warn=None) -> Path | None` writes one format to `out` (a Path, or "-" for stdout; returns the path
  written, None for stdout). `extraction` is the session's claims and links when the caller has them
  (the review app does); when None they are looked up in the store's extraction cache
  (`load_extraction`). Raises `ExportError` (str() is a one-line message naming the file) for an unknown
  session or format, for a path that cannot be written and for a path that is the database itself (or
  its journal, lock or backup); nothing is left half-written, because the text is built in memory
  first and then written to a temporary file that is renamed over `out`.
- `build_export(fmt, session, verdicts, extraction, ...) -> str` is the pure part: the file's text
  from plain values, for tests and for callers that write elsewhere.
- `load_extraction(store, session, ...)` finds the cached extraction of a session's corpus (the store's
  one lookup, `factcheck.store.cache.find_cached_extraction`). When the corpus moved or was never
  extracted, exports still work from the verdicts alone (claim id, label, note, analyst, time).

The store also keeps notes on claims not yet judged (a Verdict whose label is None). Those are not
verdicts: the verdict formats leave them out; csv and markdown show them as unreviewed, with the note.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from factcheck.export.claimreview import build_claimreview
from factcheck.export.formats import build_csv, build_fever, build_json
from factcheck.export.markdown import build_markdown
from factcheck.export.view import ExportView
from factcheck.model import Edit, Extraction, Session, Verdict

if TYPE_CHECKING:
    from factcheck.store import Store

Format = Literal["json", "claimreview", "csv", "markdown", "fever"]
FORMATS: tuple[Format, ...] = ("json", "claimreview", "csv", "markdown", "fever")
SUFFIXES: dict[Format, str] = {
    "json": ".json",
    "claimreview": ".jsonld",
    "csv": ".csv",
    "markdown": ".md",
    "fever": ".jsonl",
}
Warn = Callable[[str], None]


class ExportError(Exception):
    """An export (or import) that cannot be done; str() is a one-line message naming the file or option."""


def build_export(
    fmt: str,
    session: Session,
    verdicts: dict[str, Verdict],
    extraction: Extraction | None = None,
    *,
    org: str | None = None,
    url: str | None = None,
    exported: str | None = None,
    edits: Sequence[Edit] = (),
) -> str:
    """The text of one export format, from plain values (no store, no files).

    `extraction` is the one the analyst sees (corrections applied); `edits` are the corrections in
    force, which the json format lists for `factcheck import`.
    """
    if fmt not in FORMATS:
        raise ExportError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    view = ExportView.build(session, verdicts, extraction)
    view.edits = list(edits)
    if fmt == "json":
        return build_json(view, exported=exported)
    if fmt == "claimreview":
        return build_claimreview(view, org=org, url=url)
    if fmt == "csv":
        return build_csv(view)
    if fmt == "markdown":
        return build_markdown(view, exported=exported, org=org)
    return build_fever(view)


def pick_session(store: Store, name: str | None, *, db: Path) -> Session:
    """The named session, or the only one; ExportError naming the choices otherwise."""
    sessions = store.sessions()
    if name is not None:
        found = store.get_session(name)
        if found is None:
            known = ", ".join(s.name for s in sessions) or "none"
            raise ExportError(f"--session: no session {name!r} in {db} (sessions: {known})")
        return found
    if not sessions:
        raise ExportError(f"{db}: no sessions yet; review a corpus first (factcheck review CORPUS)")
    if len(sessions) > 1:
        names = ", ".join(s.name for s in sessions)
        raise ExportError(f"{db}: several sessions ({names}); choose one with --session NAME")
    return sessions[0]


def load_extraction(
    store: Store, session: Session, *, model: str | None = None
) -> tuple[Extraction | None, str | None]:
    """The session's cached extraction, or (None, why not) when it cannot be found. Never runs spaCy.

    The store's one lookup (`factcheck.store.cache.find_cached_extraction`): the extraction the
    analyst last reviewed first, else the corpus keyed again with the given model and the others.
    """
    from factcheck.pipeline import cache_key
    from factcheck.store.cache import find_cached_extraction

    return find_cached_extraction(store, session, cache_key, model=model)


def write_text(out: Path | str, text: str, *, protect: Path | None = None) -> Path | None:
    """Write export text to `out` atomically ("-": stdout); ExportError naming the path when it cannot.

    `protect` is the database being exported: writing over it or its journal, lock or backup is
    refused (`-o data/factcheck.json` would otherwise replace the verdicts with their export).
    The file keeps the mode of the file it replaces; a new file is made readable by all (0644), as
    exports are meant to be handed on.
    """
    from factcheck.store.cache import database_files
    from factcheck.store.files import atomic_write_bytes

    if str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    path = Path(out)
    if protect is not None and path.resolve() in {p.resolve() for p in database_files(protect)}:
        raise ExportError(f"{path}: is part of the database {protect}; choose another file name")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name with -o")
    if not path.parent.exists():
        raise ExportError(f"{path}: cannot write, the folder {path.parent} does not exist")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: cannot write, {path.parent} is not a folder")
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        atomic_write_bytes(path, text.encode("utf-8"))
        os.chmod(path, mode)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path


def write_export(
    store: Store,
    session_name: str,
    fmt: str,
    out: Path | str,
    *,
    extraction: Extraction | None = None,
    org: str | None = None,
    url: str | None = None,
    model: str | None = None,
    warn: Warn | None = None,
) -> Path | None:
    """Export one session in one format to `out` ("-" for stdout); returns the path written.

    `warn` receives one-line notices (e.g. that claim texts are missing because nothing is cached).
    """
    if fmt not in FORMATS:
        raise ExportError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    session = store.get_session(session_name)
    if session is None:
        raise ExportError(f"--session: no session {session_name!r}")
    edits = store.active_edits(session.name)
    if extraction is None:  # else the caller's, as the screen shows it: corrections already applied
        extraction, why = load_extraction(store, session, model=model)
        if extraction is None and warn is not None:
            warn(f"session {session.name!r}: claim texts and links left out: {why}")
        elif extraction is not None and edits:
            extraction = corrected_extraction(extraction, edits)
    text = build_export(fmt, session, store.verdicts(session.name), extraction, org=org, url=url, edits=edits)
    return write_text(out, text, protect=getattr(store, "path", None))


def corrected_extraction(base: Extraction, edits: Sequence[Edit]) -> Extraction:
    """The machine's extraction with the analyst's edits, as the review screen shows it once settled.

    When speakers or sides were corrected, the linker runs again on the corrected claims (as the
    app does in the background; no spaCy, seconds at 10k claims), so questions and links follow.
    """
    from factcheck.corrections import apply_edits
    from factcheck.relink import claim_edits, relink

    corrected = apply_edits(base, edits)
    if claim_edits(corrected.applied) and any(c.features for c in base.claims[:100]):
        corrected = apply_edits(relink(corrected), edits)
    return corrected.extraction


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ExportError",
    "ExportView",
    "build_export",
    "corrected_extraction",
    "load_extraction",
    "pick_session",
    "write_export",
    "write_text",
]
