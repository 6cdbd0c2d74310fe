"""Pilot tests of the Questions view: each key, checked on the store and the view model, not only on screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from factcheck.model import Extraction
from factcheck.ui.screens.question import QuestionScreen
from factcheck.ui.screens.questions import QuestionsScreen
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.header import ReviewHeader
from factcheck.ui.widgets.question_list import QuestionList
from factcheck.ui.widgets.stance_column import StanceColumn

SIZE = (120, 36)
MakeApp = Callable[..., Any]


def label(app: Any, claim_id: str) -> str | None:
    v = app.store.verdict("port", claim_id)
    return v.label if v is not None else None


def rows(app: Any) -> list[str]:
    """The question list's lines as text, as drawn."""
    qlist = app.screen.query_one(QuestionList)
    return [qlist.render_line(y).text for y in range(len(qlist.view.visible))]


def columns(app: Any) -> list[tuple[str, list[str]]]:
    """Each stance column's stance and the ids of its claims, left to right."""
    return [(col.stance, list(col.members)) for col in app.screen.query(StanceColumn)]


def highlighted(app: Any) -> str | None:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), screen
    return screen.current


async def test_v_switches_between_claims_and_questions(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        assert isinstance(app.screen, QuestionsScreen)
        lines = rows(app)
        assert "!" in lines[0][:3] and "0/5" in lines[0] and "the port is closed to cargo" in lines[0]
        assert "asserts: Dockers Union 2 │ denies: Port Authority 2, outlet 1" in lines[0]
        assert "900: Port Authority 1 │ 4,000: Dockers Union 1" in lines[1]
        assert "!" not in lines[2][:3] and "the protest at the port was peaceful" in lines[2]
        assert "questions: 3, 2 disputed" in str(app.screen.query_one(ReviewHeader).render())
        preview = str(app.screen.query_one("#question-preview").render())
        assert "the port is closed to cargo" in preview and "disputed · 0/5 reviewed" in preview
        await pilot.press("v")
        assert isinstance(app.screen, ReviewScreen)
        assert app.focused is app.screen.query_one(ClaimList)


async def test_v_opens_on_the_selected_claims_question(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j", "v")  # c[3] gives a figure: the workers question
        assert app.screen.query_one(QuestionList).question_id == review_extraction.questions[1].id
        await pilot.press("escape")  # escape also goes back
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current == review_extraction.claims[3].id


@pytest.mark.parametrize(
    ("keys", "row"), [(["j"], 1), (["j", "j", "k"], 1), (["G"], 2), (["G", "g"], 0), (["down"], 1)]
)
async def test_moving_through_the_questions(make_review_app: MakeApp, keys: list[str], row: int) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", *keys)
        qlist = app.screen.query_one(QuestionList)
        assert qlist.question_id == qlist.view.visible[row].id
        assert qlist.view.visible[row].label in str(app.screen.query_one("#question-preview").render())


async def test_enter_opens_the_question_with_claims_side_by_side_and_escape_goes_back(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert columns(app) == [("asserts", [c[1].id, c[7].id]), ("denies", [c[2].id, c[4].id, c[5].id])]
        asserts, denies = app.screen.query(StanceColumn)
        assert asserts.border_title == "asserts (2)" and denies.border_subtitle == "Port Authority 2, outlet 1"
        assert asserts.region.y == denies.region.y and asserts.region.x < denies.region.x  # side by side
        first = str(asserts.get_option_at_index(0).prompt)
        assert "Mara Olsen · Dockers Union" in first and "Harbour Daily" in first and "unreviewed" in first
        outlet_voice = str(denies.get_option(c[5].id).prompt)
        assert "Coast News · own reporting" in outlet_voice
        assert highlighted(app) == c[1].id
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionsScreen)


async def test_a_quantity_gets_one_column_per_value(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "j", "enter")
        assert columns(app) == [("900", [c[4].id]), ("4,000", [c[3].id])]


@pytest.mark.parametrize(("key", "expected"), [("c", "corroborated"), ("d", "disputed"), ("u", "unverified")])
async def test_verdict_keys_save_through_review_and_move_on_in_the_question(
    make_review_app: MakeApp, review_extraction: Extraction, key: str, expected: str
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", key)
        assert label(app, c[1].id) == expected
        assert app.store.verdict("port", c[1].id).analyst == "ana"
        assert app.review.view.label(c[1].id) == expected  # the Claims view's model has it too
        assert highlighted(app) == c[7].id
        await pilot.press(key)
        assert highlighted(app) == c[2].id  # on to the next column
        assert "2/5 reviewed" in str(app.screen.query_one("#question-title").render())
        assert "2/11 reviewed" in str(app.screen.query_one(ReviewHeader).render())
        await pilot.press("escape")
        assert "2/5" in rows(app)[0]
        await pilot.press("v")
        assert isinstance(app.screen, ReviewScreen)
        line = app.screen.query_one(ClaimList).render_line(1).text
        assert line.startswith(" " + {"corroborated": "✓", "disputed": "✗", "unverified": "?"}[expected])


async def test_x_clears_and_stays_and_the_last_verdict_says_so(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "G", "enter")  # the protest: two claims, one camp
        assert highlighted(app) == c[6].id
        await pilot.press("d")
        assert highlighted(app) == c[10].id
        await pilot.press("d")
        assert label(app, c[10].id) == "disputed" and highlighted(app) == c[10].id
        assert any("Every claim in this question" in str(n.message) for n in app._notifications)
        await pilot.press("x")
        assert label(app, c[10].id) is None and highlighted(app) == c[10].id


async def test_accept_note_and_undo_work_in_a_question(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "a")  # c[1] suggests disputed
        assert label(app, c[1].id) == "disputed" and highlighted(app) == c[7].id
        await pilot.press("a")  # c[7] has no suggestion
        assert label(app, c[7].id) is None
        await pilot.press("n", *"two outlets", "escape")
        assert isinstance(app.screen, QuestionScreen)
        assert app.store.verdict("port", c[7].id).note == "two outlets"
        assert "✎ note" in str(app.screen.query_one("#stance-0", StanceColumn).get_option(c[7].id).prompt)
        await pilot.press("ctrl+z", "ctrl+z")
        assert app.store.verdicts("port") == {}
        assert highlighted(app) == c[1].id


async def test_columns_are_reached_with_arrows_and_tab(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "right")
        assert app.focused.id == "stance-1" and highlighted(app) == c[2].id
        await pilot.press("j")
        assert highlighted(app) == c[4].id
        await pilot.press("right")  # wraps round
        assert app.focused.id == "stance-0"
        await pilot.press("left", "tab", "shift+tab")
        assert app.focused.id == "stance-1"


@pytest.mark.parametrize("key", ["v", "enter"])
async def test_v_or_enter_shows_the_claim_in_the_claims_view(
    make_review_app: MakeApp, review_extraction: Extraction, key: str
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"olsen", "enter")  # a filter that hides c[2]
        await pilot.press("v", "enter", "right", key)
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current == c[2].id and app.focused is app.screen.query_one(ClaimList)


async def test_f_shows_only_disputed_questions(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "G", "f")
        assert len(rows(app)) == 2 and all("!" in line[:3] for line in rows(app))
        assert app.screen.query_one(QuestionList).border_title == "Questions (2 of 3, 2 disputed)"
        await pilot.press("f")
        assert len(rows(app)) == 3


async def test_slash_searches_questions(make_review_app: MakeApp) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "slash", *"brak", "enter")
        assert len(rows(app)) == 1 and "the protest at the port was peaceful" in rows(app)[0]
        assert "showing: “brak” (1)" in str(app.screen.query_one(ReviewHeader).render())
        await pilot.press("f")
        assert "No question matches" in app.screen.query_one(QuestionList).render_line(0).text
        await pilot.press("f", "slash", "ctrl+u", "enter")
        assert len(rows(app)) == 3


async def test_no_questions_says_so(make_review_app: MakeApp, review_extraction: Extraction) -> None:
    app = make_review_app(extraction=replace(review_extraction, questions=[]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter", "j")
        assert isinstance(app.screen, QuestionsScreen)
        assert "No contested points were found" in app.screen.query_one(QuestionList).render_line(0).text


async def test_a_failed_write_in_a_question_changes_nothing(
    make_review_app: MakeApp, review_extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.store import StoreError

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter")

        def refuse(*args: Any, **kwargs: Any) -> None:
            raise StoreError(app.store.path, "disk full; it was not recorded")

        monkeypatch.setattr(app.store, "record_verdict", refuse)
        await pilot.press("c")
        assert highlighted(app) == review_extraction.claims[1].id
        assert app.review.view.label(review_extraction.claims[1].id) is None
        assert any("disk full" in str(n.message) for n in app._notifications)


async def test_help_and_palette_list_the_question_keys(make_review_app: MakeApp) -> None:
    from factcheck.ui.screens.help import HelpScreen

    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "Questions" in {cmd.title for cmd in app.get_system_commands(app.screen)}
        await pilot.press("v")
        titles = {cmd.title for cmd in app.get_system_commands(app.screen)}
        assert {"Claims view", "Open question", "Disputed only"} <= titles
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        texts = {what for _, _, what in app.screen.rows}
        for binding in (*QuestionsScreen.BINDINGS, *QuestionList.BINDINGS):
            assert (binding.tooltip or binding.description) in texts  # type: ignore[union-attr]
        await pilot.press("escape", "enter", "question_mark")
        assert ("Verdicts", "c", "Mark corroborated, go to next unreviewed") in app.screen.rows
        assert ("Views and questions", "escape", "Back to the list of questions") in app.screen.rows
        await pilot.press("escape", "escape", "escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_claim_list_shows_the_camp_and_detail_the_side_basis_and_question(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    c = review_extraction.claims
    c[2] = replace(c[2], side="Port Authority", camp="Harbour Board", side_basis="role")
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")
        line = app.screen.query_one(ClaimList).render_line(2).text
        assert " HB " in line and " PA " not in line  # the camp's initials: the side is not shown
        detail = str(app.screen.query_one("#detail-body").render())
        assert "Side: Port Authority (role) · camp Harbour Board" in detail
        assert "Question: the port is closed to cargo — denies (disputed)" in detail


async def test_a_thousand_questions_move_and_open(make_review_app: MakeApp) -> None:
    from factcheck.synthetic import large_extraction

    big = large_extraction(10_000)
    app = make_review_app(extraction=big)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "end")
        qlist = app.screen.query_one(QuestionList)
        assert len(qlist.view.questions) == 1000
        assert qlist.question_id == qlist.view.visible[-1].id
        assert qlist.region_of_cursor().y == qlist.scrollable_content_region.height - 1
        await pilot.press("enter", "c")
        question = app.screen.question
        assert sum(label(app, cid) is not None for cid in question.claims) == 1


def test_short_camp_names() -> None:
    from factcheck.ui.widgets.question_list import short_camp

    assert [short_camp(c) for c in ("Police", "Port Authority", "Stevedores", "outlet")] == [
        "Police",
        "PA",
        "Stevedo…",
        "outlet",
    ]


async def test_question_picker_narrows_as_you_type_and_never_offers_the_start(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from textual.widgets import OptionList

    from factcheck.ui.screens.question_picker import QuestionPicker

    closed, workers, protest = (q.id for q in review_extraction.questions)
    app = make_review_app()
    picked: list[str | None] = []
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(QuestionPicker(app.review.questions, "Move to", exclude=closed), picked.append)
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        assert [listing.get_option_at_index(i).id for i in range(listing.option_count)] == [workers, protest]
        await pilot.press(*"brak")
        assert listing.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        app.push_screen(QuestionPicker(app.review.questions, "Move to"), picked.append)
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        app.push_screen(QuestionPicker(app.review.questions, "Move to"), picked.append)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert picked == [protest, workers, None]


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_the_question_screen_works_at_both_sizes(
    make_review_app: MakeApp, review_extraction: Extraction, size: tuple[int, int]
) -> None:
    c = review_extraction.claims
    app = make_review_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("v", "enter")
        asserts, denies = app.screen.query(StanceColumn)
        assert asserts.region.width >= 30 and denies.region.width >= 30  # two readable columns side by side
        assert asserts.region.right <= denies.region.x and denies.region.right <= size[0]
        await pilot.press("d", "d", "d")
        assert [label(app, x.id) for x in (c[1], c[7], c[2])] == ["disputed"] * 3
        assert highlighted(app) == c[4].id


async def test_the_list_redraws_when_the_questions_are_recomputed(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    app = make_review_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        screen = app.screen
        assert screen.check_fresh() is False  # nothing changed
        # What a relink after corrections does: the claim view's extraction is replaced in place.
        app.review.view.extraction = replace(review_extraction, questions=review_extraction.questions[1:])
        assert screen.check_fresh() is True
        await pilot.pause()
        assert len(rows(app)) == 2 and "how many workers joined the strike" in rows(app)[0]


async def test_many_figures_keep_readable_columns_and_scroll_sideways(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    from factcheck.model import Question

    c = review_extraction.claims
    figures = {c[i].id: f"{(i + 1) * 100:,}" for i in range(1, 7)}
    many = replace(review_extraction, questions=[Question("q-000000000099", "how many ships waited", figures)])
    app = make_review_app(extraction=many)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "enter")
        assert [col.stance for col in app.screen.query(StanceColumn)] == ["200", "300", "400", "500", "600", "700"]
        for _ in range(5):
            await pilot.press("right")
        await pilot.pause()
        last = app.screen.query_one("#stance-5", StanceColumn)
        assert app.focused is last and last.region.width >= 32
        assert last.region.x >= 0 and last.region.right <= 80  # scrolled into view
        summary = str(app.screen.query_one("#question-title").render())
        assert "200: Dockers Union 1 │ 300: Port Authority 1" in summary.replace("\n", " ")


def test_counts_too_long_for_their_column_end_at_a_whole_entry() -> None:
    """Never 'den…' or 'Isra…': the counts are cut after a whole camp's count, with an ellipsis."""
    from factcheck.ui.widgets.question_list import fit_counts

    counts = "asserts: Norland 7, outlet 2 │ denies: Sudmark 2, Port Authority 1"
    assert fit_counts(counts, 80) == counts
    assert fit_counts(counts, 40) == "asserts: Norland 7, outlet 2 │ …"
    assert fit_counts(counts, 24) == "asserts: Norland 7, …"
    assert fit_counts(counts, 12) == "asserts: No…"  # no whole entry fits: cut as any text


def test_counts_shorten_camps_only_as_much_as_needed_and_keep_whole_names_when_cut_anyway() -> None:
    from factcheck.questionview import QuestionCounts
    from factcheck.ui.widgets.question_list import counts_line

    counts = QuestionCounts([("asserts", [("Northlandish", 1)]), ("denies", [("Port Authority of Vell", 2)])])
    assert counts_line(counts, 60) == "asserts: Northlandish 1 │ denies: Port Authority of Vell 2"
    assert counts_line(counts, 40) == "asserts: Northlandish 1 │ denies: PAV 2"  # initials first
    assert counts_line(counts, 30) == "asserts: Northlandish 1 │ …"  # a whole name rather than 'Northla…'


def test_a_person_camp_is_shortened_to_the_surname_not_to_initials() -> None:
    from factcheck.questionview import QuestionCounts
    from factcheck.ui.widgets.question_list import counts_line, short_camp

    people = frozenset({"Ivo T. Kessler", "Ana Roe Jr."})
    counts = QuestionCounts([("asserts", [("Ivo T. Kessler", 3)]), ("denies", [("Port Authority of Vell", 2)])], people)
    assert counts_line(counts, 40) == "asserts: Kessler 3 │ denies: PAV 2"
    assert short_camp("Ana Roe Jr.", 8, people) == "Roe"  # not the generation
    assert short_camp("Ivo T. Kessler", 8) == "ITK"  # a camp not known as a person: initials, as before
    assert short_camp("Ivo T. Kessler", 20, people) == "Ivo T. Kessler"  # whole when it fits


def test_a_description_of_no_party_is_shortened_by_its_words_not_to_initials() -> None:
    """ "several witnesses" (a speaker of no party, in lower case) read "SW" when cut, as if a party's acronym."""
    from factcheck.questionview import QuestionCounts
    from factcheck.ui.widgets.question_list import counts_line, short_camp

    voices = frozenset({"several witnesses"})
    counts = QuestionCounts(
        [("asserts", [("police", 1), ("several witnesses", 1)]), ("denies", [("Port Authority of Vell", 2)])],
        voices=voices,
    )
    assert counts_line(counts, 46) == "asserts: police 1, several… 1 │ denies: PAV 2"
    assert short_camp("several witnesses", 10, voices=voices) == "several…"
    assert short_camp("ministry of coastal affairs", 10) == "MCA"  # a party's name: initials, as before


def test_counts_cut_for_room_still_show_every_stance() -> None:
    """A disputed question's line shows who denies as well as who asserts, when each side's first camp fits."""
    from factcheck.questionview import QuestionCounts
    from factcheck.ui.widgets.question_list import counts_line

    counts = QuestionCounts(
        [("asserts", [("Norland", 11), ("outlet", 2), ("Vell", 1)]), ("denies", [("Sudmark", 8), ("Tarn", 2)])]
    )
    assert counts_line(counts, 80) == "asserts: Norland 11, outlet 2, Vell 1 │ denies: Sudmark 8, Tarn 2"
    assert counts_line(counts, 56) == "asserts: Norland 11, outlet 2, … │ denies: Sudmark 8, …"
    assert counts_line(counts, 45) == "asserts: Norland 11, … │ denies: Sudmark 8, …"
    assert counts_line(counts, 30) == "asserts: Norland 11, …"  # both sides do not fit: as before


async def test_a_rejected_count_is_headed_rejects_the_figures(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    """The opened question's summary and its column name a rejection of a count as the reasons do."""
    from factcheck.model import Question

    c = review_extraction.claims
    count = Question("q-0000000000c1", "How many workers joined?", {c[3].id: "4,000", c[5].id: "denies"})
    app = make_review_app(extraction=replace(review_extraction, questions=[count]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "enter")
        assert isinstance(app.screen, QuestionScreen)
        titles = [col.border_title for col in app.screen.query(StanceColumn)]
        assert titles == ["rejects the figures (1)", "4,000 (1)"]
        summary = str(app.screen.query_one("QuestionSummary").render())
        assert "rejects the figures: outlet 1" in summary and "denies" not in summary
        assert app.store.verdict("port", c[5].id) is None
        await pilot.press("d")  # the verdict keys work in the renamed column
        assert label(app, c[5].id) == "disputed"


def test_a_label_that_keeps_its_tail_keeps_it_in_a_narrow_row() -> None:
    from factcheck.ui.widgets.question_list import fit_label

    label = "The suggestion that engineers with ties to the Sudmark water board opened… is categorically false"
    assert fit_label(label, 120).rstrip() == label
    narrow = fit_label(label, 60)
    assert len(narrow) == 60 and narrow.rstrip().endswith("… is categorically false")  # the "no" survives
    assert narrow.startswith("The suggestion that engineers")
    assert fit_label("The dam held through the night and the gates were shut", 20) == "The dam held throug…"
