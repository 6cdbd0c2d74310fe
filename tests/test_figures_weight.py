"""How much of a thing: "about two tonnes of chlorine had leaked" against "at least 20 tonnes" is a disputed count
(extractor 265, linker 80). The tagger hung "about two tonnes …" on "said" as what was spoken of ("said on
Twitter"), so the claim lost its words and its figure counted what was said; and weights were units like
feet and metres, never a count. Invented sentences about an invented chemical leak.
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


def test_two_weights_of_one_spill_are_a_disputed_count(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Chlorine leak at Kessel plant\n\nThe regional environment agency said about two tonnes of chlorine "
        "solution had leaked from a storage tank at the Brannock plant on Sunday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Group says Kessel leak far larger\n\nRiver Watch, an environmental group, said at least 20 tonnes of "
        "chlorine solution had leaked from the Brannock plant.\n",
        encoding="utf-8",
    )
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text[:20] for c in result.claims}
    (question,) = result.questions
    assert question.label == "How many tonnes were leaked?"
    assert {by_text[c]: s for c, s in question.claims.items()} == {
        "The regional environ": "about 2",
        "River Watch, an envi": "at least 20",
    }
