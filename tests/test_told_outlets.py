"""Outlets told apart from parties by what a corpus says of them, on invented text: people tell things to a
news outlet ("a pilot told <Name> ..."), and a party has offices ("<Name>'s spokesman"). No model needed."""

from __future__ import annotations

import pytest

from factcheck.extract.press import told_outlets

TEXT = (
    "A harbour pilot told KVN on Monday that the dam had cracked. A farmer told the Varn Courier Tuesday that"
    " the fields flooded. She told Norland Radio the water was rising. An Orbis spokesman said the dam was"
    " safe, and an engineer told Orbis that it was not. Norland's foreign minister said no, and a diver told"
    " Norland nothing. KVN reported the official figure."
)


def test_a_name_people_tell_things_to_is_an_outlet() -> None:
    assert told_outlets([TEXT], ["KVN", "Varn Courier", "Norland Radio"]) == {"KVN", "Varn Courier", "Norland Radio"}


def test_a_body_with_an_office_is_no_outlet_though_told_things() -> None:
    assert told_outlets([TEXT], ["Orbis", "Norland"]) == set()


def test_a_longer_name_told_things_is_not_the_shorter_one() -> None:
    assert told_outlets(["She told Norland Radio the water was rising."], ["Norland"]) == set()


def test_a_name_nobody_tells_anything_is_left_alone() -> None:
    assert told_outlets(["The Lund Trust said the dam was safe."], ["Lund Trust"]) == set()


def test_an_outlets_sources_are_no_office() -> None:
    text = "A CNN source said the dam cracked. A pilot told CNN that the fields flooded."
    assert told_outlets([text], ["CNN"]) == {"CNN"}


@pytest.mark.parametrize(
    "text",
    [
        "The trade magazine Screenlight reports that the theatre will close in May.",
        "The news came from the entertainment website Screenlight on Friday.",
        "A review in the weekly Screenlight praised the film.",
    ],
)
def test_a_name_the_text_calls_a_newspaper_or_a_magazine_is_an_outlet(text: str) -> None:
    assert told_outlets([text], ["Screenlight"]) == {"Screenlight"}


def test_a_capitalised_press_word_in_a_name_calls_nothing_an_outlet() -> None:
    # "Weekly" opens a name here; the lower-case noun is what says "a magazine <Name>".
    assert told_outlets(["The Weekly Screenlight Awards went to Varn."], ["Screenlight Awards", "Varn"]) == set()
