"""The command line: every bad input gives a one-line message naming the culprit and exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def assert_usage_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]


def test_missing_path(tmp_path: Path) -> None:
    assert_usage_error(run("extract", str(tmp_path / "nope")), "nope: no such file or folder")


def test_empty_folder(tmp_path: Path) -> None:
    assert_usage_error(run("extract", str(tmp_path)), "folder is empty")


def test_folder_without_txt(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x")
    assert_usage_error(run("extract", str(tmp_path)), "no article files (.txt")


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(bytes(range(256)) * 4)
    assert_usage_error(run("extract", str(f)), "x.txt: binary file")


def test_huge_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert_usage_error(run("extract", str(f)), "big.txt")


def test_only_empty_files(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    expected = f"no article with any text ({tmp_path / 'e.txt'}: empty file, skipped)"
    assert_usage_error(run("extract", str(tmp_path)), expected)


def test_bad_format_option(tmp_path: Path) -> None:
    assert_usage_error(run("extract", "--format", "xml"), "--format")


def test_unknown_model_says_how_to_install() -> None:
    assert_usage_error(run("extract", "--model", "no_such_pipeline_xyz"), "pip install")


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("factcheck ")


@pytest.mark.slow
def test_extract_json_on_the_bundled_sample_from_any_directory(tmp_path: Path) -> None:
    result = run("extract", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "factcheck.claims/1"
    assert len(doc["articles"]) == 5
    assert doc["claims"]


@pytest.mark.slow
def test_extract_skips_an_empty_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "a.txt").write_text(
        "Dam holds\n\nThe mayor said on Monday that the dam had held after 3 days of rain.\n"
    )
    result = run("extract", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "empty.txt: empty file, skipped" in result.stderr
    types = [json.loads(line)["type"] for line in result.stdout.splitlines()]
    assert types[0] == "article" and "claim" in types


@pytest.mark.slow
def test_table_format_is_readable() -> None:
    result = run("extract", "--format", "table")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["SIDE", "SPEAKER", "KIND", "CLAIM"]
    assert "claims from 5 articles" in result.stdout
