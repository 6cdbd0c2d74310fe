"""Lift on the FNC-1 stance benchmark: do "competes" links join an agreeing and a disagreeing article
more often than chance, and "corroborates" links two articles of the same label?

Run: python bench/fnc_lift.py DATA [--limit N] [--out DIR] [--reextract]

DATA is a folder holding FNC-1's `train_stances.csv` and `train_bodies.csv` (or those two files
named), kept outside the repo: no FNC text is ever committed. Only the TRAIN split is used. The
competition test set (`competition_test_*.csv`, `test_*.csv`) is never read, exported, opened or
tuned on: any path given, or file to be read, whose name contains "test" is refused (exit status 2,
a one-line message naming it), as is a missing path or a file that is not an FNC train file.

FNC rows are (headline, body, stance: agree / disagree / discuss / unrelated). Every headline whose
bodies include at least one `agree` and one `disagree` becomes a folder of `.txt` articles: up to 4
agreeing, 4 disagreeing and 2 discussing bodies, picked with a seed fixed per headline, each file
`<label>_<bodyid>.txt` holding the body only (the shared headline would link everything). A stable
hash of the headline (sha256, not Python's `hash`) splits the headlines into `dev` (about half) and
`held`. Each folder is extracted and linked in-process as the program does (`factcheck.pipeline`);
its extracted claims are cached (pickle, keyed by the extractor version and the folder's files)
under `OUT/cache`, and every run links them again (`link_again`), so a change to linking alone is
measured in seconds. `--reextract` ignores the cache.

Lift for competes: among competes links between claims of two different articles, the share that
join an `agree` and a `disagree` article, over the same share among all cross-article claim pairs of
that folder (chance). Pooled over folders, each weighted by its number of links: the sum of the
folders' opposing links over the sum of (links × chance rate). Corroborates likewise with "same
label" (agree–agree or disagree–disagree). The interval is a 90% bootstrap over folders (1000
resamples, fixed seed). This needs external data, so `bench/run.py` does not run it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import pickle
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STANCES = "train_stances.csv"
BODIES = "train_bodies.csv"
LABELS = ("agree", "disagree", "discuss", "unrelated")
PICK = {"agree": 4, "disagree": 4, "discuss": 2}  # bodies per headline and label
SEED = 7
BOOTSTRAP = 1000
LEVEL = 0.90
SPLITS = ("dev", "held")
RELATIONS = ("competes", "corroborates")


class DataError(Exception):
    """The data cannot be used; str() is a one-line message naming the path (exit status 2)."""


@dataclass(frozen=True)
class Cluster:
    """One headline's folder: its stable key, split, and the (label, body id) pairs picked for it."""

    headline: str
    key: str
    split: str
    bodies: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class RelationCount:
    """One folder's links of one relation: how many join claims of two articles, how many of those
    join the pair kind measured (opposed, or same label), and that kind's share of all cross-article
    claim pairs (chance)."""

    links: int
    hits: int
    chance: float


@dataclass(frozen=True)
class FolderResult:
    """What one folder contributes to each relation's lift."""

    name: str
    split: str
    claims: int
    counts: dict[str, RelationCount]


# --- the data: refusing the test set, reading the train files ---------------------------------------


def refuse_test(path: Path) -> None:
    """Raise DataError if the file or folder name contains "test": the competition test set is never read."""
    if "test" in path.name.lower():
        raise DataError(f"{path}: refused, the name contains 'test' (the FNC-1 test set is never read)")


def data_files(paths: Sequence[Path]) -> tuple[Path, Path]:
    """The train stances and bodies files: from one folder holding both, or the two files named."""
    for path in paths:
        refuse_test(path)
        if not path.exists():
            raise DataError(f"{path}: no such file or folder")
    if len(paths) == 1 and paths[0].is_dir():
        stances, bodies = paths[0] / STANCES, paths[0] / BODIES
    elif len(paths) == 2 and all(p.is_file() for p in paths):
        stances, bodies = paths if _header(paths[0])[:1] == ["Headline"] else (paths[1], paths[0])
    else:
        raise DataError(
            f"{' '.join(map(str, paths))}: give a folder holding {STANCES} and {BODIES}, or those two files"
        )
    for path, wanted in ((stances, ["Headline", "Body ID", "Stance"]), (bodies, ["Body ID", "articleBody"])):
        refuse_test(path)
        if not path.is_file():
            raise DataError(f"{path}: no such file (FNC-1 train data expected)")
        if _header(path) != wanted:
            raise DataError(f"{path}: not an FNC-1 train file (expected the columns {', '.join(wanted)})")
    return stances, bodies


def _header(path: Path) -> list[str]:
    """The first CSV row of a file, [] when it cannot be read as UTF-8 CSV."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return next(csv.reader(f), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def read_stances(path: Path) -> list[tuple[str, int, str]]:
    """The (headline, body id, stance) rows of a stances file."""
    refuse_test(path)
    rows: list[tuple[str, int, str]] = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            stance = (row.get("Stance") or "").strip()
            try:
                body = int(row.get("Body ID") or "")
            except ValueError:
                raise DataError(f"{path}: line {n}: no body id, not an FNC-1 train file") from None
            if stance not in LABELS:
                raise DataError(f"{path}: line {n}: stance {stance!r} is not one of {', '.join(LABELS)}")
            rows.append((row.get("Headline") or "", body, stance))
    if not rows:
        raise DataError(f"{path}: no stance rows")
    return rows


def read_bodies(path: Path) -> dict[int, str]:
    """Body id → article text of a bodies file."""
    refuse_test(path)
    out: dict[int, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            try:
                out[int(row.get("Body ID") or "")] = row.get("articleBody") or ""
            except ValueError:
                raise DataError(f"{path}: line {n}: no body id, not an FNC-1 train file") from None
    return out


# --- clusters and the split ------------------------------------------------------------------------


def headline_key(headline: str) -> str:
    """A stable key for a headline (sha256 of its UTF-8 text): the same on every machine and run."""
    return hashlib.sha256(headline.encode("utf-8")).hexdigest()


def split_of(headline: str) -> str:
    """`dev` or `held`, by the headline's stable hash (about half each)."""
    return SPLITS[int(headline_key(headline)[:8], 16) % 2]


def select_clusters(rows: Iterable[tuple[str, int, str]], seed: int = SEED) -> list[Cluster]:
    """The headlines with at least one agreeing and one disagreeing body, each with its bodies picked.

    Up to PICK[label] bodies of each label, sampled from the sorted body ids with a generator seeded
    by `seed` and the headline, so a headline's pick does not depend on the others (nor on --limit).
    A body given two stances for one headline is left out. Sorted by key, so the order is stable.
    """
    stances: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for headline, body, stance in rows:
        stances[headline][body].add(stance)
    clusters: list[Cluster] = []
    for headline, bodies in stances.items():
        by_label: dict[str, list[int]] = defaultdict(list)
        for body, labels in sorted(bodies.items()):
            if len(labels) == 1:
                by_label[next(iter(labels))].append(body)
        if not by_label["agree"] or not by_label["disagree"]:
            continue
        rng = random.Random(f"{seed}:{headline_key(headline)}")
        picked = tuple(
            (label, body)
            for label, most in PICK.items()
            for body in sorted(rng.sample(by_label[label], min(most, len(by_label[label]))))
        )
        clusters.append(Cluster(headline, headline_key(headline), split_of(headline), picked))
    return sorted(clusters, key=lambda c: c.key)


def label_of(file_name: str) -> str:
    """The stance label of an article file named `<label>_<bodyid>.txt`."""
    return Path(file_name).name.split("_", 1)[0]


def write_folder(cluster: Cluster, bodies: Mapping[int, str], root: Path) -> Path | None:
    """The cluster's folder of body texts under `root/<split>/`, None when no body has text.

    Files are rewritten only when their text changed, so the extraction cache stays valid."""
    folder = root / cluster.split / cluster.key[:12]
    folder.mkdir(parents=True, exist_ok=True)
    wrote = False
    for label, body in cluster.bodies:
        text = bodies.get(body, "")
        if not text.strip():
            continue
        path = folder / f"{label}_{body}.txt"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        wrote = True
    return folder if wrote else None


# --- the arithmetic --------------------------------------------------------------------------------


def pair_rates(claims_per_article: Mapping[str, int]) -> dict[str, float]:
    """Per relation, the share of all cross-article claim pairs joining the kind it is measured on.

    `claims_per_article` maps article file names (`<label>_<id>.txt`) to their number of claims.
    competes: one `agree` and one `disagree` article; corroborates: two articles of the same label
    (agree–agree or disagree–disagree). 0 for both when there is no cross-article pair."""
    sizes = [n for n in claims_per_article.values() if n > 0]
    total = (sum(sizes) ** 2 - sum(n * n for n in sizes)) / 2
    if total <= 0:
        return {"competes": 0.0, "corroborates": 0.0}
    per_label: dict[str, list[int]] = defaultdict(list)
    for article, n in claims_per_article.items():
        per_label[label_of(article)].append(n)
    opposed = sum(per_label["agree"]) * sum(per_label["disagree"])
    same = sum((sum(ns) ** 2 - sum(n * n for n in ns)) / 2 for label, ns in per_label.items() if label != "discuss")
    return {"competes": opposed / total, "corroborates": same / total}


def is_hit(relation: str, a: str, b: str) -> bool:
    """Whether a link of `relation` between articles `a` and `b` joins the kind measured for it."""
    la, lb = label_of(a), label_of(b)
    if relation == "competes":
        return {la, lb} == {"agree", "disagree"}
    return la == lb and la in ("agree", "disagree")


def folder_counts(claim_articles: Mapping[str, str], links: Iterable[tuple[str, str, str]]) -> dict[str, RelationCount]:
    """Per relation, one folder's cross-article links, its hits and the chance rate.

    `claim_articles` maps claim ids to their article file names; `links` are (source, target,
    relation). Links within one article, or to a claim not in the map, are not counted."""
    per_article: dict[str, int] = defaultdict(int)
    for article in claim_articles.values():
        per_article[article] += 1
    rates = pair_rates(per_article)
    links_n = dict.fromkeys(RELATIONS, 0)
    hits = dict.fromkeys(RELATIONS, 0)
    for source, target, relation in links:
        a, b = claim_articles.get(source), claim_articles.get(target)
        if relation not in links_n or a is None or b is None or a == b:
            continue
        links_n[relation] += 1
        hits[relation] += is_hit(relation, a, b)
    return {r: RelationCount(links_n[r], hits[r], rates[r]) for r in RELATIONS}


def pooled_lift(counts: Sequence[RelationCount]) -> float:
    """Σ hits / Σ (links × chance) over folders: lift with each folder weighted by its links (nan if none)."""
    expected = sum(c.links * c.chance for c in counts)
    return sum(c.hits for c in counts) / expected if expected > 0 else math.nan


def bootstrap_interval(
    counts: Sequence[RelationCount], resamples: int = BOOTSTRAP, seed: int = SEED, level: float = LEVEL
) -> tuple[float, float]:
    """The `level` percentile interval of the pooled lift, resampling folders with replacement."""
    if not counts:
        return math.nan, math.nan
    rng = random.Random(seed)
    lifts = sorted(
        lift
        for lift in (pooled_lift(rng.choices(counts, k=len(counts))) for _ in range(resamples))
        if not math.isnan(lift)
    )
    if not lifts:
        return math.nan, math.nan
    tail = (1 - level) / 2
    return _percentile(lifts, tail), _percentile(lifts, 1 - tail)


def _percentile(ordered: Sequence[float], q: float) -> float:
    """The q-quantile of sorted values, interpolating linearly between neighbours."""
    at = q * (len(ordered) - 1)
    low = math.floor(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def summary(name: str, folders: Sequence[FolderResult], resamples: int = BOOTSTRAP, seed: int = SEED) -> str:
    """One printed line: the folders, then per relation its links, pooled lift and bootstrap interval."""
    parts = [f"{name:<5} folders={len(folders)}"]
    for relation in RELATIONS:
        counts = [f.counts[relation] for f in folders]
        low, high = bootstrap_interval(counts, resamples, seed)
        parts.append(
            f"{relation}={sum(c.links for c in counts)} lift={pooled_lift(counts):.3f} [{low:.2f}, {high:.2f}]"
        )
    return parts[0] + " " + "  ".join(parts[1:])


# --- running the program on the folders --------------------------------------------------------------


def _cache_path(cache: Path, folder: Path, articles: Sequence[Any], version: str | None = None) -> Path:
    """Where a folder's extracted claims are cached: keyed by the extractor version (today's unless
    `version` names another, as `fnc_paired.py` asks) and its files."""
    from factcheck.corpus import corpus_fingerprint
    from factcheck.versions import EXTRACTOR_VERSION

    key = EXTRACTOR_VERSION if version is None else version
    digest = hashlib.sha256(f"x{key}\0{corpus_fingerprint(articles)}".encode()).hexdigest()
    return cache / f"{folder.name}-{digest[:16]}.pickle"


def run_folder(folder: Path, split: str, cache: Path, reextract: bool) -> tuple[FolderResult, bool, float]:
    """One folder extracted and linked (`analyse`), or its cached claims linked again (`link_again`):
    its result, whether the cache served it, and the seconds that took (the pickle read included)."""
    from factcheck.corpus import load_corpus
    from factcheck.pipeline import analyse, link_again

    articles = load_corpus([folder]).articles
    path = _cache_path(cache, folder, articles)
    started = time.perf_counter()
    cached = path.is_file() and not reextract
    if cached:
        with path.open("rb") as f:
            ex = link_again(articles, pickle.load(f))
    else:
        ex = analyse(articles)  # extraction and linking, as the program does them
        cache.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(ex.claims, f)
    seconds = time.perf_counter() - started
    counts = folder_counts(
        {c.id: c.article for c in ex.claims}, ((lk.source, lk.target, lk.relation) for lk in ex.links)
    )
    return FolderResult(folder.name, split, len(ex.claims), counts), cached, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="+", type=Path, help=f"a folder with {STANCES} and {BODIES}, or the two files")
    parser.add_argument("--out", type=Path, help="folders and cache (default: DATA/fnc_lift)")
    parser.add_argument("--limit", type=int, help="only the first N headlines of each split, for a quick run")
    parser.add_argument("--reextract", action="store_true", help="extract again, ignoring the cache")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the body picks and the bootstrap")
    args = parser.parse_args(argv)
    try:
        stances, bodies_path = data_files(args.data)
        rows = read_stances(stances)
        bodies = read_bodies(bodies_path)
    except DataError as e:
        print(f"fnc_lift: {e}", file=sys.stderr)
        return 2
    out: Path = args.out or stances.parent / "fnc_lift"
    clusters = select_clusters(rows, args.seed)
    chosen = [c for split in SPLITS for c in [c for c in clusters if c.split == split][: args.limit]]
    started = time.perf_counter()
    results: list[FolderResult] = []
    seconds = {True: 0.0, False: 0.0}  # relinking cached claims, analysing afresh
    cached = 0
    from factcheck.corpus import CorpusError
    from factcheck.link import similarity_backend
    from factcheck.versions import EXTRACTOR_VERSION, LINKER_VERSION

    for n, cluster in enumerate(chosen, start=1):
        folder = write_folder(cluster, bodies, out / "folders")
        if folder is None:
            print(f"fnc_lift: {cluster.key[:12]}: no body with text, skipped", file=sys.stderr)
            continue
        try:
            result, was_cached, took = run_folder(folder, cluster.split, out / "cache", args.reextract)
        except CorpusError as e:
            print(f"fnc_lift: {e}; skipped", file=sys.stderr)
            continue
        results.append(result)
        cached += was_cached
        seconds[was_cached] += took
        if n % 20 == 0:
            print(f"  {n}/{len(chosen)} folders, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    for split in SPLITS:
        print(summary(split, [r for r in results if r.split == split], seed=args.seed), flush=True)
    per_split = ", ".join(f"{s} {sum(c.split == s for c in clusters)}" for s in SPLITS)
    print(
        summary("FNC", results, seed=args.seed)
        + f"  | {len(rows)} rows, {len(clusters)} of {len({r[0] for r in rows})} headlines qualify ({per_split});"
        f" claims={sum(r.claims for r in results)} backend={similarity_backend()}"
        f" extractor={EXTRACTOR_VERSION} linker={LINKER_VERSION};"
        f" analysed {len(results) - cached} folders in {seconds[False]:.0f} s,"
        f" relinked {cached} cached in {seconds[True]:.0f} s; total {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
