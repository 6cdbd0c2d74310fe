"""Corrections in exports and imports: corrected speaker and side in the rows, an `edits` list, merged by import.

The claims are the invented port strike of `factcheck.synthetic.small_extraction`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app, register_optional_commands
from factcheck.export import ExportError
from factcheck.export.merge import merge_verdicts, read_verdicts_file
from factcheck.model import Correction, Extraction, Session
from factcheck.store import Store
from factcheck.synthetic import small_extraction


@pytest.fixture
def claims() -> Extraction:
    return small_extraction()


def make_db(path: Path, extraction: Extraction, analyst: str, corrections: list[Correction]) -> Path:
    """A database with the extraction cached (as a review leaves it), one verdict and the corrections."""
    c = extraction.claims
    with Store.open(path) as store:
        store.save_session(Session(name="port", corpus=["/corpus/port"], analyst=analyst, extraction_key="k1"))
        store.cache_extraction("k1", extraction)
        store.record_verdict("port", c[2].id, "disputed", analyst=analyst)
        for correction in corrections:
            store.record_edits("port", [correction], analyst=analyst)
    return path


def export(db: Path, out: Path, extraction: Extraction) -> dict:
    """`factcheck export --format json`: the cached (uncorrected) extraction, corrected by the export."""
    register_optional_commands()
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text())


def test_the_json_export_carries_the_corrected_side_and_the_edits(tmp_path: Path, claims: Extraction) -> None:
    c = claims.claims
    side = Correction("side", c[2].id, "Harbour Board", speaker="Piet Ruud")
    doc = export(make_db(tmp_path / "ana.json", claims, "ana", [side]), tmp_path / "out.json", claims)
    (row,) = doc["verdicts"]
    assert (row["claim"], row["speaker"], row["side"]) == (c[2].id, "Piet Ruud", "Harbour Board")
    assert doc["edits"] == [
        {
            "kind": "side",
            "target": c[2].id,
            "value": "Harbour Board",
            "analyst": "ana",
            "updated": doc["edits"][0]["updated"],
            "speaker": "Piet Ruud",
        }
    ]


def test_import_adds_their_edits_and_keeps_conflicting_ones_pending(tmp_path: Path, claims: Extraction) -> None:
    c = claims.claims
    theirs = [
        Correction("side", c[2].id, "Harbour Board"),
        Correction("reject-link", c[4].id, c[1].id),
        Correction("speaker", c[0].id, "Tom Vick"),
    ]
    exported = tmp_path / "bo-export.json"
    export(make_db(tmp_path / "bo.json", claims, "bo", theirs), exported, claims)
    mine = [Correction("side", c[2].id, "Port Office"), Correction("reject-link", c[1].id, c[4].id)]
    ours = make_db(tmp_path / "ana.json", claims, "ana", mine)
    with Store.open(ours) as store:
        report = merge_verdicts(store, read_verdicts_file(exported))
        assert [e.correction for e in report.edits.added] == [theirs[2]]
        assert [e.correction for e in report.edits.identical] == [theirs[1]]  # the same link, either way round
        assert [(m.value, t.correction.value) for m, t in report.edits.conflicts] == [("Port Office", "Harbour Board")]
        active = {(e.kind, e.value, e.analyst) for e in store.active_edits("port")}
        assert ("speaker", "Tom Vick", "bo") in active and ("side", "Port Office", "ana") in active
        (pending,) = store.pending_edits("port")
        assert (pending.value, pending.analyst, pending.source) == ("Harbour Board", "bo", "bo (bo-export.json)")
        again = merge_verdicts(store, read_verdicts_file(exported))  # importing twice adds nothing
        assert again.edits.added == [] and len(store.pending_edits("port")) == 1


def test_an_edit_of_theirs_dropped_once_is_not_raised_again_by_the_same_import(
    tmp_path: Path, claims: Extraction
) -> None:
    c = claims.claims
    exported = tmp_path / "bo-export.json"
    theirs = make_db(tmp_path / "bo.json", claims, "bo", [Correction("side", c[2].id, "Harbour Board")])
    export(theirs, exported, claims)
    ours = make_db(tmp_path / "ana.json", claims, "ana", [Correction("side", c[2].id, "Port Office")])
    with Store.open(ours) as store:
        merge_verdicts(store, read_verdicts_file(exported))
        (pending,) = store.pending_edits("port")
        store.withdraw_edit("port", pending.seq, analyst="ana")  # x on the o screen: dropped
        again = merge_verdicts(store, read_verdicts_file(exported))
        assert store.pending_edits("port") == [] and again.edits.conflicts == []
        assert [e.correction.value for e in again.edits.settled] == ["Harbour Board"]


def test_a_bad_edits_row_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "schema": "factcheck.verdicts/1",
                "session": {"name": "port"},
                "verdicts": [],
                "edits": [{"kind": "rename-all", "target": "x"}],
            }
        )
    )
    with pytest.raises(ExportError, match=r"bad.json: edit 1: kind 'rename-all'"):
        read_verdicts_file(bad)
    register_optional_commands()
    result = CliRunner().invoke(app, ["import", str(bad), "--db", str(tmp_path / "db.json")])
    assert result.exit_code == 2 and "edit 1" in result.output
    assert not (tmp_path / "db.json").exists()


def test_the_export_runs_the_linker_again_when_sides_were_corrected(
    tmp_path: Path, claims: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.pipeline
    from factcheck.model import Link

    c = claims.claims
    for claim in c:
        claim.features = {"lemmas": ["port"]}  # as extraction gives them
    seen: list[str | None] = []

    def fake_link_again(articles: list, linked: list) -> Extraction:
        seen.extend(x.side for x in linked)
        return Extraction(list(articles), linked, [Link(c[2].id, c[8].id, "competes", 0.9, "relinked")], "lexical")

    monkeypatch.setattr(factcheck.pipeline, "link_again", fake_link_again)
    side = Correction("side", c[2].id, "Harbour Board", speaker="Piet Ruud")
    doc = export(make_db(tmp_path / "ana.json", claims, "ana", [side]), tmp_path / "out.json", claims)
    assert "Harbour Board" in seen
    (row,) = doc["verdicts"]
    assert row["side"] == "Harbour Board" and row["competing"] == [c[8].id]
