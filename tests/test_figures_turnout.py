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


def test_a_noun_the_tagger_folds_into_a_date_is_still_what_the_claim_is_about() -> None:
    """ "on Sunday that Saturday's march" is one date to the tagger, its "march" the month (extractor 264)."""
    (sent,) = load_pipeline()(
        "The interior ministry said on Sunday that Saturday's march had drawn no more than 15,000 people."
    ).sents
    lemmas = claim_features(sent, 0.0)["content_lemmas"]
    assert "march" in lemmas
    assert "sunday" not in lemmas and "saturday" not in lemmas
    (sent,) = load_pipeline()("Police said last week's rally had drawn 3,000 people.").sents
    assert "week" not in claim_features(sent, 0.0)["content_lemmas"]


def test_figures_of_one_crowd_meet_though_their_sentences_share_no_word(tmp_path: Path) -> None:
    """ "80,000 people took part" and "police put the number of marchers at 12,000" have no word in common:
    what their figures count puts them in one question (linker 78)."""
    stories = {
        "a_wire.txt": "Pension protest\n\nTens of thousands of people marched through the centre of Velden on "
        "Saturday against the pension reform.\n\nOrganisers from the Velden Workers' Front said 80,000 people "
        'took part. "This is the biggest march Velden has seen in years," said a spokeswoman for the front.'
        "\n\nPolice put the number of marchers at 12,000.\n",
        "b_daily.txt": "Pension protest\n\nThe interior ministry said on Sunday that Saturday's march had drawn "
        '"no more than 15,000 people" and blamed "a few hundred agitators" for clashes near parliament.\n',
    }
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text for c in result.claims}
    counts = [q for q in result.questions if "80,000" in q.claims.values()]
    assert len(counts) == 1, [(q.label, [by_text[c] for c in q.claims]) for q in result.questions]
    stance = {by_text[c][:20]: s for c, s in counts[0].claims.items()}
    assert stance == {
        "Organisers from the ": "80,000",
        "Police put the numbe": "12,000-15,000",
        "The interior ministr": "12,000-15,000",
    }


# Three outlets on one invented march: the wire's organisers' figure follows a lead paragraph and is grouped with
# the spokeswoman's quote after it (no question); the ministry's figure shares its sentence with the clashes and
# was grouped with two lines about them, which nobody disputes.
MARCH_STORY = {
    "a_wire.txt": (
        "Tens of thousands march in Orvale against pension reform\n"
        "\n"
        "ORVALE, May 4 (Wire) - Tens of thousands of people marched through the centre of Orvale on "
        "Saturday to protest against the government's pension reform, in the largest demonstration the "
        "city has seen in a decade.\n"
        "\n"
        "Organisers from the Workers' Solidarity Front said 80,000 people took part. \"This is the biggest"
        ' march Orvale has seen since 1998," said Mara Tesk, a spokeswoman for the front.\n'
        "\n"
        "Police put the number of marchers at 12,000.\n"
        "\n"
        "Clashes broke out near the parliament building late in the afternoon. Police said protesters "
        "threw stones and bottles at officers, who responded with tear gas. Seven officers were injured, "
        "police said.\n"
        "\n"
        'The front denied that its members had thrown anything. "The violence was started by the police, '
        'who charged a peaceful crowd," Tesk said.\n'
        "\n"
    ),
    "b_daily.txt": (
        'Interior ministry says march was "small and violent"\n'
        "\n"
        "The Orvale interior ministry said on Sunday that Saturday's march had drawn \"no more than 15,000"
        ' people" and blamed "a few hundred agitators" for the clashes near parliament.\n'
        "\n"
        '"The police acted with restraint," Interior Minister Petr Dalen told reporters. "They used tear '
        'gas only after they were attacked."\n'
        "\n"
        "The Workers' Solidarity Front rejected the ministry's account. Its leader, Ilan Vosk, said the "
        "police had fired tear gas into the crowd without warning and that at least 40 marchers had been "
        "treated in hospital.\n"
        "\n"
        "Hospital officials said 23 people had been treated for injuries, including four police officers.\n"
        "\n"
    ),
    "c_post.txt": (
        "Witnesses describe police charge at Orvale march\n"
        "\n"
        "Several witnesses told the Post that police charged the crowd before any stones were thrown.\n"
        "\n"
        '"We were standing still when they came at us with batons," said Jonas Reed, a teacher who joined'
        " the march.\n"
        "\n"
        "The police union said its officers had been attacked first and that eleven of them were hurt.\n"
        "\n"
        "An independent count by the Orvale Media Observatory estimated the crowd at about 45,000 at its "
        "peak.\n"
        "\n"
    ),
}


def test_every_figure_for_the_turnout_answers_the_count(tmp_path: Path) -> None:
    """A figure for a question's count joins it from no question or from one nobody disputes (linker 78)."""
    for name, text in MARCH_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text for c in result.claims}
    (count,) = [q for q in result.questions if q.label == "How many marchers participated?"]
    stance = {by_text[c][:20]: s for c, s in count.claims.items()}
    assert stance == {
        "Organisers from the ": "80,000",
        "Police put the numbe": "12,000-15,000",
        "The Orvale interior ": "12,000-15,000",
        "An independent count": "about 45,000",
    }
