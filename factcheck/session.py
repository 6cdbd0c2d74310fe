"""Opening and driving a review session: everything the review app needs that is not drawing.

The command line opens the store and the corpus, names the session and the analyst, and
looks the extraction up in the cache (a hit imports no spaCy); the app then drives a
`Review`, which writes every change to the store first and only then to the claim view, so
the screen never shows a verdict that is not on disk. The `factcheck sessions` listing and the
extraction cache key are in `session_list` (still importable from here).
"""

from __future__ import annotations

import getpass
import importlib.util
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from factcheck.claimview import ClaimFilter, ClaimView
from factcheck.clock import utc_now
from factcheck.corrections import Corrected, apply_edits
from factcheck.model import Article, Edit, Extraction, HistoryEntry, Label, Session, Verdict
from factcheck.questionview import QuestionView
from factcheck.review_edits import ReviewCorrections
from factcheck.session_list import SessionSummary, corpus_label, extraction_key, format_sessions, summarise_session

if TYPE_CHECKING:
    from factcheck.store import Store

ANALYST_ENV = "FACTCHECK_ANALYST"
FALLBACK_ANALYST = "analyst"
SAMPLE_SESSION = "sample"

Progress = Callable[[int, int], None]

__all__ = [
    "ANALYST_ENV",
    "FALLBACK_ANALYST",
    "SAMPLE_SESSION",
    "Change",
    "ConflictChoice",
    "Progress",
    "Review",
    "SessionSummary",
    "conflict_note",
    "conflict_source",
    "corpus_label",
    "corpus_strings",
    "default_session_name",
    "extraction_key",
    "format_sessions",
    "model_problem",
    "open_session",
    "resolve_analyst",
    "run_analysis",
    "session_choice_problem",
    "summarise_session",
]


def resolve_analyst(option: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The analyst's name: `--analyst`, else `$FACTCHECK_ANALYST`, else the login name, else "analyst"."""
    env = os.environ if environ is None else environ
    for candidate in (option, env.get(ANALYST_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no passwd entry, no USER variable (containers)
        login = ""
    return login.strip() or FALLBACK_ANALYST


def default_session_name(paths: Sequence[Path], *, sample: Path | None = None) -> str:
    """A session name derived from the corpus: the folder's name (or the files' folder).

    The bundled sample is "sample"; several corpus paths join their names with "+".
    """
    if not paths:
        return SAMPLE_SESSION
    names: list[str] = []
    for path in paths:
        resolved = path.resolve()
        if sample is not None and resolved == sample.resolve():
            name = SAMPLE_SESSION
        elif path.is_dir() or not path.suffix:
            name = resolved.name
        else:
            name = resolved.parent.name or resolved.stem
        name = re.sub(r"\s+", "-", name.strip()).strip("-_.") or "corpus"
        if name not in names:
            names.append(name)
    joined = "+".join(names)
    return joined if len(joined) <= 60 else joined[:59] + "…"


def corpus_strings(paths: Sequence[Path]) -> list[str]:
    """The corpus paths as absolute strings, as a session remembers them."""
    return [str(p.resolve()) for p in paths]


def session_choice_problem(
    sessions: Sequence[Session], name: str, corpus: Sequence[Path], *, named: bool, rebind: bool, new: bool
) -> str | None:
    """Why `review` must not open session `name` on `corpus` without a flag; None when it may.

    An existing session resumes only on the corpus it was made on (a session silently re-pointed
    at another corpus showed all its verdicts as orphaned); `--rebind` moves it. A name given with
    `--session` that no session has, while other sessions exist, is most likely a typo; `--new`
    makes it. A name derived from the corpus folder needs no flag to be new.
    """
    existing = next((s for s in sessions if s.name == name), None)
    if existing is not None:
        if rebind or not existing.corpus or existing.corpus == corpus_strings(corpus):
            return None
        subject = f"--session {name}" if named else f"session {name!r} (named after the corpus)"
        how = "" if named else "name another with --session NAME, or "
        return (
            f"{subject}: it was made on {', '.join(existing.corpus)}, not on {', '.join(corpus_strings(corpus))}; "
            f"{how}give --rebind to move it to this corpus"
        )
    if not named or new or not sessions:
        return None
    names = ", ".join(s.name for s in sessions)
    return f"--session {name}: no such session (sessions: {names}); give --new to start a new one"


def open_session(
    store: Store,
    name: str,
    corpus: Sequence[Path],
    analyst: str,
    *,
    model: str | None = None,
    key: str = "",
) -> Session:
    """The named session, created if new; a resumed session's corpus, model and cache key follow what was opened.

    Remembering the extraction cache key lets `sessions` and `export` find the claims later
    without re-reading the corpus or guessing the model.
    """
    paths = corpus_strings(corpus)
    session = store.get_session(name)
    if session is None:
        stamp = utc_now()
        session = Session(
            name=name, corpus=paths, analyst=analyst, created=stamp, updated=stamp, model=model, extraction_key=key
        )
        store.save_session(session)
    elif (session.corpus, session.model, session.extraction_key) != (paths, model, key or session.extraction_key):
        session.corpus = paths
        session.model = model
        session.extraction_key = key or session.extraction_key
        session.updated = utc_now()
        store.save_session(session)
    return session


def model_problem(model: str | None) -> str | None:
    """Why the spaCy pipeline cannot load, found without importing spaCy; None when it looks fine.

    Run before the app starts so that a missing model is a one-line error, not a failure
    inside the full-screen app.
    """
    from factcheck.extract.nlp import missing_model, model_name

    name = model_name(model)
    if Path(name).exists():
        return None
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    return missing_model(name)


def run_analysis(articles: Sequence[Article], model: str | None, progress: Progress | None = None) -> Extraction:
    """Extract and link claims with spaCy; slow, so the app calls it from a worker thread."""
    from factcheck.pipeline import analyse

    return analyse(articles, model=model, progress=progress)


@dataclass(frozen=True)
class Change:
    """What a key press changed: the claim, its verdict now, and where the cursor should go next."""

    claim: str
    verdict: Verdict | None
    next_claim: str | None = None


class Review(ReviewCorrections):
    """One open review: store, session, analyst and claim view, wired so the store is written first.

    The analyst's corrections (speakers, sides, links, questions) are in `ReviewCorrections`.

    The store is not thread-safe: call these from the app's event-loop thread only.
    """

    def __init__(self, store: Store, session: Session, analyst: str, view: ClaimView) -> None:
        self.store = store
        self.session = session
        self.analyst = analyst
        self.view = view
        self._saved_position: tuple[str | None, dict] | None = None
        self._questions: QuestionView | None = None

    @classmethod
    def open(cls, store: Store, session: Session, analyst: str, extraction: Extraction) -> Review:
        """Build the claim view with the stored verdicts, the session's edits applied and its saved filter.

        Without edits the extraction is taken as it is: the lookups that applying edits needs are
        built after the first screen (`prepare_corrections`), not before it."""
        edits = store.active_edits(session.name)
        corrected = apply_edits(extraction, edits) if edits else Corrected(extraction, base=extraction)
        view = ClaimView(corrected.extraction, store.verdicts(session.name))
        view.set_filter(ClaimFilter.from_dict(session.filter))
        review = cls(store, session, analyst, view)
        review.adopt_corrections(corrected)
        review._saved_position = (session.cursor, view.filter.to_dict())
        return review

    def prepare_corrections(self) -> None:
        """Build what the first correction key would otherwise build (the app calls it after its first screen)."""
        self.corrected.prepare()

    @property
    def name(self) -> str:
        """The session's name."""
        return self.session.name

    @property
    def questions(self) -> QuestionView:
        """The questions over this review's claims and verdicts.

        Built on first use, and again when the claim view or its extraction was replaced (a
        correction does either), keeping the Questions view's filter (disputed only, search).
        """
        old = self._questions
        if old is None or old.claims is not self.view or old.extraction is not self.view.extraction:
            self._questions = QuestionView(self.view)
            if old is not None:
                self._questions.disputed_only = old.disputed_only
                self._questions.set_search(old.search)
        assert self._questions is not None
        return self._questions

    def start_claim(self) -> str | None:
        """Where the cursor starts: where the analyst left off, else the first unreviewed claim."""
        return self.view.start_claim(self.session.cursor)

    def record(self, claim_id: str, label: Label | None) -> Change:
        """Write a label (None clears it) to the store, then to the view; the note is kept."""
        verdict = self.store.record_verdict(self.name, claim_id, label, analyst=self.analyst)
        self.view.apply(claim_id, verdict)
        next_claim = self.view.next_unreviewed(claim_id) if label is not None else claim_id
        return Change(claim_id, verdict, next_claim)

    def accept_suggestion(self, claim_id: str) -> Change | None:
        """Record the suggested label of a claim; None when there is no suggestion."""
        suggestion = self.view.suggestion(claim_id)
        if suggestion is None:
            return None
        return self.record(claim_id, suggestion.label)

    def note(self, claim_id: str) -> str:
        """The current note of a claim ("" when none)."""
        verdict = self.view.verdict(claim_id)
        return verdict.note if verdict is not None else ""

    def set_note(self, claim_id: str, note: str) -> Change | None:
        """Save a note when it changed; None when it is unchanged (nothing written)."""
        if note == self.note(claim_id):
            return None
        verdict = self.store.set_note(self.name, claim_id, note, analyst=self.analyst)
        self.view.apply(claim_id, verdict)
        return Change(claim_id, verdict, claim_id)

    def undo(self) -> tuple[HistoryEntry | Edit, Change] | None:
        """Revert the most recent change or correction (also one made before a restart); None when nothing is left.

        For a correction, the change names its claim (a side's first claim for a side-wide one).
        """
        entry = self.store.undo(self.name, analyst=self.analyst)
        if entry is None:
            return None
        if isinstance(entry, Edit):
            self.reapply_edits()
            claim_id = entry.target if self.view.claim(entry.target) is not None else ""
            verdict = self.view.verdict(claim_id) if claim_id else None
            return entry, Change(claim_id, verdict, claim_id or None)
        verdict = self.store.verdict(self.name, entry.claim)
        self.view.apply(entry.claim, verdict)
        return entry, Change(entry.claim, verdict, entry.claim)

    def set_filter(self, new_filter: ClaimFilter) -> None:
        """Change what the list shows (remembered with the next position save)."""
        self.view.set_filter(new_filter)

    def remember_position(self, cursor: str | None) -> bool:
        """Save the cursor and filter for resuming; skipped (False) when nothing changed."""
        position = (cursor, self.view.filter.to_dict())
        if position == self._saved_position:
            return False
        self.store.set_position(self.name, cursor, position[1])
        self.session.cursor = cursor
        self.session.filter = position[1]
        self._saved_position = position
        return True

    def orphans(self) -> list[Verdict]:
        """Verdicts whose claim is gone from the corpus."""
        return self.view.orphans()

    def conflicts(self) -> list[tuple[Verdict | None, Verdict, str]]:
        """Other analysts' differing verdicts imported into this session, still open."""
        return self.store.conflicts(self.name)

    def resolve_conflict(self, claim_id: str, source: str, choice: ConflictChoice, note: str | None = None) -> Change:
        """Settle an imported conflict: keep my verdict, take theirs, or keep both (mine, with `note`).

        The verdict change and the closing of the conflict are one journal write; the change is in
        the history with this analyst and time, so ctrl+z takes it back like any verdict, and
        reopens the conflict. Keeping mine (or taking theirs when it is mine already) records my
        verdict again, unchanged: ctrl+z then reopens the conflict too, and never takes back an
        earlier change in its place.
        """
        theirs = next((t for _, t, s in self.conflicts() if t.claim == claim_id and s == source), None)
        if theirs is None:
            raise KeyError(f"no open conflict on {claim_id} from {source}")
        mine = self.view.verdict(claim_id)
        history = self.store.history(self.name)
        before = history[-1].seq if history else 0
        with self.store.batch():
            if choice == "theirs":
                self.store.record_verdict(self.name, claim_id, theirs.label, analyst=self.analyst, note=theirs.note)
            elif choice == "both":
                label = mine.label if mine is not None else None
                text = conflict_note(mine, theirs, source) if note is None else note
                self.store.record_verdict(self.name, claim_id, label, analyst=self.analyst, note=text)
            history = self.store.history(self.name)
            if not history or history[-1].seq == before:  # mine, or theirs already mine: an entry all the same
                self.store.keep_verdict(self.name, claim_id, analyst=self.analyst)
                history = self.store.history(self.name)
            change = history[-1].seq
            self.store.resolve_conflict(self.name, claim_id, choice=choice, analyst=self.analyst, change=change)
        verdict = self.store.verdict(self.name, claim_id)
        self.view.apply(claim_id, verdict)
        return Change(claim_id, verdict, claim_id)


ConflictChoice = Literal["mine", "theirs", "both"]


def conflict_source(theirs: Verdict, source: str) -> str:
    """Who a conflicting verdict comes from: "bo (bo.json)"; the source alone when it already names them."""
    who = theirs.analyst or "another analyst"
    return source if source.startswith(f"{who} (") else f"{who} ({source})"


def conflict_note(mine: Verdict | None, theirs: Verdict, source: str) -> str:
    """My note with a line recording the other analyst's verdict, for "keep both"."""
    their_label = theirs.label or "no verdict"
    line = f"{conflict_source(theirs, source)} said {their_label}"
    if theirs.note:
        line += f": {theirs.note}"
    return f"{mine.note}\n{line}" if mine is not None and mine.note else line


def describe_undone(entry: HistoryEntry) -> str:
    """What ctrl+z took back, for the status line ("c-… is unreviewed again", "the note on c-…"); an entry
    that changed nothing kept a verdict over another analyst's, and taking it back reopened that conflict."""
    if (entry.old_label, entry.old_note) == (entry.new_label, entry.new_note):
        return f"keeping the verdict on {entry.claim}; its conflict is open again (o lists it)"
    if entry.old_label == entry.new_label:
        return f"the note on {entry.claim}"
    return f"{entry.claim} is {entry.new_label or 'unreviewed'} again"
