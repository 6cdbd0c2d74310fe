"""Paired lift on FNC-1: did an extraction change move the competes and corroborates lift, beyond chance?

Run: python bench/fnc_paired.py OUT --against OLD [--new NEW]

OUT is the `--out` folder of `bench/fnc_lift.py`, run once with each extractor version so that both
versions' claims are cached there (OLD: an earlier EXTRACTOR_VERSION; NEW: today's unless named).
Each folder's claims of both versions are linked again by today's linker, and the lift of each
version is pooled as `fnc_lift.py` pools it. The two lifts come from the same folders, so their
difference has a much narrower interval than either lift alone: the interval printed is a 90%
bootstrap over folders that resamples both versions together (1000 resamples, fixed seed). A
folder cached for only one version is left out, and counted. This reads no FNC file: only the
folders and cache `fnc_lift.py` wrote (never the competition test set, which it refuses).
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fnc_lift  # the harness this compares two runs of
from fnc_lift import BOOTSTRAP, LEVEL, RELATIONS, SEED, RelationCount, pooled_lift

Pair = tuple[RelationCount, RelationCount]  # one folder's counts: (old version, new version)


def paired_difference(pairs: Sequence[Pair]) -> float:
    """The new version's pooled lift minus the old one's, over the same folders."""
    return pooled_lift([new for _, new in pairs]) - pooled_lift([old for old, _ in pairs])


def paired_interval(
    pairs: Sequence[Pair], resamples: int = BOOTSTRAP, seed: int = SEED, level: float = LEVEL
) -> tuple[float, float]:
    """The `level` percentile interval of the difference, resampling folders (both versions together)."""
    rng = random.Random(seed)
    diffs = sorted(
        d for d in (paired_difference(rng.choices(pairs, k=len(pairs))) for _ in range(resamples)) if not math.isnan(d)
    )
    if not diffs:
        return math.nan, math.nan
    tail = (1 - level) / 2
    return fnc_lift._percentile(diffs, tail), fnc_lift._percentile(diffs, 1 - tail)


def paired_line(relation: str, pairs: Sequence[Pair], old: str, new: str, seed: int = SEED) -> str:
    """One printed line: the relation, both lifts, their difference and its interval."""
    low, high = paired_interval(pairs, seed=seed)
    before = pooled_lift([o for o, _ in pairs])
    after = pooled_lift([n for _, n in pairs])
    return (
        f"{relation:<12} folders={len(pairs)} extractor {old}: lift={before:.3f}  {new}: lift={after:.3f}"
        f"  difference={after - before:+.3f} [{low:+.3f}, {high:+.3f}]"
    )


def folder_pairs(out: Path, old: str, new: str) -> tuple[dict[str, list[Pair]], int]:
    """Per relation, the (old, new) counts of every folder cached for both versions, and how many
    folders were left out for lacking one of them."""
    from factcheck.corpus import load_corpus
    from factcheck.pipeline import link_again

    pairs: dict[str, list[Pair]] = {r: [] for r in RELATIONS}
    missing = 0
    folders = sorted(p for split in fnc_lift.SPLITS for p in (out / "folders" / split).glob("*") if p.is_dir())
    for folder in folders:
        articles = load_corpus([folder]).articles
        paths = [fnc_lift._cache_path(out / "cache", folder, articles, v) for v in (old, new)]
        if not all(p.is_file() for p in paths):
            missing += 1
            continue
        counts = []
        for path in paths:
            with path.open("rb") as f:
                ex = link_again(articles, pickle.load(f))
            links = ((lk.source, lk.target, lk.relation) for lk in ex.links)
            counts.append(fnc_lift.folder_counts({c.id: c.article for c in ex.claims}, links))
        for relation in RELATIONS:
            pairs[relation].append((counts[0][relation], counts[1][relation]))
    return pairs, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the --out folder of bench/fnc_lift.py (folders/ and cache/)")
    parser.add_argument("--against", required=True, help="the earlier extractor version to compare with")
    parser.add_argument("--new", help="the later extractor version (default: today's)")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the bootstrap")
    args = parser.parse_args(argv)
    from factcheck.versions import EXTRACTOR_VERSION

    new = args.new or EXTRACTOR_VERSION
    if not (args.out / "folders").is_dir() or not (args.out / "cache").is_dir():
        print(f"fnc_paired: {args.out}: no folders/ and cache/ here (run bench/fnc_lift.py --out)", file=sys.stderr)
        return 2
    pairs, missing = folder_pairs(args.out, args.against, new)
    if not pairs[RELATIONS[0]]:
        print(
            f"fnc_paired: {args.out}: no folder is cached for both extractor {args.against} and {new}"
            " (run bench/fnc_lift.py with each)",
            file=sys.stderr,
        )
        return 2
    for relation in RELATIONS:
        print(paired_line(relation, pairs[relation], args.against, new, args.seed), flush=True)
    if missing:
        print(f"({missing} folders cached for only one version, left out)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
