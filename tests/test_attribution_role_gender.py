"""A role written with a gender tells the person's gender ("a police spokeswoman, <Name>,"), as a title does
("Ms <Name>"). Before, only a "she" written after the name in the same sentence told it, so a later "He said"
could be taken for her. Invented sentences about an invented march.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("role", "other"),
    [("A police spokeswoman, Ada Moss,", "Ivo Kern"), ("Police chairwoman Ada Moss", "Ivo Kern")],
)
def test_he_is_not_the_spokeswoman(role: str, other: str) -> None:
    text = (
        f"{other} said the march through Orsk had been peaceful.\n\n"
        f"{role} said officers had used tear gas only after they were pelted with stones.\n\n"
        "He said the police had charged first.\n"
    )
    assert find(claims_of(text), "He said the police").speaker == other


def test_she_is_still_the_spokeswoman() -> None:
    text = (
        "Ivo Kern said the march through Orsk had been peaceful.\n\n"
        "A police spokeswoman, Ada Moss, said officers had used tear gas only after they were pelted with stones.\n\n"
        "She said about 12,000 people had joined the march.\n"
    )
    assert find(claims_of(text), "She said about").speaker == "Ada Moss"


def test_a_spokesman_may_be_a_woman() -> None:
    # News writes "spokesman" of women ("<Org> spokesman <Name> ... she said"): a "-man" role tells no gender.
    text = (
        "Ivo Kern said the march through Orsk had been peaceful.\n\n"
        "Front spokesman Ada Moss confirmed that the march had been registered. \"We followed the law,\" she said.\n"
    )
    assert find(claims_of(text), "We followed the law").speaker == "Ada Moss"
