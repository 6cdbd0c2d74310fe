"""The export formats as pure functions of (session, verdicts, extraction): no store, no spaCy."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from factcheck.export import FORMATS, ExportError, build_export
from factcheck.export.claimreview import ALTERNATE_NAMES
from factcheck.export.formats import CSV_COLUMNS
from factcheck.export.view import ExportView, header_date, quoted_words, speaker_type
from factcheck.model import LABELS, VERDICTS_SCHEMA, Article, Extraction, Question, Session, Verdict
from factcheck.synthetic import small_extraction

TRICKY_NOTE = 'Footage, "idle" cranes; see:\nline two, with a comma'
ORPHAN = "c-0000000000ff"


@pytest.fixture
def extraction() -> Extraction:
    ext = small_extraction()
    # Give one article a dateline, as news files have.
    first = ext.articles[0]
    ext.articles[0] = Article(
        id=first.id,
        file=first.file,
        path=first.path,
        title=first.title,
        sha256=first.sha256,
        text=first.title + "\nPublished: September 7, 2021\n\n" + first.text,
    )
    return ext


@pytest.fixture
def session() -> Session:
    return Session(
        name="port strike",
        corpus=["/data/port"],
        analyst="alice",
        created="2024-05-01T09:00:00.000Z",
        updated="2024-05-02T10:00:00.000Z",
        org="Example Fact Checks",
    )


@pytest.fixture
def verdicts(extraction: Extraction) -> dict[str, Verdict]:
    c = extraction.claims
    rows = [
        Verdict(c[1].id, "disputed", TRICKY_NOTE, "alice", "2024-05-01T09:30:00.000Z"),
        Verdict(c[4].id, "corroborated", "", "alice", "2024-05-01T09:31:00.000Z"),
        Verdict(c[6].id, "unverified", "=HYPERLINK(1)", "bob", "2024-05-01T09:32:00.000Z"),
        Verdict(ORPHAN, "disputed", "claim gone after a corpus edit", "alice", "2024-05-01T09:33:00.000Z"),
    ]
    out = {v.claim: v for v in rows}
    # A note on a claim not judged yet (the store keeps these with label None): not a verdict.
    out[c[0].id] = Verdict(c[0].id, None, "check the harbour webcam", "alice", "2024-05-01T09:34:00.000Z")  # type: ignore[arg-type]
    return out


def labelled(verdicts: dict[str, Verdict]) -> dict[str, Verdict]:
    return {k: v for k, v in verdicts.items() if v.label is not None}


# json


def test_json_document_follows_the_contract(session, verdicts, extraction) -> None:
    doc = json.loads(build_export("json", session, verdicts, extraction))
    assert doc["schema"] == VERDICTS_SCHEMA
    assert {"name", "corpus", "created", "updated"} <= set(doc["session"])
    assert doc["session"]["name"] == "port strike"
    assert doc["session"]["corpus"] == ["/data/port"]
    contract = {"claim", "label", "note", "analyst", "updated", "text", "article", "speaker", "side"}
    contract |= {"competing", "corroborating", "question"}
    by_id = {v["claim"]: v for v in doc["verdicts"]}
    assert set(by_id) == set(labelled(verdicts))
    for entry in doc["verdicts"]:
        assert contract <= set(entry)
        assert entry["label"] in LABELS
    c = extraction.claims
    disputed = by_id[c[1].id]
    assert disputed["note"] == TRICKY_NOTE
    assert disputed["text"] == c[1].text
    assert (disputed["article"], disputed["speaker"], disputed["side"]) == (c[1].article, c[1].speaker, c[1].side)
    assert disputed["competing"] == [c[4].id]
    assert disputed["corroborating"] == [c[7].id]
    # Competing claims are listed best score first, both directions of each link counted.
    assert by_id[c[4].id]["competing"] == [c[1].id, c[3].id, c[7].id]
    assert by_id[ORPHAN]["text"] is None and by_id[ORPHAN]["competing"] == []


def test_json_without_extraction_keeps_every_verdict(session, verdicts) -> None:
    doc = json.loads(build_export("json", session, verdicts, None))
    assert {v["claim"] for v in doc["verdicts"]} == set(labelled(verdicts))
    for entry in doc["verdicts"]:
        original = verdicts[entry["claim"]]
        assert (entry["label"], entry["note"], entry["analyst"], entry["updated"]) == (
            original.label,
            original.note,
            original.analyst,
            original.updated,
        )
        assert entry["text"] is None and entry["article"] is None


# ClaimReview: Google's fact-check markup, required and recommended fields


def _iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_claimreview_required_and_recommended_fields(session, verdicts, extraction) -> None:
    reviews = json.loads(build_export("claimreview", session, verdicts, extraction, url="https://x.org/p"))
    assert len(reviews) == len(labelled(verdicts))
    by_claim = {}
    for review in reviews:
        # Required: claimReviewed, reviewRating (with alternateName), url.
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
        assert "…" not in review["claimReviewed"]  # never cut (issue 12)
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] in ALTERNATE_NAMES.values()
        # The numeric scale is published: worst >= 1, best > worst, value within.
        assert rating["worstRating"] >= 1
        assert rating["bestRating"] > rating["worstRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        claim_id = review["url"].split("#", 1)[1]
        assert review["url"] == f"https://x.org/p#{claim_id}"
        by_claim[claim_id] = review
        # Recommended: author (the publishing organisation), datePublished, itemReviewed.
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Checks"}
        assert _iso(review["datePublished"]) == _iso(verdicts[claim_id].updated)
        assert review["itemReviewed"]["@type"] == "Claim"
    c = extraction.claims
    disputed = by_claim[c[1].id]
    assert disputed["reviewRating"]["alternateName"] == "Disputed"
    assert disputed["reviewRating"]["ratingValue"] == 1
    assert disputed["reviewRating"]["ratingExplanation"] == TRICKY_NOTE
    # A quote's summary is its own words, without the attribution.
    assert disputed["claimReviewed"] == "Every crane in the port is idle and not one ship has been unloaded"
    item = disputed["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Mara Olsen"}
    assert item["appearance"]["@type"] == "CreativeWork"
    assert item["appearance"]["headline"] == extraction.articles[0].title
    assert item["datePublished"] == "2021-09-07"
    assert item["text"] == c[1].text
    assert by_claim[c[4].id]["reviewRating"]["alternateName"] == "Corroborated"
    assert by_claim[c[4].id]["reviewRating"]["ratingValue"] == 3
    assert "datePublished" not in by_claim[c[4].id]["itemReviewed"]  # its article states no date
    assert by_claim[c[6].id]["reviewRating"]["alternateName"] == "Unverified"
    assert by_claim[c[6].id]["reviewRating"]["ratingValue"] == 2
    # Without the claim's text the summary still says which claim, and the url still resolves.
    assert by_claim[ORPHAN]["claimReviewed"] == f"Claim {ORPHAN}"


def test_claimreview_author_falls_back_to_org_option_then_analyst(session, verdicts, extraction) -> None:
    reviews = json.loads(build_export("claimreview", session, verdicts, extraction, org="Desk"))
    assert {r["author"]["name"] for r in reviews} == {"Desk"}
    no_org = Session(name="s", corpus=[])
    reviews = json.loads(build_export("claimreview", no_org, verdicts, extraction))
    assert {(r["author"]["@type"], r["author"]["name"]) for r in reviews} == {("Person", "alice"), ("Person", "bob")}
    # Without a page url (nor an article url) the url is the claim's URN: absolute, never a bare anchor.
    assert all(r["url"].startswith("urn:factcheck:claim:c-") for r in reviews)


@pytest.mark.parametrize(
    ("speaker", "side", "kind"),
    [
        ("Mara Olsen", "Dockers Union", "Person"),
        ("Dockers Union", "Dockers Union", "Organization"),
        ("UNHCR", None, "Organization"),
        ("the ministry", None, "Organization"),
        ("Interior Ministry", "Government", "Organization"),
        ("Port Authority", None, "Organization"),
        ("Lena Brak", "Police", "Person"),
    ],
)
def test_speaker_type_rule(speaker: str, side: str | None, kind: str) -> None:
    assert speaker_type(speaker, side) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title line\nPublished: September 7, 2021\nBody", "2021-09-07"),
        ("Title\nUpdated 2019-03-02 10:00\n", "2019-03-02"),
        ("Title\nBy Someone, 7 Sept. 2021\n", "2021-09-07"),
        ("Title\nSep. 30 2020 | 4 min read\n", "2020-09-30"),
        ("Title\nNo date here at all\n", None),
        ("Title\nFebruary 30, 2021\n", None),
    ],
)
def test_header_date(text: str, expected: str | None) -> None:
    assert header_date(text) == expected


# csv


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_reads_back_one_row_per_claim(session, verdicts, extraction) -> None:
    rows = _csv_rows(build_export("csv", session, verdicts, extraction))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["claim"] for r in rows] == [c.id for c in extraction.claims] + [ORPHAN]
    by_id = {r["claim"]: r for r in rows}
    c = extraction.claims
    assert by_id[c[1].id]["note"] == TRICKY_NOTE  # commas, quotes and a newline survive
    assert by_id[c[1].id]["label"] == "disputed" and by_id[c[1].id]["status"] == "reviewed"
    assert by_id[c[3].id]["text"] == "Olsen added that 4,000 workers had joined the strike."
    assert by_id[c[4].id]["competing"].split() == [c[1].id, c[3].id, c[7].id]
    unreviewed = [r for r in rows if r["status"] == "unreviewed"]
    assert len(unreviewed) == len(c) - 3 and all(r["label"] == "" for r in unreviewed)
    assert by_id[c[0].id]["note"] == "check the harbour webcam"  # a note on an unjudged claim is kept
    assert by_id[ORPHAN]["status"] == "orphaned" and by_id[ORPHAN]["label"] == "disputed"
    # A cell a spreadsheet would run as a formula is defused.
    assert by_id[c[6].id]["note"] == "'=HYPERLINK(1)"


def test_csv_uses_crlf_and_quotes_minimally(session, verdicts, extraction) -> None:
    text = build_export("csv", session, verdicts, extraction)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    assert '"Footage, ""idle"" cranes; see:\nline two, with a comma"' in text


# fever


def test_fever_lines(session, verdicts, extraction) -> None:
    lines = build_export("fever", session, verdicts, extraction).splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    assert set(records) == set(labelled(verdicts))
    c = extraction.claims
    refutes = records[c[1].id]
    assert refutes["label"] == "REFUTES" and refutes["verifiable"] == "VERIFIABLE"
    assert refutes["claim"] == c[1].text
    ((evidence,),) = refutes["evidence"]
    expected = {"id": c[4].id, "article": c[4].article, "text": c[4].text, "relation": "competes"}
    assert {key: evidence[key] for key in expected} == expected
    supports = records[c[4].id]
    assert supports["label"] == "SUPPORTS"
    assert [s[0]["id"] for s in supports["evidence"]] == [c[2].id]
    nei = records[c[6].id]
    assert nei["label"] == "NOT ENOUGH INFO" and nei["verifiable"] == "NOT VERIFIABLE"
    assert [(s[0]["id"], s[0]["relation"]) for s in nei["evidence"]] == [(c[10].id, "corroborates")]
    assert records[ORPHAN]["claim"] is None and records[ORPHAN]["evidence"] == []


# markdown


def _with_questions(extraction: Extraction) -> Extraction:
    c = extraction.claims
    extraction.questions = [
        Question("q-00000000000a", "the port is closed", {c[1].id: "asserts", c[7].id: "asserts", c[4].id: "denies"}),
        Question("q-00000000000b", "4,000 workers had joined the strike", {c[3].id: "4,000", c[2].id: "at most 900"}),
        Question("q-00000000000c", "the protest was peaceful", {c[6].id: "asserts", c[10].id: "asserts"}),
    ]
    return extraction


def test_markdown_report_is_grouped_by_question(session, verdicts, extraction) -> None:
    text = build_export("markdown", session, verdicts, _with_questions(extraction))
    c = extraction.claims
    assert text.startswith("# Fact-check report: port strike\n")
    assert "**3 of 11 claims reviewed (27%).**" in text
    assert "| disputed | 2 |" in text and "| not reviewed | 8 |" in text
    assert "## Disputed questions" in text and "## Points nobody contests" in text
    assert "### 1. the port is closed" in text  # the largest disputed question first
    assert "*disputed* · 3 claims from 3 articles, 2 reviewed · `q-00000000000a`" in text
    assert "- Asserts: Dockers Union (2)\n- Denies: Port Authority (1)" in text
    assert "**Gives 4,000**" in text and "**Gives at most 900**" in text
    assert "### 3. the protest was peaceful" in text
    assert 'Note (alice): Footage, "idle" cranes; see: line two, with a comma' in text
    assert f"`{c[1].id}`" in text and "competes with" not in text  # no id pairs
    assert f"- **disputed** `{ORPHAN}`" in text  # orphaned verdicts close the report


def test_markdown_names_a_rejected_count_as_such(session, verdicts, extraction) -> None:
    c = extraction.claims
    extraction.questions = [
        Question("q-00000000000b", "How many workers joined?", {c[3].id: "4,000", c[2].id: "denies"}),
    ]
    text = build_export("markdown", session, verdicts, extraction)
    assert "**Rejects the figures**" in text and "- Rejects the figures: " in text and "Denies" not in text
    assert "**Gives 4,000**" in text


def test_json_verdicts_name_their_question(session, verdicts, extraction) -> None:
    doc = json.loads(build_export("json", session, verdicts, _with_questions(extraction)))
    rows = {row["claim"]: row for row in doc["verdicts"]}
    c = extraction.claims
    assert rows[c[4].id]["question"] == "q-00000000000a"
    assert rows[c[6].id]["question"] == "q-00000000000c"
    assert rows[ORPHAN]["question"] is None


def test_markdown_escapes_table_breakers(session, extraction) -> None:
    c = extraction.claims
    verdicts = {c[1].id: Verdict(c[1].id, "disputed", "a | b *c* <script>", "x", "t")}
    text = build_export("markdown", session, verdicts, extraction)
    assert "a \\| b \\*c\\* \\<script\\>" in text


# every format, every verdict; empty sessions; bad format


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("known", [True, False], ids=["with-extraction", "verdicts-only"])
def test_every_format_contains_every_verdict(fmt, known, session, verdicts, extraction) -> None:
    text = build_export(fmt, session, verdicts, extraction if known else None)
    for claim_id in labelled(verdicts):
        assert claim_id in text, f"{fmt}: {claim_id} missing"


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_session_exports(fmt, session, extraction) -> None:
    for ext in (extraction, None):
        text = build_export(fmt, session, {}, ext)
        if fmt == "json":
            assert json.loads(text)["verdicts"] == []
        elif fmt == "claimreview":
            assert json.loads(text) == []
        elif fmt == "fever":
            assert text == ""
        elif fmt == "csv":
            rows = _csv_rows(text)
            assert len(rows) == (len(extraction.claims) if ext else 0)
            assert all(r["status"] == "unreviewed" for r in rows)
        else:
            assert "## Progress" in text


def test_unknown_format_is_refused(session) -> None:
    with pytest.raises(ExportError, match="--format: 'xml'"):
        build_export("xml", session, {}, None)


def test_groups_are_connected_components(session, verdicts, extraction) -> None:
    view = ExportView.build(session, verdicts, extraction)
    groups = view.groups()
    c = extraction.claims
    ids = [cid for group in groups for cid in group]
    assert len(ids) == len(set(ids))  # each claim in one group only
    assert set(groups[0]) == {c[1].id, c[2].id, c[3].id, c[4].id, c[5].id, c[7].id}
    assert {frozenset(g) for g in groups[1:]} == {frozenset({c[0].id, c[8].id}), frozenset({c[6].id, c[10].id})}


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("“Every crane is idle,” said Mara Olsen.", "Every crane is idle"),
        ("“The port is closed.", "The port is closed."),  # first sentence of a longer quote
        ("They have suffered losses, we have too,” Olsen said.", "They have suffered losses, we have too"),
        ('"We won," he said.', "We won"),
        ("Olsen said she would “never give in.”", "Olsen said she would “never give in.”"),
        ("Plain sentence\nover two lines.", "Plain sentence over two lines."),
    ],
)
def test_quoted_words(text: str, summary: str) -> None:
    assert quoted_words(text) == summary
