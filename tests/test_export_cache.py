"""Export finds the claims the analyst reviewed through the key the session remembers."""

from __future__ import annotations

from pathlib import Path

from factcheck.export import load_extraction
from factcheck.model import Session
from factcheck.store import Store
from factcheck.synthetic import small_extraction


def test_the_remembered_cache_key_is_used_even_when_the_corpus_is_gone(tmp_path: Path) -> None:
    extraction = small_extraction()
    with Store.open(tmp_path / "db.json") as store:
        store.cache_extraction("made-by-an-older-version", extraction)
        session = Session(name="s", corpus=[str(tmp_path / "moved-away")], extraction_key="made-by-an-older-version")
        store.save_session(session)
        found, why = load_extraction(store, session)
    assert why is None
    assert found is not None
    assert [c.id for c in found.claims] == [c.id for c in extraction.claims]
