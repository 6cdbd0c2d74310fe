"""Shares in an invented disputed election in Marosh (extractor 254): a percentage is a share of something,
and shares of two things, or two candidates' shares, are two quantities. "Turnout was 61 percent" and "won
58 percent of the vote" used to be one answer, "58-61".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language
from test_questions import BACKGROUND, Spec, make_claims, nlp  # noqa: F401  (fixtures)

from factcheck.extract.features import claim_features
from factcheck.link import link_questions
from factcheck.link.count_label import count_label
from factcheck.link.stance import Measure
from factcheck.model import Claim

pytestmark = pytest.mark.slow

Make = Callable[[Sequence[Spec]], list[Claim]]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("The commission said Tomas Vale won 58 percent of the vote.", ("percent vote", "win", "Vale")),
        ("The party said Vale received no more than 45% of votes cast.", ("percent vote", "win", "Vale")),
        ("Its count showed that Dara Lusk had won 51 percent.", ("percent vote", "win", "Lusk")),
        ("The chairman said turnout was 61 percent.", ("percent turnout", "be", None)),
        ("About 40 percent of voters in Orsk said the levy was unfair.", ("percent voter", "say", None)),
        ("Shares in the Orsk ferry company gained 5 percent on Monday.", ("percent share", "gain", None)),
        ("The firm took 30 percent of the market.", ("percent market", "take", None)),
    ],
)
def test_a_percentage_counts_a_share_of_its_whole(nlp: Language, text: str, share: tuple) -> None:  # noqa: F811
    entry = claim_features(nlp(text)[:], 0.0)["numbers"][0]
    assert (entry[1], entry[3], entry[5] if len(entry) > 5 else None) == share  # was ("percent", <verb>, None)


def test_turnout_and_a_vote_share_are_two_questions(make_claims: Make) -> None:  # noqa: F811
    claims = make_claims(
        [
            (
                "wire.txt",
                "Commission chairman Ivo Prent said turnout in Marosh was 61 percent.",
                "chairman",
                "Commission",
            ),
            ("post.txt", "The opposition party said turnout in Marosh was below 40 percent.", "party", "Opposition"),
            (
                "wire.txt",
                "The commission said Tomas Vale won the Marosh election with 58 percent of the vote.",
                "commission",
                "Commission",
            ),
            *BACKGROUND,
        ]
    )
    questions, _ = link_questions(claims)
    turnout = next(q for q in questions if claims[0].id in q.claims)
    assert turnout.label == "What was the turnout?"
    assert turnout.claims[claims[0].id] == "61%"
    assert turnout.claims[claims[1].id] == "at most 40%"
    assert claims[2].id not in turnout.claims  # the winner's share is no answer to the turnout


def test_a_share_of_people_is_asked_in_its_anchors_words() -> None:
    voters = Measure("percent voter", "be")
    texts = ["About 40 percent of voters in Orsk were undecided, the poll found."]
    assert count_label(voters, texts) is None  # was "What was the voter?"
    assert count_label(Measure("percent turnout", "be"), ["Turnout in Orsk was 61 percent."]) == "What was the turnout?"
