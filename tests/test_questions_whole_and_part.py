"""A whole and its part are two counts, not rival answers: "Of the 40 scouts at the camp, nine came home ill"
says both figures hold, so "the club took 40 scouts" and "nine scouts fell ill" do not dispute one count (seen
on an FNC-1 train cluster, where a question of how many were taken on a trip was shown disputed between the
whole and the part). Invented claims about an invented scout camp in Varn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from test_questions import BACKGROUND, Spec, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.link import link_questions
from factcheck.model import Claim

pytestmark = pytest.mark.slow

Make = Callable[[Sequence[Spec]], list[Claim]]

TRIP = [
    ("wire.txt", "The Orsk club took 40 scouts on a week-long camp in Varn in May.", None, None),
    ("post.txt", "The Orsk club had taken 40 scouts to the week-long camp in Varn to learn sailing.", None, None),
    ("daily.txt", "The Orsk club took a group of 40 scouts to the camp in Varn, the daily said.", None, None),
    ("radio.txt", "Nine scouts from the Orsk club have fallen ill during the week-long camp in Varn.", None, None),
]


def test_a_whole_and_its_part_told_together_are_no_dispute(make_claims: Make) -> None:  # noqa: F811
    whole_and_part = ("tv.txt", "Of the 40 scouts at the camp in Varn, nine came home ill.", None, None)
    claims = make_claims([*TRIP, whole_and_part, *BACKGROUND])
    questions, _ = link_questions(claims)
    assert not any({"40", "9"} <= set(q.claims.values()) for q in questions)  # was "40" against "9", disputed
    taken = next(q for q in questions if claims[1].id in q.claims)  # the 40 scouts taken are still a question
    assert set(taken.claims.values()) == {"40"}
    assert not taken.disputed


def test_two_figures_nobody_tells_together_still_dispute_one_count(make_claims: Make) -> None:  # noqa: F811
    rival = ("tv.txt", "The Orsk club took 52 scouts on the week-long camp in Varn in May.", None, None)
    claims = make_claims([*TRIP[:3], rival, *BACKGROUND])
    questions, _ = link_questions(claims)
    taken = next(q for q in questions if claims[3].id in q.claims)
    assert set(taken.claims.values()) == {"40", "52"}
    assert taken.disputed


def test_a_claim_s_own_whole_and_part_still_dispute_another_whole(make_claims: Make) -> None:  # noqa: F811
    """ "Three ferries, two of them from Varn" gives 3 and 2, but against "two ferries" it is a rival count."""
    claims = make_claims(
        [
            (
                "wire.txt",
                "The harbour master said the Orsk fleet has two ferries, and both stayed in port.",
                None,
                None,
            ),
            (
                "post.txt",
                "A port report noted that the Orsk fleet has two ferries, and both stayed in port.",
                None,
                None,
            ),
            ("tv.txt", "The Orsk fleet is thought to have three ferries, two of them from Varn.", None, None),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    fleet = next(q for q in questions if claims[2].id in q.claims)
    assert set(fleet.claims.values()) == {"2", "3"}
    assert fleet.disputed
