"""Unit tests of the review core: the claim view model and the session facade (no spaCy, no terminal)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.claimview import NO_SIDE, ClaimFilter, ClaimView
from factcheck.model import Extraction, HistoryEntry, Label, Session, Verdict
from factcheck.session import (
    Review,
    default_session_name,
    format_sessions,
    model_problem,
    open_session,
    resolve_analyst,
    summarise_session,
)
from factcheck.synthetic import large_extraction, small_extraction


class MemoryStore:
    """An in-memory stand-in with the store's contract: label None + note kept, undo walks history."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._verdicts: dict[str, dict[str, Verdict]] = {}
        self._history: dict[str, list[HistoryEntry]] = {}
        self.positions: list[tuple[str, str | None, dict]] = []
        self.writes = 0

    def get_session(self, name: str) -> Session | None:
        s = self._sessions.get(name)
        return replace(s) if s else None

    def save_session(self, session: Session) -> None:
        self._sessions[session.name] = replace(session)

    def set_position(self, session: str, cursor: str | None, filter: dict) -> None:
        self.positions.append((session, cursor, filter))

    def verdicts(self, session: str) -> dict[str, Verdict]:
        return dict(self._verdicts.get(session, {}))

    def verdict(self, session: str, claim: str) -> Verdict | None:
        return self._verdicts.get(session, {}).get(claim)

    def active_edits(self, session: str) -> list:
        return []  # no corrections in these tests (tests/test_review_edits.py has them, on the real store)

    def record_verdict(self, session, claim, label, *, analyst, note=None):  # type: ignore[no-untyped-def]
        current = self.verdict(session, claim)
        old = (current.label, current.note) if current else (None, "")
        new = (label, old[1] if note is None else note)
        if new != old:
            self._change(session, claim, old, new, analyst, None)
        return self.verdict(session, claim)

    def set_note(self, session, claim, note, *, analyst):  # type: ignore[no-untyped-def]
        current = self.verdict(session, claim)
        return self.record_verdict(session, claim, current.label if current else None, analyst=analyst, note=note)

    def undo(self, session: str, *, analyst: str) -> HistoryEntry | None:
        history = self._history.get(session, [])
        undone = {e.undo_of for e in history if e.undo_of is not None}
        target = next((e for e in reversed(history) if e.undo_of is None and e.seq not in undone), None)
        if target is None:
            return None
        current = self.verdict(session, target.claim)
        old = (current.label, current.note) if current else (None, "")
        self._change(session, target.claim, old, (target.old_label, target.old_note), analyst, target.seq)
        return history[-1]

    def conflicts(self, session: str) -> list:
        return []

    def _change(self, session, claim, old, new, analyst, undo_of):  # type: ignore[no-untyped-def]
        self.writes += 1
        history = self._history.setdefault(session, [])
        history.append(HistoryEntry(len(history) + 1, claim, old[0], new[0], old[1], new[1], analyst, "t", undo_of))
        table = self._verdicts.setdefault(session, {})
        if new[0] is None and not new[1]:
            table.pop(claim, None)
        else:
            table[claim] = Verdict(claim, new[0], new[1], analyst, "t")  # type: ignore[arg-type]


@pytest.fixture
def extraction() -> Extraction:
    return small_extraction()


def ids(view: ClaimView) -> list[str]:
    return [c.id for c in view.visible]


def verdict(claim: str, label: Label | None, note: str = "") -> Verdict:
    return Verdict(claim, label, note, "ana", "t")  # type: ignore[arg-type]


# --- the claim view -------------------------------------------------------------------------


def test_view_lists_claims_in_document_order(extraction: Extraction) -> None:
    view = ClaimView(extraction)
    assert ids(view) == [c.id for c in extraction.claims]
    assert view.progress().summary() == "0/11 reviewed"


def test_progress_counts_labels_and_ignores_notes_and_orphans(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(
        extraction,
        {
            c[0].id: verdict(c[0].id, "disputed"),
            c[1].id: verdict(c[1].id, None, "check"),
            "c-000000000000": verdict("c-000000000000", "corroborated"),
        },
    )
    p = view.progress()
    assert (p.reviewed, p.total) == (1, 11)
    assert p.by_label == {"corroborated": 0, "disputed": 1, "unverified": 0}
    view.apply(c[2].id, verdict(c[2].id, "corroborated"))
    view.apply(c[0].id, None)
    assert view.progress().by_label == {"corroborated": 1, "disputed": 0, "unverified": 0}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("all", 11),
        ("unreviewed", 9),
        ("reviewed", 2),
        ("disputed", 1),
        ("corroborated", 1),
        ("unverified", 0),
    ],
)
def test_status_filter(extraction: Extraction, status: str, expected: int) -> None:
    c = extraction.claims
    view = ClaimView(
        extraction,
        {
            c[0].id: verdict(c[0].id, "disputed"),
            c[1].id: verdict(c[1].id, "corroborated"),
            c[2].id: verdict(c[2].id, None, "note only"),
        },
    )
    view.set_filter(ClaimFilter(status=status))
    assert len(view.visible) == expected


def test_side_article_contested_and_search_filters(extraction: Extraction) -> None:
    view = ClaimView(extraction)
    view.set_filter(ClaimFilter(side="Police"))
    assert {c.speaker for c in view.visible} == {"Lena Brak"}
    view.set_filter(ClaimFilter(side=NO_SIDE))
    assert all(c.side is None for c in view.visible) and len(view.visible) == 3
    view.set_filter(ClaimFilter(article="coast_news.txt"))
    assert {c.article for c in view.visible} == {"coast_news.txt"}
    view.set_filter(ClaimFilter(contested=True))
    assert all(view.competing_count(c.id) > 0 for c in view.visible) and len(view.visible) == 6
    view.set_filter(ClaimFilter(search="OLSEN port"))
    assert [c.speaker for c in view.visible] == ["Mara Olsen", "Mara Olsen"]
    view.set_filter(ClaimFilter(search="no such words"))
    assert view.visible == [] and view.next_unreviewed(None) is None and view.start_claim(None) is None


def test_sorts(extraction: Extraction) -> None:
    view = ClaimView(extraction)
    view.set_filter(ClaimFilter(sort="side"))
    sides = [c.side for c in view.visible]
    assert sides[-3:] == [None, None, None] and sides[0] == "Dockers Union"
    view.set_filter(ClaimFilter(sort="contested"))
    assert view.visible[0].id == extraction.claims[4].id  # three competing claims
    view.set_filter(ClaimFilter(sort="score"))
    scores = [c.score for c in view.visible]
    assert scores == sorted(scores, reverse=True)
    view.apply(extraction.claims[5].id, verdict(extraction.claims[5].id, "corroborated"))
    view.set_filter(ClaimFilter(sort="status"))
    assert view.visible[-1].id == extraction.claims[5].id


def test_filter_round_trips_and_tolerates_junk() -> None:
    f = ClaimFilter(status="unreviewed", side="Police", contested=True, search="gate", sort="speaker")
    assert ClaimFilter.from_dict(f.to_dict()) == f
    assert ClaimFilter.from_dict({"status": "bogus", "sort": 3, "side": 5, "search": None}) == ClaimFilter()
    assert ClaimFilter.from_dict(None).is_default
    assert f.describe() == "unreviewed · side Police · contested · “gate” · by speaker"
    assert ClaimFilter().describe() == "none"


def test_next_unreviewed_skips_reviewed_and_wraps(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(extraction, {c[1].id: verdict(c[1].id, "disputed"), c[2].id: verdict(c[2].id, None, "n")})
    assert view.next_unreviewed(c[0].id) == c[2].id  # a note alone is not a verdict
    view.apply(c[2].id, verdict(c[2].id, "unverified"))
    assert view.next_unreviewed(c[0].id) == c[3].id
    assert view.next_unreviewed(c[10].id) == c[0].id  # wraps round
    assert view.next_unreviewed(None) == c[0].id
    for claim in c:
        view.apply(claim.id, verdict(claim.id, "unverified"))
    assert view.next_unreviewed(c[3].id) is None


def test_start_claim_prefers_remembered_then_first_unreviewed(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(extraction, {c[0].id: verdict(c[0].id, "disputed")})
    assert view.start_claim(c[5].id) == c[5].id
    assert view.start_claim("c-gone00000000") == c[1].id
    assert view.start_claim(None) == c[1].id


def test_related_sorted_by_score_with_reason_and_own_verdict(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(extraction, {c[1].id: verdict(c[1].id, "disputed")})
    competing = view.related(c[4].id, "competes")
    assert [r.claim.id for r in competing] == [c[1].id, c[3].id, c[7].id]
    assert [r.score for r in competing] == sorted((r.score for r in competing), reverse=True)
    assert competing[0].reason.startswith("same subject") and competing[0].verdict.label == "disputed"
    assert [r.claim.id for r in view.related(c[4].id, "corroborates")] == [c[2].id]
    # links are undirected: the target sees the source too
    assert c[4].id in [r.claim.id for r in view.related(c[1].id, "competes")]
    assert view.related(c[9].id, "competes") == []


def test_links_to_missing_claims_are_skipped(extraction: Extraction) -> None:
    from factcheck.model import Link

    extraction.links.append(Link(extraction.claims[0].id, "c-missing00000", "competes", 0.99, "x"))
    view = ClaimView(extraction)
    assert view.related(extraction.claims[0].id, "competes") == []


def test_orphans_are_verdicts_whose_claim_is_gone(extraction: Extraction) -> None:
    c = extraction.claims
    gone = verdict("c-0123456789ab", "disputed", "old")
    view = ClaimView(extraction, {c[0].id: verdict(c[0].id, "disputed"), gone.claim: gone})
    assert view.orphans() == [gone]
    assert view.progress().reviewed == 1


def test_suggestion_only_with_a_valid_label(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(extraction)
    s = view.suggestion(c[4].id)
    assert s is not None and s.label == "disputed" and "competing" in s.reason
    assert view.suggestion(c[0].id) is None
    c[0].suggestion = {"label": "maybe", "reason": "?"}
    assert view.suggestion(c[0].id) is None
    assert view.suggestion("c-unknown") is None


def test_context_is_the_paragraph_around_the_claim(extraction: Extraction) -> None:
    c = extraction.claims
    view = ClaimView(extraction)
    ctx = view.context(c[1])
    assert ctx.text == c[1].text and ctx.before.startswith("Thousands") and ctx.after == ""
    assert ctx.paragraph_number == 2  # the title is paragraph 1
    assert view.context(c[3]).paragraph_number == 3
    bad = replace(c[0], paragraph=(9999, 10))  # offsets out of range: fall back to the claim itself
    assert view.context(bad).before == "" and view.context(bad).text == c[0].text


def test_large_view_search_needs_every_word() -> None:
    view = ClaimView(large_extraction(20_000))
    view.set_filter(ClaimFilter(search="crane gate"))
    assert 0 < len(view.visible) < 20_000
    assert all("crane" in c.text and "gate" in c.text for c in view.visible)
    view.set_filter(ClaimFilter(status="unreviewed", sort="contested"))
    assert len(view.visible) == 20_000


# --- the session facade ---------------------------------------------------------------------


@pytest.fixture
def review(extraction: Extraction) -> Review:
    store = MemoryStore()
    session = open_session(store, "port", [Path("corpus")], "ana")  # type: ignore[arg-type]
    return Review.open(store, session, "ana", extraction)  # type: ignore[arg-type]


def test_record_writes_store_then_view_and_moves_to_next_unreviewed(review: Review) -> None:
    c = review.view.claims
    change = review.record(c[0].id, "disputed")
    assert review.store.verdict("port", c[0].id).label == "disputed"  # type: ignore[attr-defined]
    assert review.view.label(c[0].id) == "disputed" and change.next_claim == c[1].id
    review.record(c[2].id, "corroborated")
    assert review.record(c[1].id, "unverified").next_claim == c[3].id  # skips the reviewed c[2]


def test_clear_keeps_the_cursor_and_the_note(review: Review) -> None:
    cid = review.view.claims[0].id
    review.record(cid, "disputed")
    review.set_note(cid, "two sources")
    change = review.record(cid, None)
    assert change.next_claim == cid
    assert change.verdict is not None and change.verdict.label is None and change.verdict.note == "two sources"
    assert review.view.progress().reviewed == 0


def test_note_unchanged_writes_nothing(review: Review) -> None:
    cid = review.view.claims[0].id
    assert review.set_note(cid, "") is None
    assert review.store.writes == 0  # type: ignore[attr-defined]
    assert review.set_note(cid, "line 1\nline 2") is not None
    assert review.note(cid) == "line 1\nline 2"


def test_undo_walks_back_and_reports_the_claim(review: Review) -> None:
    c = review.view.claims
    review.record(c[0].id, "disputed")
    review.record(c[0].id, "corroborated")
    review.record(c[3].id, "unverified")
    undone = review.undo()
    assert undone is not None and undone[1].claim == c[3].id and review.view.label(c[3].id) is None
    review.undo()
    assert review.view.label(c[0].id) == "disputed"
    review.undo()
    assert review.view.label(c[0].id) is None
    assert review.undo() is None


def test_accept_suggestion(review: Review) -> None:
    c = review.view.claims
    assert review.accept_suggestion(c[0].id) is None
    change = review.accept_suggestion(c[4].id)
    assert change is not None and review.view.label(c[4].id) == "disputed"


def test_position_is_saved_only_when_it_changes(review: Review) -> None:
    c = review.view.claims
    assert review.remember_position(c[2].id)
    assert not review.remember_position(c[2].id)
    review.set_filter(ClaimFilter(status="unreviewed"))
    assert review.remember_position(c[2].id)
    assert review.store.positions[-1] == ("port", c[2].id, ClaimFilter(status="unreviewed").to_dict())  # type: ignore[attr-defined]


def test_resume_restores_filter_and_cursor(extraction: Extraction) -> None:
    store = MemoryStore()
    c = extraction.claims
    session = open_session(store, "port", [Path("corpus")], "ana")  # type: ignore[arg-type]
    session.cursor, session.filter = c[6].id, {"status": "unreviewed", "side": "Police"}
    resumed = Review.open(store, session, "ana", extraction)  # type: ignore[arg-type]
    assert resumed.view.filter.side == "Police" and resumed.start_claim() == c[6].id


def test_open_session_creates_then_resumes_and_updates_corpus(tmp_path: Path) -> None:
    store = MemoryStore()
    first = open_session(store, "s", [tmp_path], "ana")  # type: ignore[arg-type]
    assert first.created and first.corpus == [str(tmp_path.resolve())] and first.analyst == "ana"
    again = open_session(store, "s", [tmp_path], "bob")  # type: ignore[arg-type]
    assert again.analyst == "ana" and again.created == first.created
    other = tmp_path / "more"
    other.mkdir()
    moved = open_session(store, "s", [other], "ana", model="xx_model", key="k2")  # type: ignore[arg-type]
    assert moved.corpus == [str(other.resolve())]
    stored = store.get_session("s")
    assert stored is not None and (stored.model, stored.extraction_key) == ("xx_model", "k2")
    assert open_session(store, "s", [other], "ana", model="xx_model").extraction_key == "k2"  # type: ignore[arg-type]


# --- names ------------------------------------------------------------------------------------


def test_analyst_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_analyst("  Ana ", {"FACTCHECK_ANALYST": "env"}) == "Ana"
    assert resolve_analyst(None, {"FACTCHECK_ANALYST": "env"}) == "env"
    monkeypatch.setattr("getpass.getuser", lambda: "login")
    assert resolve_analyst(None, {}) == "login"
    assert resolve_analyst("", {"FACTCHECK_ANALYST": " "}) == "login"

    def broken() -> str:
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", broken)
    assert resolve_analyst(None, {}) == "analyst"


def test_default_session_name(tmp_path: Path) -> None:
    folder = tmp_path / "port strike"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    other = tmp_path / "other"
    other.mkdir()
    assert default_session_name([folder]) == "port-strike"
    assert default_session_name([folder / "a.txt"]) == "port-strike"
    assert default_session_name([folder, other, folder / "a.txt"]) == "port-strike+other"
    assert default_session_name([other], sample=other) == "sample"
    assert default_session_name([]) == "sample"


def test_sessions_table_without_cache() -> None:
    s = Session(name="port", corpus=["/nowhere/corpus"], analyst="ana", updated="2024-01-01T00:00:00+00:00")
    store = MemoryStore()
    store.save_session(s)
    store.record_verdict("port", "c-1", "disputed", analyst="ana")
    store.record_verdict("port", "c-2", None, analyst="ana", note="only a note")
    store.cached_extraction = lambda key: None  # type: ignore[attr-defined]
    summary = summarise_session(store, s)  # type: ignore[arg-type]
    assert summary.total is None and summary.reviewed == 1
    table = format_sessions([summary])
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["session", "progress"]
    assert lines[1].split()[:4] == ["port", "1", "verdicts", "0"] and lines[1].endswith("corpus")


def test_sessions_table_with_cached_extraction(tmp_path: Path, extraction: Extraction) -> None:
    for article in extraction.articles:
        (tmp_path / article.file).write_text(article.text, encoding="utf-8")
    from factcheck.corpus import load_corpus
    from factcheck.session import extraction_key

    key = extraction_key(load_corpus([tmp_path]).articles, None)
    store = MemoryStore()
    store.cached_extraction = {key: extraction}.get  # type: ignore[attr-defined]
    s = open_session(store, "port", [tmp_path], "ana")  # type: ignore[arg-type]
    c = extraction.claims
    store.record_verdict("port", c[0].id, "disputed", analyst="ana")
    store.record_verdict("port", "c-gone00000000", "unverified", analyst="ana")
    summary = summarise_session(store, s)  # type: ignore[arg-type]
    assert (summary.reviewed, summary.total, summary.orphaned) == (1, 11, 1)
    assert "1/11 reviewed (+1 orphaned)" in format_sessions([summary])
    # a session that remembers its cache key is summarised without reading the corpus
    remembered = open_session(store, "kept", [tmp_path / "gone"], "ana", key=key)  # type: ignore[arg-type]
    assert summarise_session(store, remembered).total == 11  # type: ignore[arg-type]


def test_model_problem_without_importing_spacy() -> None:
    code = (
        "import sys\nfrom factcheck.session import model_problem\n"
        "assert model_problem('no_such_pipeline_xyz') is not None\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert model_problem(str(Path(__file__))) is None  # a path that exists is left to spaCy


def test_core_modules_import_no_ui_and_no_spacy() -> None:
    code = (
        "import sys\nimport factcheck.session, factcheck.claimview, factcheck.synthetic\n"
        "bad = [m for m in ('textual', 'rich', 'spacy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_sessions_table_names_the_bundled_sample() -> None:
    from factcheck.locations import seeds_dir
    from factcheck.session import corpus_label

    assert corpus_label(str(seeds_dir())) == "bundled sample"
    assert corpus_label("/data/reports/strike") == "strike"
