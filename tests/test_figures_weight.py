"""How much of a thing (extractor 265, linker 82). The tagger hung "about two tonnes of chlorine had leaked" on
"said" as what was spoken of ("said on Twitter"), so the claim lost its words and its figure counted what was
said. Weights stay units: counted (linker 80), two days' shipments became one disputed count. Invented
sentences about an invented chemical leak and invented aid flights.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.pipeline import analyse

pytestmark = pytest.mark.slow


def _features(text: str) -> dict:
    (sent,) = load_pipeline()(text).sents
    return claim_features(sent, 0.0)


def test_about_before_a_figure_opens_the_claim_not_a_topic_of_the_saying() -> None:
    f = _features(
        "The regional environment agency said about two tonnes of chlorine solution had leaked from a storage "
        "tank at the plant on Sunday night."
    )
    assert {"tonne", "chlorine", "solution", "leak"} <= set(f["content_lemmas"])
    assert [n[:4] for n in f["numbers"]] == [[2.0, "tonne", "~", "leak"]]
    # a phrase of the saying stays one
    assert "twitter" not in _features("The agency said on Twitter that the tank had leaked.")["content_lemmas"]


def test_two_days_shipments_by_weight_are_no_disputed_count(tmp_path: Path) -> None:
    """Weights stay units, not counts (linker 82): linker 80 counted them, and two days' aid flights, "some 17
    tonnes" on Saturday and "more than 50 tonnes" on Sunday, became one disputed count."""
    (tmp_path / "a.txt").write_text(
        "First aid flight lands in Velden\n\nThe first shipment arrived in Velden on Saturday, with a plane "
        "carrying some 17 tonnes of aid, according to a statement from the Ministry of Foreign Affairs.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "More aid reaches Velden\n\nOn Sunday, aid planes from two neighbouring states arrived in Velden, "
        "carrying more than 50 tonnes of medical aid and food to the country.\n",
        encoding="utf-8",
    )
    result = analyse(load_corpus([tmp_path]).articles)
    assert result.questions  # the two flights are still one point ...
    for question in result.questions:  # ... that nobody disputes
        assert len(set(question.claims.values())) == 1, question
