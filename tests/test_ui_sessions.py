"""Pilot tests of what a new user hit (issue 12): conflicts settled in the app, search kept across a jump,
the export dialog's first field, the claim list's width at 80x24."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.model import Extraction, Verdict
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.widgets.claim_list import ClaimList

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
