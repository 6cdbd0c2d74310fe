"""Extraction speed against its floor: spaCy's own `nlp.pipe` over the same texts, same pipeline.

Run: python bench/extract_bench.py [--articles 500]
Prints seconds for the sample and for a synthetic corpus (the sample's articles with every
capitalised name and every number varied), and the ratio to `nlp.pipe` (budget ≤ 1.3×).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.corpus import article_from_text, load_corpus
from factcheck.extract.claims import extract_claims
from factcheck.extract.nlp import load_pipeline
from factcheck.locations import seeds_dir
from factcheck.model import Article

BUDGET_RATIO = 1.3
_SYLLABLES = "ka lo mi ra ven dor sel tan bri os ul fen gar ish mon tev".split()
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NUMBER = re.compile(r"\b\d{1,4}\b")


def invented_name(rng: random.Random) -> str:
    """A pronounceable invented proper name."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic_corpus(count: int, seed: int = 7) -> list[Article]:
    """`count` articles shaped like the sample, with names and numbers varied per article."""
    base = load_corpus([seeds_dir()]).articles
    rng = random.Random(seed)
    out = []
    for i in range(count):
        source = base[i % len(base)]
        names: dict[str, str] = {}

        def rename(match: re.Match[str], names: dict[str, str] = names) -> str:
            word = match.group()
            return names.setdefault(word, invented_name(rng)) if rng.random() < 0.6 else word

        text = _NAME.sub(rename, source.text)
        text = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-5, 5))), text)
        out.append(article_from_text(f"{i:05d}_{source.file}", text))
    return out


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(articles: list[Article]) -> tuple[float, float, int]:
    """(our seconds, nlp.pipe seconds, claims) for one corpus, best of two runs each.

    The runs alternate (spaCy, ours, spaCy, ours), so that a slow spell of a shared machine weighs on
    both sides alike rather than on whichever ran during it."""
    nlp = load_pipeline(None)
    texts = [a.text for a in articles]
    result: list = []
    floors, ours = [], []
    for _ in range(2):
        floors.append(timed(lambda: list(nlp.pipe(texts, batch_size=64))))
        ours.append(timed(lambda: result.append(extract_claims(articles))))
    return min(ours), min(floors), len(result[-1])


def rows(count: int) -> Iterator[tuple[str, str, str, bool]]:
    """Benchmark rows: (what, figure, compared with, within budget)."""
    load_pipeline(None)
    for label, articles in (
        ("sample (5 articles)", load_corpus([seeds_dir()]).articles),
        (f"synthetic ({count} articles)", synthetic_corpus(count)),
    ):
        ours, floor, claims = measure(articles)
        ratio = ours / floor
        yield (
            f"extract {label}",
            f"{ours:.2f} s, {claims} claims",
            f"nlp.pipe {floor:.2f} s → {ratio:.2f}× (budget ≤ {BUDGET_RATIO}×)",
            ratio <= BUDGET_RATIO,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    for what, figure, against, ok in rows(args.articles):
        print(f"{what:<34} {figure:<24} {against}  {'ok' if ok else 'OVER BUDGET'}")


if __name__ == "__main__":
    main()
