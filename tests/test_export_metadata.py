"""Exports name where a claim appeared: ClaimReview's appearance, CSV's and Markdown's outlet and date."""

from __future__ import annotations

import csv
import io
import json

from factcheck.export import build_export
from factcheck.model import Article, Claim, Extraction, Link, Session, Verdict

PAGE = Article(
    id="a-000000000001",
    file="orlek-dam.html",
    path="pages/orlek-dam.html",
    title="Norland blames Sudmark for dam collapse",
    sha256="0" * 64,
    text="Norland blames Sudmark for dam collapse\n\nThe dam on the Varen river collapsed on Tuesday.",
    outlet="The Northern Ledger",
    url="https://northern-ledger.example/orlek-dam",
    published="2026-03-10T08:15:00+00:00",
    author="Anna Berg",
)
RECORD = Article(
    id="a-000000000002",
    file="wire.jsonl#sw-1",
    path="feeds/wire.jsonl",
    title="Sudmark denies shelling",
    sha256="1" * 64,
    text="Sudmark denied shelling the dam, a ministry spokeswoman said.",
    outlet="Sudmark Wire",
    published="2026-03-11",
    author="Ola Dahl, Kim Sand",
    record="sw-1",
)
TXT = Article(id="a-000000000003", file="notes.txt", path="notes.txt", title="Notes", sha256="2" * 64, text="x")
CLAIMS = [
    Claim(id="c-00000000000a", article=PAGE.file, start=41, end=89, text=PAGE.text[41:89]),
    Claim(
        id="c-00000000000b",
        article=RECORD.file,
        start=0,
        end=32,
        text=RECORD.text[:32],
        speaker="Greta Lund",
        side="Sudmark",
    ),
]
EXTRACTION = Extraction(
    articles=[PAGE, RECORD, TXT],
    claims=CLAIMS,
    links=[Link(CLAIMS[0].id, CLAIMS[1].id, "competes", 0.8, "one denies")],
)
SESSION = Session(name="dam", corpus=["/data/dam"], analyst="ana")
VERDICTS = {c.id: Verdict(c.id, "disputed", "", "ana", "2026-03-12T10:00:00+00:00") for c in CLAIMS}


def test_claimreview_appearance_comes_from_the_article() -> None:
    page, record = json.loads(build_export("claimreview", SESSION, VERDICTS, EXTRACTION))
    item = page["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "The Northern Ledger"}  # the outlet's own voice
    assert item["datePublished"] == "2026-03-10T08:15:00+00:00"
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "name": "orlek-dam.html",
        "headline": "Norland blames Sudmark for dam collapse",
        "url": "https://northern-ledger.example/orlek-dam",
        "datePublished": "2026-03-10T08:15:00+00:00",
        "author": {"@type": "Person", "name": "Anna Berg"},
        "publisher": {"@type": "Organization", "name": "The Northern Ledger"},
    }
    assert record["itemReviewed"]["author"] == {"@type": "Person", "name": "Greta Lund"}
    assert record["itemReviewed"]["appearance"]["author"] == [
        {"@type": "Person", "name": "Ola Dahl"},
        {"@type": "Person", "name": "Kim Sand"},
    ]
    assert "url" not in record["itemReviewed"]["appearance"]


def test_csv_names_outlet_date_and_address() -> None:
    rows = list(csv.DictReader(io.StringIO(build_export("csv", SESSION, VERDICTS, EXTRACTION))))
    assert [(r["outlet"], r["published"], r["url"]) for r in rows] == [
        ("The Northern Ledger", "2026-03-10T08:15:00+00:00", "https://northern-ledger.example/orlek-dam"),
        ("Sudmark Wire", "2026-03-11", ""),
    ]


def test_markdown_names_outlet_and_date() -> None:
    text = build_export("markdown", SESSION, VERDICTS, EXTRACTION)
    assert "The Northern Ledger, 2026-03-10 (orlek-dam.html)" in text
    assert "Sudmark Wire, 2026-03-11 (wire.jsonl\\#sw-1)" in text  # Markdown escapes the "#"
