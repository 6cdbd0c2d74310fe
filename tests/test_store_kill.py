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

from factcheck.store import Store, StoreLocked
from factcheck.store.cache import folding_path, journal_path

KILL_ROUNDS = int(os.environ.get("FACTCHECK_KILL_ROUNDS", "200"))  # each a real SIGKILL; 200 take 30-40 s on 2 cores
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

# A fork server: it imports the store once, then forks one writer per round on request, so that a
# round costs a fork (about a millisecond) instead of an interpreter start and the imports (about
# 0.15 s, most of a round's time). Each writer is a process of its own, killed by the test with a
# real SIGKILL; the server reaps it and reports how it died.
#
# The writer announces each file-system step before taking it ("fsync", "replace", ...), so that
# the parent, killing it after a random number of lines, lands between any two steps of a journal
# append, of the rotation of the journal at the start of a fold, or of the fold's own thread
# (which announces its steps too, as "fold:<step>"), and not only between key presses.
#
# Protocol, one line each way. Test -> server (stdin): "fork <db> <round> <seed> <fold_every>",
# "reap <pid>". Server and writers -> test (one shared stdout pipe): the writer's first line
# "child <pid>", then its steps and "saved <claim> <label>"; after a reap, the server's
# "reaped <pid> <signal>" (written after waitpid, so after every line the dead writer wrote).
# A writer that fails says "failed <error>" and exits.
FORK_SERVER = """
import os, random, sys, threading, traceback
from pathlib import Path
from factcheck.model import LABELS, Correction, Session
from factcheck.store import Store

STEPS = ("open", "write", "fdatasync", "fsync", "link", "rename", "replace", "ftruncate", "unlink")
os_write = os.write

def writer(db, round_, seed, fold_every):
    lock = threading.Lock()

    def say(text):
        with lock:  # one write per line: the fold's thread and the key presses never mix within a line
            os_write(1, (text + "\\n").encode())

    def announced(name, step):
        def call(*args, **kwargs):
            say(name if threading.current_thread() is threading.main_thread() else "fold:" + name)
            return step(*args, **kwargs)
        return call

    say(f"child {os.getpid()}")
    for name in STEPS:
        setattr(os, name, announced(name, getattr(os, name)))
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
        if n % 3 == 2:  # a correction now and then, stored like a verdict
            store.record_edits("s", [Correction("side", claim, f"side {n}")], analyst="kill")
            say(f"edited {claim}")

for command in sys.stdin:
    verb, *args = command.split()
    if verb == "fork":
        if os.fork() == 0:
            try:
                writer(Path(args[0]), int(args[1]), int(args[2]), int(args[3]))
            except BaseException as exc:
                os_write(1, ("failed " + repr(exc) + " " + repr(traceback.format_exc()) + "\\n").encode())
            os._exit(1)
    elif verb == "reap":
        _, status = os.waitpid(int(args[0]), 0)
        killed_by = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1
        os_write(1, f"reaped {args[0]} {killed_by}\\n".encode())
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


class ForkServer:
    """The test's end of FORK_SERVER: fork a writer, read its lines, SIGKILL it, collect the rest."""

    def __init__(self) -> None:
        self.process = spawn(FORK_SERVER)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin = self.process.stdin
        self.stdout = self.process.stdout

    def readline(self) -> str:
        line = self.stdout.readline()
        if not line or line.startswith("failed "):
            self.process.kill()
            _, err = self.process.communicate()
            pytest.fail(f"writer said {line!r}; fork server's stderr:\n{err}")
        return line.rstrip("\n")

    def fork(self, *args: object) -> int:
        """Start a writer; its pid, from its first line."""
        self.stdin.write(" ".join(["fork", *map(str, args)]) + "\n")
        self.stdin.flush()
        verb, pid = self.readline().split()
        assert verb == "child"
        return int(pid)

    def kill(self, pid: int) -> tuple[int, list[str]]:
        """SIGKILL the writer; (the signal it died of, the lines it wrote that were not read yet)."""
        os.kill(pid, signal.SIGKILL)
        self.stdin.write(f"reap {pid}\n")
        self.stdin.flush()
        rest = []
        while not (line := self.readline()).startswith(f"reaped {pid} "):
            rest.append(line)
        return int(line.split()[2]), rest

    def close(self) -> None:
        self.process.communicate("")


def test_sigkill_at_random_moments_never_loses_a_saved_verdict(tmp_path: Path) -> None:
    """Every verdict and edit the child reported saved (printed after the call returned) survives a SIGKILL."""
    db = tmp_path / "data" / "factcheck.json"
    rng = random.Random(KILL_SEED)
    expected: dict[str, str] = {}
    edited: set[str] = set()
    folding = folding_path(journal_path(db))
    during_fold = 0  # rounds killed while a fold was under way (its segment still there)
    server = ForkServer()
    try:
        for round_ in range(KILL_ROUNDS):
            fold_every = rng.choice([1, 2, 5, 1000])  # 1: a fold at every key press
            pid = server.fork(db, round_, rng.randrange(1 << 30), fold_every)
            lines = [server.readline() for _ in range(rng.randint(1, 120))]
            killed_by, rest = server.kill(pid)
            assert killed_by == signal.SIGKILL
            # lines printed before the kill but read after it count too: they were saved all the same
            for line in [*lines, *rest]:
                if line.startswith("saved "):
                    _, claim, label = line.split()
                    expected[claim] = label
                elif line.startswith("edited "):
                    edited.add(line.split()[1])

            if db.exists() or expected:  # (killed before the very first database write: no file yet)
                json.loads(db.read_text(encoding="utf-8"))  # a valid database file at every moment
            during_fold += folding.exists()
            with Store.open(db) as store:
                verdicts = store.verdicts("s")
                missing = sorted(set(expected) - set(verdicts))
                assert not missing, f"round {round_}: lost {missing[:5]} (fold_every={fold_every})"
                assert {claim: verdicts[claim].label for claim in expected} == expected
                assert len(store.history("s")) == len(verdicts)  # one change per claim, none applied twice
                edits = store.edits("s")
                lost_edits = sorted(edited - {e.target for e in edits})
                assert not lost_edits, f"round {round_}: lost edits of {lost_edits[:5]} (fold_every={fold_every})"
                assert len({e.target for e in edits}) == len(edits)  # none applied twice
                seqs = [e.seq for e in store.history("s")] + [e.seq for e in edits]
                assert len(set(seqs)) == len(seqs)  # verdicts and edits share one sequence (one undo stack)
                assert store.warnings == []
            assert journal_path(db).stat().st_size == 0 and not folding.exists()
            assert not [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    finally:
        server.close()
    assert server.process.returncode == 0
    assert len(expected) > KILL_ROUNDS and len(edited) > KILL_ROUNDS // 4  # the children did get work done
    print(f"{during_fold} of {KILL_ROUNDS} kills landed during a fold")  # shown with pytest -s
    assert during_fold > 0, "no kill landed during a background fold"
