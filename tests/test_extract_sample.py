"""The bundled sample: scored against the repository's own gold annotation, and the claims contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract.claims import extract_claims
from factcheck.locations import seeds_dir
from factcheck.model import Extraction
from factcheck.pipeline import analyse
from factcheck.scoring import score_claims

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "gold_seeds.json"


@pytest.fixture(scope="module")
def sample() -> Extraction:
    return analyse(load_corpus([seeds_dir()]).articles)


@pytest.fixture(scope="module")
def scores(sample: Extraction) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return score_claims(gold, sample.to_json(), seeds_dir())


def test_sample_extraction_meets_the_bar(scores: dict) -> None:
    assert scores["recall"] >= 0.95
    assert scores["junk_rejected"] >= 0.95
    assert scores["side"] >= 0.90
    assert scores["speaker"] >= 0.90


def test_an_analyst_can_read_every_claim(sample: Extraction) -> None:
    # 140 body sentences, plus the two headlines of the sample that name their source.
    assert len(sample.claims) <= 142


def test_claim_text_is_the_file_text_at_its_offsets(sample: Extraction) -> None:
    texts = {a.file: (seeds_dir() / a.file).read_bytes().decode("utf-8") for a in sample.articles}
    for claim in sample.claims:
        assert claim.text == texts[claim.article][claim.start : claim.end]
        start, end = claim.paragraph
        assert start <= claim.start and claim.end <= end


def test_claim_ids_are_well_formed_unique_and_stable(sample: Extraction) -> None:
    ids = [c.id for c in sample.claims]
    assert all(re.fullmatch(r"c-[0-9a-f]{12}", i) for i in ids)
    assert len(set(ids)) == len(ids)
    again = extract_claims(load_corpus([seeds_dir()]).articles)
    assert [c.id for c in again] == ids


def test_claims_json_has_the_contract_fields(sample: Extraction) -> None:
    doc = json.loads(json.dumps(sample.to_json()))
    assert doc["schema"] == "factcheck.claims/1"
    assert {"id", "file", "path", "title", "sha256"} <= set(doc["articles"][0])
    for claim in doc["claims"]:
        assert {"id", "article", "start", "end", "text", "speaker", "side", "cue", "kind", "score"} <= set(claim)
        assert claim["kind"] in ("quote", "reported", "statement")
        assert 0.0 <= claim["score"] <= 1.0
    for link in doc["links"]:
        assert link["relation"] in ("competes", "corroborates")


def test_no_sentence_crosses_a_blank_line(sample: Extraction) -> None:
    for claim in sample.claims:
        assert "\n\n" not in claim.text
