"""Pilot tests of the correction keys: `s`, `S`, `r`, `l`, their undo and the `o` screen.

Each test checks the store (the edit is on disk with the analyst) and what the screen shows.
The claims are the invented port strike of `factcheck.synthetic.small_extraction`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Checkbox, Input, OptionList

from factcheck.model import Extraction
from factcheck.ui.screens.correct import CorrectScreen, PromptScreen
from factcheck.ui.screens.help import HelpScreen
from factcheck.ui.screens.link import LinkScreen
from factcheck.ui.screens.problems import ProblemsScreen
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.screens.sides import SidesScreen
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.detail import ClaimDetail
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.related import RelatedList

SIZE = (140, 40)
MakeApp = Callable[..., Any]


def review_screen(app: Any) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), app.screen
    return app.screen


def detail_text(app: Any) -> str:
    return str(app.screen.query_one(ClaimDetail).query_one("#detail-body").render())


async def replace_text(pilot: Any, widget: Input, text: str) -> None:
    widget.value = ""
    widget.focus()
    await pilot.press(*text) if text else None
    await pilot.pause()


async def test_s_corrects_speaker_and_side_for_every_claim_by_the_speaker(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # c[2]: Piet Ruud, Port Authority
        await pilot.press("s")
        assert isinstance(app.screen, CorrectScreen)
        form = app.screen
        assert form.query_one("#correct-every", Checkbox).value is True  # on by default
        assert "Port Authority (3)" in str(form.query_one("#correct-sides").render())
        await replace_text(pilot, form.query_one("#correct-side", Input), "Harbour Board")
        await pilot.press("enter")
        screen = review_screen(app)
        assert screen.current == c[2].id
        edits = app.store.active_edits("port")
        assert [(e.kind, e.value, e.speaker, e.analyst) for e in edits] == [
            ("side", "Harbour Board", "Piet Ruud", "ana")
        ]
        view = screen.review.view
        assert {view.claim(c[i].id).side for i in (2, 4, 9)} == {"Harbour Board"}  # type: ignore[union-attr]
        assert view.claim(c[2].id).side_basis == "edited"  # type: ignore[union-attr]
        assert "Side: Harbour Board (edited)" in detail_text(app)  # the side line says how it was decided
        assert "1 correction" in str(app.screen.query_one(ReviewHeader).render())
        await pilot.press("ctrl+z")
        assert app.store.active_edits("port") == []
        assert view is screen.review.view and screen.review.view.claim(c[2].id).side == "Port Authority"  # type: ignore[union-attr]
        assert "Harbour Board" not in detail_text(app)


async def test_s_then_escape_changes_nothing(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "s")
        await replace_text(pilot, app.screen.query_one("#correct-side", Input), "Nobody")
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.store.edits("port") == []


async def test_edits_survive_a_restart_and_ctrl_z_undoes_them_after_it(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")  # c[0]: the outlet's own voice; this claim only
        form = app.screen
        assert form.query_one("#correct-every", Checkbox).value is False
        await replace_text(pilot, form.query_one("#correct-speaker", Input), "Tom Vick")
        await replace_text(pilot, form.query_one("#correct-side", Input), "Dockers Union")
        await pilot.press("enter")
    app = make_review_app()  # a restart on the same database
    async with app.run_test(size=SIZE) as pilot:
        view = review_screen(app).review.view
        claim = view.claim(c[0].id)
        assert claim is not None and (claim.speaker, claim.side) == ("Tom Vick", "Dockers Union")
        assert "Tom Vick" in detail_text(app)
        await pilot.press("ctrl+z")  # speaker and side were one key press: one undo
        claim = review_screen(app).review.view.claim(c[0].id)
        assert claim is not None and (claim.speaker, claim.side) == (None, None)


async def test_r_in_the_competing_pane_rejects_the_link_and_o_restores_it(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")  # c[1]: competes with c[4]
        competing = app.screen.query_one("#competing", RelatedList)
        first = competing.get_option_at_index(0).id
        count = len(review_screen(app).review.view.related(c[1].id, "competes"))
        await pilot.press("tab")
        assert app.focused is competing
        await pilot.press("r")
        assert [(e.kind, e.target, e.value) for e in app.store.active_edits("port")] == [
            ("reject-link", c[1].id, first)
        ]
        related = review_screen(app).review.view.related(c[1].id, "competes")
        assert len(related) == count - 1 and first not in {r.claim.id for r in related}
        assert f"Competing ({count - 1})" in str(competing.border_title)
        await pilot.press("shift+tab", "o")
        assert isinstance(app.screen, ProblemsScreen)
        listing = app.screen.query_one(OptionList)
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        assert ids == [f"rejected:{app.store.active_edits('port')[0].seq}"]
        await pilot.press("enter")  # restores
        assert app.store.active_edits("port") == []
        await pilot.press("escape")
        assert first in {r.claim.id for r in review_screen(app).review.view.related(c[1].id, "competes")}


async def test_r_outside_a_linked_pane_only_explains(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert app.store.edits("port") == []
        assert any("Tab to a competing" in str(n.message) for n in app._notifications)


async def test_l_links_the_claim_to_one_found_by_search(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")  # c[0]
        assert isinstance(app.screen, LinkScreen)
        await pilot.press(*"arrests")
        assert "as competing" in str(app.screen.query_one("#link-box").border_title)
        await pilot.press("ctrl+t")  # corroborating
        assert "as corroborating" in str(app.screen.query_one("#link-box").border_title)
        await pilot.press("enter", "enter")  # to the matches, then link the first
        assert isinstance(app.screen, ReviewScreen)
        (edit,) = app.store.active_edits("port")
        assert (edit.kind, edit.target, edit.value, edit.relation) == ("add-link", c[0].id, c[10].id, "corroborates")
        corroborating = app.screen.query_one("#corroborating", RelatedList)
        ids = [corroborating.get_option_at_index(i).id for i in range(corroborating.option_count)]
        assert c[10].id in ids


async def test_shift_s_merges_a_side_and_the_old_name_becomes_an_alias(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        assert isinstance(app.screen, SidesScreen)
        listing = app.screen.query_one(OptionList)
        names = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        assert set(names) == {"Dockers Union", "Port Authority", "Police"}
        assert names == ["Dockers Union", "Port Authority", "Police"]  # most claims first
        await pilot.press("down", "down")  # the highlight starts on the first side
        assert listing.highlighted_option is not None and listing.highlighted_option.id == "Police"
        await pilot.press("m")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"Port Authority", "enter")
        assert isinstance(app.screen, SidesScreen)
        listing = app.screen.query_one(OptionList)
        assert "Port Authority  5 claims" in str(listing.get_option_at_index(0).prompt)
        assert "Police → Port Authority" in str(app.screen.query_one("#sides-aliases").render())
        await pilot.press("escape")
        view = review_screen(app).review.view
        assert view.claim(c[6].id).side == "Port Authority"  # type: ignore[union-attr]
        assert [(e.kind, e.target, e.value) for e in app.store.active_edits("port")] == [
            ("merge-sides", "Police", "Port Authority")
        ]


async def test_the_keys_are_in_help_and_the_command_palette(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        ids = {getattr(b, "id", None) for b in screen.BINDINGS}
        assert {"correct.speaker", "correct.sides", "correct.reject", "correct.link"} <= ids
        commands = {c.title for c in app.get_system_commands(screen)}
        assert {"Speaker/side", "Sides & camps", "Reject link", "Link to…"} <= commands
        assert isinstance(screen.query_one(ClaimList), ClaimList)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        corrections = [(keys, what) for group, keys, what in app.screen.rows if group == "Corrections"]
        assert [keys for keys, _ in corrections] == ["s", "S", "r", "l"]
        assert "reject that link" in corrections[2][1]


async def test_ctrl_z_in_the_sides_screen_undoes_a_rename(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S", "r")
        assert isinstance(app.screen, PromptScreen)
        await replace_text(pilot, app.screen.query_one(Input), "Dock Workers")
        await pilot.press("enter")
        listing = app.screen.query_one(OptionList)
        assert listing.get_option_at_index(0).id == "Dock Workers"
        await pilot.press("ctrl+z")
        assert isinstance(app.screen, SidesScreen) and app.store.active_edits("port") == []
        assert app.screen.query_one(OptionList).get_option_at_index(0).id == "Dockers Union"
        await pilot.press("escape")
        assert review_screen(app).review.sides()[0] == ("Dockers Union", 3)


async def test_o_keeps_or_drops_another_analysts_conflicting_edit(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from factcheck.model import Correction

    c = review_extraction.claims
    app = make_review_app()
    app.store.record_edits("port", [Correction("side", c[0].id, "Port Authority")], analyst="ana")
    for value in ("Dockers Union", "Police"):
        app.store.record_edits(
            "port", [Correction("side", c[0].id, value)], analyst="bo", pending=True, source="bo (bo.json)"
        )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        listing = app.screen.query_one(OptionList)
        ids = [listing.get_option_at_index(i).id or "" for i in range(listing.option_count)]
        assert [i.split(":")[0] for i in ids] == ["pending", "pending"]
        assert "corrections (2)" in str(app.screen.query_one("#problems-box").border_title)
        await pilot.press("x")  # drops the first (Dockers Union)
        await pilot.press("enter")  # keeps the other (Police)
        await pilot.press("escape")
        assert app.store.pending_edits("port") == []
        assert review_screen(app).review.view.claim(c[0].id).side == "Police"  # type: ignore[union-attr]
        assert [e.analyst for e in app.store.active_edits("port")] == ["ana", "bo"]
        await pilot.press("ctrl+z")  # keeping theirs, taken back whole: mine again, theirs waiting again
        assert review_screen(app).review.view.claim(c[0].id).side == "Port Authority"  # type: ignore[union-attr]
        assert [e.value for e in app.store.pending_edits("port")] == ["Police"]


async def test_l_down_from_the_search_lands_on_the_first_match(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l", *"port", "down")
        matches = app.screen.query_one(OptionList)
        assert app.focused is matches and matches.highlighted == 0
        first = matches.get_option_at_index(0).id
        await pilot.press("enter")
        (edit,) = app.store.active_edits("port")
        assert (edit.target, edit.value, edit.relation) == (c[0].id, first, "competes")


async def test_an_edit_whose_claim_left_the_corpus_is_counted_and_listed_on_o(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from dataclasses import replace

    from factcheck.model import Correction

    c = review_extraction.claims
    app = make_review_app()
    app.store.record_edits("port", [Correction("speaker", c[5].id, "Harbour Master")], analyst="ana")
    fewer = replace(review_extraction, claims=[x for x in c if x.id != c[5].id])
    app = make_review_app(extraction=fewer)  # the corpus changed: that claim is gone
    async with app.run_test(size=SIZE) as pilot:
        assert "1 orphaned (o)" in str(app.screen.query_one(ReviewHeader).render())
        await pilot.press("o")
        listing = app.screen.query_one(OptionList)
        (line,) = [listing.get_option_at_index(i) for i in range(listing.option_count)]
        assert (line.id or "").startswith("edit-orphan:") and "Harbour Master" in str(line.prompt)
        assert len(app.store.edits("port")) == 1  # kept, never dropped


async def test_after_a_side_correction_the_linker_runs_again_in_a_worker(
    make_review_app: MakeApp, review_extraction: Extraction, monkeypatch: Any
) -> None:
    import factcheck.pipeline
    from factcheck.model import Link

    c = review_extraction.claims
    for claim in c:
        claim.features = {"lemmas": ["port"]}  # as extraction gives them: the linker can run again
    sides_seen: list[str | None] = []

    def fake_link_again(articles: Any, claims: Any) -> Extraction:
        sides_seen.extend(claim.side for claim in claims)
        return Extraction(list(articles), claims, [Link(c[0].id, c[8].id, "competes", 0.9, "relinked")], "lexical")

    monkeypatch.setattr(factcheck.pipeline, "link_again", fake_link_again)
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        assert screen._relink_timer is None  # nothing corrected yet
        await pilot.press("j", "s")
        await replace_text(pilot, app.screen.query_one("#correct-side", Input), "Dock Workers")
        await pilot.press("enter")
        assert screen._relink_timer is not None  # the linker runs once the keys stop
        screen._start_relink()  # what the timer does, without waiting for it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Dock Workers" in sides_seen
        assert [r.claim.id for r in screen.review.view.related(c[0].id, "competes")] == [c[8].id]
        assert screen.review.view.claim(c[1].id).side == "Dock Workers"  # type: ignore[union-attr]
        assert any("recomputed" in str(n.message) for n in app._notifications)
