"""The FNC-1 lift harness (`bench/fnc_lift.py`) on invented data: its arithmetic, its clusters, its
split and its refusal of the competition test set. No FNC text, no spaCy, no network."""

from __future__ import annotations

import csv
import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "fnc_lift.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fnc_lift", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fnc_lift"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


fl = _load()


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


# --- the arithmetic --------------------------------------------------------------------------------


def test_chance_rates_count_cross_article_claim_pairs() -> None:
    """agree_1: 2 claims, disagree_2: 1, discuss_3: 1 → 5 cross-article pairs (2·1 + 2·1 + 1·1):
    2 join agree and disagree; none join two articles of one label."""
    rates = fl.pair_rates({"agree_1.txt": 2, "disagree_2.txt": 1, "discuss_3.txt": 1})
    assert rates["competes"] == pytest.approx(2 / 5)
    assert rates["corroborates"] == 0.0
    # Two agreeing articles (1 and 2 claims) and a disagreeing one (1 claim): pairs 1·2 + 1·1 + 2·1 = 5,
    # opposed 3·1 = 3, same label (agree–agree) 2. Two discussing articles are not "same label".
    assert fl.pair_rates({"agree_1.txt": 1, "agree_2.txt": 2, "disagree_3.txt": 1}) == pytest.approx(
        {"competes": 3 / 5, "corroborates": 2 / 5}
    )
    assert fl.pair_rates({"discuss_1.txt": 3, "discuss_2.txt": 2})["corroborates"] == 0.0
    assert fl.pair_rates({"agree_1.txt": 4}) == {"competes": 0.0, "corroborates": 0.0}


def test_folder_counts_keep_cross_article_links_of_each_relation() -> None:
    claims = {"a1": "agree_1.txt", "a2": "agree_1.txt", "d1": "disagree_2.txt", "s1": "discuss_3.txt"}
    links = [
        ("a1", "d1", "competes"),  # opposed: a hit
        ("a2", "s1", "competes"),  # agree–discuss: counted, not a hit
        ("a1", "a2", "competes"),  # one article: not counted
        ("a1", "gone", "competes"),  # a claim not in the folder: not counted
        ("d1", "s1", "corroborates"),  # different labels: counted, not a hit
        ("a1", "d1", "same_as"),  # another relation: ignored
    ]
    counts = fl.folder_counts(claims, links)
    assert counts["competes"] == fl.RelationCount(links=2, hits=1, chance=pytest.approx(2 / 5))
    assert counts["corroborates"] == fl.RelationCount(links=1, hits=0, chance=0.0)


def test_pooled_lift_weights_each_folder_by_its_links() -> None:
    """Folder 1: 10 links, 6 opposed, chance 0.5 (expected 5). Folder 2: 2 links, 0 opposed, chance 0.25
    (expected 0.5). Pooled: 6 / 5.5. An unweighted mean of the folders' lifts (1.2 and 0) would be 0.6."""
    one = fl.RelationCount(links=10, hits=6, chance=0.5)
    two = fl.RelationCount(links=2, hits=0, chance=0.25)
    assert fl.pooled_lift([one, two]) == pytest.approx(6 / 5.5)
    assert fl.pooled_lift([one]) == pytest.approx(1.2)
    assert math.isnan(fl.pooled_lift([fl.RelationCount(0, 0, 0.5)]))


def test_bootstrap_interval_resamples_folders_with_a_fixed_seed() -> None:
    one = fl.RelationCount(links=10, hits=6, chance=0.5)  # lift 1.2 alone
    two = fl.RelationCount(links=10, hits=4, chance=0.5)  # lift 0.8 alone
    low, high = fl.bootstrap_interval([one, two], resamples=1000, seed=7)
    # Resamples are (1,1), (1,2) or (2,2): lifts 1.2, 1.0 and 0.8, each pair drawn 1/4, 1/2, 1/4 of the time.
    assert (low, high) == (pytest.approx(0.8), pytest.approx(1.2))
    assert fl.bootstrap_interval([one, two], resamples=1000, seed=7) == (low, high)
    # Every resample of identical folders gives the same lift.
    assert fl.bootstrap_interval([one, one, one]) == (pytest.approx(1.2), pytest.approx(1.2))
    assert all(math.isnan(x) for x in fl.bootstrap_interval([]))


def test_summary_line_names_the_split_and_both_relations() -> None:
    counts = {
        "competes": fl.RelationCount(links=10, hits=6, chance=0.5),
        "corroborates": fl.RelationCount(links=4, hits=2, chance=0.25),
    }
    line = fl.summary("dev", [fl.FolderResult("f1", "dev", 12, counts)])
    assert line == "dev   folders=1 competes=10 lift=1.200 [1.20, 1.20]  corroborates=4 lift=2.000 [2.00, 2.00]"


# --- clusters and the split ------------------------------------------------------------------------


ROWS = [
    ("Both sides", 1, "agree"),
    ("Both sides", 2, "disagree"),
    ("Both sides", 3, "discuss"),
    ("Both sides", 4, "unrelated"),
    ("Only agreeing", 1, "agree"),
    ("Only agreeing", 3, "discuss"),
    ("Only agreeing", 5, "agree"),
]


def test_clusters_keep_only_headlines_with_agreeing_and_disagreeing_bodies() -> None:
    clusters = fl.select_clusters(ROWS)
    assert [c.headline for c in clusters] == ["Both sides"]
    assert clusters[0].bodies == (("agree", 1), ("disagree", 2), ("discuss", 3))  # unrelated never picked
    assert clusters[0].split == fl.split_of("Both sides")


def test_clusters_pick_at_most_four_four_two_with_a_fixed_seed() -> None:
    rows = [("Many", i, "agree") for i in range(10)]
    rows += [("Many", i, "disagree") for i in range(10, 20)]
    rows += [("Many", i, "discuss") for i in range(20, 30)]
    rows += [("Many", 30, "agree"), ("Many", 30, "disagree")]  # two stances for one body: left out
    picked = fl.select_clusters(rows)[0].bodies
    labels = [label for label, _ in picked]
    assert labels.count("agree") == 4 and labels.count("disagree") == 4 and labels.count("discuss") == 2
    assert all(body != 30 for _, body in picked)
    assert fl.select_clusters(rows)[0].bodies == picked  # the same pick every run
    # A headline's pick does not depend on which other headlines are there (so --limit keeps it).
    assert next(c for c in fl.select_clusters(rows + ROWS) if c.headline == "Many").bodies == picked


def test_split_is_a_stable_hash_of_the_headline() -> None:
    headlines = [f"Invented headline number {i}" for i in range(400)]
    splits = [fl.split_of(h) for h in headlines]
    assert set(splits) == {"dev", "held"}
    assert 0.4 < splits.count("dev") / len(splits) < 0.6
    # sha256-based, so the same in every process and on every machine (Python's hash() is salted per process).
    assert fl.headline_key("Both sides").startswith("1650e36c52bb")
    assert [fl.split_of(h) for h in headlines[:6]] == ["dev", "held", "dev", "held", "held", "dev"]


def test_folder_holds_one_file_per_body_named_by_label(tmp_path: Path) -> None:
    cluster = fl.select_clusters(ROWS)[0]
    folder = fl.write_folder(cluster, {1: "Body one.", 2: "Body two.", 3: "   "}, tmp_path)
    assert folder is not None
    assert sorted(p.name for p in folder.iterdir()) == ["agree_1.txt", "disagree_2.txt"]  # blank body left out
    assert (folder / "agree_1.txt").read_text(encoding="utf-8") == "Body one."  # the body only, no headline
    assert fl.label_of("disagree_2.txt") == "disagree"


# --- refusing the test set and other data -----------------------------------------------------------


def _train(folder: Path) -> Path:
    _write_csv(folder / "train_stances.csv", ["Headline", "Body ID", "Stance"], [[h, b, s] for h, b, s in ROWS])
    _write_csv(folder / "train_bodies.csv", ["Body ID", "articleBody"], [[i, f"Invented body {i}."] for i in range(6)])
    return folder


@pytest.mark.parametrize("name", ["competition_test_stances.csv", "test_bodies.csv", "Stances_TEST.csv"])
def test_a_file_named_like_the_test_set_is_refused(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _train(tmp_path / "data")
    test_file = _write_csv(data / name, ["Headline", "Body ID", "Stance"], [["x", 1, "agree"]])
    assert fl.main([str(test_file), str(data / "train_bodies.csv"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert name in err and "test" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()  # nothing was run


def test_missing_or_foreign_data_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fl.main([str(tmp_path / "nowhere")]) == 2
    assert "nowhere: no such file or folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert fl.main([str(empty)]) == 2
    err = capsys.readouterr().err
    assert "train_stances.csv" in err and len(err.strip().splitlines()) == 1
    other = tmp_path / "other"
    _write_csv(other / "train_stances.csv", ["id", "text"], [[1, "x"]])
    _write_csv(other / "train_bodies.csv", ["Body ID", "articleBody"], [[1, "x"]])
    assert fl.main([str(other)]) == 2
    err = capsys.readouterr().err
    assert "not an FNC-1 train file" in err and len(err.strip().splitlines()) == 1


def test_train_files_are_read(tmp_path: Path) -> None:
    stances, bodies = fl.data_files([_train(tmp_path / "data")])
    assert fl.read_stances(stances) == ROWS
    assert fl.read_bodies(bodies)[2] == "Invented body 2."
    # The two files may be named in either order.
    assert fl.data_files([bodies, stances]) == (stances, bodies)
