"""A minister of a brief with no party written speaks for the ministry of that brief that spoke in the article
(extractor 267): "Interior Minister <Name> told reporters" after "the <Place> interior ministry said" had no
side, so the minister's account stood as nobody's beside his own ministry's. Invented articles.
"""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


def _sides(text: str) -> dict[str, str | None]:
    return {c.text[:24]: c.side for c in extract_claims([article_from_text("march.txt", text)])}


def test_a_minister_speaks_for_the_ministry_of_his_brief() -> None:
    # the headline's "Interior ministry" says not whose, and is no second interior ministry
    sides = _sides(
        "Interior ministry says march was small\n\nThe Orvale interior ministry said on Sunday that the march "
        'had drawn no more than 15,000 people.\n\n"The police acted with restraint," Interior Minister Petr '
        "Dalen told reporters.\n"
    )
    assert sides['"The police acted with r'] == sides["The Orvale interior mini"] == "Orvale"


def test_a_minister_of_another_brief_is_not_placed() -> None:
    sides = _sides(
        "Ministry says march was small\n\nThe Orvale interior ministry said on Sunday that the march had drawn "
        'no more than 15,000 people.\n\n"The hospitals coped well," Health Minister Ana Brel told reporters.\n'
    )
    assert sides['"The hospitals coped wel'] is None


def test_two_states_ministries_of_the_brief_leave_the_minister_unplaced() -> None:
    sides = _sides(
        "Talks stall\n\nThe Norland foreign ministry said on Monday that the talks had failed. The Sudmark "
        'foreign ministry said the talks would go on.\n\n"We will not sign," Foreign Minister Ivo Kern told '
        "reporters.\n"
    )
    assert sides['"We will not sign," Fore'] is None
