"""Reading pages, feeds and spreadsheets: metadata, field names, record names and every kind of bad record.

The fixtures in tests/fixtures/formats are invented articles about invented events (a dam collapse
between "Norland" and "Sudmark", a dock strike in "Kessel"), made for these tests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.corpus import CorpusError, corpus_fingerprint, load_corpus
from factcheck.readers import FieldMap
from factcheck.readers.base import normalise_date, outlet_from_url
from factcheck.readers.page import has_prose

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def fixture(tmp_path: Path, *names: str) -> Path:
    """A folder holding copies of the named fixtures."""
    for name in names:
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def test_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    (article,) = load_corpus([fixture(tmp_path, "orlek-dam.html")]).articles
    assert article.file == "orlek-dam.html"
    assert article.title == "Norland blames Sudmark for Orlek dam collapse as villages flood"
    assert article.outlet == "The Northern Ledger"
    assert article.author == "Anna Berg"
    assert article.published == "2026-03-10"
    assert article.url == "https://northern-ledger.example/world/2026/03/10/orlek-dam-collapse"
    assert article.record is None and article.text_is_extracted


def test_page_text_reads_like_the_txt_article_without_furniture(tmp_path: Path) -> None:
    page, txt = load_corpus([fixture(tmp_path, "orlek-dam.html", "orlek-dam.txt")]).articles
    assert page.text == txt.text.strip()
    for furniture in ("cookies", "Most read", "Related stories", "Sign up", "rights reserved", "Share on", "dataLayer"):
        assert furniture not in page.text


def test_page_without_main_text_is_skipped_with_a_warning_naming_it(tmp_path: Path) -> None:
    corpus = load_corpus([fixture(tmp_path, "gone.html", "orlek-dam.txt")])
    assert [a.file for a in corpus.articles] == ["orlek-dam.txt"]
    assert any("gone.html: no main text" in w for w in corpus.warnings)


def test_only_a_page_without_main_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no article with any text") as caught:
        load_corpus([fixture(tmp_path, "gone.html")])
    assert any("gone.html" in w for w in caught.value.warnings)


def test_headings_and_links_alone_are_not_prose() -> None:
    assert not has_prose("Home\n\nWorld\n\nPage not found")
    assert has_prose("Page not found\n\nThe dam on the Varen river collapsed early on Tuesday.")


def test_jsonl_records_with_odd_field_names(tmp_path: Path) -> None:
    corpus = load_corpus([fixture(tmp_path, "wire.jsonl")])
    first, second = corpus.articles
    assert first.file == "wire.jsonl#sw-0101" and first.record == "sw-0101"
    assert first.title == "Kessel dockers strike over night-shift cuts"
    assert first.outlet == "Sudmark Wire"  # {"Source": {"name": ...}}
    assert first.author == "Ola Dahl, Kim Sand"  # a list of bylines
    assert first.published == "2026-03-10T09:00:00+00:00"  # RSS's RFC 822 date
    assert first.url == "https://wire.example/kessel-strike"
    assert first.text.startswith("Dockworkers at the port of Kessel")
    assert second.record == "sw-0102" and second.published == "2026-03-11T07:30:00+00:00"


def test_malformed_jsonl_line_and_record_without_text_are_skipped_naming_the_line(tmp_path: Path) -> None:
    corpus = load_corpus([fixture(tmp_path, "wire.jsonl")])
    assert len(corpus.articles) == 2
    assert any("wire.jsonl line 2: not valid JSON" in w for w in corpus.warnings)
    assert any("wire.jsonl line 3: no text" in w for w in corpus.warnings)


def test_csv_rows_with_odd_column_names(tmp_path: Path) -> None:
    corpus = load_corpus([fixture(tmp_path, "desk.csv")])
    day_two, talks = corpus.articles
    assert day_two.file == "desk.csv#2" and day_two.record == "2"  # the header is row 1
    assert day_two.outlet == "Kessel Courier" and day_two.author == "Ida Holm"
    assert day_two.published == "2026-03-11"  # "March 11, 2026"
    assert day_two.url == "https://courier.example/strike-day-two"
    assert "\n\n" in day_two.text  # a cell's paragraphs survive
    assert talks.record == "4" and talks.published == "11/03/2026"  # ambiguous: kept as written
    assert any("desk.csv row 3: no text" in w for w in corpus.warnings)


def test_csv_without_a_text_column_is_skipped_naming_the_row(tmp_path: Path) -> None:
    corpus = load_corpus([fixture(tmp_path, "contacts.csv", "orlek-dam.txt")])
    assert [a.file for a in corpus.articles] == ["orlek-dam.txt"]
    (warning,) = corpus.warnings
    assert "contacts.csv row 1: no text column" in warning and "--field text=" in warning


def test_only_unreadable_records_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no article with any text"):
        load_corpus([fixture(tmp_path, "contacts.csv")])


def test_field_option_names_the_column(tmp_path: Path) -> None:
    fields = FieldMap.parse(["text=notes", "outlet=name"])
    (article,) = load_corpus([fixture(tmp_path, "contacts.csv")], fields=fields).articles
    assert article.text == "port authority" and article.outlet == "Jonas Weir"


def test_field_option_reaches_into_nested_objects(tmp_path: Path) -> None:
    fields = FieldMap.parse(["outlet=Source.id"])
    first = load_corpus([fixture(tmp_path, "wire.jsonl")], fields=fields).articles[0]
    assert first.outlet == "sudmark-wire"


@pytest.mark.parametrize(
    ("option", "message"),
    [("text", "expected FIELD=COLUMN"), ("colour=hue", "'colour' is not one of"), ("text=", "expected")],
)
def test_bad_field_option_names_it(option: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message) as caught:
        FieldMap.parse([option])
    assert str(caught.value).startswith(f"--field {option}")


def test_news_api_wrapper_and_html_in_a_field(tmp_path: Path) -> None:
    (article,) = load_corpus([fixture(tmp_path, "api.json")]).articles
    assert article.file == "api.json#1" and article.outlet == "Norland Today"
    assert article.text.split("\n\n") == [
        "More than 2,000 people displaced by the Orlek flood were moved into schools on Thursday, "
        "the regional council said.",
        "The council said & confirmed that drinking water would be trucked in.",
    ]


def test_json_that_holds_no_articles_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text(json.dumps({"event": "x", "junk": [{"file": "a", "text": "b"}]}))
    fixture(tmp_path, "orlek-dam.txt")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["orlek-dam.txt"]
    assert any("gold.json: holds no article records" in w for w in corpus.warnings)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "feed.json").write_text('[\n {"text": "The dam held on Monday."},\n {"text": oops}\n]')
    fixture(tmp_path, "orlek-dam.txt")
    corpus = load_corpus([tmp_path])
    assert any("feed.json line 3: not valid JSON" in w for w in corpus.warnings)


def test_json_lines_under_a_json_name_are_read_as_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"body": "The Varen river rose two metres on Monday."}) for _ in range(2)]
    (tmp_path / "feed.json").write_text("\n".join(lines))
    assert [a.file for a in load_corpus([tmp_path]).articles] == ["feed.json#1", "feed.json#2"]


def test_a_feed_that_gained_records_keeps_the_old_records_names(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    old = [{"body": "Dockers in Kessel struck on Monday."}, {"guid": "k-7", "body": "The port said 30 ships waited."}]
    feed.write_text("\n".join(json.dumps(r) for r in old) + "\n")
    before = {a.file: a.id for a in load_corpus([feed]).articles}
    new = [{"guid": "k-9", "body": "Talks are set for Friday."}, old[1], old[0]]  # reordered, one added
    feed.write_text("\n".join(json.dumps(r) for r in [old[0], *new[:2]]) + "\n")
    after = {a.file: a.id for a in load_corpus([feed]).articles}
    assert before.items() <= after.items()
    assert set(after) == {"feed.jsonl#1", "feed.jsonl#k-7", "feed.jsonl#k-9"}


def test_duplicate_record_ids_fall_back_to_the_position(tmp_path: Path) -> None:
    records = [{"id": "x", "text": "The dam held on Monday."}, {"id": "x", "text": "The dam broke on Tuesday."}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["feed.jsonl#x", "feed.jsonl#2"]
    assert any("id 'x' also at line 1" in w for w in corpus.warnings)


def test_fingerprint_follows_a_record_s_text(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "The dam held on Monday."}))
    before = corpus_fingerprint(load_corpus([feed]).articles)
    feed.write_text(json.dumps({"text": "The dam broke on Monday."}))
    assert corpus_fingerprint(load_corpus([feed]).articles) != before


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2026-03-10", "2026-03-10"),
        ("2026-03-10T08:15:00Z", "2026-03-10T08:15:00+00:00"),
        ("2026-03-10 08:15:00", "2026-03-10T08:15:00"),
        ("Tue, 10 Mar 2026 09:00:00 GMT", "2026-03-10T09:00:00+00:00"),
        ("20260310T090000Z", "2026-03-10T09:00:00+00:00"),
        ("March 10, 2026", "2026-03-10"),
        ("10 March 2026", "2026-03-10"),
        (1773133200, "2026-03-10T09:00:00+00:00"),
        ("1773133200000", "2026-03-10T09:00:00+00:00"),
        ("last Tuesday", "last Tuesday"),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_normalised_when_they_can_be(raw: object, iso: str | None) -> None:
    assert normalise_date(raw) == iso


def test_outlet_from_an_address() -> None:
    assert outlet_from_url("https://www.norland-today.example/flood") == "norland-today.example"
    assert outlet_from_url(None) is None


def test_nothing_is_fetched_from_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while reading a corpus")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    corpus = load_corpus([fixture(tmp_path, "orlek-dam.html", "wire.jsonl", "desk.csv", "api.json", "gone.html")])
    assert len(corpus.articles) == 6  # one page, two feed lines, two rows, one API record


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
def test_csv_separator_is_found_even_in_prose_full_of_commas(tmp_path: Path, separator: str) -> None:
    text = "Sudmark, the ministry said; denied it, twice; again, on Monday, and on Tuesday."
    rows = [["headline", "body"], ["Dam, day two; talks", text], ["Dam, day three; no talks", text.upper()]]
    sheet = tmp_path / "sheet.csv"
    quoted = [[f'"{cell}"' if separator in cell else cell for cell in row] for row in rows]
    sheet.write_text("\n".join(separator.join(row) for row in quoted) + "\n", encoding="utf-8")
    first, second = load_corpus([sheet]).articles
    assert (first.title, first.text) == ("Dam, day two; talks", text)
    assert second.text == text.upper()


def test_character_references_in_plain_text_are_decoded(tmp_path: Path) -> None:
    body = "Norland&#8217;s minister said levels were &quot;falling&quot; &amp; stable.\n\nSecond paragraph."
    record = {"body": body}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record))
    (article,) = load_corpus([tmp_path]).articles
    assert article.text == 'Norland’s minister said levels were "falling" & stable.\n\nSecond paragraph.'


def test_the_folder_a_browser_saves_beside_a_page_is_not_read(tmp_path: Path) -> None:
    fixture(tmp_path, "orlek-dam.html")
    extras = tmp_path / "orlek-dam_files"
    extras.mkdir()
    (extras / "ad-frame.html").write_text("<html><body><p>Win a holiday in the sun with our weekly prize draw now.</p>")
    (extras / "tracker.json").write_text("{}")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["orlek-dam.html"] and corpus.warnings == []
    assert len(load_corpus([extras]).articles) == 1  # named as the corpus itself, it is read


def test_reading_reports_progress_per_file(tmp_path: Path) -> None:
    fixture(tmp_path, "orlek-dam.html", "orlek-dam.txt", "wire.jsonl")
    calls: list[tuple[int, int]] = []
    load_corpus([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_factcheck_s_own_output_in_the_corpus_folder_is_not_read_again(tmp_path: Path) -> None:
    from factcheck.model import Extraction

    (article,) = load_corpus([fixture(tmp_path, "wire.jsonl")]).articles[:1]
    claims_json = Extraction(articles=[article], claims=[]).to_json()
    (tmp_path / "claims.json").write_text(json.dumps(claims_json))
    stream = [{"type": "article", **article.to_json()}, {"type": "claim", "id": "c-0123456789ab", "text": "x"}]
    (tmp_path / "claims.jsonl").write_text("\n".join(json.dumps(r) for r in stream))
    fever = {"id": "c-0123456789ab", "verifiable": "VERIFIABLE", "label": "SUPPORTS", "claim": "x", "evidence": []}
    (tmp_path / "fever.jsonl").write_text(json.dumps(fever))
    (tmp_path / "reviews.json").write_text(json.dumps([{"@type": "ClaimReview", "claimReviewed": "x"}]))
    (tmp_path / "verdicts.csv").write_text("claim,status,label,note,text\nc-0123456789ab,reviewed,disputed,,x\n")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["wire.jsonl#sw-0101", "wire.jsonl#sw-0102"]
    assert sum("factcheck's own output" in w for w in corpus.warnings) == 5


def test_page_metadata_from_json_ld_alone(tmp_path: Path) -> None:
    import re

    page = (FIXTURES / "orlek-dam.html").read_text(encoding="utf-8")
    page = re.sub(r'\s*<link rel="canonical"[^>]*>', "", page)
    page = re.sub(r'\s*<meta (?:property|name)="[^"]*"[^>]*>', "", page)
    page = re.sub(r"<title>.*?</title>", "<title>Home</title>", page)
    page = re.sub(r'<div class="byline">.*?</div>|<time[^>]*>.*?</time>', "", page)
    assert "og:" not in page and "canonical" not in page
    (tmp_path / "bare.html").write_text(page, encoding="utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert article.title == "Norland blames Sudmark for Orlek dam collapse as villages flood"
    assert (article.outlet, article.author, article.published) == ("The Northern Ledger", "Anna Berg", "2026-03-10")
    assert article.url == "https://northern-ledger.example/world/2026/03/10/orlek-dam-collapse"


def test_record_names_stay_unique_when_an_id_looks_like_a_line_number(tmp_path: Path) -> None:
    records = [{"id": "2", "text": "The dam held on Monday."}, {"text": "The dam broke on Tuesday."}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    files = [a.file for a in load_corpus([tmp_path]).articles]
    assert files == ["feed.jsonl#2", "feed.jsonl#line-2"]


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.json", "sheet.csv"])
def test_an_empty_feed_is_skipped_as_empty(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(" \n")
    fixture(tmp_path, "orlek-dam.txt")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["orlek-dam.txt"]
    assert corpus.warnings == [f"{tmp_path / name}: empty file, skipped"]


def test_a_saved_page_read_before_is_taken_from_that_reading_while_its_bytes_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resuming on many saved pages must not parse each again (~10 ms a page): an unchanged file's
    earlier article is reused, matched by the hash of its bytes and its name."""
    from factcheck.readers import page

    folder = fixture(tmp_path, "orlek-dam.html")
    (first,) = load_corpus([folder]).articles

    def never(data: bytes) -> None:
        raise AssertionError("the page was parsed again")

    monkeypatch.setattr(page, "_extract", never)
    (again,) = load_corpus([folder], known=[first]).articles
    assert again == first
    monkeypatch.undo()
    changed = (folder / "orlek-dam.html").read_text(encoding="utf-8").replace("</body>", "<!-- saved again --></body>")
    (folder / "orlek-dam.html").write_text(changed, encoding="utf-8")
    (read,) = load_corpus([folder], known=[first]).articles  # other bytes: read afresh
    assert read.sha256 != first.sha256 and read.text == first.text
