"""Pilot tests of what a new user hit (issue 12): conflicts settled in the app, search kept across a jump,
the export dialog's first field, the claim list's width at 80x24."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from factcheck.model import Extraction, Verdict
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.related import RelatedList

SIZE = (120, 36)
MakeApp = Callable[..., Any]


def current(app: Any) -> str | None:
    assert isinstance(app.screen, ReviewScreen), app.screen
    return app.screen.current


async def test_conflicts_are_settled_on_the_o_screen(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    from textual.widgets import TextArea

    from factcheck.ui.screens.note import NoteScreen
    from factcheck.ui.screens.problems import ProblemsScreen

    c = review_extraction.claims
    app = make_review_app()
    app.store.record_verdict("port", c[5].id, "corroborated", analyst="ana")
    app.store.record_verdict("port", c[6].id, "corroborated", analyst="ana")
    for claim in (c[5], c[6], c[7]):
        app.store.add_conflict("port", Verdict(claim.id, "disputed", "denied", "bo", "t"), source="bo.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("t")  # the first conflict: take theirs
        assert app.store.verdict("port", c[5].id).label == "disputed"
        assert app.review.view.label(c[5].id) == "disputed"
        await pilot.press("m")  # the next one (now first): keep mine
        assert app.store.verdict("port", c[6].id).label == "corroborated"
        assert [t.claim for _, t, _ in app.store.conflicts("port")] == [c[7].id]
        await pilot.press("b")  # keep both: the note editor opens with their verdict in it
        assert isinstance(app.screen, NoteScreen), [str(n.message) for n in app._notifications]
        assert "bo (bo.json) said disputed: denied" in app.screen.query_one(TextArea).text
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemsScreen)
        assert app.store.conflicts("port") == []
        assert "said disputed" in app.store.verdict("port", c[7].id).note
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+z")  # the last settled conflict's note is undone like any change
        assert not (app.store.verdict("port", c[7].id) or Verdict(c[7].id, None, "", "", "")).note
        assert [t.claim for _, t, _ in app.store.conflicts("port")] == [c[7].id]  # and the conflict is open again


async def test_a_jump_from_a_search_result_scrolls_to_the_target_and_b_brings_the_search_back(
    make_review_app: MakeApp,
) -> None:
    from factcheck.synthetic import large_extraction

    big = large_extraction(3000)
    start = big.claims[10]
    linked = {lk.target for lk in big.links if lk.source == start.id} | {
        lk.source for lk in big.links if lk.target == start.id
    }
    app = make_review_app(extraction=big)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *start.id, "enter")
        assert [x.id for x in app.review.view.visible] == [start.id]
        pane = next(p for p in app.screen.query(RelatedList) if p.option_count)
        pane.focus()
        await pilot.pause()
        target = pane.get_option_at_index(pane.highlighted or 0).id
        assert target in linked
        await pilot.press("enter")
        await pilot.pause()
        assert current(app) == target
        claim_list = app.screen.query_one(ClaimList)
        assert 0 <= claim_list.region_of_cursor().y < claim_list.scrollable_content_region.height  # on screen
        assert any("b brings" in str(n.message) for n in app._notifications)
        await pilot.press("b")
        await pilot.pause()
        assert current(app) == start.id and app.review.view.filter.search == start.id
        assert [x.id for x in app.review.view.visible] == [start.id]


async def test_a_jump_inside_the_search_keeps_it(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "tab", "enter")  # no filter: a plain jump, b comes back, nothing else changes
        assert current(app) == c[4].id
        await pilot.press("b")
        assert current(app) == c[1].id and app.review.view.filter.search == ""


async def test_the_export_dialog_opens_on_the_format_and_enter_there_writes_nothing(
    make_review_app: MakeApp, tmp_path: Any, monkeypatch: Any
) -> None:
    from textual.widgets import Input

    from factcheck.ui.screens.export import ExportScreen

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "e")
        assert isinstance(app.screen, ExportScreen)
        assert app.focused is not None and app.focused.id == "export-format"
        await pilot.press("down", "enter")  # the second format; enter chooses it and goes on to the file
        assert isinstance(app.screen, ExportScreen) and list(out.iterdir()) == []
        path = app.screen.query_one("#export-path", Input)
        assert app.focused is path and path.value == "port-verdicts.jsonld"
        await pilot.press("enter")  # enter in the file field writes
        assert isinstance(app.screen, ReviewScreen)
    assert json.loads((out / "port-verdicts.jsonld").read_text())  # a ClaimReview document


async def test_at_80x24_the_list_shows_far_more_than_15_characters_of_each_claim(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    app = make_review_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        claim_list = app.screen.query_one(ClaimList)
        lines = [claim_list.render_line(y).text for y in range(claim_list.scrollable_content_region.height)]
        # the claim under the cursor is wrapped whole over a few lines
        first = " ".join(review_extraction.claims[0].text.split())
        block = claim_list.region_of_cursor().height
        assert block > 1 and " ".join(" ".join(lines[:block]).split()).endswith(first[-30:])
        # each other claim shows far more than 15 characters
        words = " ".join(review_extraction.claims[1].text.split())
        assert words[:30] in lines[block], lines[block]
        await pilot.press("j")  # the wrap follows the cursor; the first claim is back on one line
        assert claim_list.region_of_cursor().y == 1 and first[:30] in claim_list.render_line(0).text
        # the linked panes stay readable: each keeps at least 24 columns
        assert all(p.size.width >= 24 for p in app.screen.query(RelatedList))


async def test_the_claim_list_never_cuts_a_camp_mid_word(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    """A one-word camp is shown whole where the column can grow to it, else cut with an ellipsis."""
    from dataclasses import replace

    claims = [replace(c, camp="Northlandish") if c.camp == "Police" else c for c in review_extraction.claims]
    extraction = replace(review_extraction, claims=claims)
    for size, shown in (((160, 50), "Northlandish "), ((80, 24), "Northl… ")):
        app = make_review_app(extraction=extraction)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            claim_list = app.screen.query_one(ClaimList)
            lines = [claim_list.render_line(y).text for y in range(claim_list.size.height)]
            assert sum(shown in line for line in lines) == 2, (size, lines)  # the two claims of that camp


async def test_ctrl_z_after_keep_mine_reopens_the_conflict_and_says_so(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    app.store.record_verdict("port", c[6].id, "corroborated", analyst="ana")
    app.store.add_conflict("port", Verdict(c[6].id, "disputed", "denied", "bo", "t"), source="bo.json")
    app.store.record_verdict("port", c[2].id, "disputed", analyst="ana")  # the change before "keep mine"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o", "m", "escape")
        assert app.store.conflicts("port") == []
        await pilot.press("ctrl+z")
        assert app.store.verdict("port", c[2].id).label == "disputed"  # not taken back in its place
        assert app.store.verdict("port", c[6].id).label == "corroborated"
        assert [t.claim for _, t, _ in app.store.conflicts("port")] == [c[6].id]
        said = [str(n.message) for n in app._notifications]
        assert any("conflict is open again" in m for m in said), said
        assert current(app) == c[6].id
