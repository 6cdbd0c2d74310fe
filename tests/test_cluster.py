"""Extraction on a real Dask cluster (a scheduler and two workers on 127.0.0.1) prints what a local run prints.

Skipped when the optional `cluster` extra (dask[distributed]) is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cluster import ClusterError, parse_address

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
SEEDS = Path(__file__).parent.parent / "seeds"


def run_extract(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=180,
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a Dask scheduler with two single-threaded workers, all real processes on 127.0.0.1."""
    pytest.importorskip("distributed")
    from distributed import Client

    dask = Path(sys.executable).with_name("dask")
    if not dask.exists():
        pytest.skip("the dask command is not installed")
    tmp_path = tmp_path_factory.mktemp("cluster")
    file = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": tmp_path}
    started: list[subprocess.Popen[bytes]] = []
    try:
        command = [str(dask), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
        started.append(subprocess.Popen([*command, "--scheduler-file", str(file)], **quiet))  # type: ignore[call-overload]
        for _ in range(2):
            worker = [str(dask), "worker", "--scheduler-file", str(file), "--host", "127.0.0.1"]
            worker += ["--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--death-timeout", "60"]
            started.append(subprocess.Popen(worker, **quiet))  # type: ignore[call-overload]
        with Client(scheduler_file=str(file), timeout="60s") as client:  # waits for the file to appear
            client.wait_for_workers(2, timeout=120)
            address = client.scheduler.address
        yield address
    finally:
        for process in reversed(started):
            _stop(process)


@pytest.mark.slow
def test_cluster_output_is_identical_to_a_local_run(scheduler: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    shutil.copytree(SEEDS, corpus / "seeds")
    local = run_extract(str(corpus), "--format", "json", cwd=tmp_path)
    remote = run_extract(str(corpus), "--format", "json", "--cluster", scheduler, cwd=tmp_path)
    assert local.returncode == 0, local.stderr
    assert remote.returncode == 0, remote.stderr
    assert "Traceback" not in remote.stderr
    assert remote.stdout == local.stdout  # same claims, ids, sides, questions and links, byte for byte
    assert '"links": [\n    {' in local.stdout  # the comparison covers links, not an empty list


@pytest.mark.slow
def test_a_pipeline_missing_on_the_workers_is_one_line(scheduler: str, tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "orlek-dam.txt", tmp_path / "orlek-dam.txt")
    result = run_extract(str(tmp_path), "--cluster", scheduler, "--model", "no_such_pipeline_xyz", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "on a worker, spaCy pipeline 'no_such_pipeline_xyz'" in lines[0], result.stderr


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", 0)),
        ("local:4", (None, 4)),
        (" tls://sched.example:8786 ", ("tls://sched.example:8786", 0)),
    ],
)
def test_cluster_addresses(spec: str, expected: tuple[str | None, int]) -> None:
    address = parse_address(spec)
    assert (address.scheduler, address.local_workers) == expected


@pytest.mark.parametrize("spec", ["10.0.0.5:8786", "local:0", "local:x", "http://sched:8786", ""])
def test_bad_cluster_address_names_the_option(spec: str) -> None:
    with pytest.raises(ClusterError, match=r"^--cluster "):
        parse_address(spec)


def test_unreachable_scheduler_is_exit_2_naming_it(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("Dam holds\n\nThe dam on the Varen held on Monday, engineers said.\n")
    result = run_extract(str(tmp_path / "a.txt"), "--cluster", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "--cluster tcp://127.0.0.1:9: cannot reach the scheduler" in lines[0], result.stderr


def test_missing_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.cluster import connect

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    with pytest.raises(ClusterError, match=r"pip install 'factcheck\[cluster\]'"), connect("local:1"):
        pass
