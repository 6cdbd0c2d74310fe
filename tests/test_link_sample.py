"""Linking on the bundled sample, scored with the repository's own gold copy; and linking knows no sample name.

Both similarity backends are held to the same bar: the lexical one always, the semantic one
when the `semantic` extra is installed (skipped otherwise).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract.claims import extract_claims
from factcheck.link import link_questions, suggest_verdicts
from factcheck.link.embeddings import _semantic_model_dir
from factcheck.locations import seeds_dir
from factcheck.model import Claim, Extraction
from factcheck.scoring import score_claims

GOLD = Path(__file__).parent / "gold_seeds.json"
ROOT = Path(__file__).resolve().parent.parent
LINKING_CODE = [
    *sorted((ROOT / "factcheck" / "link").glob("*.py")),
    ROOT / "factcheck" / "extract" / "features.py",
]


@pytest.fixture(scope="module")
def sample_claims() -> tuple[list, list[Claim]]:
    articles = load_corpus([seeds_dir()]).articles
    return articles, extract_claims(articles)


def _scores(sample_claims: tuple[list, list[Claim]]) -> tuple[dict, Extraction]:
    articles, claims = sample_claims
    claims = [Claim.from_json(c.to_json(with_features=True)) for c in claims]  # a fresh copy
    questions, links = link_questions(claims)
    suggest_verdicts(claims, links, questions)
    extraction = Extraction(articles=list(articles), claims=claims, links=links, questions=questions)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return score_claims(gold, extraction.to_json(), seeds_dir()), extraction


def _meets_the_bar(scores: dict) -> None:
    assert scores["hit@5"] >= 0.60
    assert scores["compete_recall"] >= 0.30
    assert scores["compete_precision"] >= 0.30
    assert scores["corroborate_recall"] >= 0.40
    assert scores["links_per_claim"] <= 6


@pytest.mark.slow
def test_lexical_linking_meets_the_bar_on_the_sample(
    sample_claims: tuple[list, list[Claim]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")
    scores, _ = _scores(sample_claims)
    _meets_the_bar(scores)


@pytest.mark.slow
@pytest.mark.skipif(_semantic_model_dir() is None, reason="the `semantic` extra is not installed")
def test_semantic_linking_meets_the_bar_on_the_sample(
    sample_claims: tuple[list, list[Claim]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_SIMILARITY", raising=False)
    from factcheck.link.embeddings import similarity_backend

    assert similarity_backend() == "semantic"
    scores, _ = _scores(sample_claims)
    _meets_the_bar(scores)


@pytest.mark.slow
def test_every_claim_gets_a_suggestion_and_every_link_a_reason(
    sample_claims: tuple[list, list[Claim]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_SIMILARITY", "lexical")
    _, extraction = _scores(sample_claims)
    doc = extraction.to_json()
    assert doc["links"]
    for claim in doc["claims"]:
        assert claim["suggestion"]["label"] in ("disputed", "corroborated", "unverified")
        assert claim["suggestion"]["reason"].startswith(claim["suggestion"]["label"] + ": ")
    by_id = {c.id: c for c in extraction.claims}
    for link in doc["links"]:
        assert link["relation"] in ("competes", "corroborates")
        assert link["reason"]
        a, b = by_id[link["source"]], by_id[link["target"]]
        assert a.article != b.article or a.speaker != b.speaker  # never within one voice of one article
    pairs = [frozenset((lk["source"], lk["target"])) for lk in doc["links"]]
    assert len(pairs) == len(set(pairs))


# Names, places and phrases of the sample: linking must work on any event, so it may know none.
SAMPLE_WORDS = [
    "taliban", "nrf", "nrfa", "panjshir", "massoud", "kabul", "afghan", "mujahid", "saleh", "nazary",
    "kareemi", "dashti", "bazarak", "rokha", "paryan", "tajik", "islamic emirate", "resistance front",
]


@pytest.mark.parametrize("path", LINKING_CODE, ids=lambda p: p.name)
def test_linking_code_knows_no_name_of_the_sample(path: Path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    found = [w for w in SAMPLE_WORDS if re.search(rf"\b{re.escape(w)}", text)]
    assert found == []
