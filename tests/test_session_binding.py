"""`review` resumes a session only on the corpus it was made on, and bad input touches no file (issue 12).

CONTRACT: naming an existing session with another corpus stops with exit 2 unless `--rebind`; a new
session name when other sessions exist needs `--new`; bad input creates and changes no file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck.model import Extraction, Session
from factcheck.store import Store

# Runs the real command line with the app's `run` replaced, so a test sees what would have been opened.
FAKE_RUN = textwrap.dedent(
    """
    import json, sys
    from factcheck.ui import app as app_module

    seen = {}

    def fake_run(self, *args, **kwargs):
        seen["session"] = self.session.name
        seen["corpus"] = self.session.corpus
        return 0

    app_module.ReviewApp.run = fake_run
    from factcheck.cli import main
    sys.argv = ["factcheck", *sys.argv[1:]]
    try:
        main()
    except SystemExit as exc:
        seen["exit"] = exc.code
    print(json.dumps(seen))
    """
)


def review(*args: str) -> tuple[dict, str]:
    """`factcheck review ARGS` with the screen faked out: (what it opened, stderr)."""
    result = subprocess.run(
        [sys.executable, "-c", FAKE_RUN, "review", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "FACTCHECK_ANALYST": "ana"},
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def corpora(tmp_path: Path, review_extraction: Extraction) -> tuple[Path, Path]:
    """Two corpus folders, `port` (the small extraction's articles) and `dam` (one invented article)."""
    port = tmp_path / "port"
    port.mkdir()
    for article in review_extraction.articles:
        (port / article.file).write_text(article.text, encoding="utf-8")
    dam = tmp_path / "dam"
    dam.mkdir()
    (dam / "a.txt").write_text("Sudmark officials said the dam held through the night.\n", encoding="utf-8")
    return port, dam


@pytest.fixture
def db_with_port(review_db: Path, corpora: tuple[Path, Path]) -> Path:
    with Store.open(review_db) as store:
        store.save_session(Session("port", [str(corpora[0].resolve())], analyst="ana"))
        store.record_verdict("port", "c-000000000001", "disputed", analyst="ana")
    return review_db


def test_an_existing_session_on_another_corpus_is_refused(db_with_port: Path, corpora: tuple[Path, Path]) -> None:
    before = files(db_with_port.parent)
    seen, err = review("--db", str(db_with_port), "--session", "port", str(corpora[1]))
    assert seen["exit"] == 2
    (line,) = err.splitlines()
    assert "--session port" in line and "--rebind" in line and "dam" in line
    assert files(db_with_port.parent) == before


def test_rebind_points_the_session_at_the_new_corpus(db_with_port: Path, corpora: tuple[Path, Path]) -> None:
    seen, _ = review("--db", str(db_with_port), "--session", "port", "--rebind", str(corpora[1]))
    assert seen.get("exit") in (None, 0) and seen["corpus"] == [str(corpora[1].resolve())]


def test_the_same_corpus_resumes_without_a_flag(db_with_port: Path, corpora: tuple[Path, Path]) -> None:
    seen, _ = review("--db", str(db_with_port), "--session", "port", str(corpora[0]))
    assert seen.get("exit") in (None, 0) and seen["session"] == "port"


def test_a_derived_name_that_is_taken_by_another_corpus_is_refused(
    db_with_port: Path, corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere" / "port"  # another folder with the same name
    elsewhere.mkdir(parents=True)
    (elsewhere / "b.txt").write_text("Norland said the port reopened on Monday.\n", encoding="utf-8")
    seen, err = review("--db", str(db_with_port), str(elsewhere))
    assert seen["exit"] == 2 and "--rebind" in err and "--session" in err


def test_a_new_session_name_beside_others_needs_new(db_with_port: Path, corpora: tuple[Path, Path]) -> None:
    before = files(db_with_port.parent)
    seen, err = review("--db", str(db_with_port), "--session", "prot", str(corpora[0]))
    assert seen["exit"] == 2
    (line,) = err.splitlines()
    assert "prot" in line and "--new" in line and "port" in line  # names the sessions that exist
    assert files(db_with_port.parent) == before
    seen, _ = review("--db", str(db_with_port), "--session", "prot", "--new", str(corpora[0]))
    assert seen.get("exit") in (None, 0) and seen["session"] == "prot"


def test_a_new_session_name_alone_without_a_corpus_is_refused(db_with_port: Path) -> None:
    seen, err = review("--db", str(db_with_port), "--session", "smaple")
    assert seen["exit"] == 2 and "smaple" in err and "--new" in err


def test_the_first_session_needs_no_flag(review_db: Path, corpora: tuple[Path, Path]) -> None:
    seen, _ = review("--db", str(review_db), "--session", "dam", str(corpora[1]))
    assert seen.get("exit") in (None, 0) and seen["session"] == "dam"
    # a session derived from another folder's name is new without --session: no flag needed either
    seen, _ = review("--db", str(review_db), str(corpora[0]))
    assert seen.get("exit") in (None, 0) and seen["session"] == "port"


def test_a_missing_corpus_creates_no_file(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "review", "nothere"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=work,
        env={k: v for k, v in os.environ.items() if k != "FACTCHECK_DB"},
    )
    assert result.returncode == 2 and result.stderr.splitlines() == ["factcheck: nothere: no such file or folder"]
    assert list(work.iterdir()) == []  # no data/, no database, no journal, no lock


def test_bad_input_changes_no_file_of_an_existing_database(db_with_port: Path, tmp_path: Path) -> None:
    before = files(db_with_port.parent)
    seen, err = review("--db", str(db_with_port), str(tmp_path / "nowhere"))
    assert seen["exit"] == 2 and "nowhere" in err
    assert files(db_with_port.parent) == before


def test_a_corrupt_database_gets_no_lock_or_journal_beside_it(review_db: Path, corpora: tuple[Path, Path]) -> None:
    review_db.parent.mkdir(parents=True)
    review_db.write_bytes(b'{"meta": {"1": {"schema": "factcheck.db/1", "seq"')
    seen, err = review("--db", str(review_db), str(corpora[0]))
    assert seen["exit"] == 2 and "cannot be read" in err
    assert sorted(p.name for p in review_db.parent.iterdir()) == [review_db.name]


def answer_on_a_terminal(args: list[str], answer: bytes) -> tuple[str, dict]:
    """Run `factcheck review ARGS` (screen faked out) on a pseudo-terminal, answering a prompt."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command line, its stdin and stdout a terminal
        os.environ["FACTCHECK_ANALYST"] = "ana"
        os.execv(sys.executable, [sys.executable, "-c", FAKE_RUN, "review", *args])
    out = b""
    answered = False
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
        if not answered and b"[y/N]" in out:
            os.write(fd, answer)
            answered = True
    os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    found = [line for line in text.splitlines() if line.startswith("{")]
    return text, json.loads(found[-1]) if found else {}


def test_on_a_terminal_a_new_session_name_is_asked_about(db_with_port: Path, corpora: tuple[Path, Path]) -> None:
    text, seen = answer_on_a_terminal(["--db", str(db_with_port), "--session", "prot", str(corpora[0])], b"n\n")
    assert "no session 'prot'" in text and "port" in text and seen["exit"] == 2
    assert Store.open(db_with_port, readonly=True).get_session("prot") is None
    text, seen = answer_on_a_terminal(["--db", str(db_with_port), "--session", "prot", str(corpora[0])], b"y\n")
    assert seen.get("exit") in (None, 0) and seen["session"] == "prot"
