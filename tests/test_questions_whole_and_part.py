"""A whole and its part are two counts, not rival answers: "Out of the 28 pupils, seven came home ill" says
both figures hold, so "the school took 28 pupils" and "seven pupils fell ill" do not dispute one count
(seen on an FNC-1 train cluster, where "How many girls were taken?" was shown disputed between 28 and 7).
Invented claims about an invented school trip to Varn.
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
    ("wire.txt", "The Orsk school took 28 pupils on a five-day trip to Varn in May.", None, None),
    ("post.txt", "The Orsk school had taken 28 pupils on the five-day trip to Varn to visit museums.", None, None),
    ("daily.txt", "The Orsk school took a group of 28 pupils on the trip to Varn, the daily said.", None, None),
    ("radio.txt", "Seven pupils from the Orsk school have fallen ill during a five-day trip to Varn.", None, None),
]


def test_a_whole_and_its_part_told_together_are_no_dispute(make_claims: Make) -> None:  # noqa: F811
    whole_and_part = ("tv.txt", "Out of the 28 pupils on the trip to Varn, seven came home ill.", None, None)
    claims = make_claims([*TRIP, whole_and_part, *BACKGROUND])
    questions, _ = link_questions(claims)
    assert not any({"28", "7"} <= set(q.claims.values()) for q in questions)  # was "28" against "7", disputed
    taken = next(q for q in questions if claims[1].id in q.claims)  # the 28 pupils taken are still a question
    assert set(taken.claims.values()) == {"28"}
    assert not taken.disputed


def test_two_figures_nobody_tells_together_still_dispute_one_count(make_claims: Make) -> None:  # noqa: F811
    rival = ("tv.txt", "The Orsk school took 35 pupils on the five-day trip to Varn in May.", None, None)
    claims = make_claims([*TRIP[:3], rival, *BACKGROUND])
    questions, _ = link_questions(claims)
    taken = next(q for q in questions if claims[3].id in q.claims)
    assert set(taken.claims.values()) == {"28", "35"}
    assert taken.disputed


def test_a_claim_s_own_whole_and_part_still_dispute_another_whole(make_claims: Make) -> None:  # noqa: F811
    """ "Three boats, two of them Norlandic" gives 3 and 2, but against "two boats" it is a rival count."""
    claims = make_claims(
        [
            (
                "wire.txt",
                "The harbour master said the Orsk fleet has two boats but neither sank in the storm.",
                None,
                None,
            ),
            (
                "post.txt",
                "The report noted that the Orsk fleet has two boats but neither sank in the storm.",
                None,
                None,
            ),
            (
                "tv.txt",
                "The Orsk fleet is believed to have three boats, two of them Norlandic and one Sudmarkian.",
                None,
                None,
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    fleet = next(q for q in questions if claims[2].id in q.claims)
    assert set(fleet.claims.values()) == {"2", "3"}
    assert fleet.disputed
