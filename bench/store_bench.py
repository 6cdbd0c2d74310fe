"""Benchmark of the verdict store: one persisted key press, opening (with a fold), the extraction cache.

Run: `.venv/bin/python bench/store_bench.py [--dir DIR] [--presses N]`. The database goes in a
temporary folder under DIR (default: the system's temp folder); put it on the disk you care about,
since the cost of a key press is mostly one fdatasync. Prints one table; budgets from DESIGN.md:
a persisted verdict ≤ 20 ms with 10,000 claims, resume to first screen ≤ 1 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from factcheck.model import LABELS, Article, Claim, Extraction, Link, Session
from factcheck.store import Store

WORDS = "army rebels valley captured denied town forces spokesman said province control fighting".split()


def populate(db: Path, claims: int) -> None:
    """A database holding a verdict (and its history entry) on each of `claims` claims."""
    with Store.open(db) as store:
        store.save_session(Session("bench", ["corpus/"], analyst="bench"))
        with store.batch():
            for n in range(claims):
                store.record_verdict("bench", claim_id(n), LABELS[n % 3], analyst="bench", note=f"note {n}")


def claim_id(n: int) -> str:
    return f"c-{n:012x}"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_key_presses(root: Path, claims: int, presses: int) -> dict[str, str]:
    """Time verdict changes on a store of `claims` verdicts, then a reopen after a crash.

    At least enough presses for two automatic folds are made (the threshold grows with the
    database), back to back: a fold's thread competes with every press, a worse case than an
    analyst's key presses, which come a tenth of a second apart or more.
    """
    db = root / f"db{claims}" / "factcheck.json"
    populate(db, claims)
    rng = random.Random(claims)
    store = Store.open(db)
    writer = store._writer
    assert writer is not None and store._lock is not None
    presses = max(presses, 2 * writer.fold_at() + 10)
    folds = 0
    start_fold = writer.start_fold

    def counted() -> None:
        nonlocal folds
        folds += 1
        start_fold()

    writer.start_fold = counted  # type: ignore[method-assign]
    times: list[float] = []
    for n in range(presses):
        claim, label = claim_id(rng.randrange(claims)), LABELS[n % 3]
        store.set_position("bench", claim, {"status": "all"})
        times.append(timed(partial(store.record_verdict, "bench", claim, label, analyst="bench")))
    store.wait_for_fold()  # the last automatic fold, if still running
    fold = timed(store.fold)  # a fold on the caller's thread, as at close
    # leave half a fold's worth of lines in the journal, as a crashed run would, and reopen
    for n in range(writer.fold_at() // 2):
        store.record_verdict("bench", claim_id(n % claims), LABELS[(n + 1) % 3], analyst="bench")
    writer.journal.close()
    store._lock.release()
    store._closed = True
    reopened: list[Store] = []
    reopen = timed(lambda: reopened.append(Store.open(db)))  # replay; the fold starts in the background
    refold = timed(reopened[0].wait_for_fold)
    reopened[0].close()
    clean_open = timed(lambda: Store.open(db).close())  # nothing to replay: no fold at open or close
    assert not store.warnings and not reopened[0].warnings
    times.sort()
    return {
        "claims": f"{claims:,}",
        "db MB": f"{db.stat().st_size / 1e6:.1f}",
        "presses": f"{presses:,}",
        "folds": str(folds),
        "press median ms": ms(statistics.median(times)),
        "p95 ms": ms(times[int(len(times) * 0.95) - 1]),
        "max ms": ms(times[-1]),
        "fold ms": ms(fold),
        "open+replay ms": ms(reopen),
        "then bg fold ms": ms(refold),
        "clean open ms": ms(clean_open),
    }


def synthetic_extraction(claims: int) -> Extraction:
    """An extraction shaped like a real one: 100 articles, `claims` claims with features, a link each."""
    rng = random.Random(7)
    articles = []
    for a in range(100):
        paragraphs = [" ".join(rng.choices(WORDS, k=60)) + "." for _ in range(claims // 100)]
        text = "Title\n\n" + "\n\n".join(paragraphs)
        articles.append(Article(f"a{a}", f"{a:03d}.txt", f"corpus/{a:03d}.txt", "Title", f"{a:064x}", text))
    out = []
    for n in range(claims):
        article = articles[n % 100]
        start = 7 + (n // 100) * 200 % max(1, len(article.text) - 200)
        out.append(
            Claim(
                claim_id(n), article.file, start, start + 80, article.text[start : start + 80],
                speaker="Someone Speaker", side="Side", cue="said", kind="quote", score=0.7,
                paragraph=(start, start + 150),
                features={"lemmas": rng.sample(WORDS, 6), "entities": ["Town", "Valley"], "polarity": 1},
            )
        )  # fmt: skip
    links = [Link(claim_id(n), claim_id((n * 7 + 1) % claims), "competes", 0.5, "same subject") for n in range(claims)]
    return Extraction(articles, out, links)


def bench_cache(root: Path, claims: int) -> dict[str, str]:
    """Write and read back the cache of a `claims`-claim extraction, with a verdict on every claim.

    "resume" is what the review app does before its first screen: open the database (clean,
    nothing to replay), read the session and its verdicts, load the cached extraction.
    """
    db = root / "cache" / "factcheck.json"
    populate(db, claims)
    extraction = synthetic_extraction(claims)
    with Store.open(db) as store:
        write = timed(lambda: store.cache_extraction("corpus-key", extraction))
    reads = []
    resumes = []
    for _ in range(5):
        reads.append(timed(lambda: Store.open(db, readonly=True).cached_extraction("corpus-key")))

        def resume() -> None:
            with Store.open(db) as store:
                store.get_session("bench")
                store.verdicts("bench")
                assert store.cached_extraction("corpus-key") is not None

        resumes.append(timed(resume))
    size = next((db.parent / "factcheck.cache").iterdir()).stat().st_size
    return {
        "claims": f"{claims:,}",
        "cache MB": f"{size / 1e6:.1f}",
        "cache_extraction ms": ms(write),
        "cached_extraction median ms": ms(statistics.median(reads)),
        "resume (open + verdicts + cache) ms": ms(statistics.median(resumes)),
    }


def table(rows: list[dict[str, str]]) -> str:
    headers = list(rows[0])
    widths = [max(len(h), *(len(r[h]) for r in rows)) for h in headers]
    lines = [" | ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("-|-".join("-" * w for w in widths))
    lines += [" | ".join(r[h].rjust(w) for h, w in zip(headers, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary databases")
    parser.add_argument("--presses", type=int, default=2000, help="key presses per size")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 50_000])
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="store-bench-", dir=args.dir))
    try:
        print(
            f"record_verdict, at least {args.presses} presses each; automatic folds (in the background) as by default"
        )
        print(table([bench_key_presses(root, n, args.presses) for n in args.sizes]))
        print()
        print("extraction cache (plain JSON file) and resume, with a verdict on every claim")
        print(table([bench_cache(root, 10_000)]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
