"""The command line on pages, feeds and spreadsheets: bad records warn and are skipped; nothing left is exit 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, env=env, timeout=120
    )


def assert_usage_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert needle in lines[0]


def test_bad_records_warn_naming_file_and_line_and_the_rest_is_read(tmp_path: Path) -> None:
    for name in ("wire.jsonl", "contacts.csv", "gone.html"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    result = run("extract", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = result.stderr.splitlines()
    assert any("wire.jsonl line 2: not valid JSON" in w for w in warnings)
    assert any("contacts.csv row 1: no text column" in w for w in warnings)
    assert any("gone.html: no main text" in w for w in warnings)
    doc = json.loads(result.stdout)
    assert [a["file"] for a in doc["articles"]] == ["wire.jsonl#sw-0101", "wire.jsonl#sw-0102"]
    assert all(a["text"] for a in doc["articles"])


def test_nothing_readable_left_is_exit_2_naming_the_file(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "contacts.csv", tmp_path / "contacts.csv")
    assert_usage_error(run("extract", str(tmp_path)), "contacts.csv row 1: no text column")


def test_bad_field_option_is_exit_2_naming_it(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "desk.csv", tmp_path / "desk.csv")
    assert_usage_error(run("extract", str(tmp_path), "--field", "colour=hue"), "--field colour=hue")


def test_review_reads_a_sheet_with_the_fields_its_session_remembers(tmp_path: Path) -> None:
    from factcheck.model import Session
    from factcheck.store import Store

    shutil.copy(FIXTURES / "contacts.csv", tmp_path / "contacts.csv")
    db = tmp_path / "data" / "factcheck.json"
    with Store.open(db) as store:
        store.save_session(Session(name="contacts", corpus=[str(tmp_path / "contacts.csv")], fields=["text=notes"]))
    with Store.open(db) as store:
        assert store.get_session("contacts").fields == ["text=notes"]  # type: ignore[union-attr]
    # The corpus reads (the remembered column holds the text), so the run gets as far as the model.
    args = ("review", "--db", str(db), "--session", "contacts", str(tmp_path / "contacts.csv"))
    result = run(*args, "--model", "no_such_pipeline_xyz")
    assert_usage_error(result, "no_such_pipeline_xyz")
    without = run("review", "--db", str(db), "--session", "other", str(tmp_path / "contacts.csv"))
    assert_usage_error(without, "no text column")
