"""The question view model: order, counts by camp and stance, reviewed/total, members by stance."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.claimview import ClaimView
from factcheck.model import Extraction, Question, Verdict
from factcheck.questionview import OUTLET_CAMP, QuestionView, camp_of, stance_order, stance_value
from factcheck.synthetic import small_extraction


@pytest.fixture
def extraction() -> Extraction:
    return small_extraction()


def verdict(claim_id: str, label: str = "disputed") -> Verdict:
    return Verdict(claim_id, label, "", "ana", "2026-01-01T00:00:00Z")  # type: ignore[arg-type]


def test_questions_are_listed_disputed_first_then_largest(extraction: Extraction) -> None:
    view = QuestionView(ClaimView(extraction))
    assert [q.label for q in view.questions] == [
        "the port is closed to cargo",  # disputed, 5 members
        "how many workers joined the strike",  # disputed, 2 members
        "the protest at the port was peaceful",  # one stance only
    ]
    assert [q.disputed for q in view.questions] == [True, True, False]
    assert view.position(view.questions[1].id) == 1 and view.position("q-000000000000") is None


def test_counts_by_camp_and_stance(extraction: Extraction) -> None:
    view = QuestionView(ClaimView(extraction))
    closed, workers, protest = view.questions
    assert view.counts(closed).by_stance == [
        ("asserts", [("Dockers Union", 2)]),
        ("denies", [("Port Authority", 2), (OUTLET_CAMP, 1)]),
    ]
    assert view.counts(closed).summary() == "asserts: Dockers Union 2 │ denies: Port Authority 2, outlet 1"
    assert view.counts(closed).summary(lambda camp: camp[:4]) == "asserts: Dock 2 │ denies: Port 2, outl 1"
    assert view.counts(workers).summary() == "900: Port Authority 1 │ 4,000: Dockers Union 1"
    assert view.counts(protest).summary() == "asserts: Police 2"


def test_reviewed_over_total_follows_the_claim_views_verdicts(extraction: Extraction) -> None:
    claims = ClaimView(extraction)
    view = QuestionView(claims)
    closed = view.questions[0]
    assert view.reviewed(closed) == (0, 5)
    c = extraction.claims
    claims.apply(c[4].id, verdict(c[4].id))
    claims.apply(c[6].id, verdict(c[6].id))  # not a member
    assert view.reviewed(closed) == (1, 5)
    claims.apply(c[4].id, Verdict(c[4].id, None, "note only"))  # a note is no verdict
    assert view.reviewed(closed) == (0, 5)


def test_members_are_grouped_by_stance_with_speaker_camp_outlet_and_verdict(extraction: Extraction) -> None:
    claims = ClaimView(extraction)
    c = extraction.claims
    claims.apply(c[2].id, verdict(c[2].id, "corroborated"))
    view = QuestionView(claims)
    groups = view.groups(view.questions[0])
    assert [g.stance for g in groups] == ["asserts", "denies"]
    assert [m.claim.id for m in groups[0].members] == [c[1].id, c[7].id]
    # Within a stance, the camp with most members first, then document order.
    assert [m.claim.id for m in groups[1].members] == [c[2].id, c[4].id, c[5].id]
    first = groups[1].members[0]
    assert (first.claim.speaker, first.camp, first.outlet) == ("Piet Ruud", "Port Authority", "Harbour Daily")
    assert first.verdict is not None and first.verdict.label == "corroborated"
    outlet_voice = groups[1].members[2]
    assert (outlet_voice.camp, outlet_voice.outlet) == (OUTLET_CAMP, "Coast News")
    assert groups[1].camps == [("Port Authority", 2), (OUTLET_CAMP, 1)]
    # The third article names no outlet: its file stands in.
    assert view.outlet(c[7]) == "river_post.txt"


def test_a_quantity_gets_one_group_per_value_smallest_first(extraction: Extraction) -> None:
    c = extraction.claims
    extraction.questions = [
        Question(
            "q-00000000000d",
            "how many marched on the bridge",
            {c[1].id: "80,000", c[2].id: "12,000", c[3].id: "80,000"},
        )
    ]
    view = QuestionView(ClaimView(extraction))
    groups = view.groups(view.questions[0])
    assert [(g.stance, len(g.members)) for g in groups] == [("12,000", 1), ("80,000", 2)]


def test_stance_order_and_values() -> None:
    stances = ["denies", "12,000", "asserts", "at most 900", "unclear", "1.5"]
    assert sorted(stances, key=stance_order) == ["asserts", "denies", "1.5", "at most 900", "12,000", "unclear"]
    assert stance_value("80,000") == 80000.0 and stance_value("asserts") is None


def test_next_unreviewed_walks_the_columns_and_wraps(extraction: Extraction) -> None:
    claims = ClaimView(extraction)
    view = QuestionView(claims)
    c = extraction.claims
    closed = view.questions[0]  # screen order: c1 c7 | c2 c4 c5
    assert view.next_unreviewed(closed, None) == c[1].id
    assert view.next_unreviewed(closed, c[7].id) == c[2].id
    claims.apply(c[2].id, verdict(c[2].id))
    claims.apply(c[4].id, verdict(c[4].id))
    assert view.next_unreviewed(closed, c[7].id) == c[5].id
    assert view.next_unreviewed(closed, c[5].id) == c[1].id  # wraps
    for cid in (c[1].id, c[7].id, c[5].id):
        claims.apply(cid, verdict(cid))
    assert view.next_unreviewed(closed, c[5].id) is None


def test_questions_of_a_claim(extraction: Extraction) -> None:
    view = QuestionView(ClaimView(extraction))
    c = extraction.claims
    assert [q.label for q in view.questions_of(c[4].id)] == [
        "the port is closed to cargo",
        "how many workers joined the strike",
    ]
    assert view.questions_of(c[0].id) == []


def test_members_missing_from_the_extraction_are_left_out(extraction: Extraction) -> None:
    c = extraction.claims
    extraction.questions = [
        Question("q-0000000000e1", "gone", {"c-000000000000": "asserts"}),
        Question("q-0000000000e2", "partly gone", {c[1].id: "asserts", "c-000000000000": "denies"}),
    ]
    view = QuestionView(ClaimView(extraction))
    assert [q.id for q in view.questions] == ["q-0000000000e2"]
    assert view.reviewed(view.questions[0]) == (0, 1)
    assert [g.stance for g in view.groups(view.questions[0])] == ["asserts"]


def test_camp_falls_back_to_side_then_speaker_then_outlet(extraction: Extraction) -> None:
    c = extraction.claims[1]
    assert camp_of(replace(c, camp="Strikers")) == "Strikers"
    assert camp_of(replace(c, camp=None)) == "Dockers Union"
    assert camp_of(replace(c, camp=None, side=None, speaker="Ivo Brenner")) == "Ivo Brenner"  # was "outlet"
    assert camp_of(replace(c, camp=None, side=None, speaker=None)) == OUTLET_CAMP


def test_the_list_can_show_only_disputed_questions(extraction: Extraction) -> None:
    view = QuestionView(ClaimView(extraction))
    protest = view.questions[2]
    assert view.disputed_count() == 2 and len(view.visible) == 3
    view.set_disputed_only(True)
    assert [q.disputed for q in view.visible] == [True, True]
    assert view.position(protest.id) is None and view.question(protest.id) is protest
    view.set_disputed_only(False)
    assert view.position(protest.id) == 2


def test_review_questions_follow_verdicts_and_a_rebuilt_claim_view(extraction: Extraction, tmp_path: Path) -> None:
    from factcheck.session import Review, open_session
    from factcheck.store import Store

    with Store.open(tmp_path / "db.json") as store:
        session = open_session(store, "port", [tmp_path], "ana")
        review = Review.open(store, session, "ana", extraction)
        closed = review.questions.questions[0]
        review.record(extraction.claims[1].id, "disputed")
        assert review.questions.reviewed(closed) == (1, 5)
        review.questions.set_disputed_only(True)
        first = review.questions
        assert review.questions is first  # built once while the claim view stays
        review.view = ClaimView(extraction, store.verdicts("port"))  # a correction may build a new view
        assert review.questions is not first and review.questions.claims is review.view
        assert review.questions.disputed_only and len(review.questions.visible) == 2
        assert review.questions.reviewed(closed) == (1, 5)
        again = review.questions
        review.view.extraction = replace(extraction, questions=extraction.questions[:1])  # a correction in place
        assert review.questions is not again and [q.id for q in review.questions.questions] == [closed.id]
        assert review.questions.disputed_only  # the filter is kept


def test_search_finds_questions_by_label_claim_speaker_or_camp(extraction: Extraction) -> None:
    view = QuestionView(ClaimView(extraction))
    view.set_search("workers")
    assert [q.label for q in view.visible] == ["the port is closed to cargo", "how many workers joined the strike"]
    view.set_search("  brak  ")  # a speaker's name: only the protest question has her
    assert [q.label for q in view.visible] == ["the protest at the port was peaceful"]
    view.set_disputed_only(True)
    assert view.visible == [] and view.describe_filter() == "disputed · “brak”"
    view.set_search("")
    assert len(view.visible) == 2 and view.describe_filter() == "disputed"


def test_a_rejection_in_a_question_of_a_count_is_named_as_such(extraction: Extraction) -> None:
    """In "how many ...?" a member that denies rejects the figures: the screen and the report say so,
    as the reasons do; the stance recorded stays "denies" (CONTRACT)."""
    c = extraction.claims
    count = Question("q-0000000000c1", "how many workers joined the strike", {c[3].id: "4,000", c[5].id: "denies"})
    closed = extraction.questions[0]
    view = QuestionView(ClaimView(replace(extraction, questions=[closed, count])))
    assert view.counts(count).summary() == "rejects the figures: outlet 1 │ 4,000: Dockers Union 1"
    headed = [(g.stance, g.heading) for g in view.groups(count)]
    assert headed == [("denies", "rejects the figures"), ("4,000", "4,000")]
    assert [g.heading for g in view.groups(closed)] == ["asserts", "denies"]  # a yes/no point keeps its words


def test_a_named_person_of_no_party_is_counted_as_a_person_camp(extraction: Extraction) -> None:
    """A witness named in the sentence is a person's camp (shortened to the surname in the list); an
    outlet speaking for nobody, and a speaker the sentence does not name, are not."""
    from factcheck.questionview import person_camp

    claims = list(extraction.claims)
    named = {"entities": [["Ivo T. Kessler", "PERSON"], ["Vell", "GPE"]]}
    witness = replace(claims[0], camp=None, side=None, speaker="Ivo T. Kessler", features=named)
    paper = replace(
        claims[1], camp=None, side=None, speaker="Harbour Gazette", features={"entities": [["Harbour Gazette", "ORG"]]}
    )
    unnamed = replace(claims[2], camp=None, side=None, speaker="Ivo T. Kessler", features={"entities": []})
    assert [person_camp(c) for c in (witness, paper, unnamed)] == [True, False, False]
    assert not person_camp(replace(witness, side="Dockers Union"))  # a party's member speaks for the party
    question = Question("q-0000000000aa", "the port is closed to cargo", {witness.id: "asserts", paper.id: "denies"})
    view = QuestionView(ClaimView(replace(extraction, claims=[witness, paper, *claims[2:]], questions=[question])))
    counts = view.counts(question)
    assert counts.persons == frozenset({"Ivo T. Kessler"})
    assert counts.summary() == "asserts: Ivo T. Kessler 1 │ denies: Harbour Gazette 1"
