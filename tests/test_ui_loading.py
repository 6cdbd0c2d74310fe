"""The extraction worker: progress bar while it runs, cache and review screen after, errors as exit codes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from textual.widgets import ProgressBar

from factcheck.extract.nlp import ModelError
from factcheck.model import Extraction
from factcheck.ui.screens.loading import LoadingScreen
from factcheck.ui.screens.review import ReviewScreen

SIZE = (100, 30)
MakeApp = Callable[..., Any]


async def test_worker_reports_progress_then_caches_and_opens_the_review(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    reported = threading.Event()
    release = threading.Event()
    threads: list[bool] = []

    def analyse(articles: Any, model: Any, progress: Callable[[int, int], None]) -> Extraction:
        threads.append(threading.current_thread() is not threading.main_thread())
        progress(1, len(articles))
        reported.set()
        release.wait(10)
        progress(len(articles), len(articles))
        return review_extraction

    app = make_review_app(articles=review_extraction.articles, cache_key="key-1", analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        assert reported.wait(10)
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        bar = app.screen.query_one(ProgressBar)
        assert (bar.progress, bar.total) == (1, 3)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert threads == [True]
        assert app.store.cached_extraction("key-1") is not None
        await pilot.press("d")
        assert app.store.verdict("port", review_extraction.claims[0].id).label == "disputed"


async def test_missing_model_ends_the_app_with_status_2(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    def analyse(*args: Any) -> Extraction:
        raise ModelError("spaCy pipeline 'xx' is not installed")

    app = make_review_app(articles=review_extraction.articles, analyse=analyse)
    async with app.run_test(size=SIZE):
        await app.workers.wait_for_complete()
    assert app.return_code == 2 and app.error == "spaCy pipeline 'xx' is not installed"


async def test_a_crash_in_extraction_ends_the_app_with_status_1(
    make_review_app: MakeApp, review_extraction: Extraction
) -> None:
    def analyse(*args: Any) -> Extraction:
        raise RuntimeError("boom")

    app = make_review_app(articles=review_extraction.articles, analyse=analyse)
    async with app.run_test(size=SIZE):
        await app.workers.wait_for_complete()
    assert app.return_code == 1 and app.error is not None and "boom" in app.error
    assert app.store.verdicts("port") == {}
