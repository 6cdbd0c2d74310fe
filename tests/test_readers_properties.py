"""Property tests of the feed, sheet and page readers: any bytes in, articles or warnings or a one-line error out."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.readers import CorpusError, read_file

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _read(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            result = read_file(path)
        except CorpusError as exc:
            assert "\n" not in str(exc) and name in str(exc)
            return
        for warning in result.warnings:
            assert "\n" not in warning and name in warning
        for article in result.articles:
            assert article.text.strip() and article.file.startswith(name)


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.json", "sheet.csv", "page.html"])
@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2048))
def test_any_bytes_are_read_or_refused_in_one_line(name: str, data: bytes) -> None:
    _read(name, data)


@settings(max_examples=100, deadline=None)
@given(records=st.lists(JSON_VALUES, max_size=5))
def test_any_json_records_are_read_or_skipped(records: list[object]) -> None:
    _read("feed.jsonl", "\n".join(json.dumps(r) for r in records).encode())
    _read("feed.json", json.dumps(records).encode())
