"""Short forms of speakers and sides for narrow columns."""

from __future__ import annotations

from factcheck.ui.marks import short_speaker


def test_long_person_name_shortens_to_surname() -> None:
    assert short_speaker("Mara Olsen Lindqvist", 10) == "Lindqvist"


def test_organisation_long_name_shortens_to_its_acronym_side() -> None:
    assert short_speaker("Coastal Workers Federation", 10, "CWF") == "CWF"


def test_outlet_voice_has_no_speaker() -> None:
    assert short_speaker(None, 10) == "outlet"
