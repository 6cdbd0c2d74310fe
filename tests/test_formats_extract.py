"""Claims from pages and feeds: the same claims as the `.txt` article, offsets into the extracted text, stable ids.

Uses the invented fixtures in tests/fixtures/formats (see tests/test_readers.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.model import Extraction
from factcheck.pipeline import analyse
from factcheck.store.cache import read_cached_extraction, write_cached_extraction

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FURNITURE = (
    "cookies",
    "Most read",
    "border posts were shelled",
    "minister resigns",
    "spillway was cracking",
    "Sign up",
    "inbox",
    "rights reserved",
    "Share on",
    "Read more",
    "Photo:",
    "Topics",
)


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    folder = tmp_path_factory.mktemp("formats")
    for name in ("orlek-dam.html", "orlek-dam.txt", "wire.jsonl", "desk.csv", "api.json"):
        shutil.copy(FIXTURES / name, folder / name)
    return analyse(load_corpus([folder]).articles)


def _claims_of(extraction: Extraction, file: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    return [(c.text, c.speaker, c.side, c.kind, c.cue) for c in extraction.claims if c.article == file]


def test_claims_from_the_page_equal_claims_from_the_txt(extraction: Extraction) -> None:
    page, txt = _claims_of(extraction, "orlek-dam.html"), _claims_of(extraction, "orlek-dam.txt")
    assert len(txt) >= 6
    assert page == txt


def test_page_furniture_never_becomes_a_claim(extraction: Extraction) -> None:
    for claim in extraction.claims:
        for furniture in FURNITURE:
            assert furniture not in claim.text, claim.text


def test_offsets_index_the_extracted_text(extraction: Extraction) -> None:
    articles = {a.file: a for a in extraction.articles}
    assert {"wire.jsonl#sw-0101", "desk.csv#2", "api.json#1", "orlek-dam.html"} <= {
        c.article for c in extraction.claims
    }
    for claim in extraction.claims:
        assert articles[claim.article].text[claim.start : claim.end] == claim.text


def test_claims_json_carries_metadata_and_the_extracted_text(extraction: Extraction) -> None:
    doc = json.loads(json.dumps(extraction.to_json()))
    articles = {a["file"]: a for a in doc["articles"]}
    page = articles["orlek-dam.html"]
    assert (page["outlet"], page["published"], page["author"]) == ("The Northern Ledger", "2026-03-10", "Anna Berg")
    assert page["url"].startswith("https://northern-ledger.example/")
    assert page["text"].startswith("Norland blames Sudmark")
    assert articles["wire.jsonl#sw-0101"]["record"] == "sw-0101"
    assert articles["desk.csv#2"]["text"].startswith("Cargo ships queued")
    assert "text" not in articles["orlek-dam.txt"] and "record" not in articles["orlek-dam.txt"]
    assert articles["orlek-dam.txt"]["outlet"] is None


def test_the_cache_keeps_the_extracted_text_and_metadata(extraction: Extraction, tmp_path: Path) -> None:
    path = tmp_path / "cache.json"
    write_cached_extraction(path, "k", extraction)
    cached = read_cached_extraction(path, "k")
    assert cached is not None
    assert [(a.file, a.text, a.outlet, a.published, a.record) for a in cached.articles] == [
        (a.file, a.text, a.outlet, a.published, a.record) for a in extraction.articles
    ]


def test_claim_ids_of_a_feed_survive_new_records(tmp_path: Path) -> None:
    lines = (FIXTURES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    good = [line for line in lines if line.startswith('{"ID": "sw-010') and "Body" in line]
    feed = tmp_path / "wire.jsonl"
    feed.write_text(good[0] + "\n", encoding="utf-8")
    before = {c.id: c.text for c in analyse(load_corpus([feed]).articles).claims}
    added = json.dumps({"id": "sw-0100", "body": "Norland closed two border crossings with Sudmark on Monday."})
    feed.write_text("\n".join([added, *good]) + "\n", encoding="utf-8")
    after = {c.id: c.text for c in analyse(load_corpus([feed]).articles).claims}
    assert before and before.items() <= after.items()


def test_an_untitled_one_paragraph_record_keeps_its_claim(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"body": "The Orlek dam collapsed on Tuesday, flooding four villages, officials said."}))
    (article,) = load_corpus([feed]).articles
    assert article.title == ""
    claims = analyse([article]).claims
    assert [c.text for c in claims] == [article.text]
