"""The review app and its one factory, `make_app`, used by the command line and the tests.

The command line opens the store and the corpus first (so a locked or damaged database is a
one-line error before the screen starts) and passes the cached extraction when there is one.
Without it, the app extracts in a thread worker behind a progress bar; the worker never
touches a widget, it posts messages, and the store is only used on the event-loop thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from factcheck.model import Article, Extraction, Session
from factcheck.session import Review, run_analysis
from factcheck.store import Store, StoreError
from factcheck.ui.screens.loading import LoadingScreen
from factcheck.ui.screens.review import ReviewScreen

Analyse = Callable[..., Extraction]


class ExtractionCancelled(Exception):
    """The app quit while the worker was extracting."""


class ReviewApp(App[int]):
    """factcheck's review app: the loading screen until the claims are ready, then the review screen."""

    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    ENABLE_COMMAND_PALETTE = True

    @dataclass
    class ExtractionProgress(Message):
        """The worker has read `done` of `total` articles."""

        done: int
        total: int

    @dataclass
    class ExtractionFinished(Message):
        """The worker has the extraction; the app caches it (on the event loop) and opens the review."""

        extraction: Extraction

    @dataclass
    class ExtractionFailed(Message):
        """The worker failed; `code` 2 for bad input (a missing model), 1 for a failure while working."""

        message: str
        code: int

    def __init__(
        self,
        store: Store,
        session: Session,
        analyst: str,
        *,
        extraction: Extraction | None = None,
        articles: Sequence[Article] = (),
        model: str | None = None,
        cache_key: str | None = None,
        analyse: Analyse = run_analysis,
    ) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.analyst = analyst
        self.extraction = extraction
        self.articles = list(articles)
        self.model = model
        self.cache_key = cache_key
        self.analyse = analyse
        self.review: Review | None = None
        self.error: str | None = None  # one line for stderr when the app ends with an error

    def open_review(self, extraction: Extraction) -> ReviewScreen:
        """The review screen over an extraction, with the stored verdicts and saved position."""
        self.review = Review.open(self.store, self.session, self.analyst, extraction)
        # Tens of thousands of claims are long-lived: keep them out of the cyclic GC's full
        # collections, which otherwise stall a key press now and then (~0.3 s at 50k claims).
        gc.freeze()
        return ReviewScreen(self.review)

    def get_default_screen(self) -> Screen:
        if self.extraction is not None:
            return self.open_review(self.extraction)
        return LoadingScreen(self.session.name, len(self.articles))

    def on_unmount(self) -> None:
        gc.unfreeze()  # hand the claims back to the collector (tests run many apps in one process)

    def on_mount(self) -> None:
        for warning in self.store.warnings:  # e.g. a damaged journal line that was skipped
            self.notify(warning, severity="warning", timeout=20)
        if self.review is None:
            self.extract()

    # extraction
    @work(thread=True, exclusive=True, exit_on_error=False, name="extract")
    def extract(self) -> None:
        """Run spaCy over the articles off the event loop, reporting progress as messages."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise ExtractionCancelled
            self.post_message(self.ExtractionProgress(done, total))

        from factcheck.extract.nlp import ModelError

        try:
            extraction = self.analyse(self.articles, self.model, progress)
        except ExtractionCancelled:
            return
        except ModelError as exc:
            self.post_message(self.ExtractionFailed(str(exc), 2))
            return
        except Exception as exc:  # reported as one line; the database is untouched by extraction
            self.post_message(self.ExtractionFailed(f"extraction failed: {type(exc).__name__}: {exc}", 1))
            return
        if not worker.is_cancelled:
            self.post_message(self.ExtractionFinished(extraction))

    def on_review_app_extraction_progress(self, message: ExtractionProgress) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.screen.set_progress(message.done, message.total)

    def on_review_app_extraction_failed(self, message: ExtractionFailed) -> None:
        self.error = message.message
        self.exit(message.code, return_code=message.code)

    def on_review_app_extraction_finished(self, message: ExtractionFinished) -> None:
        extraction = message.extraction
        from factcheck.similarity_setting import take_notice

        if (notice := take_notice()) is not None:  # the `semantic` extra failed to load: told once, here
            self.notify(notice, severity="warning", timeout=20)
            self.follow_cache_key()
        if self.cache_key is not None:
            try:
                self.store.cache_extraction(self.cache_key, extraction)
            except StoreError as exc:
                self.notify(str(exc), severity="warning")
        self.extraction = extraction
        # The loading screen is the default (bottom) screen, which cannot be switched away; the
        # review screen goes on top of it and stays there until the app exits.
        self.push_screen(self.open_review(extraction))

    def follow_cache_key(self) -> None:
        """Cache under the key of the backend linking actually used: one that failed to load while
        linking (the `semantic` extra) no longer counts, and the session remembers the new key."""
        from factcheck.session import extraction_key

        key = extraction_key(self.articles, self.model)
        if self.cache_key is not None and key != self.cache_key:
            self.cache_key = self.session.extraction_key = key
            try:
                self.store.save_session(self.session)
            except StoreError as exc:
                self.notify(str(exc), severity="warning")

    # views
    def on_review_screen_questions_wanted(self, message: ReviewScreen.QuestionsWanted) -> None:
        """Switch to the Questions view on the claim's question; back to the claims on `v` or escape."""
        from factcheck.ui.screens.questions import QuestionsScreen

        review = message.screen.review
        questions = review.questions.questions_of(message.claim_id) if message.claim_id else []
        start = questions[0].id if questions else None
        self.push_screen(QuestionsScreen(review, start), message.screen.back_from_questions)

    # command palette: every action of the screen, by the name the footer and help use
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from factcheck.ui.screens.question import QuestionScreen
        from factcheck.ui.screens.questions import QuestionsScreen

        if isinstance(screen, (ReviewScreen, QuestionsScreen, QuestionScreen)):
            for binding in screen.BINDINGS:
                if not isinstance(binding, Binding) or binding.action.startswith("app."):
                    continue
                help_text = f"{binding.tooltip or binding.description} [{binding.key}]"
                yield SystemCommand(binding.description, help_text, partial(screen.run_action, binding.action))


def make_app(
    store: Store,
    session: Session,
    analyst: str,
    *,
    extraction: Extraction | None = None,
    articles: Sequence[Article] = (),
    model: str | None = None,
    cache_key: str | None = None,
    analyse: Analyse = run_analysis,
) -> ReviewApp:
    """The review app over an open store and session.

    Give `extraction` when it is known (a cache hit, or tests); otherwise give `articles` (and
    `cache_key` to cache the result) and the app extracts them in a worker with `analyse`.
    """
    if extraction is None and not articles:
        raise ValueError("make_app needs an extraction or the articles to extract")
    return ReviewApp(
        store,
        session,
        analyst,
        extraction=extraction,
        articles=articles,
        model=model,
        cache_key=cache_key,
        analyse=analyse,
    )
