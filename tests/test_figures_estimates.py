"""A crowd dispute told the way news tells it: "Organisers said 80,000 people took part. Police put the figure
at 12,000." The police figure had no speaker ("put" is no verb of speech) and counted nothing ("the figure"
names no noun), and "took part" counted people who were "taken". Invented sentences about an invented march.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _numbers(text: str) -> list[list[Any]]:
    """The figures of each sentence of `text`, read as one article."""
    doc = load_pipeline()(text)
    return [claim_features(sent, 0.0).get("numbers", []) for sent in doc.sents]


def test_the_figure_an_estimate_is_put_at_counts_what_the_figure_before_counted() -> None:
    first, second = _numbers("Organisers said 80,000 people took part in the march. Police put the figure at 12,000.")
    assert first == [[80000.0, "people", "=", "participate"]]
    assert second == [[12000.0, "people", "=", "participate"]]


def test_a_figure_of_another_paragraph_is_not_what_the_figure_counts() -> None:
    _, second = _numbers("Organisers said 80,000 people took part in the march.\n\nPolice put the figure at 12,000.")
    assert [entry[1] for entry in second] == [None]


@pytest.mark.parametrize(
    "text",
    ["Ivo Kern put the turnout at 80,000.", "The crowd at the Orsk march was about 80,000, organisers said."],
)
def test_a_turnout_or_a_crowd_counts_the_people_who_came(text: str) -> None:
    (numbers,) = _numbers(text)
    assert [(entry[0], entry[1], entry[3]) for entry in numbers] == [(80000.0, "people", "attend")]


def test_the_number_of_marchers_keeps_its_noun() -> None:
    (numbers,) = _numbers("Ivo Kern put the number of marchers at 80,000.")
    assert [(entry[0], entry[1]) for entry in numbers] == [(80000.0, "marcher")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police put the figure at 12,000 after the Orsk march on Saturday.", "Police"),
        ("Ivo Kern put the turnout at 80,000 after the Orsk march on Saturday.", "Ivo Kern"),
    ],
)
def test_who_puts_a_figure_at_a_value_gives_it(text: str, speaker: str) -> None:
    assert find(claims_of(text + "\n"), text[:12]).speaker == speaker
