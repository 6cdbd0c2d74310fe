"""Corrections on linked claims: one correction key press in the core, and the linker run again.

Run: python bench/correction_bench.py [--claims 10000] [--presses 60]

The claims are the sample's, extracted once with spaCy (features included) and copied with
names and numbers varied (`link_bench.synthetic_claims`), then linked: questions and tens of
thousands of links, as a real corpus of that size has (the UI bench's synthetic claims carry no
features and few links). Measured:

- a correction key press through `Review` (what the screen calls before redrawing): the edit
  journalled and fsynced, applied on top of the earlier ones, the claim view refreshed;
  alternately `r` (reject the claim's best link) and `s` (a side for every claim by the speaker);
- the linker run again on the corrected claims (`factcheck.relink.relink`), which the app does
  in a worker a second after the last correction of a speaker or side.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

BUDGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=60)
    args = parser.parse_args()

    import link_bench

    from factcheck.model import Session
    from factcheck.pipeline import link_again
    from factcheck.relink import relink
    from factcheck.session import Review
    from factcheck.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.json"
        link_bench.sample_claims(path)
        claims = link_bench.synthetic_claims(json.loads(path.read_text(encoding="utf-8")), args.claims)
        started = time.perf_counter()
        extraction = link_again([], claims)
        link_s = time.perf_counter() - started
        store = Store.open(Path(tmp) / "db.json")
        store.save_session(Session("bench", ["corpus/"]))
        session = store.get_session("bench")
        assert session is not None
        started = time.perf_counter()
        review = Review.open(store, session, "bench", extraction)
        open_ms = (time.perf_counter() - started) * 1000
        gc.freeze()  # as the app does once the review is open (`ui/app.py`): no full passes over the claims
        speakers = [c for c in extraction.claims if c.speaker]
        press_ms: list[float] = []
        for i, claim in enumerate(speakers[: args.presses]):
            started = time.perf_counter()
            if i % 2:
                review.correct_claim(claim.id, speaker=claim.speaker, side=f"Side {i}", every_claim_by_speaker=True)
            else:
                linked = review.view.related(claim.id, "competes") + review.view.related(claim.id, "corroborates")
                if linked:
                    review.reject_link(claim.id, linked[0].claim.id)
            press_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        relink(review.corrected)
        relink_s = time.perf_counter() - started
        store.close()
    ordered = sorted(press_ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"claims {len(extraction.claims):,}, links {len(extraction.links):,}, questions {len(extraction.questions):,}"
    )
    print(f"  linking (for scale)                        {link_s:.2f} s")
    print(f"  Review.open with no edits                  {open_ms:.0f} ms")
    print(
        f"  correction key press (r / s alternately)   median {statistics.median(press_ms):.1f} ms, "
        f"p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms (+ the screen's redraw, see ui_bench.py)"
    )
    print(f"  budget (p95)                               ≤ {BUDGET_MS:.0f} ms: {'OK' if p95 <= BUDGET_MS else 'OVER'}")
    print(f"  linker again on the corrected claims       {relink_s:.2f} s (in a worker, off the key press)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
