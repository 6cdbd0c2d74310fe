"""Regression: a numeral at the root of its sentence once sent feature extraction into an endless loop
(spaCy makes a new Token object on each access, so `tok.head is tok` never holds)."""

from __future__ import annotations

import pytest

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def test_numeral_at_sentence_root_terminates_and_is_counted() -> None:
    doc = load_pipeline(None)("At least 1,000.")
    assert doc[2].dep_ == "ROOT" and doc[2].like_num  # the shape that used to hang
    features = claim_features(doc[:], 0.0)
    assert any(entry[0] == 1000 for entry in features["numbers"])
