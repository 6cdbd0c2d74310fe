"""`factcheck export` and `factcheck agreement` through the real Store, its extraction cache and the CLI."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app, register_optional_commands
from factcheck.corpus import load_corpus
from factcheck.export import FORMATS, ExportError, load_extraction, write_export, write_text
from factcheck.model import Label, Session
from factcheck.pipeline import cache_key
from factcheck.store import Store
from factcheck.synthetic import small_extraction

NOTE = 'Crane "idle", per footage,\nsecond line'


def build_db(tmp_path: Path, name: str = "db.json", *, analyst: str = "alice", labels: dict[int, Label] | None = None):
    """A session over a real corpus folder, its extraction cached as the review app caches it, and verdicts."""
    ext = small_extraction()
    corpus = tmp_path / "corpus"
    if not corpus.exists():
        corpus.mkdir()
        for article in ext.articles:
            (corpus / article.file).write_text(article.text, encoding="utf-8")
    db = tmp_path / name
    claims = ext.claims
    labels = labels if labels is not None else {1: "disputed", 4: "corroborated", 6: "unverified"}
    with Store.open(db) as store:
        store.save_session(Session(name="port", corpus=[str(corpus)], analyst=analyst, org="Desk"))
        store.cache_extraction(cache_key(load_corpus([corpus]).articles, None), ext)
        for index, label in labels.items():
            store.record_verdict("port", claims[index].id, label, analyst=analyst, note=NOTE if index == 1 else None)
    return db, ext


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    register_optional_commands()
    return CliRunner()


def test_load_extraction_finds_the_cache_without_spacy(tmp_path: Path) -> None:
    db, ext = build_db(tmp_path)
    with Store.open(db, readonly=True) as store:
        session = store.get_session("port")
        assert session is not None
        found, why = load_extraction(store, session)
    assert why is None and found is not None
    assert [c.id for c in found.claims] == [c.id for c in ext.claims]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_every_format_to_a_file(tmp_path: Path, runner: CliRunner, fmt: str) -> None:
    db, ext = build_db(tmp_path)
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out} ({fmt}, 3 verdicts, session port)" in result.stderr
    text = out.read_text(encoding="utf-8")
    for index in (1, 4, 6):
        assert ext.claims[index].id in text
        assert ext.claims[index].text.split()[1] in text  # the claim's words came from the cache
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_export_to_stdout_by_default_and_with_dash(tmp_path: Path, runner: CliRunner) -> None:
    db, _ = build_db(tmp_path)
    for extra in ([], ["-o", "-"]):
        result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", *extra])
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
        assert len(rows) == 11
        assert [r["note"] for r in rows if r["label"] == "disputed"] == [NOTE]


def test_cli_export_session_choice(tmp_path: Path, runner: CliRunner) -> None:
    db, _ = build_db(tmp_path)
    with Store.open(db) as store:
        store.save_session(Session(name="other", corpus=[]))
    result = runner.invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: {db}: several sessions (port, other); choose one with --session NAME"
    result = runner.invoke(app, ["export", "--db", str(db), "--session", "nope"])
    assert result.exit_code == 2 and "no session 'nope'" in result.stderr and "port, other" in result.stderr
    result = runner.invoke(app, ["export", "--db", str(db), "--session", "other"])
    assert result.exit_code == 0 and json.loads(result.stdout)["verdicts"] == []


def test_cli_export_empty_session_and_missing_db(tmp_path: Path, runner: CliRunner) -> None:
    db, _ = build_db(tmp_path, labels={})
    for fmt in FORMATS:
        out = tmp_path / f"empty.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(db), "-f", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.exists()
    assert json.loads((tmp_path / "empty.json").read_text())["verdicts"] == []
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.json")])
    assert result.exit_code == 2 and "none.json: no such database" in result.stderr
    assert not (tmp_path / "none.json").exists()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing-folder/out.json", "the folder {tmp}/missing-folder does not exist"),
        ("a-file/out.json", "{tmp}/a-file is not a folder"),
        (".", "is a folder"),
    ],
)
def test_cli_export_unwritable_path(tmp_path: Path, runner: CliRunner, target: str, message: str) -> None:
    db, _ = build_db(tmp_path)
    (tmp_path / "a-file").write_text("x")
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / target
    result = runner.invoke(app, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 2
    line = result.stderr
    assert line.startswith(f"factcheck: {out}") and line.count("\n") == 1
    assert message.format(tmp=tmp_path) in line
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing half-written, no temp file


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.md"
    out.write_text("the previous report\n")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match=r"report\.md: cannot write \(No space left on device\)"):
        write_text(out, "# new report\n" * 1000)
    assert out.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_export_while_the_app_holds_the_database(tmp_path: Path) -> None:
    db, ext = build_db(tmp_path)
    with Store.open(db) as app_store:  # the review app: holds the lock, changes still in its journal
        app_store.record_verdict("port", ext.claims[8].id, "corroborated", analyst="alice")
        with Store.open(db, readonly=True) as store:
            written = write_export(store, "port", "json", tmp_path / "live.json")
    assert written is not None
    claims = {v["claim"] for v in json.loads(written.read_text())["verdicts"]}
    assert ext.claims[8].id in claims and len(claims) == 4


def test_export_with_the_callers_extraction_and_without_any(tmp_path: Path) -> None:
    db, ext = build_db(tmp_path)
    warnings: list[str] = []
    # The review app passes the extraction it has; nothing is looked up.
    with Store.open(db, readonly=True) as store:
        write_export(store, "port", "json", tmp_path / "a.json", extraction=ext, warn=warnings.append)
    assert warnings == []
    # The corpus moved away: the export still has every verdict, and says what is missing.
    (tmp_path / "corpus").rename(tmp_path / "moved")
    with Store.open(db, readonly=True) as store:
        write_export(store, "port", "json", tmp_path / "b.json", warn=warnings.append)
    assert len(warnings) == 1 and "claim texts and links left out" in warnings[0] and "no such file" in warnings[0]
    doc = json.loads((tmp_path / "b.json").read_text())
    assert len(doc["verdicts"]) == 3 and all(v["text"] is None for v in doc["verdicts"])
    assert {v["label"] for v in doc["verdicts"]} == {"disputed", "corroborated", "unverified"}


def test_export_imports_neither_spacy_nor_ui(tmp_path: Path) -> None:
    db, _ = build_db(tmp_path)
    script = f"""
import sys
from pathlib import Path
from factcheck.store import Store
from factcheck.export import FORMATS, write_export
from factcheck.export.merge import load_analyst
from factcheck.agreement import compare
with Store.open(Path({str(db)!r}), readonly=True) as store:
    for fmt in FORMATS:
        write_export(store, "port", fmt, Path({str(tmp_path)!r}) / ("x." + fmt))
a = load_analyst(Path({str(db)!r}))
compare(a.labels, a.labels)
print(sorted(m for m in ("spacy", "textual", "rich", "thinc") if m in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_cli_agreement_between_a_database_and_an_export(tmp_path: Path, runner: CliRunner) -> None:
    db_a, ext = build_db(tmp_path, "alice.json")
    db_b, _ = build_db(tmp_path, "bob.json", analyst="bob", labels={1: "disputed", 4: "disputed", 6: "unverified"})
    exported = tmp_path / "bob-export.json"
    assert runner.invoke(app, ["export", "--db", str(db_b), "-o", str(exported)]).exit_code == 0
    result = runner.invoke(app, ["agreement", str(db_a), str(exported)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    # A: d, c, u; B: d, d, u. p_o = 2/3; p_e = (1*2 + 1*0 + 1*1)/9 = 1/3; kappa = (1/3)/(2/3) = 0.5
    assert "both reviewed: 3 claims (only A: 0, only B: 0)" in out
    assert "Cohen's kappa: 0.500 (moderate)" in out
    assert "differing claims: 1" in out
    assert f"{ext.claims[4].id}  A: corroborated  B: disputed" in out
    assert "Fewer than 900 workers stayed away" in out  # the claim's text, from the cache or the export


def test_cli_agreement_bad_inputs(tmp_path: Path, runner: CliRunner) -> None:
    db, _ = build_db(tmp_path)
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("nothing here")
    result = runner.invoke(app, ["agreement", str(db), str(garbage)])
    assert result.exit_code == 2 and result.stderr.startswith(f"factcheck: {garbage}: not a verdicts export")
    result = runner.invoke(app, ["agreement", str(db), str(tmp_path / "missing.json")])
    assert result.exit_code == 2 and "missing.json: no such file" in result.stderr


def test_help_shows_examples(runner: CliRunner) -> None:
    for command in ("export", "import", "agreement"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert f"Example: factcheck {command}" in result.stdout


@pytest.mark.parametrize("suffix", ["", ".journal", ".lock", ".bak"])
def test_export_refuses_to_overwrite_the_database(tmp_path: Path, runner: CliRunner, suffix: str) -> None:
    db, _ = build_db(tmp_path)
    target = db.with_name(db.name + suffix)
    before = target.read_bytes() if target.exists() else None
    result = runner.invoke(app, ["export", "--db", str(db), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"factcheck: {target}: is part of the database {db}; choose another file name"
    assert (target.read_bytes() if target.exists() else None) == before
    with Store.open(db, readonly=True) as store:
        assert len(store.verdicts("port")) == 3
