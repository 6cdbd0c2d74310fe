"""The `review` and `sessions` commands: errors before the screen starts, resume without spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck.model import Extraction
from factcheck.store import Store


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def corpus(tmp_path: Path, review_extraction: Extraction) -> Path:
    """The small extraction's articles written out as a corpus folder named `port`."""
    folder = tmp_path / "port"
    folder.mkdir()
    for article in review_extraction.articles:
        (folder / article.file).write_text(article.text, encoding="utf-8")
    return folder


def test_a_second_review_on_the_same_database_is_refused(review_db: Path, corpus: Path) -> None:
    with Store.open(review_db):
        result = run_cli("review", "--db", str(review_db), str(corpus))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another factcheck" in lines[0] and str(review_db) in lines[0]


def test_a_corrupt_database_is_reported_and_left_untouched(review_db: Path, corpus: Path) -> None:
    review_db.parent.mkdir(parents=True)
    damaged = b'{"meta": {"1": {"schema": "factcheck.db/1"}}, "sessions": {"1": {"name": "x"'
    review_db.write_bytes(damaged)
    result = run_cli("review", "--db", str(review_db), str(corpus))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(review_db) in result.stderr and "untouched" in result.stderr
    assert review_db.read_bytes() == damaged
    assert "Traceback" not in result.stderr


def test_a_missing_corpus_is_a_one_line_error(review_db: Path, tmp_path: Path) -> None:
    result = run_cli("review", "--db", str(review_db), str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"factcheck: {tmp_path / 'nowhere'}: no such file or folder"]


def test_a_missing_model_is_refused_before_the_screen(review_db: Path, corpus: Path) -> None:
    result = run_cli("review", "--db", str(review_db), "--model", "no_such_pipeline_xyz", str(corpus))
    assert result.returncode == 2
    assert "no_such_pipeline_xyz" in result.stderr and "not installed" in result.stderr
    assert result.stderr.count("\n") == 1


def test_sessions_lists_progress_while_the_database_is_in_use(review_db: Path, corpus: Path) -> None:
    from factcheck.session import open_session

    with Store.open(review_db) as store:
        open_session(store, "port", [corpus], "ana")
        store.record_verdict("port", "c-0a5433069a56", "disputed", analyst="ana")
        result = run_cli("sessions", "--db", str(review_db))
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.strip().splitlines()
    assert header.split()[:2] == ["session", "progress"]
    assert row.split()[:3] == ["port", "1", "verdicts"] and row.endswith("port")


def test_sessions_on_a_missing_database(tmp_path: Path) -> None:
    result = run_cli("sessions", "--db", str(tmp_path / "none.json"))
    assert result.returncode == 2 and "no such database" in result.stderr


def test_help_has_examples() -> None:
    for command in ("review", "sessions"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "Example: factcheck" in result.stdout


RESUME_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from factcheck.ui import app as app_module

    seen = {}

    def fake_run(self, *args, **kwargs):
        import gc

        seen["extraction"] = self.extraction is not None
        seen["frozen"] = gc.get_freeze_count()
        seen["session"] = self.session.name
        seen["corpus"] = self.session.corpus
        seen["analyst"] = self.analyst
        return 0

    app_module.ReviewApp.run = fake_run
    from factcheck.cli import main
    sys.argv = ["factcheck", *sys.argv[1:]]
    try:
        main()
    except SystemExit as exc:
        seen["exit"] = exc.code
    seen["spacy"] = "spacy" in sys.modules
    seen["trafilatura"] = "trafilatura" in sys.modules
    print(json.dumps(seen))
    """
)


def run_resume(*args: str, env: dict[str, str] | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", RESUME_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_resume_on_an_unchanged_corpus_uses_the_cache_without_spacy(
    review_db: Path, corpus: Path, review_extraction: Extraction
) -> None:
    from factcheck.corpus import load_corpus
    from factcheck.session import extraction_key

    with Store.open(review_db) as store:
        store.cache_extraction(extraction_key(load_corpus([corpus]).articles, None), review_extraction)
    seen = run_resume("review", "--db", str(review_db), str(corpus), env={"FACTCHECK_ANALYST": "env-ana"})
    assert seen["extraction"] is True and seen["spacy"] is False
    assert seen["frozen"] > 0  # the cached claims kept out of the collector's passes (~0.2 s at 4,000 claims)
    assert seen["session"] == "port" and seen["analyst"] == "env-ana"
    # --session alone reopens that session's corpus, wherever the command runs
    seen = run_resume("review", "--db", str(review_db), "--session", "port", "--analyst", "bob")
    assert seen["corpus"] == [str(corpus.resolve())] and seen["extraction"] is True and seen["analyst"] == "bob"


def test_resume_on_unchanged_saved_pages_does_not_parse_them_again(review_db: Path, tmp_path: Path) -> None:
    """Each page took ~10 ms to parse, and trafilatura's import more: 150 pages cost seconds of every resume."""
    import shutil

    from factcheck.corpus import load_corpus
    from factcheck.session import extraction_key, open_session

    folder = tmp_path / "dam"
    folder.mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "formats" / "orlek-dam.html", folder)
    articles = load_corpus([folder]).articles
    key = extraction_key(articles, None)
    with Store.open(review_db) as store:
        store.cache_extraction(key, Extraction(articles=articles, claims=[]))
        open_session(store, "dam", [folder], "ana", key=key)
    seen = run_resume("review", "--db", str(review_db), str(folder))
    assert seen["extraction"] is True and seen["trafilatura"] is False
    page = folder / "orlek-dam.html"  # a page saved again: read afresh, and its claims extracted anew
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<!-- saved again --></body>"), "utf-8")
    seen = run_resume("review", "--db", str(review_db), str(folder))
    assert seen["extraction"] is False and seen["trafilatura"] is True
