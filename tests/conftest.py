"""Shared fixtures. Append new sections; keep each section's fixtures together."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.model import Extraction
from factcheck.synthetic import small_extraction

# --- review app (tests/test_ui*.py) ---------------------------------------------------------


@pytest.fixture
def review_extraction() -> Extraction:
    """Eleven hand-built claims in three articles, with competing and corroborating links (no spaCy)."""
    return small_extraction()


@pytest.fixture
def review_db(tmp_path: Path) -> Path:
    """A fresh database path for one test."""
    return tmp_path / "data" / "factcheck.json"


@pytest.fixture
def make_review_app(review_db: Path, review_extraction: Extraction) -> Iterator[Callable[..., Any]]:
    """A factory of review apps on `review_db` (session "port", analyst "ana"); stores closed after the test.

    Call it again after closing the previous app's store to simulate a restart.
    """
    from factcheck.session import open_session
    from factcheck.store import Store
    from factcheck.ui.app import make_app

    stores: list[Store] = []

    def factory(*, extraction: Extraction | None = None, session: str = "port", **kwargs: Any) -> Any:
        for store in stores:
            store.close()
        store = Store.open(review_db)
        stores.append(store)
        opened = open_session(store, session, [Path("corpus")], "ana")
        if "articles" in kwargs:
            return make_app(store, opened, "ana", **kwargs)
        return make_app(store, opened, "ana", extraction=extraction or review_extraction, **kwargs)

    yield factory
    for store in stores:
        store.close()
