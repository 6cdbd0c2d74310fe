"""A role or a body whose owner is described, not named ("the governor's office", "the harbour master's
spokesman", "the man's lawyer"): whose it is tells one spokesman or office from another. Before, every
"spokesman" of an article was one speaker with the first one's side, and "the mayor's office" spoke for
the governor's when the governor's office had spoken first. Invented sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_two_offices_owned_by_two_officials_are_two_sides() -> None:
    claims = claims_of(
        "The governor's office said the Kessel bridge was closed on Friday. The mayor's office said the bridge"
        " stayed open all weekend.\n"
    )
    governor, mayor = find(claims, "closed on Friday"), find(claims, "stayed open")
    assert (governor.speaker, governor.side) == ("governor's office", "governor")
    assert (mayor.speaker, mayor.side) == ("mayor's office", "mayor")  # was "office", the governor's side


def test_a_spokesman_owned_by_an_official_is_not_a_body_s_spokesman_named_before() -> None:
    claims = claims_of(
        "The water board's spokesman said eleven wells had failed. The governor's spokesman said the wells were"
        " tested last spring.\n"
    )
    owned = find(claims, "tested last spring")
    assert owned.speaker == "governor's spokesman"  # was "spokesman", side "water board"
    assert owned.side == "governor"
    assert find(claims, "eleven wells").side == "water board"


def test_the_owner_s_title_finds_the_official_named_before() -> None:
    claims = claims_of(
        "Governor Ada Kessel toured the flooded quay on Monday. The governor's office said later that the quay"
        " would reopen within a week.\n"
    )
    owned = find(claims, "reopen within a week")
    assert owned.speaker == "governor's office"
    assert owned.side == "Kessel"  # as for "a spokeswoman for Governor Ada Kessel"


def test_whose_lawyer_names_no_side_and_takes_no_other_lawyer_s() -> None:
    claims = claims_of(
        "The water board's lawyer said the wells were sound. The man's lawyer said his client never opened the"
        " sluice.\n"
    )
    owned = find(claims, "never opened")
    assert owned.speaker == "man's lawyer"  # was "lawyer", side "water board"
    assert owned.side is None


def test_a_named_spokesman_of_an_official_speaks_for_the_official() -> None:
    claims = claims_of("The mayor's spokeswoman, Ruth Vell, said the quay was closed for repairs.\n")
    assert find(claims, "closed for repairs").side == "mayor"  # was None


def test_a_spokesman_s_name_the_tagger_takes_for_a_body_is_a_person() -> None:
    claims = claims_of("The harbour trust's spokesman, Tobi Varga, said the quay would reopen in May.\n")
    claim = find(claims, "reopen in May")
    assert (claim.speaker, claim.side) == ("Tobi Varga", "harbour trust")  # was side "Tobi Varga"


def test_kin_described_by_whose_they_are_keep_it_and_speak_for_nobody() -> None:
    claims = claims_of("The ferry pilot's mother said the crane had been rusting for years.\n")
    claim = find(claims, "rusting for years")
    assert (claim.speaker, claim.side) == ("ferry pilot's mother", None)  # was "mother"


def test_a_named_adviser_of_an_official_speaks_for_the_official_named_before() -> None:
    claims = claims_of(
        "Senator Ivo Kern toured the flooded quay on Monday. The senator's longtime adviser, Ruth Vell, said the"
        " quay was closed for repairs. Vell said it would reopen in May.\n"
    )
    assert find(claims, "closed for repairs").side == "Kern"
    assert find(claims, "reopen in May").side == "Kern"  # the side the adviser's name carries


def test_a_former_spokesman_is_nobody_s_voice() -> None:
    claims = claims_of("Tobi Varga, the mayor's former spokesman, said the quay was closed for repairs.\n")
    assert find(claims, "closed for repairs").side is None


def test_his_campaign_and_her_campaign_are_two_people_s() -> None:
    claims = claims_of(
        "Mr. Ivo Kern attacked the levy on Monday. His campaign said the levy would ruin growers. Ms. Ada Kessel"
        " defended it. Her spokeswoman said the levy would pay for schools.\n"
    )
    his, hers = find(claims, "ruin growers"), find(claims, "pay for schools")
    assert (his.speaker, his.side) == ("Kern campaign", "Kern")  # was "campaign", side "campaign"
    assert (hers.speaker, hers.side) == ("Ada Kessel's spokeswoman", "Kessel")  # was "spokeswoman", no side


def test_a_campaign_whose_owner_nobody_fits_speaks_for_no_side() -> None:
    claims = claims_of("Her campaign said the levy would ruin growers. His campaign said it would pay for schools.\n")
    assert find(claims, "ruin growers").side is None  # was "campaign": rival campaigns one voice
    assert find(claims, "pay for schools").side is None


def test_his_campaign_is_nobody_s_when_the_last_person_s_gender_is_unknown() -> None:
    """ "<Name> ... his campaign": with nothing in the article telling <Name>'s gender, a rival named between
    is as likely the owner; the campaign keeps no side rather than a guessed one."""
    claims = claims_of(
        "Ada Kessel, a teacher, met Tobi Varga, a farmer, on Monday. His campaign said the levy would ruin"
        " growers.\n"
    )
    assert find(claims, "ruin growers").side is None


def test_an_office_as_a_side_is_not_a_body_whose_name_begins_like_it() -> None:
    claims = claims_of(
        "The governor's office said the bridge was closed on Friday. The Governorate of Kessland said the bridge"
        " was open all weekend.\n"
    )
    assert find(claims, "closed on Friday").side == "governor"
    assert find(claims, "open all weekend").side != "governor"  # was "governor": one side with the office


def test_two_common_nouns_a_letter_apart_are_still_one_side() -> None:
    from factcheck.extract.sides import SideNames

    names = SideNames()
    for name in ("militant", "militants", "governor", "Governorate"):
        names.count(name)
    names.join_nations()
    assert names.canonical("militant") == names.canonical("militants")
    assert names.canonical("governor") != names.canonical("Governorate")


def test_a_named_body_s_spokesman_speaks_for_the_body_named_before() -> None:
    claims = claims_of(
        "The Kessel Water Trust said on Monday that the ferry sank near the Varn estuary.\n\n"
        '"Divers are on their way," the trust\'s spokesman, Ruth Vell, said.\n\n'
        "The Kessland Health Ministry said three sailors were in hospital.\n\n"
        '"They are stable," a ministry spokeswoman said.\n'
    )
    assert find(claims, "Divers are on their way").side == "Kessel Water Trust"  # was "trust"
    assert find(claims, "They are stable").side == find(claims, "three sailors").side


def test_a_body_s_spokesman_with_no_such_body_named_keeps_the_word() -> None:
    claims = claims_of('"The ferry did not sink," said Tobi Varga, the company\'s director.\n')
    assert find(claims, "did not sink").side == "company"  # no company named: nothing to tie it to
