"""A question anchored on a rejection asks what was rejected (linker 83): "<Company> denied that any
chemicals had entered the river" is labelled "Chemicals had entered the river", the company denies it and
the residents' line that answered the company otherwise asserts it. Before, the label quoted the denial, the
company "asserted" it and the residents "denied" it ("denies '<Company> denied …'"). Invented sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.link.anchor import rejected_point
from factcheck.pipeline import analyse
from tests.test_questions_spill import LEAK_STORY


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Brannock Chemicals denied that any chemicals had entered the river.", "Chemicals had entered the river"),
        ("The port authority rejected claims that the ferry had been overloaded.", "The ferry had been overloaded"),
        ("Orvale police dismissed reports that officers fired on the crowd", "Officers fired on the crowd"),
        ("The firm denied that any of its workers had been hurt.", "Any of its workers had been hurt"),
    ],
)
def test_a_rejection_names_what_it_rejects(text: str, point: str) -> None:
    assert rejected_point(text) == point


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not deny that the gates had failed.",  # a rejection turned round grants the point
        "The mayor never denied that the gates had failed.",
        '"We deny nothing," the mayor said of the gates.',  # no point: nothing follows "that"
        "The council said the dam had held.",  # no rejection
        "The judge rejected that argument in a ruling released on Thursday.",  # "that" points at the argument
        "The minister denied that allegation at a news conference on Monday.",
    ],
)
def test_no_rejected_point(text: str) -> None:
    assert rejected_point(text) is None


@pytest.mark.slow
def test_a_question_anchored_on_a_denial_asks_what_was_denied(tmp_path: Path) -> None:
    for name, text in LEAK_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse(load_corpus([tmp_path]).articles)
    by_id = {c.id: c for c in result.claims}
    denial = next(c.id for c in result.claims if c.text.startswith("Brannock Chemicals denied"))
    (question,) = [q for q in result.questions if denial in q.claims]
    assert question.label == "Chemicals had entered the river"
    stances = {by_id[c].text[:22]: s for c, s in question.claims.items()}
    assert stances["Brannock Chemicals den"] == "denies"
    assert stances["Thousands of dead fish"] == "asserts"
    residents = next(c for c in result.claims if c.text.startswith("Thousands of dead fish"))
    reason = (residents.suggestion or {}).get("reason", "")
    assert "asserts 'Chemicals had entered the river'" in reason
