"""Suggested verdicts are conservative and honest: they follow the questions and count exactly the links shown."""

from __future__ import annotations

from factcheck.claimview import ClaimView
from factcheck.link import suggest_verdicts
from factcheck.model import Claim, Extraction, Link, Question


def claim(cid: str, article: str, side: str | None = None) -> Claim:
    return Claim(id=cid, article=article, start=0, end=1, text=cid, speaker=side, side=side)


def test_a_claim_another_camp_denies_is_disputed_and_the_reason_names_the_point() -> None:
    claims = [claim("a", "1.txt", "Norland"), claim("b", "2.txt", "Sudmark"), claim("c", "3.txt", "Sudmark")]
    question = Question("q-000000000001", "the dam was breached", {"a": "asserts", "b": "denies", "c": "denies"})
    links = [Link("a", "b", "competes", 0.9, "r"), Link("a", "c", "competes", 0.8, "r")]
    suggest_verdicts(claims, links, [question])
    assert claims[0].suggestion == {
        "label": "disputed",
        "reason": "disputed: asserts 'the dam was breached', which 2 competing claims from another camp deny",
    }
    assert claims[1].suggestion is not None
    assert claims[1].suggestion["reason"].startswith("disputed: denies 'the dam was breached', which 1 competing")


def test_never_corroborated_while_a_competitor_exists_however_many_outlets_repeat_it() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt"), claim("c", "3.txt"), claim("d", "4.txt", "Sudmark")]
    question = Question(
        "q-000000000002", "Norland took the bridge", {"a": "asserts", "b": "asserts", "c": "asserts", "d": "denies"}
    )
    links = [
        Link("a", "b", "corroborates", 0.9, "r"),
        Link("a", "c", "corroborates", 0.9, "r"),
        Link("a", "d", "competes", 0.5, "r"),
    ]
    suggest_verdicts(claims, links, [question])
    assert claims[0].suggestion is not None and claims[0].suggestion["label"] == "disputed"


def test_one_party_repeated_by_two_outlets_is_not_independent() -> None:
    claims = [claim("a", "1.txt", "Dockers Union"), claim("b", "2.txt", "Dockers Union")]
    question = Question("q-000000000003", "4,000 workers joined the strike", {"a": "asserts", "b": "asserts"})
    suggest_verdicts(claims, [Link("a", "b", "corroborates", 0.7, "r")], [question])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: 1 corroborating claim, all repeating Dockers Union: not independent; no competing claim",
    }


def test_an_outlet_confirming_a_party_corroborates_it() -> None:
    claims = [claim("a", "1.txt", "Dockers Union"), claim("b", "2.txt")]
    question = Question("q-000000000004", "the port was closed", {"a": "asserts", "b": "asserts"})
    suggest_verdicts(claims, [Link("a", "b", "corroborates", 0.7, "r")], [question])
    assert claims[0].suggestion is not None
    assert claims[0].suggestion["label"] == "corroborated"
    assert claims[0].suggestion["reason"].startswith("corroborated: 1 corroborating claim, 1 independent")


def test_a_fact_nobody_else_bears_on_is_unverified() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt")]
    suggest_verdicts(claims, [])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: single source; no other claim bears on it",
    }


def test_the_counts_in_the_reason_match_the_review_panes() -> None:
    claims = [claim(c, f"{k}.txt", "Norland" if k % 2 else "Sudmark") for k, c in enumerate("abcdefg")]
    question = Question(
        "q-000000000005", "the ferry sank", {c.id: ("asserts" if c.side == "Sudmark" else "denies") for c in claims}
    )
    links = [Link("a", o, "competes", 0.6, "r") for o in "bdf"] + [Link("a", o, "corroborates", 0.6, "r") for o in "ce"]
    suggest_verdicts(claims, links, [question])
    view = ClaimView(Extraction(articles=[], claims=claims, links=links, questions=[question]))
    shown = view.competing_count("a")
    assert shown == 3
    assert claims[0].suggestion is not None
    assert f"which {shown} competing claims" in claims[0].suggestion["reason"]


def test_a_camp_on_the_same_side_of_the_dispute_is_not_independent() -> None:
    claims = [claim("a", "1.txt", "Sudmark"), claim("b", "2.txt", "Red Hand")]
    question = Question("q-000000000009", "a Norland rocket hit the school", {"a": "asserts", "b": "asserts"})
    reason = "both assert 'a Norland rocket hit the school'; Sudmark and Red Hand argue on one side: not independent"
    suggest_verdicts(claims, [Link("a", "b", "corroborates", 0.7, reason)], [question])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: 1 corroborating claim, all from Sudmark's side of the dispute: not independent; "
        "no competing claim",
    }


def test_never_corroborated_while_another_voice_in_its_question_answers_otherwise() -> None:
    # Three outlets repeat that the teenager made a fortune; the teenager himself says he did not. No
    # competing link joins the repeat to the denial (both stances were inferred), yet the point is disputed.
    claims = [claim("a", "1.txt"), claim("b", "2.txt"), claim("c", "3.txt"), claim("d", "4.txt")]
    claims[3].speaker = "Ivo Brandt"
    stances = {"a": "asserts", "b": "asserts", "c": "asserts", "d": "denies"}
    question = Question("q-000000000006", "the pupil made $9 million trading", stances)
    links = [Link("a", "b", "corroborates", 0.9, "r"), Link("a", "c", "corroborates", 0.9, "r")]
    suggest_verdicts(claims, links, [question])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: 2 corroborating claims, but 1 other claim in its question denies "
        "'the pupil made $9 million trading'; no competing claim linked to it",
    }
    assert claims[3].suggestion == {
        "label": "unverified",
        "reason": "unverified: 3 other claims in its question assert 'the pupil made $9 million trading'; "
        "no competing claim linked to it",
    }


def test_a_question_answered_otherwise_only_by_the_same_voice_does_not_stop_corroboration() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt"), claim("c", "1.txt")]
    question = Question("q-000000000007", "the ferry sank", {"a": "asserts", "b": "asserts", "c": "denies"})
    suggest_verdicts(claims, [Link("a", "b", "corroborates", 0.9, "r")], [question])
    assert claims[0].suggestion is not None and claims[0].suggestion["label"] == "corroborated"


def test_a_count_answered_otherwise_names_the_other_figure() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt"), claim("c", "3.txt", "Sudmark")]
    question = Question("q-000000000008", "How many marched?", {"a": "80,000", "b": "80,000", "c": "12,000"})
    suggest_verdicts(claims, [Link("a", "b", "corroborates", 0.9, "r")], [question])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: 1 corroborating claim, but 1 other claim in its question gives 12,000 "
        "for 'How many marched?'; no competing claim linked to it",
    }


def test_several_other_figures_are_each_counted() -> None:
    claims = [claim("a", "1.txt"), claim("b", "2.txt", "Sudmark"), claim("c", "3.txt", "Sudmark"), claim("d", "4.txt")]
    question = Question(
        "q-000000000009", "How many marched?", {"a": "80,000", "b": "12,000", "c": "12,000", "d": "5,000"}
    )
    suggest_verdicts(claims, [], [question])
    assert claims[0].suggestion == {
        "label": "unverified",
        "reason": "unverified: 3 other claims in its question on 'How many marched?': 2 give 12,000, 1 gives 5,000; "
        "no competing claim linked to it",
    }
