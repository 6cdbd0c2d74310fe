"""One crowd, one question: a march told by two outlets in many words ("put the turnout at 12,000", "12,000
people joined the march", "there were twelve thousand of us", "police estimated the crowd at 3,000", "we
counted the crowd, and it was no more than 3,000"). Three of them counted nothing or read the wrong bound
("no more than 3,000" was at least 3,000, so it "agreed" with 12,000), "walked with us" was no way of taking
part, and the Front's three names were three camps: the count was parted into two or three questions, one of
them a yes/no question between "twelve thousand walked with us" and "about 3,000 took part". Invented articles
about an invented march.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.link import link_questions
from factcheck.model import is_count

pytestmark = pytest.mark.slow

HARBOUR = "\n\n".join(
    [
        "Thousands march through Orsk as textile strike enters third week",
        "ORSK — Thousands of textile workers marched through the centre of Orsk on Saturday, the largest protest"
        " since the strike began.",
        "The Kessland Workers' Front, which organised the march, put the turnout at 12,000. \"Twelve thousand"
        ' people walked with us today, and the mills heard them," said Dana Velk, a spokeswoman for the Kessland'
        " Workers' Front.",
        'Police said about 3,000 people took part. "The march passed off peacefully and around 3,000 people'
        ' attended," said Inspector Tomas Rell of the Orsk police.',
    ]
)

GAZETTE = "\n\n".join(
    [
        "Orsk strike march draws crowd as talks stall",
        "Striking textile workers marched in Orsk on Saturday as talks between the union and mill owners stalled.",
        "Organisers from the Workers' Front said 12,000 people joined the march. Police estimated the crowd at 3,000.",
        '"We counted the crowd from the bridge, and it was no more than 3,000," a police spokesman said.',
        "Dana Velk of the Workers' Front said the figure was far higher. \"The police always count low. There were"
        ' twelve thousand of us," she said.',
    ]
)

FIGURES = {
    "put the turnout at 12,000": "12,000",
    "Twelve thousand people walked": "12,000",
    "Police said about 3,000": "about 3,000",
    "around 3,000 people attended": "about 3,000",
    "12,000 people joined": "12,000",
    "estimated the crowd at 3,000": "about 3,000",
    "no more than 3,000": "about 3,000",
    "twelve thousand of us": "12,000",
}


def test_a_crowd_told_in_many_words_is_one_question_of_its_count() -> None:
    claims = extract_claims([article_from_text("harbour.txt", HARBOUR), article_from_text("gazette.txt", GAZETTE)])
    questions, _ = link_questions(claims)
    counts = [q for q in questions if is_count(q.claims.values())]
    assert len(counts) == 1
    (crowd,) = counts
    by_text = {c.text: crowd.claims.get(c.id) for c in claims}
    for fragment, answer in FIGURES.items():
        (stance,) = [stance for text, stance in by_text.items() if fragment in text]
        assert stance == answer, fragment
    camps = {c.camp for c in claims if c.id in crowd.claims}
    assert camps == {"Kessland Workers' Front", "Orsk"}  # one camp for the Front's three names, one for the police
