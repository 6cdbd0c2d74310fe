"""Outlet and date on the review screen, the outlet as the voice of its own claims, sort by date, the article reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from textual.widgets import TextArea

from factcheck.claimview import ClaimFilter, ClaimView
from factcheck.model import Extraction
from factcheck.sources import article_day, source_line, voice
from factcheck.synthetic import small_extraction
from factcheck.ui.screens.article import ArticleScreen, location
from factcheck.ui.screens.review import ReviewScreen
from factcheck.ui.widgets.claim_list import ClaimList
from factcheck.ui.widgets.detail import ClaimDetail
from factcheck.ui.widgets.related import RelatedList

SIZE = (120, 36)
MakeApp = Callable[..., Any]


@pytest.fixture
def dated() -> Extraction:
    """The small extraction with metadata: the first article from a page, the third from a feed, the second bare."""
    ext = small_extraction()
    first, second, third = ext.articles
    ext.articles = [
        replace(first, outlet="Harbour Daily", published="2026-03-11T08:00:00+00:00", url="https://hd.example/1"),
        replace(second, outlet=None),  # the small extraction names its outlet: made bare here
        replace(third, outlet="River Post", published="2026-03-09", author="Ida Holm"),
    ]
    return ext


def test_sources_name_outlet_and_day(dated: Extraction) -> None:
    first, second, _ = dated.articles
    assert article_day(first) == "2026-03-11" and source_line(first) == "Harbour Daily · 2026-03-11"
    assert article_day(second) is None and source_line(second) == ""
    own_voice = dated.claims[0]
    assert own_voice.speaker is None and voice(own_voice, first) == "Harbour Daily"
    assert voice(own_voice, second) is None
    assert voice(dated.claims[1], first) == "Mara Olsen"


def test_header_date_of_a_txt_article_counts_as_its_day(dated: Extraction) -> None:
    second = replace(dated.articles[1], text="Port Authority Says\nPublished: March 10, 2026\n\nBody.")
    assert article_day(second) == "2026-03-10"


def test_sort_by_date_puts_oldest_first_and_undated_last(dated: Extraction) -> None:
    view = ClaimView(dated, {})
    view.set_filter(ClaimFilter(sort="date"))
    order = [c.article for c in view.visible]
    assert order == ["river_post.txt"] * 4 + ["harbour_daily.txt"] * 4 + ["coast_news.txt"] * 3
    assert ClaimFilter.from_dict({"sort": "date"}).sort == "date"


async def test_detail_pane_shows_outlet_date_and_the_outlet_s_own_voice(
    make_review_app: MakeApp, dated: Extraction
) -> None:
    app = make_review_app(extraction=dated)
    async with app.run_test(size=SIZE):
        body = str(app.screen.query_one(ClaimDetail).query_one("#detail-body").render())
        assert "Harbour Daily · harbour_daily.txt" in body  # claim 0 is the outlet's own voice
        assert "Harbour Daily · 2026-03-11" in body
        assert "Harbour…" in app.screen.query_one(ClaimList).render_line(0).text  # not "outlet", nor half a word


async def test_linked_panes_show_outlet_and_date(make_review_app: MakeApp, dated: Extraction) -> None:
    app = make_review_app(extraction=dated)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j")  # claim 1 (Olsen): corroborated by claim 7 in the River Post
        await pilot.pause()
        pane = app.screen.query_one("#corroborating", RelatedList)
        assert "River Post · 2026-03-09" in str(pane.get_option_at_index(0).prompt)


async def test_article_reader_highlights_the_claim_and_closes(make_review_app: MakeApp, dated: Extraction) -> None:
    app = make_review_app(extraction=dated)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j")
        claim = dated.claims[3]
        assert isinstance(app.screen, ReviewScreen) and app.screen.current == claim.id
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        area = app.screen.query_one(TextArea)
        assert area.selected_text == claim.text
        assert area.read_only
        await pilot.press("down", "down")  # the reader moves; c selects the claim again
        await pilot.press("c")
        assert area.selected_text == claim.text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current == claim.id


def test_location_counts_rows_and_columns() -> None:
    text = "Title\n\nFirst line.\nSecond line."
    assert location(text, 0) == (0, 0)
    assert location(text, text.index("Second")) == (3, 0)
    assert location(text, text.index("line.")) == (2, 6)


async def test_narrow_linked_panes_show_the_day(make_review_app: MakeApp, dated: Extraction) -> None:
    app = make_review_app(extraction=dated)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        pane = app.screen.query_one("#corroborating", RelatedList)
        assert pane.scrollable_content_region.width < 40
        assert "2026-03-09" in str(pane.get_option_at_index(0).prompt)


async def test_article_reader_opens_a_linked_claim_from_its_pane(make_review_app: MakeApp, dated: Extraction) -> None:
    app = make_review_app(extraction=dated)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j")  # claim 1; its corroborating pane holds claim 7 (River Post)
        pane = app.screen.query_one("#corroborating", RelatedList)
        pane.focus()
        await pilot.pause()
        linked = pane.highlighted_option.id if pane.highlighted_option is not None else None
        assert linked == dated.claims[7].id
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.file == "river_post.txt"
        assert app.screen.query_one(TextArea).selected_text == dated.claims[7].text
