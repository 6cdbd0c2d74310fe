"""A body named by its members' plural possessive in lower case ("the residents' group", "the parents'
committee", "the <Place> residents' association") speaks for that body (extractor 261): "group" alone may be
any group, "committee" any committee. A role owned so ("the residents' lawyer") is written as the text marks
it, not "residents's". Invented names only.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "side"),
    [
        (
            "The residents' group said the water from the Kessa reservoir was unsafe to drink.\n",
            "unsafe to drink",
            "residents' group",
            "residents' group",
        ),
        (
            "The parents' committee rejected the report, saying the Orvale school had never flooded.\n",
            "never flooded",
            "parents' committee",
            "parents' committee",
        ),
        (
            "The Marlow residents' association said the Kessa dam had cracked in two places.\n",
            "cracked in two places",
            "Marlow residents' association",
            "residents' association",
        ),
    ],
)
def test_a_body_named_by_its_members_speaks_for_itself(text: str, fragment: str, speaker: str, side: str) -> None:
    claim = find(claims_of(text), fragment)
    assert (claim.speaker, claim.side) == (speaker, side)


def test_the_same_members_body_in_two_articles_is_one_camp() -> None:
    claims = extract_claims(
        [
            article_from_text(
                "001_a.txt", "Dam row\n\nThe Marlow residents' association said the Kessa dam had cracked.\n"
            ),
            article_from_text(
                "002_b.txt", "Dam row\n\nThe residents' association said the spillway of the dam was blocked.\n"
            ),
        ]
    )
    assert find(claims, "had cracked").camp == find(claims, "was blocked").camp == "residents' association"


def test_a_role_owned_by_members_is_written_as_the_text_marks_it() -> None:
    claims = claims_of(
        "The residents' lawyer said the eviction from the Kessa flats was illegal. The governor's office said "
        "the roads into Kessa were closed.\n"
    )
    assert find(claims, "eviction").speaker == "residents' lawyer"
    assert find(claims, "roads into").speaker == "governor's office"


def test_an_irregular_plural_and_a_curly_apostrophe_name_members_too() -> None:
    claims = claims_of(
        "The women's group said the Kessa shelter was full. The nurses’ union said the Orvale wards were "
        "closed. The crew's union said the ferry was safe.\n"
    )
    assert find(claims, "shelter was full").side == "women's group"
    assert find(claims, "wards were").side == "nurses' union"
    assert find(claims, "ferry was safe").side != "crew's union"  # one crew: an owner, not its members
