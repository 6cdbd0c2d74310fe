"""Streaming extraction (jsonl) and several processes give the same claims as the one-shot path."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.pipeline import analyse, analyse_streaming

pytestmark = pytest.mark.slow

ARTICLES = [
    article_from_text(
        "001_first.txt",
        "Dam holds after storm\n\n“The dam is intact and no village was flooded,” Jon Hale said on Monday.\n\n"
        "He said 40 workers had reinforced the wall overnight.",
    ),
    article_from_text(
        "002_second.txt",
        "Villagers dispute dam account\n\nRiver Authority spokesman Jon Hale said the wall had held.\n\n"
        "Residents said that 12 houses in Lowmarsh were under water on Tuesday.",
    ),
]


def test_stream_emits_articles_then_claims_then_revisions_links_and_suggestions() -> None:
    records: list[tuple[str, dict[str, Any]]] = []
    result = analyse_streaming(ARTICLES, lambda kind, record: records.append((kind, record)))
    kinds = [kind for kind, _ in records]
    assert kinds[: len(ARTICLES)] == ["article"] * len(ARTICLES)
    order = {"article": 0, "claim": 1, "question": 2, "link": 3, "suggestion": 4}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)
    # The speaker's side is only given in the second article: the first article's claims by him
    # are streamed without it, then sent again, revised, once the corpus has been read.
    revised = [r for kind, r in records if kind == "claim" and r.get("revised")]
    assert revised and all(r["side"] == "River Authority" for r in revised)
    final = {c.id: c for c in result.claims}
    last_seen: dict[str, dict[str, Any]] = {}
    for kind, record in records:
        if kind == "claim":
            last_seen[record["id"]] = record
    assert {i: (r["speaker"], r["side"]) for i, r in last_seen.items()} == {
        i: (c.speaker, c.side) for i, c in final.items()
    }


def test_stream_and_one_shot_agree() -> None:
    streamed = analyse_streaming(ARTICLES, lambda kind, record: None)
    whole = analyse(ARTICLES)
    assert [c.to_json() for c in streamed.claims] == [c.to_json() for c in whole.claims]
    assert [lk.to_json() for lk in streamed.links] == [lk.to_json() for lk in whole.links]
    assert [q.to_json() for q in streamed.questions] == [q.to_json() for q in whole.questions]


def test_two_processes_give_the_same_claims() -> None:
    one = extract_claims(ARTICLES)
    two = extract_claims(ARTICLES, jobs=2)
    assert [c.to_json() for c in two] == [c.to_json() for c in one]


# Run in a child process: on the code before, an article that failed to read left spaCy's parse workers
# blocked on a full pipe and the run hung at exit instead of reporting the error.
_FAILING_READ = """
import factcheck.extract.claims as claims
from factcheck.corpus import article_from_text
from factcheck.pipeline import analyse

paragraph = "Jon Hale said the dam at Lowmarsh had held through the night and that 40 workers had stayed on the wall."
articles = [article_from_text(f"{n:03d}.txt", "Dam holds\\n\\n" + "\\n\\n".join([paragraph] * 30)) for n in range(40)]
real, seen = claims.read_article, []

def failing(article, docs):
    seen.append(article.file)
    if len(seen) == 2:
        raise RuntimeError("unreadable article " + article.file)
    return real(article, docs)

claims.read_article = failing
try:
    analyse(articles, jobs=2)
except RuntimeError as error:
    print(error)
"""


def test_an_article_that_fails_to_read_with_two_processes_ends_the_run_with_its_error() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FAILING_READ], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "unreadable article 001.txt"
