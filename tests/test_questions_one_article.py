"""A question is a point contested across articles: two related lines of one article that agree (its narration
and a quoted official saying the same thing) are no question; one article that reports both sides of a
dispute still is. Invented claims about an invented dam at Orsk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from test_questions import BACKGROUND, Spec, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.link import link_questions
from factcheck.model import Claim

pytestmark = pytest.mark.slow

Make = Callable[[Sequence[Spec]], list[Claim]]


def test_two_agreeing_lines_of_one_article_are_no_question(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", "The Orsk council opened the new flood gates of the dam on Monday morning.", None, None),
            (
                "wire.txt",
                "The new flood gates of the dam were opened on Monday morning, council engineer Ana Kern said.",
                "Ana Kern",
                None,
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    assert not any(claims[0].id in q.claims or claims[1].id in q.claims for q in questions)


def test_one_article_reporting_both_sides_is_still_a_dispute(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            (
                "wire.txt",
                "Norland troops have captured the Orsk dam, Norland army spokesman Per Vik said.",
                "Per Vik",
                "Norland army",
            ),
            (
                "wire.txt",
                "Sudmark's defence ministry denied that the Orsk dam had been captured, calling the claim false.",
                "defence ministry",
                "Sudmark",
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    question = next(q for q in questions if claims[0].id in q.claims)
    assert claims[1].id in question.claims
    assert question.disputed
