"""`factcheck import`: another analyst's json export merged through the real Store, conflicts kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app, register_optional_commands
from factcheck.export import ExportError, write_export
from factcheck.export.merge import merge_verdicts, read_verdicts_file
from factcheck.model import VERDICTS_SCHEMA, Label, Session
from factcheck.store import Store

A, B, C, D = (f"c-{n:012x}" for n in range(1, 5))


def make_db(
    path: Path, verdicts: list[tuple[str, Label | None, str, str]], *, session: str = "port", owner: str = ""
) -> Path:
    """A database with one session and (claim, label, note, analyst) verdicts recorded through the Store."""
    with Store.open(path) as store:
        owner = owner or (verdicts[0][3] if verdicts else "alice")
        store.save_session(Session(name=session, corpus=["/corpus/port"], analyst=owner, org="Desk"))
        for claim, label, note, analyst in verdicts:
            store.record_verdict(session, claim, label, analyst=analyst, note=note)
    return path


def export_json(db: Path, out: Path, session: str = "port") -> Path:
    with Store.open(db, readonly=True) as store:
        written = write_export(store, session, "json", out)
    assert written == out
    return out


def snapshot(db: Path, session: str = "port") -> dict[str, tuple]:
    with Store.open(db, readonly=True) as store:
        return {c: (v.label, v.note, v.analyst) for c, v in store.verdicts(session).items()}


@pytest.fixture
def alice(tmp_path: Path) -> Path:
    return make_db(
        tmp_path / "alice.json",
        [
            (A, "disputed", 'Contradicted by "two" outlets,\nsee photos', "alice"),
            (B, "corroborated", "", "alice"),
            (C, "unverified", "single source", "alice"),
        ],
    )


def test_round_trip_into_a_fresh_database(tmp_path: Path, alice: Path) -> None:
    exported = export_json(alice, tmp_path / "alice-export.json")
    fresh = tmp_path / "fresh.json"
    with Store.open(fresh) as store:
        report = merge_verdicts(store, read_verdicts_file(exported))
        session = store.get_session("port")
    assert report.created_session and sorted(report.added) == [A, B, C]
    assert report.conflicts == [] and report.identical == []
    assert snapshot(fresh) == snapshot(alice)
    assert session is not None and session.corpus == ["/corpus/port"] and session.org == "Desk"
    # And the fresh database exports the same verdicts again.
    again = json.loads(export_json(fresh, tmp_path / "again.json").read_text())
    first = json.loads(exported.read_text())
    strip = [{k: v[k] for k in ("claim", "label", "note", "analyst")} for v in first["verdicts"]]
    assert sorted(strip, key=lambda v: v["claim"]) == sorted(
        ({k: v[k] for k in ("claim", "label", "note", "analyst")} for v in again["verdicts"]),
        key=lambda v: v["claim"],
    )


def test_conflicting_import_keeps_both(tmp_path: Path, alice: Path) -> None:
    bob = make_db(
        tmp_path / "bob.json",
        [
            (A, "disputed", 'Contradicted by "two" outlets,\nsee photos', "bob"),  # identical
            (B, "disputed", "the photos are old", "bob"),  # another label: conflict
            (C, "unverified", "", "bob"),  # same label, no note of his: nothing to merge
            (D, "corroborated", "", "bob"),  # new to alice
        ],
    )
    exported = export_json(bob, tmp_path / "bob-export.json")
    before = snapshot(alice)
    with Store.open(alice) as store:
        report = merge_verdicts(store, read_verdicts_file(exported))
        conflicts = store.conflicts("port")
    assert report.identical == [A, C]
    assert report.added == [D]
    assert [(ours and ours.label, theirs.label) for ours, theirs in report.conflicts] == [("corroborated", "disputed")]
    assert report.source == "bob (bob-export.json)"
    after = snapshot(alice)
    assert {k: v for k, v in after.items() if k != D} == before  # ours untouched
    assert after[D] == ("corroborated", "", "bob")
    assert len(conflicts) == 1
    ours, theirs, source = conflicts[0]
    assert ours is not None and ours.label == "corroborated" and ours.analyst == "alice"
    assert (theirs.claim, theirs.label, theirs.note, theirs.analyst) == (B, "disputed", "the photos are old", "bob")
    assert source == report.source


def test_reimport_is_idempotent(tmp_path: Path, alice: Path) -> None:
    bob = make_db(tmp_path / "bob.json", [(A, "corroborated", "", "bob")])
    exported = export_json(bob, tmp_path / "bob-export.json")
    with Store.open(alice) as store:
        first = merge_verdicts(store, read_verdicts_file(exported))
        second = merge_verdicts(store, read_verdicts_file(exported))
        assert len(store.conflicts("port")) == 1
    assert len(first.conflicts) == 1
    assert second.conflicts == [] and second.already_open == [A] and second.added == []
    # Bob's next export also holds a colleague's verdict: the conflict's source stays the same.
    with Store.open(bob) as store:
        store.record_verdict("port", D, "disputed", analyst="carol")
    export_json(bob, exported)
    with Store.open(alice) as store:
        third = merge_verdicts(store, read_verdicts_file(exported))
        assert len(store.conflicts("port")) == 1
    assert third.already_open == [A] and third.added == [D]


def test_a_conflict_settled_is_not_raised_again_by_the_same_verdict(tmp_path: Path, alice: Path) -> None:
    """Importing a colleague's growing export again used to reopen every conflict already settled."""
    bob = make_db(tmp_path / "bob.json", [(A, "corroborated", "", "bob")])
    exported = export_json(bob, tmp_path / "bob-export.json")
    with Store.open(alice) as store:
        merge_verdicts(store, read_verdicts_file(exported))
        store.resolve_conflict("port", A, choice="mine", analyst="alice")
        again = merge_verdicts(store, read_verdicts_file(exported))
        assert again.conflicts == [] and again.already_settled == [A] and store.conflicts("port") == []
    with Store.open(bob) as store:  # bob changes his mind: that is news, asked again
        store.record_verdict("port", A, "unverified", analyst="bob")
    export_json(bob, exported)
    with Store.open(alice) as store:
        changed = merge_verdicts(store, read_verdicts_file(exported))
        assert [theirs.label for _, theirs in changed.conflicts] == ["unverified"] and changed.already_settled == []
        assert [theirs.label for _, theirs, _ in store.conflicts("port")] == ["unverified"]


def test_notes_are_never_lost(tmp_path: Path) -> None:
    ours = make_db(
        tmp_path / "ours.json",
        [
            (A, "disputed", "", "alice"),  # theirs adds a note: a conflict to look at, not an overwrite
            (B, None, "our note on an unjudged claim", "alice"),  # theirs has another note: conflict
            (C, None, "same note", "alice"),  # theirs labels it with the same note: taken
        ],
    )
    theirs = make_db(
        tmp_path / "theirs.json",
        [
            (A, "disputed", "new evidence", "bob"),
            (B, "unverified", "their note", "bob"),
            (C, "disputed", "same note", "bob"),
        ],
    )
    exported = export_json(theirs, tmp_path / "theirs-export.json")
    with Store.open(ours) as store:
        report = merge_verdicts(store, read_verdicts_file(exported))
    assert sorted(t.claim for _, t in report.conflicts) == [A, B]
    assert report.added == [C]
    after = snapshot(ours)
    assert after[A] == ("disputed", "", "alice")
    assert after[B] == (None, "our note on an unjudged claim", "alice")
    assert after[C] == ("disputed", "same note", "bob")


def test_an_imported_verdict_keeps_the_other_analysts_time(tmp_path: Path) -> None:
    """The verdict and its history entry carry the time bob decided, not the time of the import."""
    bob = tmp_path / "bob.json"
    with Store.open(bob, clock=lambda: "2023-05-06T07:08:09.000Z") as store:
        store.save_session(Session(name="port", corpus=["/corpus/port"], analyst="bob"))
        store.record_verdict("port", A, "disputed", analyst="bob", note="old photo")
    exported = export_json(bob, tmp_path / "bob-export.json")
    fresh = tmp_path / "fresh.json"
    with Store.open(fresh, clock=lambda: "2025-01-02T03:04:05.000Z") as store:
        merge_verdicts(store, read_verdicts_file(exported))
    with Store.open(fresh, readonly=True) as store:
        verdict = store.verdicts("port")[A]
        [change] = store.history("port")
        session = store.get_session("port")
    assert (verdict.label, verdict.analyst, verdict.updated) == ("disputed", "bob", "2023-05-06T07:08:09.000Z")
    assert change.time == "2023-05-06T07:08:09.000Z"
    assert session is not None and session.updated == "2025-01-02T03:04:05.000Z"  # the import is what changed it


def test_session_option_merges_into_another_session(tmp_path: Path, alice: Path) -> None:
    exported = export_json(alice, tmp_path / "alice-export.json")
    target = make_db(tmp_path / "target.json", [], session="panel")
    with Store.open(target) as store:
        report = merge_verdicts(store, read_verdicts_file(exported), session_name="panel")
        assert [s.name for s in store.sessions()] == ["panel"]
    assert not report.created_session and len(report.added) == 3


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _doc(**changes: object) -> str:
    doc: dict = {
        "schema": VERDICTS_SCHEMA,
        "session": {"name": "port", "corpus": []},
        "verdicts": [{"claim": A, "label": "disputed", "note": "", "analyst": "x", "updated": ""}],
    }
    doc.update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02garbage", "not JSON"),
        ("", "not JSON"),
        ("[1, 2]", "not a factcheck verdicts export"),
        ('{"schema": "factcheck.claims/1", "claims": []}', "is not a verdicts export"),
        ('{"schema": "factcheck.verdicts/2", "verdicts": []}', "newer than this factcheck reads"),
        (_doc(verdicts={"a": 1}), '"verdicts" must be a list'),
        (_doc(verdicts=[{"claim": A, "label": "true"}]), "verdict 1: label 'true' is not one of"),
        (_doc(verdicts=[{"label": "disputed"}]), "verdict 1: has no claim id"),
        (_doc(verdicts=[{"claim": A, "label": "disputed"}] * 2), "verdict 2: claim c-000000000001 appears twice"),
        (_doc(verdicts=[{"claim": A, "label": "disputed", "note": 5}]), "verdict 1: note must be a string"),
    ],
)
def test_bad_files_are_refused_in_one_line(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = _write(tmp_path / "in.json", content)
    with pytest.raises(ExportError) as caught:
        read_verdicts_file(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


# through the command line


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    register_optional_commands()
    return CliRunner()


def test_cli_import_reports_counts_and_conflicts(tmp_path: Path, alice: Path, runner: CliRunner) -> None:
    bob = make_db(tmp_path / "bob.json", [(A, "unverified", "", "bob"), (D, "disputed", "", "bob")])
    exported = export_json(bob, tmp_path / "bob-export.json")
    result = runner.invoke(app, ["import", str(exported), "--db", str(alice)])
    assert result.exit_code == 0, result.output
    assert "1 added, 0 identical, 1 conflicts" in result.stdout
    assert f"{A}  yours: disputed (alice)  theirs: unverified (bob)" in result.stdout
    with Store.open(alice, readonly=True) as store:
        assert [t.claim for _, t, _ in store.conflicts("port")] == [A]


def test_cli_import_garbage_exits_2(tmp_path: Path, alice: Path, runner: CliRunner) -> None:
    path = _write(tmp_path / "garbage.json", "not json at all")
    before = alice.read_bytes()
    result = runner.invoke(app, ["import", str(path), "--db", str(alice)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: {path}: not a factcheck verdicts export")
    assert result.stderr.count("\n") == 1
    assert alice.read_bytes() == before


def test_cli_import_missing_file_and_locked_db(tmp_path: Path, alice: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "nope.json"), "--db", str(alice)])
    assert result.exit_code == 2 and "nope.json: no such file" in result.stderr
    exported = export_json(alice, tmp_path / "alice-export.json")
    with Store.open(alice):  # the review app has it open
        result = runner.invoke(app, ["import", str(exported), "--db", str(alice)])
    assert result.exit_code == 2 and "in use" in result.stderr
