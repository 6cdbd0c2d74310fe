"""Pilot tests of the review screen: each key and pane, checked on the store, not only on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Extraction
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.detail import ClaimDetail
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.related import RelatedList

SIZE = (120, 36)
MakeApp = Callable[..., Any]


def screen(app: Any) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), app.screen
    return app.screen


def current(app: Any) -> str | None:
    return screen(app).current


def header_text(app: Any) -> str:
    return str(app.screen.query_one(ReviewHeader).render())


def label(app: Any, claim_id: str) -> str | None:
    v = app.store.verdict("port", claim_id)
    return v.label if v is not None else None


async def test_opens_on_first_claim_with_progress(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == review_extraction.claims[0].id
        assert "0/11 reviewed" in header_text(app)
        detail = app.screen.query_one(ClaimDetail)
        assert detail.claim_id == review_extraction.claims[0].id
        assert review_extraction.claims[0].id in str(detail.query_one("#detail-body").render())
        assert app.focused is app.screen.query_one(ClaimList)
        await pilot.pause()  # after the first frame, in a thread: the lookups for corrections
        await app.workers.wait_for_complete()
        assert app.review is not None and app.review.corrected._lookups is not None


@pytest.mark.parametrize(("key", "expected"), [("c", "corroborated"), ("d", "disputed"), ("u", "unverified")])
async def test_verdict_key_records_then_moves_to_next_unreviewed(
    make_review_app: MakeApp, review_extraction: Extraction, key: str, expected: str
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # to c[2]; then mark c[3] first so the move must skip it
        await pilot.press("j", key, "k", "k")
        assert label(app, c[3].id) == expected
        assert current(app) == c[2].id
        await pilot.press(key)
        assert label(app, c[2].id) == expected
        assert current(app) == c[4].id  # c[3] is reviewed already
        assert "2/11 reviewed" in header_text(app)
        assert app.store.get_session("port").cursor == c[4].id


async def test_x_clears_the_verdict_and_stays(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "k")
        assert label(app, c[0].id) == "disputed" and current(app) == c[0].id
        await pilot.press("x")
        assert label(app, c[0].id) is None and current(app) == c[0].id
        assert "0/11 reviewed" in header_text(app)


async def test_a_accepts_the_suggestion(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")  # c[0] has no suggestion: nothing recorded
        assert label(app, c[0].id) is None and current(app) == c[0].id
        await pilot.press("j")
        # The hint names the key and what it does: "(a accepts)" read as an article and a verb.
        hint = str(app.screen.query_one("#detail-body").render())
        assert "— suggested: disputed" in hint and "(press a to accept)" in hint
        await pilot.press("a")
        assert label(app, c[1].id) == "disputed"
        assert current(app) == c[2].id


async def test_note_editor_saves_on_escape_and_discards_on_ctrl_g(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.press(*"two sources", "enter", *"check")
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        verdict = app.store.verdict("port", c[0].id)
        assert verdict.note == "two sources\ncheck" and verdict.label is None
        assert "two sources" in str(app.screen.query_one("#detail-body").render())
        await pilot.press("n", *" more", "ctrl+g")
        assert app.store.verdict("port", c[0].id).note == "two sources\ncheck"
        await pilot.press("c")  # the label keeps the note
        assert app.store.verdict("port", c[0].id).note == "two sources\ncheck"


@pytest.mark.parametrize(
    ("keys", "index"),
    [
        (["j"], 1),
        (["down", "down"], 2),
        (["j", "j", "k"], 1),
        (["up"], 0),
        (["end"], 10),
        (["end", "home"], 0),
        (["G"], 10),
    ],
)
async def test_moving_keys(
    make_review_app: MakeApp, review_extraction: Extraction, keys: list[str], index: int
) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        assert current(app) == review_extraction.claims[index].id
        assert app.screen.query_one(ClaimDetail).claim_id == review_extraction.claims[index].id
        assert app.store.get_session("port").cursor == review_extraction.claims[index].id


async def test_tab_cycles_list_and_linked_panes(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        ids = []
        for _ in range(3):
            ids.append(app.focused.id)
            await pilot.press("tab")
        assert ids == ["claims", "competing", "corroborating"]
        assert app.focused.id == "claims"
        await pilot.press("shift+tab")
        assert app.focused.id == "corroborating"


async def test_linked_panes_show_links_with_reason_and_own_verdict(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "d")  # c[1] disputed; cursor to c[2]
        await pilot.press("j", "j")  # c[4]: three competing (c[1], c[3], c[7]), one corroborating (c[2])
        competing = app.screen.query_one("#competing", RelatedList)
        corroborating = app.screen.query_one("#corroborating", RelatedList)
        assert competing.border_title == "Competing (3)" and corroborating.border_title == "Corroborating (1)"
        ids = [competing.get_option_at_index(i).id for i in range(competing.option_count)]
        assert [i for i in ids if i] == [c[1].id, c[3].id, c[7].id]
        first = str(competing.get_option_at_index(0).prompt)
        assert "✗ disputed" in first and "same subject" in first and "Olsen" in first


async def test_enter_on_a_linked_claim_jumps_and_back_returns(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "tab")  # c[1]; focus competing (c[4])
        assert app.focused.id == "competing"
        await pilot.press("enter")
        assert current(app) == c[4].id and app.focused.id == "claims"
        await pilot.press("tab", "j", "enter")  # the second competing claim of c[4]: c[3]
        assert current(app) == c[3].id
        await pilot.press("backspace")
        assert current(app) == c[4].id
        await pilot.press("tab", "tab", "enter")  # corroborating of c[4]: c[2]
        assert current(app) == c[2].id


async def test_jump_to_a_claim_hidden_by_the_filter_clears_the_filter(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"crane", "enter")
        assert [x.id for x in app.review.view.visible] == [c[1].id]
        await pilot.press("tab", "enter")
        assert current(app) == c[4].id and app.review.view.filter.search == ""


async def test_search_filters_and_is_saved(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"olsen port", "enter")
        visible = app.review.view.visible
        assert len(visible) == 2 and all(x.speaker == "Mara Olsen" for x in visible)
        assert "“olsen port”" in header_text(app) and "(2 shown)" in header_text(app)
        assert app.store.get_session("port").filter["search"] == "olsen port"
        await pilot.press("slash", "escape")  # cancel keeps the search
        assert app.review.view.filter.search == "olsen port"
        await pilot.press("slash", "ctrl+u", "enter")  # empty clears it
        assert len(app.review.view.visible) == 11


async def test_filter_dialog_applies_status_side_and_sort(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from textual.widgets import Checkbox, Select

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "f")
        dialog = app.screen
        dialog.query_one("#filter-status", Select).value = "unreviewed"
        dialog.query_one("#filter-side", Select).value = "Port Authority"
        dialog.query_one("#filter-contested", Checkbox).value = True
        await pilot.press("ctrl+s")
        view = app.review.view
        assert [x.speaker for x in view.visible] == ["Piet Ruud", "Piet Ruud"]
        assert app.store.get_session("port").filter["side"] == "Port Authority"
        assert "unreviewed · side Port Authority · contested" in header_text(app)
        await pilot.press("f", "ctrl+r")
        assert len(app.review.view.visible) == 11
        await pilot.press("f", "escape")
        assert len(app.review.view.visible) == 11


async def test_empty_filter_shows_a_hint_and_keys_do_nothing(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"nothing matches this", "enter")
        assert current(app) is None
        await pilot.press("c", "x", "n", "a", "j")
        assert app.store.verdicts("port") == {} and isinstance(app.screen, ReviewScreen)


async def test_ctrl_z_undoes_and_shows_the_claim(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "d")
        assert current(app) == c[2].id
        await pilot.press("ctrl+z")
        assert label(app, c[1].id) is None and label(app, c[0].id) == "corroborated"
        assert current(app) == c[1].id
        await pilot.press("ctrl+z", "ctrl+z")
        assert app.store.verdicts("port") == {}


async def test_undo_after_restart(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "d", "u")
        await pilot.press("q")
    assert app.return_code == 0
    again = make_review_app()  # closes the first store (folds the journal), opens a new one
    async with again.run_test(size=SIZE) as pilot:
        assert current(again) == c[3].id
        await pilot.press("ctrl+z")
        assert label(again, c[2].id) is None and label(again, c[1].id) == "disputed"
        assert current(again) == c[2].id


async def test_resume_lands_on_same_claim_with_same_filter(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"port", "enter", "j", "j")
        where = current(app)
        shown = [x.id for x in app.review.view.visible]
        await pilot.press("n", *"note kept", "escape", "q")
    again = make_review_app()
    async with again.run_test(size=SIZE):
        assert current(again) == where and where != c[0].id
        assert again.review.view.filter.search == "port"
        assert [x.id for x in again.review.view.visible] == shown
        assert "note kept" in str(again.screen.query_one("#detail-body").render())


async def test_orphaned_verdicts_are_counted_and_listed(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from textual.widgets import OptionList

    from factcheck.ui.screens.problems import ProblemsScreen

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.press("q")
    smaller = Extraction(
        articles=review_extraction.articles, claims=review_extraction.claims[1:], links=review_extraction.links[:0]
    )
    again = make_review_app(extraction=smaller)
    async with again.run_test(size=SIZE) as pilot:
        assert "1 orphaned" in header_text(again) and "0/10 reviewed" in header_text(again)
        await pilot.press("o")
        assert isinstance(again.screen, ProblemsScreen)
        listed = again.screen.query_one(OptionList)
        assert review_extraction.claims[0].id in str(listed.get_option_at_index(0).prompt)
        await pilot.press("escape")
        assert isinstance(again.screen, ReviewScreen)
    assert again.store.verdict("port", review_extraction.claims[0].id).label == "corroborated"


async def test_help_lists_every_binding(make_review_app: MakeApp) -> None:
    from factcheck.ui.screens.help import HelpScreen

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows
        texts = {what for _, _, what in rows}
        for binding in (*ReviewScreen.BINDINGS, *ClaimList.BINDINGS, *RelatedList.BINDINGS):
            assert (binding.tooltip or binding.description) in texts  # type: ignore[union-attr]
        assert {group for group, _, _ in rows} == {
            "Verdicts",
            "Corrections",
            "Moving",
            "Views and questions",
            "Finding",
            "Other",
        }
        assert ("Verdicts", "c", "Mark corroborated, go to next unreviewed") in rows
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_every_action_is_in_the_command_palette(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE):
        titles = {cmd.title for cmd in app.get_system_commands(app.screen)}
        for binding in ReviewScreen.BINDINGS:
            if not binding.action.startswith("app."):  # type: ignore[union-attr]
                assert binding.description in titles  # type: ignore[union-attr]


async def test_command_palette_runs_a_verdict(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"Disputed")
        await app.workers.wait_for_complete()  # the palette searches in a worker
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert label(app, review_extraction.claims[0].id) == "disputed"


async def test_export_writes_a_file(make_review_app: MakeApp, tmp_path: Any) -> None:
    from textual.widgets import Input

    app = make_review_app()
    target = tmp_path / "out.json"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", "enter")  # the format (json), then the file field writes
        assert isinstance(app.screen, ReviewScreen)
    import json

    doc = json.loads(target.read_text())
    assert [v["label"] for v in doc["verdicts"]] == ["disputed"]


async def test_export_error_stays_in_the_dialog(make_review_app: MakeApp, tmp_path: Any) -> None:
    from textual.widgets import Input, Static

    from factcheck.ui.screens.export import ExportScreen

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "no" / "such" / "dir.json")
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, ExportScreen)
        assert "does not exist" in str(app.screen.query_one("#export-message", Static).render())


async def test_a_failed_write_shows_an_error_and_changes_nothing_on_screen(
    make_review_app: MakeApp, review_extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.store import StoreError

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:

        def refuse(*args: Any, **kwargs: Any) -> None:
            raise StoreError(app.store.path, "disk full; it was not recorded")

        monkeypatch.setattr(app.store, "record_verdict", refuse)
        await pilot.press("c")
        assert current(app) == review_extraction.claims[0].id
        assert app.review.view.label(review_extraction.claims[0].id) is None
        assert "0/11 reviewed" in header_text(app)
        assert any("disk full" in str(n.message) for n in app._notifications)


async def test_large_list_moves_to_the_end(make_review_app: MakeApp) -> None:
    from factcheck.synthetic import large_extraction

    big = large_extraction(50_000)
    app = make_review_app(extraction=big)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end")
        assert current(app) == big.claims[-1].id
        claim_list = app.screen.query_one(ClaimList)
        assert claim_list.region_of_cursor().y == claim_list.scrollable_content_region.height - 1
        await pilot.press("pageup", "c")
        assert app.store.verdict("port", claim_list.view.visible[claim_list.cursor - 1].id) is not None


async def test_conflicts_are_listed_and_enter_goes_to_the_claim(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from factcheck.model import Verdict
    from factcheck.ui.screens.problems import ProblemsScreen

    c = review_extraction.claims
    app = make_review_app()
    app.store.add_conflict("port", Verdict(c[5].id, "disputed", "", "bob", "t"), source="bob.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen) and current(app) == c[5].id


async def test_an_extraction_without_claims_says_so(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    empty = Extraction(articles=review_extraction.articles, claims=[], links=[])
    app = make_review_app(extraction=empty)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "j", "n", "ctrl+z")
        assert current(app) is None and app.store.verdicts("port") == {}
        line = app.screen.query_one(ClaimList).render_line(0).text
        assert "No claims were found" in line


def test_the_header_names_a_colon_lead_in_and_quotes_a_cue_word() -> None:
    from factcheck.ui.widgets.detail import _cue_words

    assert _cue_words(":") == "colon lead-in"  # "<claim>: Health Ministry" once showed a bare " · :"
    assert _cue_words("said") == "cue “said”"


def test_the_detail_names_a_body_that_is_its_own_side_once() -> None:
    from factcheck.ui.widgets.detail import attribution

    assert attribution("Health Ministry", "Health Ministry") == "Health Ministry"  # was named twice
    assert attribution("Ivo Brenner", "Norland") == "Ivo Brenner (Norland)"
    assert attribution("National Resistance Front", "NRF") == "National Resistance Front (NRF)"
