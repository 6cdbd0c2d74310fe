"""Lines that say someone said nothing, on an invented flood at the Orsk dam (Norland against Sudmark).

"Would not discuss the inquiry" and "did not respond to a request for comment" answer no point: two such
lines look alike and used to make a question of their own, or join the dispute they are silent on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from test_questions import BACKGROUND, Spec, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.link import link_questions, suggest_verdicts
from factcheck.link.bonds import build_bonds
from factcheck.link.reasons import NOTHING_SAID
from factcheck.link.silence import falls_silent, says_nothing
from factcheck.model import Claim

pytestmark = pytest.mark.slow

Make = Callable[[Sequence[Spec]], list[Claim]]


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        ("Spokesmen at the Norland water board would not discuss the inquiry into the dam.", True),
        ("A Sudmark army spokesman did not immediately respond to a request for comment.", True),
        ("The Norland ministry declined to comment on the report.", True),
        ("A spokeswoman for the dam operator could not be reached for comment on Monday.", True),
        ("The Orsk mayor's office did not return calls seeking comment.", True),
        ("The dam operator had no comment on the report when contacted by the paper.", True),
        ("When asked, the Norland army declined to comment.", True),
        ("A spokesman for the Norland water board was not immediately available for comment.", True),
        ("The army had no comment, but said the dam walls held.", False),
        ("Rescuers had no way to reach the villages below the dam.", False),
        ("The ministry declined to comment, but said the dam walls held through the night.", False),
        ("The army declined to say how many soldiers were killed, but put the toll at 12.", False),
        ("The Norland army did not confirm that the dam was breached.", False),
        ("Rescuers could not reach the villages below the Orsk dam, which was breached on Monday night.", False),
        ("Norland troops did not respond to the shelling of the dam.", False),
        (
            "Even as he accused the water board of hiding the cracks in the dam, the mayor would not speculate "
            "about who had opened the sluices on Monday night.",
            False,
        ),
    ],
)
def test_a_line_that_says_nothing_was_said_is_silent(make_claims: Make, text: str, silent: bool) -> None:  # noqa: F811
    claims = make_claims([("wire.txt", text, None, None), *BACKGROUND])
    assert falls_silent(build_bonds(claims).profiles[0]) is silent
    assert says_nothing(claims[0]) is silent  # the same test read from the claim alone, for its suggestion


def test_two_no_comment_lines_make_no_question_and_join_none(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            ("wire.txt", "Norland said its troops captured the Orsk dam on Monday.", "army", "Norland"),
            ("post.txt", "Sudmark denied that Norland troops had captured the Orsk dam.", "ministry", "Sudmark"),
            ("radio.txt", "Norland officials said the Orsk dam is now under their control.", "officials", "Norland"),
            ("wire.txt", "A Sudmark spokesman did not respond to a request for comment on the Orsk dam.", None, None),
            ("post.txt", "Norland officials would not discuss the capture of the Orsk dam.", None, None),
            *BACKGROUND,
        ]
    )
    questions, links = link_questions(claims)
    silent = {claims[3].id, claims[4].id}
    assert not any(silent & set(q.claims) for q in questions)
    assert not any({lk.source, lk.target} & silent for lk in links)
    question = next(q for q in questions if claims[0].id in q.claims)  # the dispute itself stays
    assert question.claims[claims[0].id] != question.claims[claims[1].id]
    suggest_verdicts(claims, links, questions)
    for claim in (claims[3], claims[4]):
        assert claim.suggestion == {"label": "unverified", "reason": NOTHING_SAID}  # not "single source"
    assert claims[5].suggestion is not None and claims[5].suggestion["reason"] != NOTHING_SAID


def test_a_short_no_comment_line_after_a_long_one_is_still_silent(make_claims: Make) -> None:  # noqa: F811
    # A short line borrows the words of the line before to bond (`ClaimWords.previous`), but whether it says
    # anything is read from its own words, as its suggestion reads them.
    claims = make_claims(
        [
            (
                "wire.txt",
                "The Orsk Courier also corrected its story on the dam, noting the error and saying it was unclear "
                "whether the sluices had been opened by the water board or by the army.",
                None,
                None,
            ),
            ("wire.txt", "A spokeswoman for the Courier had no immediate comment.", None, None),
            *BACKGROUND,
        ]
    )
    assert says_nothing(claims[1])
    assert falls_silent(build_bonds(claims).profiles[1])
