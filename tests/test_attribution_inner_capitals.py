"""A name written with a capital inside it ("D’Emmet", "McKay", "O’Dannel") is a name even where the
tagger reads it as a common noun: it keeps its capitals as a speaker, and a role set beside it makes it a
person. Invented sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("word", "name"), [("McKay", True), ("D’Emmet", True), ("O'Neill", True), ("DeLuca", True)])
def test_a_word_with_an_inner_capital_is_name_shaped(word: str, name: bool) -> None:
    from factcheck.extract.names import camel_cased

    assert camel_cased(word) is name


@pytest.mark.parametrize("word", ["NGOs", "DNA", "Officials", "iPhone", "Mr.", "U.S."])
def test_acronyms_common_words_and_lower_case_brands_are_not(word: str) -> None:
    from factcheck.extract.names import camel_cased

    assert not camel_cased(word)


def test_a_name_the_tagger_reads_as_a_noun_keeps_its_capitals() -> None:
    claims = claims_of(
        "After the host asked the ferryman which bank would flood first, D’Emmet replied, “I would bet on the east"
        " bank.”\n"
    )
    assert find(claims, "east bank").speaker == "D’Emmet"  # was "d’emmet"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A brand written with a small first letter ("iRiverEthics") or an acronym's plural ("NGOs") is kept as
        # written when the tagger reads it as a common noun opening a sentence; a plain role is lowered.
        ("iRiverEthics asked four other outlets if they would follow suit and correct their articles.", "iRiverEthics"),
        ("Officials asked four other outlets if they would follow suit and correct their articles.", "officials"),
    ],
)
def test_a_brand_opening_a_sentence_keeps_its_capitals(text: str, speaker: str) -> None:
    assert find(claims_of(text), "follow suit").speaker == speaker  # was "iriverethics"


def test_an_adviser_whose_surname_is_tagged_a_noun_is_the_person_a_bare_surname_means() -> None:
    host = article_from_text(
        "000_host.txt",
        "River report\n\nHost Ada O’Dannel asked about the river on air.\n\n“The water is clean,” Ada O’Dannel said.\n",
    )
    row = article_from_text(
        "001_row.txt",
        "Council row\n\n“The levy was a waste of money,” said Ivo O’Dannel, chief adviser to the harbour board.\n\n"
        "“Looking back, I would not vote for it again,” O’Dannel said.\n",
    )
    claims = extract_claims([host, row])
    assert find(claims, "waste of money").speaker == "Ivo O’Dannel"
    assert find(claims, "Looking back").speaker == "Ivo O’Dannel"  # was "Ada O’Dannel", of the other article
