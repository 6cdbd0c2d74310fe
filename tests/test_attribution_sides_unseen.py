"""Sides that real text from events nobody tuned for turned into fragments (issue 10: "a side is never a
fragment, a role word or a verb phrase"): a title's portfolio, a candidate's campaign, a place cut in two.
Invented sentences about an invented event; each test pins one behaviour.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import HEADLINE, claims_of, find

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims

pytestmark = pytest.mark.slow


def test_a_titles_portfolio_is_not_a_side() -> None:
    claims = claims_of(
        "Former Secretary of State Ana Lusk urged voters to back the dam levy.\n\n"
        "Secretary of Defense Ivo Brenner said the levy would pay for the new sluices."
    )
    assert find(claims, "dam levy").speaker == "Ana Lusk"
    assert find(claims, "dam levy").side != "State"
    assert find(claims, "new sluices").side != "Defense"


def test_a_ministers_brief_written_before_the_title_is_not_a_side() -> None:
    claims = claims_of(
        "Interior minister Ivo Brenner said the border crossing at Marrow was closed.\n\n"
        "Health Minister Dara Lusk said 40 people were treated for smoke.\n\n"
        "Norland Interior Minister Tor Vik said the convoy had turned back.\n\n"
        "Home Office spokesman Sam Pell said the permits were valid."
    )
    assert find(claims, "crossing at Marrow").side is None  # was "Interior"
    assert find(claims, "treated for smoke").side is None  # was "Health"
    housing = claims_of("Housing and Public Works minister Ana Vik said 200 homes were lost.")
    assert find(housing, "200 homes").side is None
    assert find(claims, "turned back").side == "Norland"
    assert find(claims, "permits were valid").side == "Home Office"  # a named office stays one


def test_a_body_whose_name_holds_its_owner_is_named_once() -> None:
    claims = claims_of(
        "In a letter to reporters, Norland’s Coordinator of Government Activities in the Territories "
        "maintained that the claim about the dams was entirely false."
    )
    dams = find(claims, "about the dams")
    assert dams.speaker == "Norland’s Coordinator of Government Activities"  # was written twice over
    assert dams.side == "Norland"


def test_an_organisation_named_with_its_member_is_the_side_not_its_last_word() -> None:
    claims = claims_of("Valdor Research Center’s Lusk agrees with Brenner that the dam is safe for another decade.")
    safe = find(claims, "another decade")
    assert safe.speaker == "Valdor Research Center’s Lusk"  # was "Center Valdor Research Center’s Lusk"
    assert safe.side == "Valdor Research Center"


def test_abbreviated_titles_and_hyphenated_roles_stay_whole() -> None:
    claims = claims_of(
        '"There was no sign of foul play at the dam," said Det. Ana Lusk of the Marrow police.\n\n'
        "The rumour spread after the firm showed off its robot, according to Norland Robotics co-founder Ivo Brenner."
    )
    assert find(claims, "foul play").speaker == "Ana Lusk"  # was "Det": the sentence ended at its full stop
    robot = find(claims, "showed off its robot")
    assert robot.side == "Norland Robotics"
    assert not (robot.speaker or "").endswith(" co")  # was "Norland Robotics co"


def test_the_inspector_is_the_person_introduced_with_the_abbreviated_title() -> None:
    claims = claims_of(
        '"We will find whoever set the fire," said Insp. Ana Lusk of the Varn police on Monday. '
        "The inspector said the van had been stolen two days before the fire at the mill."
    )
    assert find(claims, "van had been stolen").speaker == "inspector Ana Lusk"  # was "inspector"


def test_a_caption_word_and_a_credit_line_before_a_colon_are_no_speakers_of_a_side() -> None:
    claims = claims_of(
        "Neigh: A horse stood on the roof of the flooded barn at Kessport for two days before it was rescued.\n\n"
        "Via Norland Daily News: The dam at Kessport burst after the third night of rain, flooding two villages.\n\n"
        "Ana Kern, the port director, spoke to us on Monday.\n\n"
        "Kern: The port stays open whatever the ministry says about the strike."
    )
    horse = find(claims, "horse stood")
    assert horse.speaker is None and horse.side is None  # was "Neigh", a party of its own
    dam = find(claims, "dam at Kessport burst")
    assert dam.speaker == "Norland Daily News" and dam.side is None  # was "Via Norland Daily News", a party
    assert find(claims, "port stays open").speaker == "Ana Kern"  # a surname the story named: its person


def test_a_persons_representative_is_named_with_the_whole_owner() -> None:
    claims = claims_of("But Ana Lusk’s rep confirmed to reporters on Monday that the woman in the video is not her.")
    assert find(claims, "woman in the video").speaker == "Ana Lusk's rep"  # was "Ana rep", a party


def test_a_candidates_campaign_speaks_under_the_candidates_surname() -> None:
    claims = claims_of(
        "Ivo Brenner's campaign said it raised two million crowns in May.\n\n"
        "Dara O'Dell's campaign says it will move staff from the capital to the dam towns."
    )
    raised = find(claims, "two million crowns")
    assert raised.speaker == "Brenner campaign" and raised.side == "Brenner campaign"
    assert find(claims, "move staff").side == "O'Dell campaign"


def test_a_place_before_a_common_noun_is_named_whole() -> None:
    claims = claims_of(
        "New Harbor officials say the levy will ruin the fishing fleet.\n\n"
        'Valdor City Mayor Ana Lusk said, "The levy is fair."'
    )
    assert find(claims, "fishing fleet").side == "New Harbor"  # was "Harbor": "new" is no party word here
    assert find(claims, "levy is fair").side == "Valdor City"


def test_a_place_is_no_side_of_someone_who_only_lives_or_works_there() -> None:
    claims = claims_of(
        "The Denver businessman says the levy will ruin the fishing fleet.\n\n"
        "The levy is a mistake, says Arno Vikk, a financial adviser in Denver. He expects rents to rise.\n\n"
        '"The water is safe," said Dana Holt, an official in Denver.\n\n'
        "Denver police said the dam gates were shut on Monday."
    )
    fleet = find(claims, "fishing fleet")
    assert fleet.speaker == "Denver businessman" and fleet.side is None
    assert find(claims, "levy is a mistake").side is None
    assert find(claims, "rents to rise").side is None  # nothing to carry to "he" either
    assert find(claims, "water is safe").side == "Denver"  # an office holder speaks for the place
    assert find(claims, "gates were shut").side == "Denver"


def test_a_press_role_speaks_for_its_employer_not_its_beat() -> None:
    claims = claims_of("The dam will hold, said Tomas Reel, House editor for the Valley Political Report.")
    assert find(claims, "dam will hold").side == "Valley Political Report"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the Valdor Harbour Committee met the Sudmark Dredging Company on Monday.\n\n"
            "The committee said the levy would be cut by half.\n\n"
            "The company said it would finish the work by May.",
            {"cut by half": "Valdor Harbour Committee", "finish the work": "Sudmark Dredging Company"},
        ),
        # Organisations are named with more kinds of word than the group nouns: "the trust", "the association"
        # refer back to the one named before as "the committee" does.
        (
            "Engineers from the Kessel Water Trust met the Quillo Farmers Association on Monday.\n\n"
            "The trust said the dam had been inspected twice.\n\n"
            "The association said the levy was a tax on farmers.",
            {"inspected twice": "Kessel Water Trust", "tax on farmers": "Quillo Farmers Association"},
        ),
    ],
)
def test_a_bare_body_speaks_for_the_body_of_that_kind_named_before(text: str, expected: dict[str, str]) -> None:
    claims = claims_of(text)
    assert {fragment: find(claims, fragment).side for fragment in expected} == expected


def test_a_persons_own_document_speaks_in_their_name() -> None:
    claims = claims_of(
        "Ivo Brenner’s tweet said the dam was safe.\n\nThe Norland army’s letter said the gates were shut."
    )
    assert find(claims, "dam was safe").speaker == "Ivo Brenner"  # was "ivo tweet"
    assert find(claims, "gates were shut").side == "Norland"


def test_a_title_led_by_a_name_the_article_quotes_is_that_persons_claim() -> None:
    from factcheck.corpus import article_from_text
    from factcheck.extract.claims import extract_claims

    quoted = (
        "Brenner: Dam Gates Will Stay Shut, Norland Was ‘Bluffing’.\n\nIvo Brenner told reporters the gates were shut."
    )
    claims = extract_claims([article_from_text("a.txt", quoted)])
    assert (find(claims, "Dam Gates Will Stay Shut").speaker or "").endswith("Brenner")
    pun = (
        "Secret Over Sluice: Envoy Was Sent to Velm But Turned Back.\n\nThe Harbor Post reports the envoy was stopped."
    )
    assert all(c.speaker != "Secret Over Sluice" for c in extract_claims([article_from_text("b.txt", pun)]))


def test_an_affiliation_is_the_body_not_the_clauses_hung_on_it() -> None:
    claims = claims_of(
        "Tor Vik, an outside adviser to the campaign on tax and budget issues and a professor at Velm University, "
        "said the levy was fair.\n\n"
        "Ana Lusk, a spokeswoman for the ministry of water affairs, said the gates were shut."
    )
    assert find(claims, "levy was fair").side in (None, "campaign")
    assert find(claims, "gates were shut").side == "ministry of water affairs"


def test_a_surname_the_parser_took_for_a_common_noun_is_the_person_named_before() -> None:
    claims = claims_of(
        "Mara Sanders, a union steward, spoke on Monday.\n\nSanders accused the port of bluffing about the cranes."
    )
    assert find(claims, "bluffing").speaker == "Mara Sanders"  # was "sanders", a common noun


def test_a_share_of_people_is_named_with_its_figure_and_group() -> None:
    claims = claims_of(
        "Asked whether the levy was fair, 75 percent of Norland voters said yes.\n\n"
        "In the survey, 46 percent said they were unhappy with the port."
    )
    assert find(claims, "levy was fair").speaker == "75 percent of Norland voters"  # was "percent"
    assert find(claims, "unhappy").speaker == "46 percent"
    agreed = find(claims_of("Sixty-two percent of Norland voters agreed."), "agreed")
    assert agreed.speaker == "Sixty-two percent of Norland voters"


def test_a_group_is_named_as_written() -> None:
    claim = find(claims_of("Pro-levy members of the harbour board said the gates must stay shut."), "gates")
    assert claim.speaker == "pro-levy members"  # was "Pro - levy"; opening the sentence gives no capital


def test_a_common_noun_capitalised_by_the_sentence_is_the_same_generic_side() -> None:
    claims = claims_of(
        "Police said 12,000 people marched on Saturday. Later police said the march had ended.\n\n"
        "Authorities announced the arrest of a man on Friday."
    )
    assert find(claims, "12,000 people").side == "police" == find(claims, "march had ended").side
    assert find(claims, "arrest of a man").side == "authorities"  # not the proper-looking "Authorities"


def test_a_common_noun_speaker_keeps_its_acronyms() -> None:
    claims = claims_of("DNA tests have confirmed that the child held in Marrow is the commander's daughter.")
    assert find(claims, "commander's daughter").speaker == "DNA tests"  # was "dna tests"


def test_a_bare_office_is_not_a_person_the_article_gave_another_role() -> None:
    claims = claims_of(
        "Mara Zeid, a research analyst at the Valdor Institute, said the arrest was a breakthrough. "
        "The woman is being questioned at the army headquarters, the official said.\n\n"
        "Tor Vik said the convoy had turned back. "
        "The driver was released on Tuesday, the unnamed official said."
    )
    assert find(claims, "army headquarters").speaker == "official"  # was "official Mara Zeid"
    assert find(claims, "released on Tuesday").speaker == "unnamed official"  # was "official Tor Vik"


def test_an_age_is_no_part_of_a_described_speaker() -> None:
    claims = claims_of(
        "The 71-year old cleric said the chapel in Marrow would stay open through the winter.\n\n"
        "A 30-year-old police officer said the Marrow road was closed by the flood."
    )
    assert find(claims, "chapel in Marrow").speaker == "cleric"  # was "year old cleric"
    assert find(claims, "road was closed").speaker == "police officer"


def test_a_description_is_not_the_person_its_own_claim_is_about() -> None:
    claims = claims_of(
        "Ana Lusk was detained near Marrow last month. "
        "The spokesman said Ana Lusk had fled to the border town before the flood."
    )
    assert find(claims, "fled to the border").speaker == "spokesman"  # was "spokesman Ana Lusk"


def test_a_described_speaker_keeps_the_capitals_of_a_name_in_it() -> None:
    claims = claims_of("A Valdor Accountability Office report found that the agency could not track the money.")
    assert find(claims, "track the money").speaker == "Valdor Accountability Office report"


def test_an_owned_body_is_its_owners_not_the_last_body_named_with_its_word() -> None:
    claims = claims_of(
        "Ola Brun, a lawyer with the Campaign Ethics Center, called the fees unusual.\n\n"
        "Ivo Lund earned thousands per speech, but his campaign said he had stopped his paid speeches."
    )
    assert find(claims, "paid speeches").side != "Campaign Ethics Center"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # The party before a title's abbreviation, as before the word it stands for.
        ("Democratic Sen. Ana Lusk said the dam levy was unlawful.", "Democratic"),
        ("Republican Rep. Ivo Brenner said the dam levy was unlawful.", "Republican"),
        ("Norland Water Board CEO Ana Lusk said the dam levy was unlawful.", "Norland Water Board"),
        # The party letter of a lawmaker's tag after the name; not the state.
        ("Rep. Ivo Brenner (R-Ohio) said the dam levy was unlawful.", "Republican"),
        ("Sen. Ana Lusk, D-Calif., said the dam levy was unlawful.", "Democratic"),
        ("Sen. Ana Lusk (D) said the dam levy was unlawful.", "Democratic"),
    ],
)
def test_a_lawmakers_party_is_written_before_the_title_or_tagged_after_the_name(text: str, side: str) -> None:
    assert find(claims_of(text), "unlawful").side == side  # each was None (or the state)


@pytest.mark.parametrize(
    "text",
    [
        "Retired Lt. Gen. Ivo Brenner said the dam levy was unlawful.",  # "Retired" is no party
        "Ohio Gov. Ana Lusk said the dam levy was unlawful.",  # where she was elected, not her camp
        "Sen. Ana Lusk (I-Maine) said the dam levy was unlawful.",  # an independent is no camp
        "Sen. Ana Lusk (R - Maine) said the dam levy was unlawful.",  # spaced: no tag
    ],
)
def test_a_word_before_a_title_or_a_tag_that_names_no_party_gives_no_side(text: str) -> None:
    claim = find(claims_of(text), "unlawful")
    assert claim.speaker in ("Ivo Brenner", "Ana Lusk") and claim.side is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # A party family before a lawmaker's title, which the tagger often leaves untagged.
        ("Labour MP Ana Lusk said the dam levy was unlawful.", "Labour"),
        ("Conservative MP Ivo Brenner said the dam levy was unlawful.", "Conservative"),
        ("Liberal Democrat MP Ivo Brenner said the dam levy was unlawful.", "Liberal Democrat"),
        ("Green councillor Ana Lusk said the dam levy was unlawful.", "Green"),
        ("Labour MPs said the dam levy was unlawful.", "Labour"),  # and before a body of them
        ("Tory MPs said the dam levy was unlawful.", "Tory"),
    ],
)
def test_a_party_family_before_a_lawmakers_title_is_the_side(text: str, side: str) -> None:
    assert find(claims_of(text), "unlawful").side == side  # each was None


@pytest.mark.parametrize(
    "text",
    [
        "Former MP Ivo Brenner said the dam levy was unlawful.",  # no party family
        "Outspoken MP Ivo Brenner said the dam levy was unlawful.",  # a word the tagger calls a name
        "Velden MP Ivo Brenner said the dam levy was unlawful.",  # where he was elected
        "Veteran MP Ivo Brenner said the dam levy was unlawful.",
    ],
)
def test_a_word_before_a_lawmakers_title_that_is_no_party_family_gives_no_side(text: str) -> None:
    claim = find(claims_of(text), "unlawful")
    assert claim.speaker == "Ivo Brenner" and claim.side is None


@pytest.mark.parametrize("text", ["The MP said the dam levy was unlawful.", "MEPs said the dam levy was unlawful."])
def test_a_lawmaker_named_by_title_alone_takes_no_side(text: str) -> None:
    assert find(claims_of(text), "unlawful").side is None  # was "MP", a party of its own


@pytest.mark.parametrize(
    "text",
    [
        "After early talks to play the Norbank founder, Ola Brun has decided to leave the film.",
        "Asked about the Norbank chairman, Ola Brun said the film would open in the spring.",
    ],
)
def test_a_role_that_another_verb_takes_before_a_comma_is_not_the_names_role(text: str) -> None:
    # "<Org> spokesman, <Name> said" gives the side; a role the clause before plays or asks about does not
    # (an actor to play a bank's founder was on the bank's side of every later claim).
    claims = claims_of(text + "\n\nOla Brun said the part was the hardest of her career.")
    assert find(claims, "hardest of her career").side is None
    assert all(c.side != "Norbank" for c in claims)


def test_a_role_after_as_before_a_comma_is_the_names_own() -> None:
    claims = claims_of("As Norbank's chairman, Ola Brun said the bank would reopen on Monday.")
    assert find(claims, "bank would reopen").side == "Norbank"


def test_a_role_only_speaker_takes_no_side_named_only_in_another_article() -> None:
    # "a ministry spokesman" shares the last word of another article's "<Country>'s Interior Ministry
    # spokesman": the register of people keys names by it, and gave the speaker that other country's side.
    from test_attribution import claims_of as corpus_of
    from test_attribution import find as find_in

    claims = corpus_of(
        "Dam news\n\nVelm's Interior Ministry spokesman said police had not ruled out sabotage at the dam.",
        "Border news\n\nNorland's interior ministry has said the convoy turned back.\n\n"
        "A ministry spokesman said the convoy had turned back at dawn near the Orsk border post.\n\n"
        "The spokesman said the drivers were questioned and released on Monday.",
    )
    assert find_in(claims, "ruled out sabotage").side == "Velm"
    for fragment in ("turned back at dawn", "questioned and released"):
        assert find_in(claims, fragment).side != "Velm"


def test_a_spokesman_for_a_person_speaks_for_that_person_as_the_persons_spokesman_does() -> None:
    """The phrase "a spokesman for <Name>" is "<Name>'s spokesman": the person's side, not the side of the body
    whose own spokesman is named elsewhere in the corpus."""
    from test_attribution import claims_of as corpus_of
    from test_attribution import find as find_in

    claims = corpus_of(
        "Dam claim denied\n\nRep. Alan Hunter said on Tuesday that ten saboteurs had been caught at the dam.\n\n"
        "A spokesperson for the Water Authority said Wednesday that the claim was false.\n\n"
        "Asked for comment on Wednesday, a spokesman for Hunter said the information came from a high-level"
        " source at the dam.",
        "Dam rumour\n\nWater Authority spokesman Ivo Kern said no saboteurs had been caught at the dam.",
    )
    assert find_in(claims, "high-level source").side == "Hunter"
    assert find_in(claims, "claim was false").side == "Water Authority"


def test_a_spokesman_for_an_office_takes_no_side_from_the_title() -> None:
    """In "a spokesperson for the Archbishop himself, Cardinal <Name>", "the Archbishop" is an office the
    tagger can read as a person; its title is no side (a name is: "a spokesman for <Name>")."""
    claims = claims_of(
        "There is no \"Father Ivo Kern\" in the Archdiocese of Dorne. So says a spokesperson for the Archbishop"
        " himself, Cardinal Tomas Vell.\n\n\"I believe this could be a hoax story,\" the spokesperson told a"
        " writer for the website."
    )
    assert find(claims, "hoax story").side != "Archbishop"


def test_the_head_of_a_nation_s_body_speaks_for_the_nation() -> None:
    """ "<Name>, head of Norland's civil defence agency, told ...": the agency is Norland's, so is its head (an
    "of" before a body with an owner; "for", "from", "to" already gave it)."""
    claims = claims_of(
        "Colonel Ivo Brandt, head of Norland's civil defence agency, told the Herald that 80 families were in "
        "shelters."
    )
    assert find(claims, "80 families").side == "Norland"


def test_the_leader_of_a_nation_s_armed_group_is_not_that_nation() -> None:
    claims = claims_of("The leader of Norland's Islamist group denied on Saturday that a truce had been agreed.")
    assert find(claims, "truce").side != "Norland"


def test_a_former_official_of_a_nation_s_body_speaks_for_no_one() -> None:
    claims = claims_of(
        "Ivo Brandt, a former official in Norland's civil defence agency, told the Herald that 80 families were "
        "in shelters."
    )
    assert find(claims, "80 families").side != "Norland"


def test_the_chief_of_a_state_body_in_a_country_speaks_for_that_country() -> None:
    """ "chief of the civil defence agency in France": the agency is that country's (a place after a state body
    tells whose it is; "a financial adviser in Paris" or the head of a trades council there is nobody's voice)."""
    claims = claims_of(
        "Colonel Ivo Brandt, chief of the civil defence agency in France, told the Herald that 80 families were in "
        "shelters.\n\nAna Lind, a financial adviser in Paris, told the Herald that the shelters were full.\n\n"
        "Marek Vos, the president of a building trades council in northern France, said the roofs had held."
    )
    assert find(claims, "80 families").side == "France"
    assert find(claims, "shelters were full").side is None
    assert find(claims, "roofs had held").side != "France"


def test_a_person_of_an_organisation_speaks_for_it() -> None:
    claims = claims_of(
        "Ruth Vell of the Kessland Ferry Company said the boats were sold in May.\n\n"
        "James Abara of the Brookfield Institute said the bridge was safe.\n\n"
        "Peter Olu of Dunmore said the bridge was closed. Maria Lopez of the Varn Post said the ferry was late."
    )
    assert find(claims, "boats were sold").side == "Kessland Ferry Company"  # was none
    assert find(claims, "bridge was safe").side == "Brookfield Institute"  # was none
    assert find(claims, "bridge was closed").side is None  # where he lives
    assert find(claims, "ferry was late").side is None  # the paper she writes for is no party


def test_a_role_with_a_capitalised_word_before_it_takes_no_side_its_article_does_not_name() -> None:
    port = article_from_text("000_port.txt", HEADLINE + "Harbour Weekly officials say the ferry timetable was wrong.\n")
    dam = article_from_text(
        "001_dam.txt", HEADLINE + "Transport officials said the dam was safe.\n\nKessland officials said it was new.\n"
    )
    claims = extract_claims([port, dam])
    assert find(claims, "dam was safe").side is None  # was "Harbour Weekly", another article's
    assert find(claims, "it was new").side == "Kessland"
    assert find(claims, "timetable was wrong").side == "Harbour Weekly"
