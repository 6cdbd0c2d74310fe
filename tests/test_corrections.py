"""Applying corrections on top of an extraction: pure, no spaCy, the base never changed.

Invented event: a border incident between Norland and Sudmark; the claims are made up here.
"""

from __future__ import annotations

import copy

from factcheck.corrections import apply_edits, side_registry
from factcheck.model import Article, Claim, Edit, Extraction, Link, Question

T = "2026-03-01T10:00:00.000Z"


def claim(cid: str, article: str, text: str, speaker: str | None, side: str | None) -> Claim:
    return Claim(cid, article, 0, len(text), text, speaker=speaker, side=side, side_basis="role" if side else None)


def extraction() -> Extraction:
    claims = [
        claim("c-00000000000a", "a.txt", "Norland troops crossed the river at dawn.", "Ivo Kant", "Sudmark Army"),
        claim("c-00000000000b", "b.txt", "No Norland soldier crossed the river.", "Ada Moss", "Norland Ministry"),
        claim("c-00000000000c", "c.txt", "Troops were seen crossing the river.", None, None),
        claim("c-00000000000d", "b.txt", "The border post was shelled twice.", "Ivo Kant", "Sudmark Army"),
        claim("c-00000000000e", "c.txt", "The shelling lasted an hour.", "Eli Varr", "NMD"),
    ]
    links = [
        Link("c-00000000000a", "c-00000000000b", "competes", 0.9, "'troops crossed': Sudmark asserts, Norland denies"),
        Link("c-00000000000a", "c-00000000000c", "corroborates", 0.6, "both assert 'troops crossed'"),
    ]
    questions = [
        Question(
            "q-000000000001",
            "troops crossed the river",
            {"c-00000000000a": "asserts", "c-00000000000b": "denies", "c-00000000000c": "asserts"},
        ),
        Question("q-000000000002", "the post was shelled", {"c-00000000000d": "asserts", "c-00000000000e": "asserts"}),
    ]
    result = Extraction([Article("a", "a.txt", "a.txt", "A", "0", "")], claims, links, "lexical", questions)
    from factcheck.link import suggest_verdicts

    suggest_verdicts(result.claims, result.links)
    return result


def edit(seq: int, kind: str, target: str, value: str, **extra: object) -> Edit:
    return Edit(seq, kind, target, value, "ana", T, **extra)  # type: ignore[arg-type]


def by_id(ex: Extraction) -> dict[str, Claim]:
    return {c.id: c for c in ex.claims}


def test_a_side_edit_for_every_claim_by_the_speaker_marks_them_edited_and_leaves_the_base_alone() -> None:
    base = extraction()
    before = copy.deepcopy(base)
    fixed = apply_edits(base, [edit(1, "side", "c-00000000000a", "Sudmark Border Guard", speaker="Ivo Kant")])
    claims = by_id(fixed.extraction)
    assert claims["c-00000000000a"].side == claims["c-00000000000d"].side == "Sudmark Border Guard"
    assert claims["c-00000000000a"].side_basis == "edited"
    assert claims["c-00000000000b"].side == "Norland Ministry"
    assert fixed.orphaned == [] and fixed.changed >= {"c-00000000000a", "c-00000000000d"}
    assert base == before  # nothing in the base was touched


def test_speaker_edit_on_one_claim_only() -> None:
    fixed = apply_edits(extraction(), [edit(1, "speaker", "c-00000000000c", "Rita Holm")])
    claims = by_id(fixed.extraction)
    assert claims["c-00000000000c"].speaker == "Rita Holm"
    assert claims["c-00000000000a"].speaker == "Ivo Kant"


def test_merging_sides_makes_the_old_name_an_alias_and_the_registry_counts_the_new() -> None:
    fixed = apply_edits(extraction(), [edit(1, "merge-sides", "NMD", "Norland Ministry")])
    assert fixed.aliases == {"NMD": "Norland Ministry"}
    assert by_id(fixed.extraction)["c-00000000000e"].side == "Norland Ministry"
    assert dict(side_registry(fixed.extraction)) == {"Sudmark Army": 2, "Norland Ministry": 2}


def test_a_camp_edit_sets_the_camp_of_every_claim_of_the_side() -> None:
    fixed = apply_edits(extraction(), [edit(1, "camp", "NMD", "Norland")])
    assert by_id(fixed.extraction)["c-00000000000e"].camp == "Norland"
    assert by_id(fixed.extraction)["c-00000000000b"].camp is None


def test_rejecting_the_only_competing_link_removes_it_and_the_suggestion_follows() -> None:
    base = extraction()
    assert by_id(base)["c-00000000000b"].suggestion["label"] == "disputed"  # type: ignore[index]
    fixed = apply_edits(base, [edit(1, "reject-link", "c-00000000000b", "c-00000000000a")])
    pairs = {(lk.source, lk.target) for lk in fixed.extraction.links}
    assert ("c-00000000000a", "c-00000000000b") not in pairs
    assert by_id(fixed.extraction)["c-00000000000b"].suggestion["label"] != "disputed"  # type: ignore[index]
    assert by_id(base)["c-00000000000b"].suggestion["label"] == "disputed"  # type: ignore[index]


def test_an_added_link_shows_with_its_relation_and_who_made_it() -> None:
    fixed = apply_edits(extraction(), [edit(1, "add-link", "c-00000000000d", "c-00000000000e", relation="competes")])
    (added,) = [lk for lk in fixed.extraction.links if {lk.source, lk.target} == {"c-00000000000d", "c-00000000000e"}]
    assert added.relation == "competes" and "ana" in added.reason


def test_edits_whose_claim_is_gone_are_orphaned_not_dropped() -> None:
    gone = [
        edit(1, "side", "c-0000000000ff", "Sudmark Army"),
        edit(2, "reject-link", "c-00000000000a", "c-0000000000ff"),
        edit(3, "merge-sides", "Old Side", "Norland Ministry"),
        edit(4, "question", "c-0000000000ff", "q-000000000001"),
    ]
    fixed = apply_edits(extraction(), gone)
    assert fixed.orphaned == gone and fixed.applied == []
    assert fixed.extraction.links == extraction().links


def test_moving_a_claim_to_another_question_relinks_it_by_stance() -> None:
    fixed = apply_edits(extraction(), [edit(1, "question", "c-00000000000c", "q-000000000002", stance="denies")])
    questions = {q.id: q.claims for q in fixed.extraction.questions}
    assert "c-00000000000c" not in questions["q-000000000001"]
    assert questions["q-000000000002"]["c-00000000000c"] == "denies"
    relations = {frozenset((lk.source, lk.target)): lk.relation for lk in fixed.extraction.links}
    assert frozenset(("c-00000000000a", "c-00000000000c")) not in relations  # it left that question
    assert relations[frozenset(("c-00000000000c", "c-00000000000d"))] == "competes"
    assert relations[frozenset(("c-00000000000c", "c-00000000000e"))] == "competes"


def test_flipping_a_stance_turns_corroboration_into_competition() -> None:
    fixed = apply_edits(extraction(), [edit(1, "question", "c-00000000000c", "q-000000000001", stance="denies")])
    relations = {frozenset((lk.source, lk.target)): lk.relation for lk in fixed.extraction.links}
    assert relations[frozenset(("c-00000000000a", "c-00000000000c"))] == "competes"
    assert relations[frozenset(("c-00000000000b", "c-00000000000c"))] == "corroborates"


def test_merging_two_questions_joins_their_members() -> None:
    fixed = apply_edits(extraction(), [edit(1, "question", "q-000000000002", "q-000000000001")])
    (only,) = fixed.extraction.questions
    assert only.id == "q-000000000001" and len(only.claims) == 5


def test_an_undone_edit_is_simply_not_given_and_the_base_comes_back() -> None:
    base = extraction()
    assert apply_edits(base, []).extraction is base


def snapshot(ex: Extraction) -> tuple:
    links = sorted((min(lk.source, lk.target), max(lk.source, lk.target), lk.relation, lk.reason) for lk in ex.links)
    return [c.to_json() for c in ex.claims], links, sorted((q.id, sorted(q.claims.items())) for q in ex.questions)


def test_edits_applied_one_key_press_at_a_time_give_what_all_at_once_give() -> None:
    from factcheck.corrections import extend_edits

    edits = [
        edit(1, "side", "c-00000000000a", "Sudmark Border Guard", speaker="Ivo Kant"),
        edit(2, "reject-link", "c-00000000000b", "c-00000000000a"),
        edit(3, "merge-sides", "NMD", "Norland Ministry"),
        edit(4, "question", "c-00000000000c", "q-000000000001", stance="denies"),
        edit(5, "add-link", "c-00000000000d", "c-00000000000e", relation="competes"),
        edit(6, "camp", "Norland Ministry", "Norland"),
        edit(7, "question", "q-000000000002", "q-000000000001"),
        edit(8, "merge-sides", "Norland Ministry", "NMD"),
        edit(9, "speaker", "c-0000000000ff", "Nobody"),
    ]
    base = extraction()
    whole = apply_edits(base, edits)
    step = apply_edits(base, [])
    for e in edits:
        step = extend_edits(step, [e])
        assert snapshot(step.extraction) == snapshot(apply_edits(base, edits[: e.seq]).extraction)
    assert snapshot(step.extraction) == snapshot(whole.extraction)
    assert step.orphaned == whole.orphaned == [edits[-1]] and step.aliases == whole.aliases == {
        "Norland Ministry": "NMD"
    }


def regrouped(ex: Extraction, groups: list[dict[str, str]]) -> Extraction:
    """The same claims after a relink or re-extraction that rebuilt the questions under new ids."""
    questions = [Question(f"q-{n + 0xA0:012x}", f"point {n}", members) for n, members in enumerate(groups)]
    return Extraction(ex.articles, ex.claims, ex.links, ex.similarity, questions)


def questions_of(ex: Extraction) -> dict[str, dict[str, str]]:
    return {q.id: q.claims for q in ex.questions}


def test_question_edits_name_their_questions_by_claims_and_apply_after_the_ids_change() -> None:
    crossed = ("c-00000000000a", "c-00000000000b", "c-00000000000c")
    shelled = ("c-00000000000d", "c-00000000000e")
    flip = edit(1, "question", "c-00000000000c", "q-000000000001", stance="denies", value_claims=crossed)
    move = edit(2, "question", "c-00000000000b", "q-000000000002", stance="denies", value_claims=shelled)
    merge = edit(3, "question", "q-000000000002", "q-000000000001", target_claims=shelled, value_claims=crossed)
    # the shelling question now comes first and the crossing one lost a member to a question of its own
    base = regrouped(
        extraction(),
        [
            {"c-00000000000d": "asserts", "c-00000000000e": "asserts"},
            {"c-00000000000a": "asserts", "c-00000000000b": "denies"},
            {"c-00000000000c": "asserts"},
        ],
    )
    fixed = apply_edits(base, [flip])
    assert fixed.orphaned == [] and questions_of(fixed.extraction)["q-0000000000a1"]["c-00000000000c"] == "denies"
    fixed = apply_edits(base, [move])
    assert fixed.orphaned == [] and questions_of(fixed.extraction)["q-0000000000a0"]["c-00000000000b"] == "denies"
    assert "c-00000000000b" not in questions_of(fixed.extraction)["q-0000000000a1"]
    fixed = apply_edits(base, [merge])
    assert fixed.orphaned == [] and len(questions_of(fixed.extraction)["q-0000000000a1"]) == 4
    assert "q-0000000000a0" not in questions_of(fixed.extraction)


def test_a_question_edit_whose_claims_left_every_question_is_orphaned() -> None:
    gone = edit(1, "question", "c-00000000000c", "q-000000000002", stance="denies", value_claims=("c-00000000000d",))
    base = regrouped(extraction(), [{"c-00000000000a": "asserts", "c-00000000000b": "denies"}])
    fixed = apply_edits(base, [gone])
    assert fixed.orphaned == [gone] and fixed.extraction.questions == base.questions


def test_a_question_named_by_claims_is_the_one_sharing_most_of_them_then_the_one_holding_the_anchor() -> None:
    base = regrouped(
        extraction(),
        [
            {"c-00000000000a": "asserts", "c-00000000000b": "denies"},
            {"c-00000000000c": "asserts", "c-00000000000e": "asserts"},
            {"c-00000000000d": "asserts"},
        ],
    )
    most = edit(
        1, "question", "c-00000000000d", "q-0", value_claims=("c-00000000000e", "c-00000000000a", "c-00000000000b")
    )
    assert "c-00000000000d" in questions_of(apply_edits(base, [most]).extraction)["q-0000000000a0"]
    anchor = edit(1, "question", "c-00000000000d", "q-0", value_claims=("c-00000000000e", "c-00000000000a"))
    assert "c-00000000000d" in questions_of(apply_edits(base, [anchor]).extraction)["q-0000000000a1"]


def test_an_old_question_edit_without_claims_still_names_its_question_by_id() -> None:
    fixed = apply_edits(extraction(), [edit(1, "question", "c-00000000000c", "q-000000000002", stance="denies")])
    assert questions_of(fixed.extraction)["q-000000000002"]["c-00000000000c"] == "denies"


def test_a_suggestion_redone_after_an_edit_counts_every_other_answer_in_its_question() -> None:
    # "c-00000000000f" denies the crossing too, in a fourth article, and is linked to nothing: an edit
    # to the report it disputes must still see it, as a fresh run would.
    from factcheck.link import suggest_verdicts

    base = extraction()
    lone = claim("c-00000000000f", "d.txt", "Nobody crossed anything that night.", "Una Sand", None)
    base.claims.append(lone)
    base.questions[0].claims["c-00000000000f"] = "denies"
    suggest_verdicts(base.claims, base.links, base.questions)
    fixed = apply_edits(base, [edit(1, "speaker", "c-00000000000c", "Rita Holm")])
    redone = by_id(fixed.extraction)["c-00000000000c"].suggestion
    fresh = copy.deepcopy(fixed.extraction)
    suggest_verdicts(fresh.claims, fresh.links, fresh.questions)
    assert redone == by_id(fresh)["c-00000000000c"].suggestion
    assert redone is not None
    assert "but 2 other claims in its question deny 'troops crossed the river'" in redone["reason"]
