"""Short forms of speakers and sides for narrow columns."""

from __future__ import annotations

from factcheck.ui.marks import short_side, short_speaker


def test_long_person_name_shortens_to_surname() -> None:
    assert short_speaker("Mara Olsen Lindqvist", 10) == "Lindqvist"


def test_organisation_long_name_shortens_to_its_acronym_side() -> None:
    assert short_speaker("Coastal Workers Federation", 10, "CWF") == "CWF"


def test_outlet_voice_has_no_speaker() -> None:
    assert short_speaker(None, 10) == "outlet"


def test_an_organisation_named_x_of_y_is_shown_by_its_initials_not_its_last_word() -> None:
    assert short_speaker("Ministry of Coastal Affairs", 10, "Norland") == "MCA"
    assert short_speaker("ministry of coastal affairs", 10) == "MCA"


def test_a_description_keeps_its_last_two_words() -> None:
    assert short_speaker("Norlandic health ministry", 16, "Norlandic") == "health ministry"


def test_a_side_x_of_y_is_shown_by_the_initials_people_write() -> None:
    assert short_side("ministry of coastal affairs", 8) == "MCA"
    assert short_side("Port Authority", 8) == "PA"


def test_a_body_followed_by_its_place_is_shown_by_the_body() -> None:
    assert short_speaker("Norlandic health ministry in the Vell Strip", 16, "Norlandic") == "health ministry"


def test_a_one_word_side_too_long_for_its_column_ends_in_an_ellipsis_never_silently_cut() -> None:
    assert short_side("Northlandish", 8) == "Northla…"
    assert short_side("Northlandish", 12) == "Northlandish"


def test_a_long_name_whose_initials_do_not_fit_is_cut_at_a_word_boundary() -> None:
    name = "Pilots Guild of Vell Harbour North Quay South Quay East Basin"  # nine initials
    assert short_side(name, 8) == "Pilots…"
    assert short_side(name, 16) == "Pilots Guild…"


def test_an_outlet_name_too_long_is_shown_by_its_first_whole_words() -> None:
    from factcheck.ui.marks import short_words

    assert short_words("Harbour Daily", 10) == "Harbour…"
    assert short_words("The Vell Harbour Daily", 14) == "The Vell…"
    assert short_words("Harbourdailynews", 10) == "Harbourda…"


def test_parties_speaking_together_are_shown_by_each_short_name_not_one_acronym() -> None:
    # attribution joins "<Org> and <Org2>" when they deny together: "VLFN" read as one body that does not exist
    assert short_speaker("Valdor Liberation Front and Norland", 15, "Valdor") == "Front & Norland"
    assert short_speaker("Valdor Liberation Front and Norland Water Union", 12, "Valdor") == "Front +1"


def test_one_body_named_with_and_keeps_its_acronym() -> None:
    assert short_speaker("Ministry of Trade and Industry", 10, "Norland") == "MTI"
    assert short_speaker("Fish and Game", 10, "Norland") == "FG"


def test_two_bodies_of_one_kind_stay_apart_when_only_their_head_word_would_fit() -> None:
    # "Ministry" for both: the list could not tell the health ministry from the foreign ministry
    assert short_speaker("Norlandic Health Ministry", 14, "Norland") == "Health Min."
    assert short_speaker("Norlandic Foreign Ministry", 14, "Norland") == "Foreign Min."
    assert short_speaker("Norlandic health ministry in the Vell Strip", 14, "Norland") == "health min."
    assert short_speaker("Vell Harbour Pilots Department", 12) == "Pilots Dept."
    assert short_speaker("Mara Olsen Lindqvist", 14) == "Lindqvist"  # a person: the surname, as before
