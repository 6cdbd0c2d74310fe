"""A question's measure does not depend on the process's hash seed (a cluster's workers and a local run agree)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from factcheck.link.evidence import build_profiles
from factcheck.link.parties import build_parties
from factcheck.link.counts import measure_of
from factcheck.model import Claim

def claim(i, numbers):
    features = {"numbers": numbers, "content_lemmas": ["flood", "orsk"], "lemmas": ["flood", "orsk"]}
    return Claim(f"c-{i:012x}", f"a{i}.txt", 0, 10, "x" * 10, None, None, features=features)

claims = [
    claim(1, [[300.0, "house", "=", "flood"], [40.0, "boat", "=", "sink"]]),
    claim(2, [[250.0, "house", "=", "flood"], [45.0, "boat", "=", "sink"]]),
]
profiles = build_profiles(claims, build_parties(claims))
print(measure_of([0, 1], profiles))
"""


def test_tied_measures_are_chosen_by_name_in_every_process() -> None:
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True)
        seen.add(run.stdout.strip())
    # two counts given as often: the first by name
    assert seen == {"Measure(noun='boat', verb='sink', owner=None, span=None)"}
