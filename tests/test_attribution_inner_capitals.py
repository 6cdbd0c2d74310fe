"""A name written with a capital inside it ("D’Souza", "McKay", "O’Donnell") is a name even where the
tagger reads it as a common noun: it keeps its capitals as a speaker, and a role set beside it makes it a
person. Invented sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("word", "name"), [("McKay", True), ("D’Souza", True), ("O'Neill", True), ("DeLuca", True)])
def test_a_word_with_an_inner_capital_is_name_shaped(word: str, name: bool) -> None:
    from factcheck.extract.names import camel_cased

    assert camel_cased(word) is name


@pytest.mark.parametrize("word", ["NGOs", "DNA", "Officials", "iPhone", "Mr.", "U.S."])
def test_acronyms_common_words_and_lower_case_brands_are_not(word: str) -> None:
    from factcheck.extract.names import camel_cased

    assert not camel_cased(word)


def test_a_name_the_tagger_reads_as_a_noun_keeps_its_capitals() -> None:
    claims = claims_of(
        "After the host asked the ferryman who would win, D’Souza replied, “I would bet on the river.”\n"
    )
    assert find(claims, "bet on the river").speaker == "D’Souza"  # was "d’souza"


def test_a_strategist_whose_name_is_tagged_an_organisation_is_the_person_a_bare_surname_means() -> None:
    host = article_from_text(
        "000_host.txt", "River report\n\nHost Norah O’Donnell asked about the river on air.\n\n"
        "“It is clean,” Norah O’Donnell said.\n"
    )
    row = article_from_text(
        "001_row.txt",
        "Council row\n\n“It was a waste of time,” said Tobi O’Donnell, chief strategist for Ruth Vell’s campaign.\n\n"
        "“In retrospect, I don’t think it was,” O’Donnell said.\n",
    )
    claims = extract_claims([host, row])
    assert find(claims, "waste of time").speaker == "Tobi O’Donnell"
    assert find(claims, "waste of time").side != "Tobi O’Donnell"  # a person, not a party of its own name
    assert find(claims, "In retrospect").speaker == "Tobi O’Donnell"  # was "Norah O’Donnell", of the other article
