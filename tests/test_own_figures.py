"""A claim's own figure beside its answer's name: kept by the session store and shown by the Claim pane,
kept through question edits that leave its answer alone, never in the claims JSON.

Invented events: a strike at a port (the synthetic extraction) and a flood at Orsk (Norland, Sudmark).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck.claimview import ClaimView
from factcheck.corrections import apply_edits
from factcheck.link import suggest_verdicts
from factcheck.model import Article, Claim, Edit, Extraction, Link, Question
from factcheck.questionview import QuestionView
from factcheck.store.cache import read_cached_extraction, write_cached_extraction
from factcheck.synthetic import small_extraction

T = "2026-03-01T10:00:00.000Z"
X, Y, Z, W = "c-00000000000a", "c-00000000000b", "c-00000000000c", "c-00000000000d"


def flood() -> Extraction:
    """At least 500 and at least 471 are one answer ("at least 500"); Sudmark's about 40 competes with both."""
    texts = {
        X: ("a.txt", "At least 500 people died in the flood, the health office said.", "health office", "Norland"),
        Y: ("b.txt", "At least 471 people died in the flood, officials said.", "officials", "Norland"),
        Z: ("c.txt", "About 40 people died in the flood, the army said.", "army", "Sudmark"),
        W: ("c.txt", "The Orsk dam was built in 1961.", None, None),
    }
    claims = [
        Claim(cid, art, 0, len(text), text, speaker=spk, side=side) for cid, (art, text, spk, side) in texts.items()
    ]
    count = "'How many people died?'"
    links = [
        Link(X, Z, "competes", 0.9, f"{count}: Norland gives at least 500, Sudmark gives about 40 (opposing camps)"),
        Link(Y, Z, "competes", 0.9, f"{count}: Norland gives at least 471, Sudmark gives about 40 (opposing camps)"),
        Link(X, Y, "corroborates", 0.6, f"give at least 500 and at least 471, which can both hold, for {count}"),
    ]
    questions = [
        Question("q-000000000001", "How many people died?", {X: "at least 500", Y: "at least 500", Z: "about 40"}),
        Question("q-000000000002", "The Orsk dam was built in 1961", {W: "asserts"}),
    ]
    figures = {Y: "at least 471"}
    result = Extraction([Article("a", "a.txt", "a.txt", "A", "0", "")], claims, links, "static", questions, figures)
    suggest_verdicts(result.claims, result.links, result.questions, figures)
    return result


def edit(seq: int, kind: str, target: str, value: str, **extra: object) -> Edit:
    return Edit(seq, kind, target, value, "ana", T, **extra)  # type: ignore[arg-type]


def reason(extraction: Extraction, claim_id: str) -> str:
    claim = next(c for c in extraction.claims if c.id == claim_id)
    return (claim.suggestion or {}).get("reason", "")


def test_the_store_keeps_own_figures_and_the_claims_json_does_not_carry_them(tmp_path: Path) -> None:
    extraction = small_extraction()
    extraction.figures = {extraction.claims[3].id: "at least 4,000"}
    assert "figures" not in extraction.to_json()  # a stance in the claims JSON is the answer (CONTRACT)
    path = tmp_path / "cache.json"
    write_cached_extraction(path, "k", extraction)
    cached = read_cached_extraction(path, "k")
    assert cached is not None and cached.figures == {extraction.claims[3].id: "at least 4,000"}


def test_the_claim_pane_gives_the_claims_own_figure_before_its_answer() -> None:
    extraction = flood()
    view = QuestionView(ClaimView(extraction))
    count = next(q for q in view.questions if q.id == "q-000000000001")
    assert view.answer(count, Y) == "at least 471, one answer with at least 500"
    assert view.answer(count, X) == "at least 500"  # its figure is the answer's name
    dam = next(q for q in view.questions if q.id == "q-000000000002")
    assert view.answer(dam, W) == "asserts"


def test_a_suggestion_redone_after_an_edit_still_quotes_the_claims_own_figure() -> None:
    base = flood()
    assert reason(base, Y).startswith("disputed: gives at least 471 for 'How many people died?'")
    fixed = apply_edits(base, [edit(1, "reject-link", X, Y)])  # Y's suggestion is worked out again
    assert reason(fixed.extraction, Y).startswith("disputed: gives at least 471 for")
    assert fixed.extraction.figures == {Y: "at least 471"}


def test_a_claim_moved_to_another_answer_no_longer_gives_its_figure_beside_it() -> None:
    fixed = apply_edits(flood(), [edit(1, "question", Y, "q-000000000001", stance="about 40")])
    assert fixed.extraction.figures == {}
    view = QuestionView(ClaimView(fixed.extraction))
    count = next(q for q in view.questions if Y in q.claims)
    assert view.answer(count, Y) == "about 40"


def test_the_question_screen_gives_a_members_own_figure_on_its_card() -> None:
    # "At least 471" sits in the "at least 500" column; its card said nothing of its own figure.
    view = QuestionView(ClaimView(flood()))
    count = next(q for q in view.questions if q.id == "q-000000000001")
    members = {m.claim.id: m for group in view.groups(count) for m in group.members}
    assert members[Y].figure == "at least 471"
    assert members[X].figure is None  # its figure names the column
    assert members[Z].figure is None


async def test_the_stance_column_card_reads_gives_and_the_figure(make_review_app: Any) -> None:
    from factcheck.ui.widgets.stance_column import StanceColumn

    app = make_review_app(extraction=flood())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("v")
        await pilot.press("enter")  # the count question is disputed, so it comes first
        cards = {
            cid: str(col.get_option(cid).prompt) for col in app.screen.query(StanceColumn) for cid in col.members
        }
        assert "gives at least 471" in cards[Y]
        assert "gives" not in cards[X] and "gives" not in cards[Z]


def test_the_markdown_report_gives_a_members_own_figure_under_its_answer() -> None:
    from factcheck.export import build_export
    from factcheck.model import Session

    session = Session("flood", ["corpus"], "ana", T, T)
    text = build_export("markdown", session, {}, flood())
    line_y = next(line for line in text.splitlines() if "At least 471 people died" in line)
    line_x = next(line for line in text.splitlines() if "At least 500 people died" in line)
    assert "(gives at least 471)" in line_y
    assert "gives" not in line_x.split("—")[1]
