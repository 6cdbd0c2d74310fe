"""The bad-input matrix through the real command line: every command, every bad input that applies.

Why: the contract (DESIGN.md, "Reliability rules") is that bad input gives exit status 2 and one
line on stderr naming the file or option, never a traceback, and that a database that cannot be
read is left byte for byte as it was. The cases already covered in test_cli.py, test_ui_cli.py and
test_export_cli.py are not repeated here; this file fills the rest of the matrix, each case a real
`python -m factcheck` process (no spaCy is needed: every case fails before extraction).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.model import Session
from factcheck.store import Store

COMMANDS = ("review", "sessions", "export", "import", "agreement", "extract", "score")

HOLDER = """
import sys
from pathlib import Path
from factcheck.store import Store
store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.read()
store.close()
"""


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m factcheck ARGS`, with no terminal and no input."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "120", "FACTCHECK_ANALYST": "ana"},
    )


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The files the cases name, by placeholder: good ones and bad ones.

    Made once for the module (a case that changed one would fail: each checks that none changed).
    """
    tmp_path = tmp_path_factory.mktemp("matrix")
    db = tmp_path / "data" / "factcheck.json"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The port said 900 workers stayed away on Monday.\n", encoding="utf-8")
    with Store.open(db) as store:
        store.save_session(Session("port", [str(corpus)], analyst="ana"))
        store.record_verdict("port", "c1", "disputed", analyst="ana")
    export = tmp_path / "export.json"
    assert run_cli("export", "--db", str(db), "-o", str(export)).returncode == 0
    bad = {
        "corrupt": b'{"meta": {"1": {"schema": "factcheck.db/1"}}, "sessions": {"1": {"name": "x"',
        "binary": b"\xff\xfe\x00\x01 not text \x89PNG",
        "newer": json.dumps({"meta": {"1": {"schema": "factcheck.db/9", "seq": 0}}}).encode(),
        "notdb": b"[1, 2, 3]",
        "badrows": json.dumps({"meta": {"1": {"schema": "factcheck.db/1"}}, "verdicts": {"1": {"x": 1}}}).encode(),
    }
    for name, data in bad.items():
        (tmp_path / f"{name}.json").write_bytes(data)
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.json").write_bytes(b"")
    return {
        "db": str(db),
        "corpus": str(corpus),
        "export": str(export),
        "missing": str(tmp_path / "missing.json"),
        "nowhere": str(tmp_path / "nowhere"),
        "folder": str(tmp_path / "folder"),
        "under_file": str(tmp_path / "a-file" / "factcheck.json"),
        "tmp": str(tmp_path),
        **{name: str(tmp_path / f"{name}.json") for name in (*bad, "empty")},
    }


@pytest.fixture
def lock_holder(place: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database `db` open (waits on its stdin; no sleep)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, place["db"]],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "ready\n"
    yield holder
    holder.communicate("")
    assert holder.returncode == 0


# (command line, what the one line must contain); {name} is a path from `place`.
# Databases that cannot be read: corrupt JSON, not UTF-8, a newer schema, not a TinyDB file, bad rows,
# a folder, a path under a file.
CASES: dict[str, tuple[list[str], str]] = {
    # review
    "review-binary-db": (["review", "--db", "{binary}", "{corpus}"], "{binary}: cannot be read"),
    "review-newer-db": (["review", "--db", "{newer}", "{corpus}"], "{newer}: written by a newer factcheck"),
    "review-notdb": (["review", "--db", "{notdb}", "{corpus}"], "{notdb}: cannot be read"),
    "review-bad-rows": (["review", "--db", "{badrows}", "{corpus}"], "{badrows}: cannot be read"),
    "review-db-is-a-folder": (["review", "--db", "{folder}", "{corpus}"], "{folder}"),
    "review-db-under-a-file": (["review", "--db", "{under_file}", "{corpus}"], "{under_file}"),
    "review-empty-corpus-folder": (["review", "--db", "{db}", "{folder}"], "{folder}"),
    "review-bad-option": (["review", "--bogus"], "--bogus"),
    "review-db-is-the-current-folder": (["review", "--db", ".", "{corpus}"], "."),
    "review-empty-session-name": (["review", "--db", "{db}", "--session", "", "{corpus}"], "--session"),
    # sessions
    "sessions-corrupt-db": (["sessions", "--db", "{corrupt}"], "{corrupt}: cannot be read"),
    "sessions-binary-db": (["sessions", "--db", "{binary}"], "{binary}: cannot be read"),
    "sessions-newer-db": (["sessions", "--db", "{newer}"], "{newer}: written by a newer factcheck"),
    "sessions-db-is-a-folder": (["sessions", "--db", "{folder}"], "{folder}"),
    "sessions-bad-option": (["sessions", "--db"], "--db"),
    "sessions-db-empty-path": (["sessions", "--db", ""], "factcheck: "),
    "sessions-db-is-the-root": (["sessions", "--db", "/"], "/"),
    # export
    "export-corrupt-db": (["export", "--db", "{corrupt}"], "{corrupt}: cannot be read"),
    "export-newer-db": (["export", "--db", "{newer}"], "{newer}: written by a newer factcheck"),
    "export-db-is-a-folder": (["export", "--db", "{folder}"], "{folder}"),
    "export-unknown-format": (["export", "--db", "{db}", "--format", "pdf"], "--format: 'pdf'"),
    "export-bad-option": (["export", "--db", "{db}", "--bogus"], "--bogus"),
    "export-db-is-the-current-folder": (["export", "--db", "."], "."),
    # import
    "import-missing-file": (["import", "{missing}", "--db", "{db}"], "{missing}"),
    "import-not-an-export": (["import", "{notdb}", "--db", "{db}"], "{notdb}"),
    "import-binary-file": (["import", "{binary}", "--db", "{db}"], "{binary}"),
    "import-empty-file": (["import", "{empty}", "--db", "{db}"], "{empty}"),
    "import-a-folder": (["import", "{folder}", "--db", "{db}"], "{folder}"),
    "import-corrupt-db": (["import", "{export}", "--db", "{corrupt}"], "{corrupt}: cannot be read"),
    "import-newer-db": (["import", "{export}", "--db", "{newer}"], "{newer}: written by a newer factcheck"),
    "import-db-under-a-file": (["import", "{export}", "--db", "{under_file}"], "{under_file}"),
    "import-no-file-given": (["import"], "FILE"),
    "import-db-is-the-current-folder": (["import", "{export}", "--db", "."], "."),
    "import-empty-session-name": (["import", "{export}", "--db", "{db}", "--session", ""], "--session"),
    # agreement
    "agreement-corrupt-db": (["agreement", "{corrupt}", "{export}"], "{corrupt}"),
    "agreement-binary-file": (["agreement", "{export}", "{binary}"], "{binary}"),
    "agreement-unknown-session": (["agreement", "{db}", "{export}", "--session", "nope"], "nope"),
    "agreement-a-folder": (["agreement", "{folder}", "{export}"], "{folder}"),
    "agreement-one-side-only": (["agreement", "{export}"], "B"),
    # extract
    "extract-bad-jobs": (["extract", "{corpus}", "--jobs", "0"], "--jobs"),
    "extract-jobs-not-a-number": (["extract", "{corpus}", "--jobs", "many"], "--jobs"),
    # score
    "score-missing-corpus": (["score", "{nowhere}", "--gold", "{export}"], "{nowhere}"),
    "score-missing-gold": (["score", "{corpus}", "--gold", "{missing}"], "{missing}"),
    "score-corrupt-gold": (["score", "{corpus}", "--gold", "{corrupt}"], "{corrupt}"),
    "score-binary-gold": (["score", "{corpus}", "--gold", "{binary}"], "{binary}"),
    "score-no-gold": (["score", "{corpus}"], "--gold"),
    "score-bad-top-k": (["score", "{corpus}", "--gold", "{export}", "--top-k", "x"], "--top-k"),
    "score-top-k-zero": (["score", "{corpus}", "--gold", "{export}", "--top-k", "0"], "--top-k"),
}


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], needle: str) -> None:
    """Exit 2, exactly one line on stderr, naming the culprit, no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: ") and needle in lines[0], lines[0]


def snapshot(folder: Path) -> dict[Path, bytes]:
    """Every file's bytes under `folder` (but lock files, which hold the last holder's pid)."""
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.suffix != ".lock"}


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_bad_input_is_one_line_and_exit_2(case: str, place: dict[str, str]) -> None:
    args, needle = CASES[case]
    before = snapshot(Path(place["tmp"]))
    result = run_cli(*(arg.format(**place) for arg in args))
    assert_one_line_refusal(result, needle.format(**place))
    after = snapshot(Path(place["tmp"]))
    assert {p: after.get(p) for p in before} == before  # nothing read was changed (new sidecars aside)


@pytest.mark.parametrize(
    "args",
    [
        ["review", "--db", "{db}", "{corpus}"],
        ["import", "{export}", "--db", "{db}"],
    ],
    ids=["review", "import"],
)
def test_a_database_locked_by_another_process_is_refused(
    args: list[str], place: dict[str, str], lock_holder: subprocess.Popen[str]
) -> None:
    before = Path(place["db"]).read_bytes()
    result = run_cli(*(arg.format(**place) for arg in args))
    assert_one_line_refusal(result, f"{place['db']}: database in use by another factcheck (pid {lock_holder.pid})")
    assert Path(place["db"]).read_bytes() == before


@pytest.mark.parametrize("command", ["sessions", "export", "agreement"])
def test_reading_commands_work_while_another_process_holds_the_database(
    command: str, place: dict[str, str], lock_holder: subprocess.Popen[str]
) -> None:
    """The read-only commands take no lock: they are not refused by an open app."""
    args = {
        "sessions": ["sessions", "--db", place["db"]],
        "export": ["export", "--db", place["db"]],
        "agreement": ["agreement", place["db"], place["export"]],
    }[command]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_shows_an_example(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"Example: factcheck {command}" in result.stdout
