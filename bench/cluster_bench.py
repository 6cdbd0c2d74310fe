"""Extraction throughput: one process, `--jobs 2` and `--cluster local:2` on the synthetic corpus.

Run: python bench/cluster_bench.py [--articles 100]
Prints articles per second for each, end to end (map and reduce; for the cluster, starting the
workers and loading spaCy in each is included, as an analyst would wait for it), and checks
that the three gave the same claims and links. Needs the optional extra: pip install '.[cluster]'.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import synthetic_corpus

from factcheck.extract.nlp import load_pipeline
from factcheck.model import Article, Extraction
from factcheck.pipeline import analyse


def timed(articles: list[Article], **options: object) -> tuple[float, Extraction]:
    """Seconds for one whole extraction with these options, and its result."""
    start = time.perf_counter()
    result = analyse(articles, **options)  # type: ignore[arg-type]
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args(argv)
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("needs the cluster extra: pip install '.[cluster]'", file=sys.stderr)
        return 2
    load_pipeline(None)  # the one process's model load is not counted: it is paid once per session
    articles = synthetic_corpus(args.articles)
    outputs: list[str] = []
    for label, options in (
        ("one process", {}),
        ("--jobs 2", {"jobs": 2}),
        ("--cluster local:2", {"cluster": "local:2"}),
    ):
        seconds, result = timed(articles, **options)
        outputs.append(json.dumps(result.to_json(), sort_keys=True))
        print(f"{label:<20} {len(articles)} articles in {seconds:6.2f} s  {len(articles) / seconds:6.1f} articles/s")
    same = all(out == outputs[0] for out in outputs)
    print(f"identical output: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
