"""Every benchmark of DESIGN.md's budgets, one after the other: `python bench/run.py [--quick]`.

Each section is one benchmark script, printing its figures beside what they are compared
with (spaCy's own `nlp.pipe`, or the budget). `--quick` runs smaller sizes for a smoke check;
the README's table comes from a full run on an otherwise idle machine.

Not run here, as it needs external data: `python bench/fnc_lift.py DATA` (lift of competes and
corroborates links on the FNC-1 stance benchmark's train split; DATA holds its train files).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SECTIONS: list[tuple[str, list[str], list[str]]] = [
    # (title, full arguments, quick arguments)
    (
        "Extraction vs nlp.pipe (budget ≤ 1.3×)",
        ["extract_bench.py", "--articles", "500"],
        ["extract_bench.py", "--articles", "20"],
    ),
    ("Linking 1k / 5k / 20k claims (budget 20k ≤ 10 s, ≤ 1 GiB)", ["link_bench.py"], ["link_bench.py", "1000", "5000"]),
    (
        "Verdict store: one persisted key press (budget ≤ 20 ms at 10k)",
        ["store_bench.py"],
        ["store_bench.py", "--sizes", "1000", "10000", "--presses", "300"],
    ),
    (
        "Corrections on linked claims: one key press in the core (≤ 50 ms at 10k), the linker again",
        ["correction_bench.py"],
        ["correction_bench.py", "--claims", "2000", "--presses", "20"],
    ),
    (
        "Review app: resume (≤ 1 s, no spaCy), cursor moves, verdict keys, memory",
        ["ui_bench.py"],
        ["ui_bench.py", "--sizes", "10000", "--moves", "100", "--presses", "50"],
    ),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke check")
    parser.add_argument("--only", nargs="*", help="run only sections whose script name contains one of these")
    args = parser.parse_args()
    failed = 0
    for title, full, quick in SECTIONS:
        script_args = quick if args.quick else full
        if args.only and not any(word in script_args[0] for word in args.only):
            continue
        print(f"\n## {title}\n", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / script_args[0]), *script_args[1:]], check=False)
        print(f"({script_args[0]}: {time.perf_counter() - started:.0f} s)", flush=True)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
