"""Linking at scale: seconds and peak memory for linking 1k, 5k and 20k claims (budget: 20k in ≤ 10 s, ≤ 1 GiB).

The corpus is synthetic but shaped like the sample: the sample's claims (extracted once with
spaCy) are copied as if many more outlets had reported the same event, each copy with its own
article names, numbers varied by up to ±50 %, a share of its speakers and person names
renamed, and a few words of its own. That is the hard case for the index: one event, so the
disputed place and the parties are in most claims. Each size is linked in a fresh process and
its peak resident memory while linking is read from the kernel (peak MiB: the whole process,
with the interpreter, numpy and the claims; link MiB: what linking added to it). The child
never imports spaCy. "cpu s" is the process's CPU time (BLAS may use both cores).

    python bench/link_bench.py                  # 1000 5000 20000, the default install's backend (static)
    python bench/link_bench.py --lexical        # word overlap only (FACTCHECK_SIMILARITY=lexical)
    python bench/link_bench.py 2000 --semantic  # the semantic backend, if installed
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _tag(k: int) -> str:
    """A short alphabetic tag for copy k (names get it appended, so they stay words)."""
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        out = _LETTERS[r] + out
    return out


def sample_claims(path: Path) -> None:
    """Extract the sample's claims (with features) into a JSON file; this part needs spaCy."""
    from factcheck.corpus import load_corpus
    from factcheck.extract.claims import extract_claims
    from factcheck.locations import seeds_dir

    claims = extract_claims(load_corpus([seeds_dir()]).articles)
    path.write_text(json.dumps([c.to_json(with_features=True) for c in claims]), encoding="utf-8")


def synthetic_claims(base: list[dict[str, Any]], n: int, seed: int = 7) -> list[Any]:
    """`n` claims copied from `base`, one copy per batch of outlets, names and numbers varied."""
    from factcheck.model import Claim

    rng = random.Random(seed)
    out: list[Claim] = []
    copy = 0
    while len(out) < n:
        tag = _tag(copy)
        renamed = {}
        for data in base:
            if len(out) >= n:
                break
            item = json.loads(json.dumps(data))
            item["id"] = f"c-{len(out):012x}"
            item["article"] = f"{copy:05d}_{data['article']}"
            speaker = item.get("speaker")
            if speaker and rng.random() < 0.6:
                item["speaker"] = renamed.setdefault(speaker, f"{speaker} {tag}")
            features = item.get("features") or {}
            for entry in features.get("numbers", []):
                if entry and isinstance(entry[0], (int, float)) and rng.random() < 0.5:
                    entry[0] = round(entry[0] * rng.uniform(0.5, 1.5), 1)
            people = {t.lower() for text, label in features.get("entities", []) if label == "PERSON"
                      for t in text.split()}
            features["entities"] = [
                [f"{text} {tag}" if label == "PERSON" else text, label] for text, label in features.get("entities", [])
            ]
            for key in ("lemmas", "content_lemmas"):
                words = [w + tag if w in people else w for w in features.get(key, [])]
                words.append(f"word{rng.randrange(5000)}")  # each outlet words things its own way
                features[key] = words
            out.append(Claim.from_json(item))
        copy += 1
    return out


def _rss_kib(field: str) -> int:
    """A memory figure of this process from /proc (KiB), 0 where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> None:
    """Start the kernel's peak-memory count afresh, so that it measures linking alone."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def child(n: int, claims_path: Path) -> dict[str, Any]:
    """Build `n` claims and link them; report seconds and peak memory (this process never loads spaCy)."""
    from factcheck.link import link_claims, similarity_backend

    base = json.loads(claims_path.read_text(encoding="utf-8"))
    claims = synthetic_claims(base, n)
    del base
    before = _rss_kib("VmRSS")
    _reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    links = link_claims(claims)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _rss_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    competing = sum(1 for lk in links if lk.relation == "competes")
    return {
        "claims": len(claims),
        "backend": similarity_backend(),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mib": round(peak / 1024, 1),
        "link_mib": round((peak - before) / 1024, 1),
        "links": len(links),
        "links_per_claim": round(2 * competing / max(1, len(claims)), 2),
        "spacy_loaded": "spacy" in sys.modules,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 20000])
    parser.add_argument("--semantic", action="store_true", help="use sentence embeddings if installed")
    parser.add_argument("--lexical", action="store_true", help="word overlap only, no embeddings")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--claims", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.claims)))
        return 0
    env = dict(os.environ)
    if args.lexical:
        env["FACTCHECK_SIMILARITY"] = "lexical"
    elif not args.semantic:
        env["FACTCHECK_SIMILARITY"] = "static"  # the default install's table, even where the extra is installed
    with tempfile.TemporaryDirectory() as tmp:
        claims_path = Path(tmp) / "sample_claims.json"
        sample_claims(claims_path)
        print(f"{'claims':>8} {'backend':>9} {'seconds':>8} {'cpu s':>7} {'peak MiB':>9} {'link MiB':>9} {'links':>7}")
        for size in args.sizes:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(size), "--claims", str(claims_path)],
                capture_output=True, text=True, env=env, check=True,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{r['claims']:>8} {r['backend']:>9} {r['seconds']:>8.2f} {r['cpu_seconds']:>7.2f} "
                f"{r['peak_mib']:>9.1f} {r['link_mib']:>9.1f} {r['links']:>7}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
