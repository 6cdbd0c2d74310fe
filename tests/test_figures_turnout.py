"""How many marched: "80,000 people took part in the march" is an answer to the count of one march, not a
count of the month of March (extractor 263). A lower-case "march" after "in" set the figure's span to a
year, and a total over a year is never the same count as one event's, so the organisers' figure sat in no
question beside the police's "12,000 marchers". Invented sentences about an invented march in Orvale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline
from factcheck.pipeline import analyse

pytestmark = pytest.mark.slow


def test_the_month_is_capitalised_a_march_is_not() -> None:
    (sent,) = load_pipeline()("Some 80,000 people took part in the march.").sents
    assert claim_features(sent, 0.0).get("span") is None
    (sent,) = load_pipeline()("Some 80,000 people took part in protests in March.").sents
    assert claim_features(sent, 0.0).get("span") == "year"


def test_three_outlets_figures_for_one_march_are_one_question(tmp_path: Path) -> None:
    stories = {
        "a_wire.txt": "March in Orvale\n\nOrganisers from the Orvale Workers' Front said 80,000 people took part "
        "in the march.\n",
        "b_daily.txt": "March in Orvale\n\nPolice put the number of marchers in Orvale at 12,000.\n",
        "c_post.txt": "March in Orvale\n\nThe interior ministry said the Orvale march had drawn no more than "
        "15,000 people.\n",
    }
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text for c in result.claims}
    counts = [q for q in result.questions if len(q.claims) == 3]
    assert len(counts) == 1, [(q.label, [by_text[c] for c in q.claims]) for q in result.questions]
    stance = {by_text[c]: s for c, s in counts[0].claims.items()}
    # 12,000 and "no more than 15,000" can both hold: one answer, against the organisers' 80,000
    assert sorted(stance.values()) == ["12,000-15,000", "12,000-15,000", "80,000"]
