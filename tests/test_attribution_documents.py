"""Documents that speak, on invented sentences about invented events: a statement in the inverted order
("'...,' read the statement"), a court's opinion or decision, and records opening a sentence whose "show"
the parser took for a noun.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_an_inverted_read_after_a_quotation_is_the_documents() -> None:
    claims = claims_of(
        "The river rose overnight.\n\n"
        '"In drafting the plan, the engineers took notes from the old surveys," read the statement, which'
        " landed in inboxes at dawn."
    )
    assert find(claims, "old surveys").speaker == "statement"


@pytest.mark.parametrize("noun", ["opinion", "decision"])
def test_a_courts_opinion_or_decision_speaks(noun: str) -> None:
    claims = claims_of(
        f"The appeal was sent back to the lower court.\n\n''The court takes no view on the merits'' of the case,"
        f" the unsigned {noun} said."
    )
    assert find(claims, "no view on the merits").speaker == f"unsigned {noun}"


def test_records_opening_a_sentence_speak_when_show_is_parsed_as_a_noun() -> None:
    claims = claims_of(
        "The fund grew fast.\n\nCouncil records from the 2008 election cycle show he backed the dam fund with"
        " $2,300 that spring."
    )
    assert find(claims, "backed the dam fund").speaker == "Council records"


@pytest.mark.parametrize("verb", ["released", "issued", "put out"])
def test_a_statement_saying_speaks_for_whoever_issued_it(verb: str) -> None:
    claims = claims_of(
        f"Storms swept the coast.\n\nLater, the Varn harbour board {verb} a statement saying it was postponing"
        " the Monday evening regatta that was to follow the festival."
    )
    assert find(claims, "postponing the Monday").speaker == "Varn harbour board"


def test_a_letter_someone_obtained_is_not_the_obtainers_word() -> None:
    claims = claims_of(
        "Storms swept the coast.\n\nThe Eastvale Courier obtained a letter saying the harbour board had known of"
        " the cracks in the sea wall since March."
    )
    assert find(claims, "cracks in the sea wall").speaker != "Eastvale Courier"
