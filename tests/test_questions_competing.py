"""Which differing answers compete, on an invented dispute over the Orsk dam (Norland against Sudmark).

Two articles that print a sentence alike draw on one source (a wire story, a press release) and do
not dispute each other, though each carries both camps' answers. A claim in the outlet's own voice
whose stance only a rejection turned round against the question's anchor keeps its stance but
competes with no one (issue 11: on the FNC-1 stance benchmark such links joined an agreeing and a
disagreeing article less often than chance).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from test_questions import BACKGROUND, Spec, lexical, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.link import link_questions, linker
from factcheck.link import questions as questions_module
from factcheck.model import Claim, Link

pytestmark = pytest.mark.slow

Make = Callable[[Sequence[Spec]], list[Claim]]
CAPTURE = "Norland troops have captured the Orsk dam, Norland army spokesman Per Vik said."
DENIAL = "Sudmark's defence ministry denied that the Orsk dam had been captured, calling the claim false."
HOLD = "Sudmark soldiers still hold the Orsk dam and the road to it, Sudmark commander Ola Brun said."


def _relation(links: Sequence[Link], a: Claim, b: Claim) -> str | None:
    return next((lk.relation for lk in links if {lk.source, lk.target} == {a.id, b.id}), None)


@pytest.mark.parametrize(
    "printed",
    [CAPTURE, CAPTURE.replace("the Orsk dam", "the old Orsk dam")],  # alike, or lightly edited (a word added)
    ids=["alike", "nearly-alike"],
)
def test_two_articles_printing_one_sentence_alike_do_not_dispute_each_other(
    make_claims: Make,  # noqa: F811
    printed: str,
) -> None:
    """Nearly alike counts too: on FNC-1 (issue 11) such article pairs' competing links joined agreeing
    and disagreeing articles less often than chance."""
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("wire.txt", DENIAL, "defence ministry", "Sudmark"),
            ("rewrite.txt", printed, "Per Vik", "Norland army"),  # the wire's sentence, printed (nearly) alike
            (
                "rewrite.txt",
                "Sudmark's defence ministry rejected the claim that the Orsk dam was captured as false.",
                "defence ministry",
                "Sudmark",
            ),
            ("post.txt", HOLD, "Ola Brun", "Sudmark"),
            *BACKGROUND,
        ]
    )
    _, links = link_questions(claims)
    wire_capture, wire_denial, copy_capture, copy_denial, hold = claims[:5]
    assert _relation(links, wire_capture, wire_denial) == "competes"  # the dispute, within each article
    assert _relation(links, copy_capture, copy_denial) == "competes"
    assert _relation(links, wire_capture, copy_denial) is None  # across two articles of one source
    assert _relation(links, copy_capture, wire_denial) is None
    assert _relation(links, wire_capture, hold) == "competes"  # another report still disputes it


def test_a_rejection_placed_only_against_the_anchor_competes_with_no_one(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("radio.txt", "The Orsk dam was captured by Norland troops on Tuesday.", None, None),
            ("daily.txt", "Reports that Norland troops captured the Orsk dam on Tuesday are false.", None, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert question.claims.get(claims[1].id) == question.claims[claims[0].id]
    assert question.claims.get(claims[2].id) == "denies"  # its answer is shown...
    assert _relation(links, claims[0], claims[2]) is None  # ...but a rejection alone opposes no one
    assert _relation(links, claims[1], claims[2]) is None


def test_two_camps_telling_one_event_alike_do_not_compete(make_claims: Make) -> None:  # noqa: F811
    """Only the camps set the two answers apart: both say the border guards detained the crew."""
    claims = make_claims(
        [
            (
                "a.txt",
                "Norland border guards detained the crew of a Sudmark trawler near Kessel on Monday, "
                "the Norland interior ministry said.",
                "interior ministry",
                "Norland",
            ),
            (
                "a.txt",
                "The trawler had crossed into Norland waters near Kessel, the Norland interior ministry said.",
                "interior ministry",
                "Norland",
            ),
            (
                "b.txt",
                "Sudmark's foreign ministry said Norland border guards detained the crew of a Sudmark trawler "
                "at dawn and towed the boat to port.",
                "foreign ministry",
                "Sudmark",
            ),
            (
                "b.txt",
                "The trawler never left Sudmark waters near Kessel, the Sudmark foreign ministry said.",
                "foreign ministry",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    _, links = link_questions(claims)
    detained, crossed, detained_too, stayed = claims[:4]
    assert _relation(links, detained, detained_too) is None
    assert _relation(links, crossed, stayed) == "competes"  # where the trawler was is the dispute


def test_a_rebuttal_aimed_at_the_claim_ranks_above_a_camps_other_answer(
    make_claims: Make,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both compete with the capture; the rejection naming the Norland army answers it itself."""
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            (
                "post.txt",
                "Sudmark's defence ministry rejected the Norland army's claim that it had captured the Orsk dam.",
                "defence ministry",
                "Sudmark",
            ),
            ("radio.txt", HOLD, "Ola Brun", "Sudmark"),
            *BACKGROUND,
        ]
    )
    capture, rebuttal, hold = claims[:3]

    def scores() -> tuple[float, float]:
        _, links = link_questions(claims)
        by_pair = {frozenset((lk.source, lk.target)): lk.score for lk in links if lk.relation == "competes"}
        return by_pair[frozenset((capture.id, rebuttal.id))], by_pair[frozenset((capture.id, hold.id))]

    aimed, other = scores()
    monkeypatch.setattr(linker, "DIRECT_BONUS", 0.0)
    aimed_plain, other_plain = scores()
    assert aimed > aimed_plain  # the rebuttal gains ...
    assert other == other_plain  # ... and a camp's other answer does not


SETTING = "The Orsk dam is located in the Valdor hills."
REJECTION = "Sudmark envoy Ola Brun rejected Norland's version as lies."


def _left_out_by_grouping(monkeypatch: pytest.MonkeyPatch, claims: Sequence[Claim], rejection: int = 3) -> None:
    """Grouping as on a real event: the rejection's few words bond best with a sentence about the setting,
    a group that holds no question once the setting is left out (one voice)."""
    real = questions_module.greedy_groups
    setting = next(k for k, c in enumerate(claims) if c.text == SETTING)

    def grouped(nodes, bonds, clashes):  # type: ignore[no-untyped-def]
        kept = [k for k in nodes if k not in (rejection, setting)]
        inside = {pair: value for pair, value in bonds.items() if pair[0] in kept and pair[1] in kept}
        return [*real(kept, inside, clashes), [rejection, setting]]

    monkeypatch.setattr(questions_module, "greedy_groups", grouped)


def test_a_rejection_left_out_that_names_the_party_answers_the_question_that_party_asserts(
    make_claims: Make,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its own words are too few to bond ("rejected <Party>'s version as lies"), but it names whose claim
    it rejects: it answers that party's point, against it."""
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("wire.txt", DENIAL, "defence ministry", "Sudmark"),
            ("post.txt", "Norland troops took the Orsk dam at dawn, spokesman Per Vik said.", "Per Vik", "Norland"),
            ("post.txt", REJECTION, "Ola Brun", "Sudmark"),
            ("atlas.txt", SETTING, None, None),
            *BACKGROUND,
        ]
    )
    _left_out_by_grouping(monkeypatch, claims)
    questions, links = link_questions(claims)
    capture, _, took, rejection = claims[:4]
    question = next(q for q in questions if capture.id in q.claims)
    assert question.claims.get(rejection.id) == "denies"
    assert question.claims[took.id] == question.claims[capture.id] == "asserts"
    assert _relation(links, capture, rejection) == "competes"


def test_a_rejection_left_out_that_names_no_asserting_party_stays_out(
    make_claims: Make,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("wire.txt", DENIAL, "defence ministry", "Sudmark"),
            ("post.txt", REJECTION.replace("Norland", "Kessland"), "Ola Brun", "Sudmark"),
            ("atlas.txt", SETTING, None, None),
            *BACKGROUND,
        ]
    )
    _left_out_by_grouping(monkeypatch, claims, rejection=2)
    questions, _ = link_questions(claims)
    assert all(claims[2].id not in q.claims for q in questions)


def test_one_thing_said_in_the_same_words_competes_with_no_one(make_claims: Make) -> None:  # noqa: F811
    """Two camps credited with one quotation (a reporter's mix-up, or a slogan both use) say one thing.

    On the FNC-1 stance benchmark such pairs never joined an agreeing and a disagreeing article (issue 11).
    """
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("post.txt", DENIAL, "defence ministry", "Sudmark"),
            ("wire.txt", "“Nobody will ever take the Orsk dam from us,” Per Vik said.", "Per Vik", "Norland army"),
            ("post.txt", "“Nobody will ever take the Orsk dam from us,” Ola Brun said.", "Ola Brun", "Sudmark"),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    capture, denial, vow, vow_too = claims[:4]
    assert _relation(links, capture, denial) == "competes"
    assert any(vow.id in q.claims and vow_too.id in q.claims for q in questions)  # one question...
    assert _relation(links, vow, vow_too) != "competes"  # ...but the same words are no opposition


def test_a_rejection_of_the_enemy_answers_the_question_the_other_side_asserts(
    make_claims: Make,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"The accusations put forward by the enemy are false": no party named, but a party's enemy in a
    dispute is the camp opposed to it, so the rejection answers that camp's point, against it."""
    enemy = "We affirm that the accusations put forward by the enemy are false and baseless, it added."
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("wire.txt", DENIAL, "defence ministry", "Sudmark"),
            ("post.txt", "Norland troops took the Orsk dam at dawn, spokesman Per Vik said.", "Per Vik", "Norland"),
            ("post.txt", enemy, "defence ministry", "Sudmark"),
            ("atlas.txt", SETTING, None, None),
            *BACKGROUND,
        ]
    )
    _left_out_by_grouping(monkeypatch, claims)
    questions, _ = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert question.claims.get(claims[3].id) == "denies"
    assert question.claims[claims[2].id] == question.claims[claims[0].id] == "asserts"


def test_the_enemy_named_by_no_party_answers_nothing(make_claims: Make, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    enemy = "We affirm that the accusations put forward by the enemy are false and baseless, it added."
    claims = make_claims(
        [
            ("wire.txt", CAPTURE, "Per Vik", "Norland army"),
            ("wire.txt", DENIAL, "defence ministry", "Sudmark"),
            ("post.txt", "Norland troops took the Orsk dam at dawn, spokesman Per Vik said.", "Per Vik", "Norland"),
            ("post.txt", enemy, None, None),  # the outlet's own words: no camp, so no other side
            ("atlas.txt", SETTING, None, None),
            *BACKGROUND,
        ]
    )
    _left_out_by_grouping(monkeypatch, claims)
    questions, _ = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert claims[3].id not in question.claims
