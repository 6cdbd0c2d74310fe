"""Property tests of corpus reading: any bytes in, a decoded article or a clear error out."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import CorpusError, decode, load_corpus, read_article
from factcheck.extract.segment import find_quotes, split_blocks


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_any_bytes_give_an_article_a_skip_or_a_one_line_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.txt"
        path.write_bytes(data)
        try:
            article, warning = read_article(path)
        except CorpusError as exc:
            message = str(exc)
            assert "\n" not in message and "input.txt" in message
            return
        if article is None:
            assert warning is not None and "empty" in warning
            return
        assert article.text  # decoded, never empty
        assert article.sha256 and article.file == "input.txt"
        if warning is not None:
            assert "input.txt" in warning and "\n" not in warning


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_utf8_text_round_trips_exactly(text: str) -> None:
    decoded, encoding = decode(text.encode("utf-8"))
    assert encoding == "utf-8"
    assert decoded == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n“”\"'’:")), max_size=300))
def test_blocks_and_quotes_always_point_into_the_text(text: str) -> None:
    previous_unclosed = False
    for block in split_blocks(text):
        assert text[block.start : block.end] == block.text
        assert "\n\n" not in block.text
        quotes = find_quotes(block, previous_unclosed)
        for quote in quotes:
            assert block.start <= quote.start < quote.end <= block.end
        previous_unclosed = bool(quotes) and not quotes[-1].closed


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5))
def test_a_folder_of_text_files_always_loads_or_says_why(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            (Path(tmp) / f"{i:02d}.txt").write_text(text, encoding="utf-8")
        try:
            corpus = load_corpus([Path(tmp)])
        except CorpusError as exc:  # all empty, or one of them full of control characters
            assert "no article with any text" in str(exc) or "binary file" in str(exc)
            return
        assert [a.file for a in corpus.articles] == sorted(a.file for a in corpus.articles)
