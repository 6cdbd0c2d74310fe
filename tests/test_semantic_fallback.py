"""An installed `semantic` extra that fails to load: links fall back, told once, and everything names the fall-back.

The extra is faked with dummy packages on sys.path (sentence_transformers, torch and the packaged
model's folder), whose model raises when loaded, as a damaged install would.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import similarity_setting
from factcheck.link import embeddings
from factcheck.model import Article, Claim, Extraction

CAUSE = "OSError: model.safetensors is truncated"


@pytest.fixture
def broken_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Dummy packages of the `semantic` extra whose model fails to load; a fresh cache folder; no setting."""
    site = tmp_path / "site"
    (site / "sentence_transformers").mkdir(parents=True)
    (site / "sentence_transformers" / "__init__.py").write_text(
        "calls = []\n"
        "class SentenceTransformer:\n"
        "    def __init__(self, *args, **kwargs):\n"
        "        calls.append(args)\n"
        "        raise OSError('model.safetensors is truncated\\n(more detail on a second line)')\n"
    )
    (site / "torch").mkdir()
    (site / "torch" / "__init__.py").write_text("")
    model = site / similarity_setting.SEMANTIC_MODEL_PACKAGE / "model"
    model.mkdir(parents=True)
    (site / similarity_setting.SEMANTIC_MODEL_PACKAGE / "__init__.py").write_text("")
    (model / "config.json").write_text("{}")
    (model / "model.safetensors").write_bytes(b"\0")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_SIMILARITY", raising=False)
    _forget(monkeypatch)
    yield site
    sys.modules.pop("sentence_transformers", None)
    sys.modules.pop("torch", None)
    similarity_setting.semantic_model_dir.cache_clear()
    embeddings._load_encoder.cache_clear()


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process: nothing told or met yet, nothing looked up."""
    for name in ("_told", "_failed_here", "_untaken"):
        monkeypatch.setattr(similarity_setting, name, type(getattr(similarity_setting, name))())
    importlib.invalidate_caches()
    similarity_setting.semantic_model_dir.cache_clear()
    embeddings._load_encoder.cache_clear()


def _claims() -> list[Claim]:
    texts = ["the bridge was destroyed", "the crossing was blown up"]
    return [Claim(id=f"c-{k:012x}", article=f"{k}.txt", start=0, end=9, text=t) for k, t in enumerate(texts, 1)]


ARTICLES = [Article("a", "a.txt", "a.txt", "Norland port", "0", "The port of Vell was closed on Monday.")]


def test_a_model_that_fails_to_load_falls_back_to_static_told_once(
    broken_extra: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from factcheck.cli import similarity_note

    assert embeddings.similarity_backend() == "semantic"  # installed: not known to be broken yet
    with caplog.at_level(logging.WARNING):
        first = embeddings.embed_claims(_claims())
        second = embeddings.embed_claims(_claims())
    assert first is not None and second is not None  # the shipped table's vectors, not none at all
    told = [r.getMessage() for r in caplog.records]
    assert len(told) == 1 and "\n" not in told[0] and CAUSE in told[0] and "static" in told[0]
    assert "Traceback" not in caplog.text
    assert embeddings.similarity_backend() == "static"
    assert embeddings.semantic_mix() == (embeddings.STATIC_WEIGHT, embeddings.STATIC_FLOOR)
    assert similarity_note().startswith("Similarity: static: ") and CAUSE in similarity_note()
    assert similarity_setting.take_notice() is not None and similarity_setting.take_notice() is None


def test_the_failure_is_remembered_for_the_install_until_it_changes(
    broken_extra: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from factcheck.pipeline import cache_key

    semantic_key = cache_key(ARTICLES, None)
    embeddings.embed_claims(_claims())
    fell_back_key = cache_key(ARTICLES, None)
    assert fell_back_key != semantic_key
    installed = similarity_setting.semantic_model_dir
    monkeypatch.setattr(similarity_setting, "semantic_model_dir", lambda: None)
    assert cache_key(ARTICLES, None) == fell_back_key  # the key of the static table, as without the extra
    monkeypatch.setattr(similarity_setting, "semantic_model_dir", installed)

    _forget(monkeypatch)  # a later run: the backend is known without loading the model, and nothing is told
    calls = sys.modules["sentence_transformers"].calls
    tried = len(calls)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert embeddings.similarity_backend() == "static"
        assert embeddings.embed_claims(_claims()) is not None
    assert len(calls) == tried and not caplog.records
    assert cache_key(ARTICLES, None) == fell_back_key

    torch_init = broken_extra / "torch" / "__init__.py"  # the extra reinstalled: tried again
    later = os.stat(torch_init).st_mtime_ns + 10**9
    os.utime(torch_init, ns=(later, later))
    assert embeddings.similarity_backend() == "semantic"
    assert cache_key(ARTICLES, None) == semantic_key


async def test_the_review_app_tells_the_fall_back_and_caches_under_the_key_used(
    broken_extra: Path, make_review_app: Callable[..., Any], review_extraction: Extraction
) -> None:
    from factcheck.pipeline import cache_key

    articles = review_extraction.articles
    before = cache_key(articles, None)

    def analyse(arts: Any, model: Any, progress: Any) -> Extraction:
        embeddings.embed_claims(_claims())  # linking, with the broken extra
        return Extraction(articles, review_extraction.claims, review_extraction.links, "static")

    app = make_review_app(articles=articles, cache_key=before, analyse=analyse)
    async with app.run_test(size=(140, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        told = [n.message for n in app._notifications]
        assert len([m for m in told if CAUSE in m]) == 1
        assert "similarity: static" in str(app.screen.query_one("ReviewHeader").render())
        after = cache_key(articles, None)
        assert after != before
        assert app.store.cached_extraction(after) is not None and app.store.cached_extraction(before) is None
        assert app.store.get_session("port").extraction_key == after
