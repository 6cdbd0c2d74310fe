"""How a count of persons is told beyond "N people took part": "there were twelve thousand of us", "we
counted the crowd, and it was no more than 3,000", "only 40 were detained", "at least 17 were killed", "14
died", "put the toll at nine". Each counted nothing, or the wrong bound ("no more than 3,000" read as at least
3,000). Invented sentences about an invented march, an invented port strike and an invented factory fire.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _figures(text: str) -> list[tuple[Any, ...]]:
    """(value, noun, bound, verb) of each figure of a one-sentence text."""
    (sent,) = load_pipeline()(text).sents
    return [tuple(entry[:4]) for entry in claim_features(sent, 0.0).get("numbers", [])]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"There were twelve thousand of us," she said.', (12000.0, "people", "=", "attend")),
        ("There were 3,000 people in the square on Saturday.", (3000.0, "people", "=", "attend")),
        ("Five of them were killed when the bridge fell.", (5.0, "people", "=", "kill")),
        ("Police have said only 40 were detained at the port.", (40.0, "people", "=", "detain")),
        ("At least 17 were killed when the bridge fell.", (17.0, "people", ">=", "kill")),
        ("Union says 14 died in the factory blaze.", (14.0, "people", "=", "die")),
        ("The fire service has put the toll at nine.", (9.0, "people", "=", "die")),
    ],
)
def test_a_count_of_persons_told_with_of_us_or_there_were(text: str, figure: tuple[Any, ...]) -> None:
    assert _figures(text) == [figure]


def test_two_of_a_number_of_things_is_no_count_of_persons() -> None:
    assert "people" not in [noun for _, noun, _, _ in _figures("Two of the five bridges were closed on Sunday.")]
    assert "people" not in [noun for _, noun, _, _ in _figures("About 200 were destroyed when the fire spread.")]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("No more than 3,000 people took part in the march.", "<="),
        ("Not more than 12 people were hurt in the crush.", "<="),
        ("No fewer than 40 people were killed in the blast.", ">="),
        ("More than 40 people were killed in the blast.", ">="),
    ],
)
def test_a_negated_bound_turns_round(text: str, bound: str) -> None:
    assert [entry[2] for entry in _figures(text)] == [bound]


def test_it_after_the_crowd_is_the_crowd() -> None:
    text = '"We counted the crowd from the bridge, and it was no more than 3,000," a police spokesman said.'
    assert _figures(text) == [(3000.0, "people", "<=", "attend")]


def test_it_after_another_thing_counts_nothing_new() -> None:
    assert [noun for _, noun, _, _ in _figures("We visited the village, and it was 300 metres from the road.")] != [
        "people"
    ]


def test_a_bare_numeral_after_a_count_of_persons_counts_the_same_persons() -> None:
    assert _figures("Five Norland soldiers were killed and 11 were injured at the border.") == [
        (5.0, "soldier", "=", "kill"),
        (11.0, "soldier", "=", "injure"),  # of Norland, as the five: "11 were injured" counted nothing
    ]
    assert _figures("Two buses were hit and 11 were injured at the border.")[1] == (11.0, "people", "=", "injure")
