"""Reading a corpus: decoding, ordering, titles and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import MAX_FILE_BYTES, CorpusError, decode, load_corpus, looks_binary, title_of


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_utf8_with_bom_is_decoded_without_the_bom(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "\ufeffFlood reaches the old town\n\nWater rose 2 metres.".encode())
    article = load_corpus([tmp_path]).articles[0]
    assert article.text.startswith("Flood")
    assert article.encoding == "utf-8-sig"


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "The mayor said “no one was hurt” in the blaze.".encode("cp1252"))
    corpus = load_corpus([tmp_path])
    assert corpus.articles[0].text == "The mayor said “no one was hurt” in the blaze."
    assert any("cp1252" in w and "a.txt" in w for w in corpus.warnings)


def test_latin1_bytes_never_crash() -> None:
    text, encoding = decode(bytes(range(128, 256)))
    assert encoding in ("cp1252", "latin-1")
    assert len(text) == 128


def test_non_breaking_spaces_and_curly_quotes_are_kept_as_is(tmp_path: Path) -> None:
    raw = "Mayor\u00a0Ada Stone said: “The bridge is safe.”"
    write(tmp_path / "a.txt", raw)
    assert load_corpus([tmp_path]).articles[0].text == raw


def test_folders_are_read_recursively_and_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/ignored.md"):
        write(tmp_path / name, f"Report {name}\n\nThe dam held on Monday.")
    files = [a.file for a in load_corpus([tmp_path]).articles]
    assert files == ["a.txt", "b.txt", "c.txt"]


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", "Report\n\nThe dam held.")
    assert len(load_corpus([f, tmp_path]).articles) == 1


def test_empty_file_is_skipped_with_warning(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "full.txt", "Report\n\nThe dam held on Monday.")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["full.txt"]
    assert any("empty.txt" in w and "empty" in w for w in corpus.warnings)


def test_only_empty_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "  \n")
    with pytest.raises(CorpusError, match="no article with any text"):
        load_corpus([tmp_path])


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus([tmp_path / "nope"])


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="folder is empty"):
        load_corpus([tmp_path])


def test_folder_without_article_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "hello")
    with pytest.raises(CorpusError, match=r"no article files \(\.txt, \.html"):
        load_corpus([tmp_path])


def test_binary_file_is_an_error_naming_it(tmp_path: Path) -> None:
    f = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(CorpusError, match=r"photo\.txt: binary file"):
        load_corpus([f])


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "dump.txt"
    with f.open("wb") as fh:  # a sparse 50 MB file: cheap to make, must not be read
        fh.truncate(50 * 1024 * 1024)
    assert f.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(CorpusError, match=r"dump\.txt: 50\.0 MB is too large"):
        load_corpus([f])


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = "Report\n\nThe dam held.".encode("utf-16")
    assert not looks_binary(data)
    assert decode(data)[0] == "Report\n\nThe dam held."


def test_title_skips_furniture_and_breadcrumbs() -> None:
    text = "top of page\n1. Home\n2. World\n3. Dam bursts after week of rain\nDam bursts after week of rain\n\nBody."
    assert title_of(text) == "Dam bursts after week of rain"


def test_article_ids_are_stable_and_content_based(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Report\n\nThe dam held on Monday.")
    first = load_corpus([tmp_path]).articles[0]
    second = load_corpus([tmp_path]).articles[0]
    assert first.id == second.id
    assert first.sha256 == second.sha256


def test_a_file_holding_only_a_byte_order_mark_is_empty(tmp_path: Path) -> None:
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf\n")
    write(tmp_path / "full.txt", "Report\n\nThe dam held on Monday.")
    corpus = load_corpus([tmp_path])
    assert [a.file for a in corpus.articles] == ["full.txt"]
    assert any("bom.txt: empty file, skipped" in w for w in corpus.warnings)


def test_a_headline_closed_with_a_full_stop_is_still_the_title() -> None:
    text = (
        "Secret Talks: Norland Envoy Was Sent to Velm But Turned Back at the Border.\n\n"
        "The Harbor Post reports that the envoy was stopped at the bridge “to keep the talks quiet.”\n\nBody."
    )
    assert title_of(text).startswith("Secret Talks: Norland Envoy")
    lede = "The dam held on Monday, officials said.\n\nEngineers checked the gates “twice a day.”\n\nMore."
    assert title_of(lede) == "The dam held on Monday, officials said."  # no headline: a quoted sentence is none
