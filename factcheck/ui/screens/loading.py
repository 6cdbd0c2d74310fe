"""The loading screen: a progress bar while spaCy reads the corpus in a worker thread."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static


class LoadingScreen(Screen[None]):
    """Shown until the extraction is ready; the app updates it from the worker's messages."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", "Quit", id="loading.quit"),
    ]

    def __init__(self, session: str, articles: int) -> None:
        super().__init__()
        self.session = session
        self.articles = articles
        self._progress = (0, articles)

    def compose(self) -> ComposeResult:
        with Middle():
            with Center():
                yield Static(
                    f"Session {self.session}: reading {self.articles} article(s) with spaCy…\n"
                    "This happens once; the result is cached, so the next start is quick.",
                    id="loading-text",
                )
            with Center():
                yield ProgressBar(total=self.articles, show_eta=False, id="loading-bar")
        yield Footer()

    def on_mount(self) -> None:
        self.set_progress(*self._progress)

    def set_progress(self, done: int, total: int) -> None:
        """Move the bar (on the event loop, from a worker message; early messages wait for the mount)."""
        self._progress = (done, total)
        bars = self.query(ProgressBar)
        if not bars:
            return
        bars.first().update(total=max(total, 1), progress=done)
        if total and done >= total:
            self.set_stage(f"Session {self.session}: linking claims across the articles…")

    def set_stage(self, text: str) -> None:
        """Say what is happening now (loading the model, linking, saving)."""
        for static in self.query("#loading-text").results(Static):
            static.update(text)
