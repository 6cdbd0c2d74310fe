"""The shipped static embeddings: paraphrases score above unrelated lines, offline, and can be switched off."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from factcheck.link import embeddings
from factcheck.link.static_embeddings import STATIC_MODEL_DIR, StaticEncoder, static_model_available
from factcheck.model import Claim

pytestmark = pytest.mark.skipif(not static_model_available(), reason="the static table is not shipped in this build")


def _cosine(encoder: StaticEncoder, a: str, b: str) -> float:
    va, vb = encoder.encode([a, b])
    return float(va @ vb)


@pytest.fixture(scope="module")
def encoder() -> StaticEncoder:
    return StaticEncoder.load()


@pytest.mark.parametrize(
    ("text", "paraphrase", "unrelated"),
    [
        ("the bridge was destroyed", "the crossing was blown up", "the festival sold more tickets than last year"),
        (
            "Marvenian troops captured the Oskel pass",
            "the Oskel pass is now held by the Marvenian army",
            "the Tessaly orchestra opened its winter season",
        ),
        (
            "twelve villagers were killed in the shelling",
            "the bombardment left a dozen residents dead",
            "the new stadium will seat forty thousand fans",
        ),
    ],
)
def test_a_paraphrase_scores_above_an_unrelated_line(
    encoder: StaticEncoder, text: str, paraphrase: str, unrelated: str
) -> None:
    assert _cosine(encoder, text, paraphrase) > _cosine(encoder, text, unrelated) + 0.1


def test_vectors_are_unit_length_and_an_empty_text_is_zero(encoder: StaticEncoder) -> None:
    vectors = encoder.encode(["The Durnholt ministry denied the report.", "", "Quarry workers marched on Velm."])
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, encoder.dims)
    assert np.allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not vectors[1].any()


def test_batches_give_the_same_vectors_as_one_by_one(encoder: StaticEncoder, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"The Pellmark council counted {k} ballots in ward {k}." for k in range(7)]
    whole = encoder.encode(texts)
    monkeypatch.setattr("factcheck.link.static_embeddings._BATCH", 3)
    assert np.allclose(encoder.encode(texts), whole, atol=1e-6)


def test_the_table_ships_with_its_licence_notice() -> None:
    notice = (STATIC_MODEL_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "all-MiniLM-L6-v2" in notice
    assert "Apache License, Version 2.0" in notice
    assert (STATIC_MODEL_DIR / "model.safetensors").stat().st_size < 10 * 1024 * 1024


def test_loading_and_encoding_work_offline_without_torch(tmp_path: os.PathLike[str]) -> None:
    """A fresh interpreter with the hub switched off, sockets refused and torch unimportable."""
    script = textwrap.dedent(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise OSError("no network in this test")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        sys.modules["torch"] = None  # importing torch now fails
        from factcheck.link.static_embeddings import embed_texts
        vectors = embed_texts(["the bridge was destroyed", "the crossing was blown up"])
        print(round(float(vectors[0] @ vectors[1]), 3))
        print("transformers" in sys.modules, "huggingface_hub" in sys.modules)
        """
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HOME": str(tmp_path)}
    env.pop("FACTCHECK_SIMILARITY", None)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    cosine, loaded = done.stdout.strip().splitlines()
    assert float(cosine) > 0.3
    assert loaded == "False False"


def _claims(*texts: str) -> list[Claim]:
    return [
        Claim(id=f"c-{k:012x}", article=f"{k}.txt", start=0, end=len(t), text=t) for k, t in enumerate(texts, start=1)
    ]


def test_the_default_install_embeds_with_the_static_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_SIMILARITY", raising=False)
    monkeypatch.setattr(embeddings, "_semantic_model_dir", lambda: None)  # as without the `semantic` extra
    assert embeddings.similarity_backend() == "static"
    vectors = embeddings.embed_claims(_claims("the bridge was destroyed", "the crossing was blown up"))
    assert vectors is not None and vectors.shape[0] == 2


@pytest.mark.parametrize("value", ["lexical", "off", "none", "LEXICAL"])
def test_factcheck_similarity_lexical_switches_embeddings_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", value)
    assert embeddings.similarity_backend() == "lexical"
    assert embeddings.embed_claims(_claims("the bridge was destroyed", "the crossing was blown up")) is None


def test_factcheck_similarity_static_picks_the_table_over_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")
    monkeypatch.setattr(embeddings, "_semantic_model_dir", lambda: "/somewhere/minilm")
    assert embeddings.similarity_backend() == "static"
    monkeypatch.delenv("FACTCHECK_SIMILARITY")
    assert embeddings.similarity_backend() == "semantic"


def test_a_damaged_table_falls_back_to_lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "static")

    def broken(texts: object) -> np.ndarray:
        raise ValueError("truncated table")

    monkeypatch.setattr(embeddings, "embed_texts", broken)
    assert embeddings.embed_claims(_claims("the bridge was destroyed", "the crossing was blown up")) is None
