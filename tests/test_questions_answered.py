"""What a short claim answers (linker 79): the nearest claim before it in its article that shares one of its
own words, within a few claims, else the one just before. A rejection answered the line just before it
whatever it said: "Seven officers were injured, police said." stood between the police's stones and the
union's "denied that its members had thrown anything", so the denial disputed the injured officers. Words of
names do not count: every side names the places and parties of the dispute. Invented articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.extract.claims import extract_claims
from factcheck.link.claim_words import ClaimWords
from factcheck.pipeline import analyse

pytestmark = pytest.mark.slow

CLASHES = {
    "a_wire.txt": "Clashes at Velden rally\n\nPolice said protesters threw stones at officers outside the town hall. "
    "Seven officers were injured, police said.\n\nThe Harbour Workers' Union denied that its members had thrown "
    "anything.\n",
    "b_daily.txt": "Union blames police for Velden clashes\n\nA police spokesman said protesters had thrown stones "
    "and bottles at officers before the crowd was dispersed.\n",
}


def _write(folder: Path, stories: dict[str, str]) -> None:
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_denial_answers_the_claim_it_shares_a_word_with_not_the_line_before(tmp_path: Path) -> None:
    _write(tmp_path, CLASHES)
    claims = extract_claims(load_corpus([tmp_path]).articles)
    index = {c.text[:20]: i for i, c in enumerate(claims)}
    answered = ClaimWords.of(claims).previous
    assert answered[index["The Harbour Workers'"]] == index["Police said proteste"]


def test_the_denial_disputes_the_stones_not_the_injured(tmp_path: Path) -> None:
    _write(tmp_path, CLASHES)
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text[:20] for c in result.claims}
    stances = [{by_text[c]: s for c, s in q.claims.items()} for q in result.questions]
    assert {
        "Police said proteste": "asserts",
        "The Harbour Workers'": "denies",
        "A police spokesman s": "asserts",
    } in stances
    assert not [s for s in stances if "Seven officers were " in s]


def test_a_name_in_common_is_no_answer(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "a.txt": "Shelling near Arvik\n\nNorland troops shelled the outskirts of Arvik on Monday, the "
            "regional governor said. Nine houses burned near the river, firefighters said.\n\n"
            '"Arvik will never fall," the mayor said.\n'
        },
    )
    claims = extract_claims(load_corpus([tmp_path]).articles)
    index = {c.text[:12]: i for i, c in enumerate(claims)}
    assert ClaimWords.of(claims).previous[index['"Arvik will ']] == index["Nine houses "]
