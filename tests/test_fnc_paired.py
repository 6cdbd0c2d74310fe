"""The paired FNC-1 comparison (`bench/fnc_paired.py`) on invented counts: the difference of two
extractor versions' pooled lifts over the same folders, its paired interval, and its refusal of a
folder that holds no cached run. No FNC text, no spaCy, no network."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


fl = _load("fnc_lift")
fp = _load("fnc_paired")


def test_the_difference_is_of_the_pooled_lifts_over_the_same_folders() -> None:
    """Old: 6 and 2 opposed of 10 links each, chance 0.5 → 8 / 10 = 0.8. New: 7 and 3 → 1.0."""
    old_a, old_b = fl.RelationCount(10, 6, 0.5), fl.RelationCount(10, 2, 0.5)
    new_a, new_b = fl.RelationCount(10, 7, 0.5), fl.RelationCount(10, 3, 0.5)
    assert fp.paired_difference([(old_a, new_a), (old_b, new_b)]) == pytest.approx(0.2)


def test_a_change_every_folder_shares_has_a_narrow_interval_where_the_lifts_alone_do_not() -> None:
    """Each folder gains one opposed link of ten. The folders' own lifts differ widely (1.6 and 0.4), so
    either version's lift alone has a wide interval; the paired difference is 0.2 in every resample."""
    pairs = [(fl.RelationCount(10, 8, 0.5), fl.RelationCount(10, 9, 0.5))]
    pairs += [(fl.RelationCount(10, 2, 0.5), fl.RelationCount(10, 3, 0.5))]
    low, high = fp.paired_interval(pairs, resamples=500, seed=7)
    assert (low, high) == (pytest.approx(0.2), pytest.approx(0.2))
    alone_low, alone_high = fl.bootstrap_interval([new for _, new in pairs], resamples=500, seed=7)
    assert alone_high - alone_low > 1.0
    assert all(math.isnan(x) for x in fp.paired_interval([]))


def test_the_line_names_both_versions_the_difference_and_its_interval() -> None:
    pairs = [(fl.RelationCount(10, 5, 0.5), fl.RelationCount(10, 6, 0.5))]
    line = fp.paired_line("competes", pairs, "115", "119")
    assert line.startswith("competes")
    assert "extractor 115: lift=1.000" in line and "119: lift=1.200" in line
    assert "difference=+0.200 [+0.200, +0.200]" in line


def test_a_folder_with_no_cached_runs_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fp.main([str(tmp_path), "--against", "100"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"fnc_paired: {tmp_path}") and "\n" not in err
    (tmp_path / "folders").mkdir()
    (tmp_path / "cache").mkdir()
    assert fp.main([str(tmp_path), "--against", "100", "--new", "101"]) == 2
    err = capsys.readouterr().err.strip()
    assert "no folder is cached for both extractor 100 and 101" in err and "\n" not in err
