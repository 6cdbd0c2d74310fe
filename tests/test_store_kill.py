"""The store across processes: the lock between them, a lock left by a killed one, and SIGKILL at random moments."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.journal import folding_path
from factcheck.locations import journal_path
from factcheck.store import Store, StoreLocked

KILL_ROUNDS = int(os.environ.get("FACTCHECK_KILL_ROUNDS", "30"))  # 200 for a soak run (~90 s)
KILL_SEED = 20240917

HOLDER = """
import sys
from pathlib import Path
from factcheck.store import Store
store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.read()
store.close()
"""

# The child announces each file-system step before taking it ("fsync", "replace", ...), so that
# the parent, killing it after a random number of lines, lands between any two steps of a journal
# append, of the rotation of the journal at the start of a fold, or of the fold's own thread
# (which announces its steps too, as "fold:<step>"), and not only between key presses.
WRITER = """
import os, random, sys, threading
from pathlib import Path

lock = threading.Lock()

def say(text):
    with lock:  # one write per line: the fold's thread and the key presses never mix within a line
        sys.stdout.write(text + "\\n")
        sys.stdout.flush()

def announced(name, step):
    def call(*args, **kwargs):
        say(name if threading.current_thread() is threading.main_thread() else "fold:" + name)
        return step(*args, **kwargs)
    return call

for name in ("open", "write", "fdatasync", "fsync", "link", "rename", "replace", "ftruncate", "unlink"):
    setattr(os, name, announced(name, getattr(os, name)))

from factcheck.model import LABELS, Session
from factcheck.store import Store
db, round_, seed, fold_every = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
store = Store.open(db, fold_every=fold_every)
if store.get_session("s") is None:
    store.save_session(Session("s", ["corpus/"]))
for n in range(100_000):
    claim = f"c-{round_:04d}{n:08x}"
    label = rng.choice(LABELS)
    store.record_verdict("s", claim, label, analyst="kill", note=f"note {n}")
    store.set_position("s", claim, {"n": n})
    say(f"saved {claim} {label}")
"""


def spawn(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdout is not None
    got = child.stdout.readline().strip()
    if got != line:
        child.kill()
        _, err = child.communicate()
        pytest.fail(f"child said {got!r}, expected {line!r}; stderr:\n{err}")


def test_a_database_open_in_another_process_is_refused_with_its_pid(tmp_path: Path) -> None:
    db = tmp_path / "data" / "factcheck.json"
    holder = spawn(HOLDER, db)
    try:
        wait_for(holder, "ready")
        with pytest.raises(StoreLocked) as refused:
            Store.open(db)
        assert str(refused.value) == (f"{db}: database in use by another factcheck (pid {holder.pid}); close it first")
        with Store.open(db, readonly=True) as reader:  # `factcheck sessions` while the app runs
            assert reader.sessions() == []
    finally:
        holder.communicate("")
    assert holder.returncode == 0
    Store.open(db).close()


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    db = tmp_path / "factcheck.json"
    holder = spawn(HOLDER, db)
    wait_for(holder, "ready")
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert holder.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        assert store.sessions() == []


def test_sigkill_at_random_moments_never_loses_a_saved_verdict(tmp_path: Path) -> None:
    """Every verdict the child reported saved (printed after record_verdict returned) survives a SIGKILL."""
    db = tmp_path / "data" / "factcheck.json"
    rng = random.Random(KILL_SEED)
    expected: dict[str, str] = {}
    folding = folding_path(journal_path(db))
    during_fold = 0  # rounds killed while a fold was under way (its segment still there)
    for round_ in range(KILL_ROUNDS):
        fold_every = rng.choice([1, 2, 5, 1000])  # 1: a fold at every key press
        child = spawn(WRITER, db, round_, rng.randrange(1 << 30), fold_every)
        assert child.stdout is not None
        lines = [child.stdout.readline() for _ in range(rng.randint(1, 120))]
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        # lines printed before the kill but read after it count too: they were saved all the same
        for line in [*lines, *rest.splitlines()]:
            if line.startswith("saved "):
                _, claim, label = line.split()
                expected[claim] = label

        if db.exists() or expected:  # (killed before the very first database write: no file yet)
            json.loads(db.read_text(encoding="utf-8"))  # a valid database file at every moment
        during_fold += folding.exists()
        with Store.open(db) as store:
            verdicts = store.verdicts("s")
            missing = sorted(set(expected) - set(verdicts))
            assert not missing, f"round {round_}: lost {missing[:5]} (fold_every={fold_every})"
            assert {claim: verdicts[claim].label for claim in expected} == expected
            assert len(store.history("s")) == len(verdicts)  # one change per claim, none applied twice
            assert store.warnings == []
        assert journal_path(db).stat().st_size == 0 and not folding.exists()
        assert not [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(expected) > KILL_ROUNDS  # the children did get work done
    print(f"{during_fold} of {KILL_ROUNDS} kills landed during a fold")  # shown with pytest -s
    assert during_fold > 0, "no kill landed during a background fold"
