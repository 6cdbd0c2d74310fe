"""Attribution in the positions English uses, on invented sentences about invented events (issue 10).

Each test pins one pattern: who the speaker is, which side they speak for and how that side was found.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.extract.person_names import ent_person_name
from factcheck.model import Claim

pytestmark = pytest.mark.slow

HEADLINE = "Dam collapse on the Norland border\n\n"


def claims_of(text: str) -> list[Claim]:
    """The claims of one invented article."""
    return extract_claims([article_from_text("000_test.txt", HEADLINE + text)])


def find(claims: list[Claim], fragment: str) -> Claim:
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}; claims: {[c.text for c in claims]}"
    return hits[0]


def test_rank_before_name_with_quote_after_comma() -> None:
    claim = find(claims_of('Colonel Ivo Brenner said, "Norland always owns the valley and will defend it."'), "owns")
    assert claim.speaker == "Ivo Brenner"


def test_role_apposition_with_possessive_body_and_stance_verb() -> None:
    text = "The water ministry's spokesperson Ana Lusk blamed Sudmark engineers for the collapse of the dam."
    claim = find(claims_of(text), "blamed")
    assert claim.speaker == "Ana Lusk"
    assert claim.side == "water ministry"
    assert claim.side_basis == "role"


def test_abbreviated_role_is_never_a_side() -> None:
    claim = find(claims_of("Norland FM Spokesperson Tor Vik said Sudmark troops crossed the border twice."), "crossed")
    assert claim.speaker == "Tor Vik"
    assert claim.side == "Norland"
    assert claim.side_basis == "role"


def test_split_quote_resolves_to_the_person_named_before() -> None:
    text = 'Tor Vik visited the dam on Monday.\n\n"That is false," he added, "and Sudmark will answer for the damage."'
    claim = find(claims_of(text), "That is false")
    assert claim.speaker == "Tor Vik"
    assert claim.kind == "quote"


def test_speaker_of_the_reporting_clause_not_of_the_when_clause() -> None:
    text = "When Ana Lusk noted the damage to the dam, Tor Vik boasted that Sudmark engineers had built it."
    assert find(claims_of(text), "boasted").speaker == "Tor Vik"


def test_reporter_from_an_outlet_takes_the_outlet_as_affiliation() -> None:
    text = "A reporter from the Harbor Times quoted a source and said that five soldiers were killed at the dam."
    claim = find(claims_of(text), "five soldiers")
    assert claim.speaker == "reporter"
    assert claim.side == "Harbor Times"
    assert claim.side_basis == "affiliation"


def test_organisers_and_police_are_their_own_sides() -> None:
    claims = claims_of(
        "Organisers said 80,000 people marched through the port on Sunday.\n\n"
        "Police counted 12,000 marchers near the docks, police said."
    )
    organisers, police = find(claims, "80,000"), find(claims, "12,000")
    # A common noun is a generic side in lower case wherever the sentence puts it ("Organisers said" at its start).
    assert (organisers.speaker, organisers.side, organisers.side_basis) == ("Organisers", "organisers", "party name")
    assert (police.speaker, police.side) == ("police", "police")


def test_unnamed_official_has_a_speaker_and_no_side() -> None:
    claim = find(claims_of("An official said the spillway would be repaired by Friday."), "spillway")
    assert claim.speaker == "official"
    assert claim.side is None


def test_sources_close_to_a_party_take_its_side() -> None:
    text = "Sources close to the Norland Dockers Union said the strike would last another month."
    claim = find(claims_of(text), "another month")
    assert claim.side == "Norland Dockers Union"
    assert claim.side_basis == "affiliation"


def test_x_run_body_speaks_for_x_and_its_pronoun_keeps_the_side() -> None:
    claims = claims_of(
        "The Kessland-run port authority said the cranes were working.\n\n"
        '"We are loading ships as normal and will go on loading them," it added.'
    )
    first, second = find(claims, "cranes were working"), find(claims, "loading ships")
    assert first.side == "Kessland"
    assert "run" in (first.speaker or "")
    assert second.side == "Kessland"


def test_transcript_lines_do_not_inherit_the_previous_speaker() -> None:
    claims = claims_of(
        "KERN: We never closed the port and we never will close it.\n\n"
        "LUSK: The port was closed for three days in June and the ships waited."
    )
    assert find(claims, "never closed").speaker == "Kern"
    assert find(claims, "three days").speaker == "Lusk"


@pytest.mark.parametrize("opening", ["", "Marta Holm and Jon Varga both reject the plan. "])
def test_a_second_name_and_colon_in_one_paragraph_starts_a_new_turn(opening: str) -> None:
    claims = claims_of(
        "The marsh plan was published on Monday.\n\n"
        f'{opening}Holm: "Our goal is not to contain the flood, but to drain the marsh." Varga: "The mission is'
        ' to fill the canal -- not to widen it."'
    )
    assert (find(claims, "Our goal is not").speaker or "").endswith("Holm")
    assert (find(claims, "fill the canal").speaker or "").endswith("Varga")


def test_a_place_before_a_colon_in_a_sentence_naming_its_speaker_is_a_dateline() -> None:
    claims = claims_of(
        "Orsk: The second wife of the rebel commander was detained at the border, security officials said.\n\n"
        "Lusk: The port was closed for three days in June and the ships waited."
    )
    assert find(claims, "second wife").speaker == "security officials"  # was "Orsk", tagged a person
    assert find(claims, "three days").speaker == "Lusk"  # a transcript line keeps its speaker


def test_a_quotation_run_into_the_next_without_its_closing_mark_ends_there() -> None:
    claims = claims_of(
        "Mara Zeid, an analyst in Marrow, spoke on Tuesday.\n\n"
        '"The convoy was the rebels\' lifeline.  "Some may think she knows every secret of the commander, '
        'but she was cut off from him for years."  The convoy carried 40 tonnes of grain, Ms Zeid told reporters.'
    )
    assert find(claims, "every secret").speaker != "Some"  # the second quotation is not the narrator's
    assert find(claims, "40 tonnes").speaker == "Mara Zeid"  # was "Some": its own speaker counts


def test_a_sentence_after_a_quotation_that_says_more_than_who_spoke_stays_a_claim() -> None:
    claims = claims_of(
        '"The convoy was the only lifeline." The convoy carried 40 tonnes of grain, Ms Zeid told reporters.'
        '\n\n"The bridge will hold." Tor Vik said on Tuesday.'
    )
    assert find(claims, "only lifeline").speaker == "Zeid"  # the short sentence after names the speaker
    assert find(claims, "40 tonnes").speaker == "Zeid"  # was dropped as a bare attribution
    assert find(claims, "bridge will hold").speaker == "Tor Vik"
    assert not [c for c in claims if c.text.startswith("Tor Vik said")]  # this one only says who spoke


def test_a_typographic_contraction_is_no_speaker() -> None:
    claims = claims_of(
        "I would’ve thought the Marrow dam contains enough flaws to close it without making up more.\n\n"
        "They’ve said all along that the Marrow dam would hold through the spring floods."
    )
    assert not [c for c in claims if (c.speaker or "").strip("'’") == "ve"]  # the tagger's "’ve" was a name


def test_quote_paragraph_after_the_speaker_is_named() -> None:
    claims = claims_of(
        "Ana Lusk, the port director, spoke to reporters on Monday.\n\n"
        '"The cranes have been idle for three weeks and the ships are waiting."'
    )
    assert find(claims, "cranes have been idle").speaker == "Ana Lusk"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    claims = claims_of(
        "Ms. Lusk met Ivo Kern at the dam on Monday. Kern said his union would not give in.\n\n"
        "She said the collapse had cost the port millions."
    )
    assert find(claims, "cost the port").speaker == "Lusk"


def test_a_statement_read_resolves_to_its_issuer() -> None:
    claims = claims_of(
        "The Sudmark water agency said the dam had been inspected in May.\n\n"
        "“The spillway was sound and the gates were open,” a statement read."
    )
    assert find(claims, "spillway was sound").side == "Sudmark water agency"


def test_outlet_in_its_own_voice_is_the_speaker_without_a_side() -> None:
    claims = claims_of(
        "According to the Harbor Times, the dam had not been inspected since 2019.\n\n"
        "The Valley Courier, citing sources close to the inquiry, reported that the gates were shut."
    )
    harbor, courier = find(claims, "not been inspected"), find(claims, "gates were shut")
    assert (harbor.speaker, harbor.side) == ("Harbor Times", None)
    assert (courier.speaker, courier.side) == ("Valley Courier", None)


def test_passive_quoted_as_saying() -> None:
    claim = find(claims_of("Mr. Kern was quoted as saying that the gates had been shut for a week."), "gates")
    assert claim.speaker == "Kern"


def test_a_study_speaks_for_its_author() -> None:
    claim = find(claims_of("A study by the Sudmark Water Institute found that the dam had cracked in 2019."), "cracked")
    assert claim.speaker == "Sudmark Water Institute"
    assert claim.cue == "found"


def test_the_letter_reads() -> None:
    claim = find(claims_of("The letter reads that the engineers had warned the ministry twice."), "warned")
    assert claim.speaker == "letter"


def test_any_verb_of_the_short_clause_after_a_quote() -> None:
    claim = find(claims_of('"The engineers want to be heroes tonight," Kern shot back.'), "heroes")
    assert claim.speaker == "Kern"
    assert claim.kind == "quote"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Farmers should leave the valley before the floods," lamented the Valdor mayor.', "Valdor mayor"),
        ('"The levy is fair to the valley before the floods," opined the Valdor Herald in print.', "Valdor Herald"),
    ],
)
def test_any_verb_after_a_quote_with_its_speaker_parsed_as_the_object(text: str, speaker: str) -> None:
    assert find(claims_of(text), "floods").speaker == speaker


@pytest.mark.parametrize(
    "aside", ["wearing a cap", 'wearing a cap and "Save the Dam" pins'], ids=["plain", "with a quotation"]
)
def test_a_name_before_a_participles_aside_after_a_quote_speaks(aside: str) -> None:
    text = f'"We have had better dams than this one," river warden Maria Keller, {aside}, said as the rain fell.'
    assert find(claims_of(text), "better dams").speaker == "Maria Keller"


def test_a_noun_that_can_speak_after_a_quote_opening_the_sentence_is_its_speaker() -> None:
    claims = claims_of(
        '"The sluices were opened on time," said the mayor.\n\n"The new dam is a fine one," the engineer gushed.'
    )
    assert find(claims, "fine one").speaker == "engineer"


def test_a_label_quoted_before_a_noun_subject_is_no_quotation_of_it() -> None:
    claims = claims_of('Kern spoke on Monday.\n\nOn the form, in a box labeled "risk," an engineer had typed "none."')
    assert all(c.speaker != "engineer" for c in claims)


def test_person_subject_holds_the_content_without_a_reporting_verb() -> None:
    claims = claims_of("Maria Keller still favors a new dam upstream of the old one, despite the cost.")
    assert find(claims, "favors a new dam").speaker == "Maria Keller"


def test_embedded_speech_verb_when_the_main_clause_has_none() -> None:
    claims = claims_of(
        "Maria Keller met reporters at the dam.\n\n"
        "Keller also showed footage of a blast that she said was not caused by a Norland shell."
    )
    assert find(claims, "footage").speaker == "Maria Keller"


def test_a_role_named_by_a_relative_clause_speaks_its_content() -> None:
    # Found on PolNeAR train: "<Name> endured a lecture from the <Country> president, who said that ...": the
    # clause names a role, and the claim had no speaker (only names, pronouns, parties and groups counted).
    claims = claims_of(
        "In Velden, the mayor endured without complaint a lecture from the Norland president, who said that the "
        "levy has been good for the port as well as the town."
    )
    assert find(claims, "levy has been good").speaker == "Norland president"
    # ...but "anything <X> said" is about what X said, not X's claim
    other = claims_of("The mayor's defence of the levy hurt the port as much as anything the Norland president said.")
    assert find(other, "defence of the levy").speaker is None
    named = claims_of("The mayor's defence of the levy hurt the port as much as anything Ivo Brenner said.")
    assert find(named, "defence of the levy").speaker is None


def test_titled_name_the_tagger_missed_takes_the_side_of_the_role() -> None:
    claim = find(
        claims_of("In a briefing, Norland army spokesperson Rear Adm. Tor Vik said radar detected a rocket."), "radar"
    )
    assert (claim.speaker, claim.side, claim.side_basis) == ("Tor Vik", "Norland", "role")


def test_bare_body_speaks_for_the_party_that_owned_it_before() -> None:
    claims = claims_of(
        "The Sudmark army said the dam was hit by a shell from Norland.\n\n"
        "The army determined there were no Sudmark planes in the area at the time."
    )
    claim = find(claims, "no Sudmark planes")
    assert (claim.side, claim.side_basis) == ("Sudmark", "carried")


def test_quote_signed_with_a_dash() -> None:
    claims = claims_of("“The dam was never inspected and the gates rusted for years.” ― Ana Lusk")
    assert find(claims, "never inspected").speaker == "Ana Lusk"


def test_a_pull_quote_credited_on_the_line_under_it_is_the_credited_persons() -> None:
    claims = claims_of(
        '"The gates held all night," Maria Keller said.\n\n'
        "'There is one rule in engineering. That is checking twice, and it was not done.'\n"
        "- Valdor deputy spokesman, Father Peter Lund\n"
        '"There is one rule in engineering," the Valdor deputy spokesman, Father Peter Lund, said on Saturday.'
    )
    assert find(claims, "checking twice").speaker == "Peter Lund"  # was Maria Keller's, the quotation before


def test_a_dash_line_under_a_paragraph_that_is_no_quotation_credits_nothing() -> None:
    claims = claims_of("The gates of the Valdor dam held all night.\n- Peter Lund")
    assert find(claims, "gates of the Valdor dam").speaker is None


def test_acronym_and_long_form_are_one_side_and_nation_adjective_its_country() -> None:
    claims = claims_of(
        "The Valley Relief Agency said the dam had collapsed after days of rain.\n\n"
        "The VRA said 40 people were missing.\n\n"
        "The Norlandic foreign ministry said aid was on its way. Norland said it would send engineers."
    )
    assert find(claims, "collapsed").side == find(claims, "40 people").side
    assert find(claims, "aid was on its way").side == "Norland"


def test_x_run_body_and_its_party_share_a_camp() -> None:
    claims = claims_of(
        "The Kessland-run health ministry said 500 people died in the collapse of the dam.\n\n"
        "The health ministry said the dam had been hit by a shell.\n\n"
        "Norland's defence ministry said the shell came from Kessland."
    )
    assert {find(claims, "500 people").camp, find(claims, "hit by a shell").camp} == {"Kessland"}
    assert find(claims, "came from Kessland").camp == "Norland"


def test_it_said_goes_to_the_group_that_spoke_before_and_was_named_last() -> None:
    claims = claims_of(
        'The Valley Liberation Front on Wednesday described as "lies" the accusation that it blew up the dam.\n\n'
        "The Kessland Water Board claimed that Norland was behind the blast, but the Sudmark army blamed a "
        "rocket fired by the Valley Liberation Front.\n\n"
        '"The enemy is trying hard to evade its responsibility for the collapse," it said in a statement.\n\n'
        "According to the statement, the dam had been shelled for two days before it broke."
    )
    assert find(claims, "evade its responsibility").speaker == "Valley Liberation Front"
    assert find(claims, "shelled for two days").speaker == "Valley Liberation Front"


def test_unnamed_document_after_according_to_gives_way_to_the_main_clause_speaker() -> None:
    claims = claims_of(
        "The Sudmark water agency has estimated that 40 to 60 people died in the flood, according to excerpts "
        "of a memo seen on Thursday by reporters."
    )
    assert find(claims, "40 to 60").speaker == "Sudmark water agency"


def test_a_bare_body_takes_the_one_party_that_owns_it_in_the_corpus() -> None:
    claims = extract_claims(
        [
            article_from_text("000_a.txt", HEADLINE + "The Sudmark army said a Norland shell hit the dam on Tuesday."),
            article_from_text("001_b.txt", HEADLINE + "The army determined there were no Sudmark planes over the dam."),
        ]
    )
    claim = find(claims, "no Sudmark planes")
    assert (claim.side, claim.camp, claim.side_basis) == ("Sudmark", "Sudmark", "carried")


def test_parenthetical_speaker_comes_before_the_root_verb() -> None:
    claims = claims_of("The Harbor Board, Maria Keller said, called the inspection of the dam a farce.")
    assert find(claims, "inspection").speaker == "Maria Keller"


def test_relative_who_said_takes_the_person_it_is_about() -> None:
    claims = claims_of(
        "The board has clashed with Maria Keller, who in 2019 said the dam was the safest in the valley."
    )
    assert find(claims, "safest").speaker == "Maria Keller"


def test_court_ruled() -> None:
    claims = claims_of("The appeals court ruled that the dam operator had ignored three safety warnings.")
    assert find(claims, "safety warnings").speaker == "appeals court"


def test_transcript_line_inside_a_quotation_mark_and_inverted_said_lead_in() -> None:
    claims = claims_of(
        '"KELLER: But, Mr. Kern, the gates were shut for three days in June and the ships waited.\n\n'
        "Said Lusk: “I do not think the board is the least bit interested in the dam.”"
    )
    assert find(claims, "gates were shut").speaker == "Keller"
    assert find(claims, "least bit").speaker == "Lusk"


def test_the_senator_is_the_person_introduced_with_that_title() -> None:
    claims = claims_of(
        "Norland spokesperson Tor Vik spoke on Monday. Sen. Maria Keller was at the dam too.\n\n"
        "The spokesperson said the dam had been hit by a shell. The senator said it had not."
    )
    assert find(claims, "hit by a shell").speaker == "spokesperson Tor Vik"
    assert find(claims, "it had not").speaker == "senator Maria Keller"


def test_a_title_no_one_was_introduced_with_stays_a_description() -> None:
    claims = claims_of("Maria Keller visited the dam.\n\nThe mayor said the gates had been shut since Friday.")
    assert find(claims, "gates had been shut").speaker == "mayor"


def test_the_group_said_refers_back_and_a_generic_group_is_no_side() -> None:
    claims = claims_of(
        "The Valley Liberation Front said it had not fired at the dam.\n\n"
        "The group said its fighters were 40 kilometres away.\n\n"
        "Several environmental groups said the reservoir had been overfilled for months."
    )
    assert find(claims, "40 kilometres").speaker == "Valley Liberation Front"
    assert find(claims, "overfilled").side is None


def test_a_one_letter_typo_of_a_side_is_the_same_side() -> None:
    claims = claims_of(
        "The Norlandic army said the shell came from Sudmark.\n\n"
        "The Norlnadic army said its units were 40 kilometres from the dam."
    )
    assert find(claims, "shell came").side == find(claims, "40 kilometres").side


def test_the_group_is_the_last_organisation_named_not_the_country_that_spoke_last() -> None:
    claims = claims_of(
        "Sudmark said the rocket that hit the dam came from the Valley Liberation Front.\n\n"
        "The group added it does not use dams as weapons."
    )
    assert find(claims, "dams as weapons").speaker == "Valley Liberation Front"


def test_title_case_dateline_with_colon_is_not_the_speaker() -> None:
    text = "Eastport, March 3: Norland's official media on Tuesday quoted the army as claiming the dam was sabotaged."
    claim = find(claims_of(text), "sabotaged")
    assert claim.speaker != "Eastport"
    assert claim.side != "Eastport"


def headline_claims(title: str, body: str) -> list[Claim]:
    """The claims of an invented article whose first line is `title`."""
    return extract_claims([article_from_text("000_test.txt", f"{title}\n\n{body}")])


def test_a_headline_naming_its_source_after_a_colon_is_that_sources_claim() -> None:
    claims = headline_claims(
        "At least 40 killed as Norland troops opened the sluices: Water Ministry",
        "The dam burst on Monday night.",
    )
    claim = find(claims, "opened the sluices")
    assert claim.speaker == "Water Ministry"


def test_a_headline_role_source_is_the_person_the_article_describes_by_that_role() -> None:
    claims = headline_claims(
        "Norland troops opened the sluices first: Envoy",
        "Sudmark foreign ministry spokesperson Ivo Kern spoke to reporters on Saturday.\n\n"
        "The Sudmarkese envoy said the sluices were opened by Norland troops on Monday.",
    )
    assert "Ivo Kern" in (find(claims, "opened the sluices first").speaker or "")


def test_a_headline_that_names_no_source_is_no_claim() -> None:
    claims = headline_claims("Norland troops opened the sluices on Monday night", "The dam burst on Monday night.")
    assert all("sluices" not in c.text for c in claims)


def test_an_acronym_before_a_headline_colon_is_no_transcript_speaker() -> None:
    claims = headline_claims("NWO: Norland troops opened the sluices on Monday night", "The dam burst on Monday.")
    assert all((c.speaker or "") != "Nwo" for c in claims)


def test_a_headline_style_link_inside_the_article_is_no_claim() -> None:
    claims = headline_claims(
        "Dam collapse on the Norland border",
        "The dam burst on Monday night.\n\nRelated: Police Say The Dam Was Sabotaged By Norland Engineers",
    )
    assert all("Sabotaged" not in c.text for c in claims)


def test_a_section_label_before_a_headline_colon_is_no_source() -> None:
    claims = headline_claims("Opinion: Why the Norland dam failed so fast, says engineer", "The dam burst on Monday.")
    assert all((c.speaker or "").lower() != "opinion" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The collapse of the Norland dam should worry everyone living along the river.",
        "Engineers in Norland feel tired after a week of repairs on the dam.",
    ],
)
def test_a_feeling_verb_without_a_view_attributes_nothing(text: str) -> None:
    assert find(claims_of(text), "Norland").speaker is None


def test_a_belief_verb_holding_a_view_still_attributes() -> None:
    claim = find(claims_of("Norland engineer Ivo Kern thinks the dam will fail before spring."), "will fail")
    assert claim.speaker == "Ivo Kern"


def test_a_split_quote_around_an_inverted_said_is_the_named_speakers() -> None:
    text = '"The risk," said Ola Brun, an engineer who runs the Velden works, "is that the dam will fail."'
    assert find(claims_of(text), "The risk").speaker == "Ola Brun"


def test_an_age_that_describes_the_person_named_before_speaks() -> None:
    text = 'Ola Brun runs the Velden works.\n\n"The dam has always held, and always will," said the 46-year-old.'
    claim = find(claims_of(text), "always held")
    assert claim.speaker is not None and "Brun" in claim.speaker


def test_a_section_label_before_a_colon_is_no_second_subject() -> None:
    text = "Flood defences: Brun, whose district includes the dam, said the levees would not hold."
    assert find(claims_of(text), "levees").speaker == "Brun"


def test_a_closing_quote_typed_as_an_opening_one_still_closes_the_quotation() -> None:
    text = "“The reality is, the dam is weak,“ said Ola Brun, an engineer from Velden."
    assert find(claims_of(text), "reality").speaker == "Ola Brun"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # The parser makes the absolute phrase after the report the sentence's root.
        ('"Most of our staff back this plan," Brun told the crowd, her voice drowned out by boos.', "staff", "Brun"),
        # ... or the quotation's own verb, and the speaker's clause its complement.
        (
            'Ola Brun did not seem impressed, telling reporters, "A lot of people said the mayor should go."',
            "A lot of people",
            "Ola Brun",
        ),
    ],
)
def test_a_report_the_parser_hung_under_a_later_root_keeps_its_speaker(text: str, fragment: str, speaker: str) -> None:
    assert find(claims_of(text), fragment).speaker == speaker


def test_a_parenthetical_report_keeps_its_speaker_when_the_sentence_ends_in_another_said() -> None:
    text = (
        "Acts of protest, the mayor said, are acts of courage, whether it was marching in the 1960s or wearing a "
        'shirt with the words "I cannot swim," as Ola Brun, sinking in the river, said.'
    )
    assert find(claims_of(text), "Acts of protest").speaker == "mayor"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The dam cost $5 million, Velden Water Board records show.", "dam cost", "Velden Water Board"),  # its author
        ("During the same stretch, ferry records show, the ferry sailed 216 hours.", "216 hours", "ferry records"),
        (
            "Brun lent his campaign thousands of dollars last month, fundraising documents show.",
            "lent",
            "fundraising documents",
        ),
        ("The dam cost $5 million, records compiled by the Velden Institute show.", "dam cost", "records"),
    ],
)
def test_records_that_show_at_the_end_of_a_sentence_are_its_source(text: str, fragment: str, speaker: str) -> None:
    assert find(claims_of(text), fragment).speaker == speaker


def test_a_show_that_is_no_document_names_no_source() -> None:
    assert find(claims_of("The dam opened on Monday, and crowds went to the show."), "crowds").speaker is None


def test_a_documents_source_is_named_as_written() -> None:
    text = "Most of the ads came from outside groups, tallies by the Velden Institute's media analysis show."
    assert find(claims_of(text), "outside groups").speaker == "tallies by the Velden Institute's media analysis"


@pytest.mark.parametrize(
    "text",
    [
        "The Velden dockers' union touted the new dam as the safest in the valley.",
        "The Velden dockers' union labeled the repairs a waste of money.",
        "The Velden dockers' union branded the ferry company a danger to the town.",
        "The Velden dockers' union dubbed the new dam the wall of Velden.",
        "The Velden dockers' union characterized the repairs as rushed and unsafe.",
        "The Velden dockers' union railed against the ferry company for the delays.",
        "The Velden dockers' union recounted how the water reached the second floor.",
        "The Velden dockers' union scoffed at the idea that the dam was safe.",
    ],
)
def test_verbs_of_judging_in_words_are_attributions(text: str) -> None:
    # ("echo" and "blast" were tried too: a hall, a tone and a confrontation "echo" as often as a party does, and
    # an army "blasted the bridge".)
    # as "blamed" gives it: the body its members name (extractor 261; "union" before)
    assert find(claims_of(text), "union").speaker == "Velden dockers' union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Any careful reading of the minister's plan, said Tom Vale, an expert on dams at the Orsk Institute, "
            "would show a retreat from the levee deal.",
            "Tom Vale",
        ),
        ("The contrast with Sudmark, said Doyle and others, would be clear since Sudmark has no levees.", "Doyle"),
        (
            "And the mayor, said Ann Brook, who remains friendly with her former boss, does not forgive or forget.",
            "Ann Brook",
        ),
        (
            "Part of the problem in detecting leaks, say experts like Ola Brun, a Norland geophysicist, is the soft "
            "ground.",
            "experts",
        ),
    ],
)
def test_an_inverted_aside_inside_the_claim_names_who_speaks(text: str, speaker: str) -> None:
    """'<X>, said <Name>, <apposition>, would ...': the parser makes <X> the subject of "said"."""
    assert find(claims_of(text), text[:20]).speaker == speaker


def test_a_phrase_after_an_aside_verb_that_names_no_one_is_no_speaker() -> None:
    text = (
        "And aides to the mayor, who had a long career in the council, said their stump speeches, already "
        "full of boasts about the dam, would focus on the levees."
    )
    assert find(claims_of(text), "stump").speaker == "aides"


def test_said_to_be_is_hearsay_with_no_speaker() -> None:
    claims = claims_of("The Orsk bridge, said to be unsafe since the flood, was closed by the army on Monday.")
    assert find(claims, "unsafe").speaker is None


def test_a_share_of_people_speaks_whole() -> None:
    assert find(claims_of("One in three said the council does not care about the dam."), "council").speaker == (
        "One in three"
    )


def test_a_thing_that_speaks_volumes_is_no_speaker() -> None:
    claims = claims_of("Ola Brun runs the works.\n\nThe empty reservoir speaks volumes about the drought.")
    assert [c.speaker for c in claims if "volumes" in c.text] in ([], [None])  # an idiom: nobody speaks


def test_a_speech_verb_inside_what_a_speaker_reports_is_not_the_report() -> None:
    text = 'At one point, Ivo Brenner said Kessland officials were calling "every 15 minutes."'
    claim = find(claims_of(text), "calling")
    assert claim.speaker == "Ivo Brenner"


def test_a_quoted_say_before_the_speakers_verb_leaves_the_quotation_to_the_speaker() -> None:
    text = (
        "\u201cIf you had a group that was going around blowing up bridges and said, \u2018We are the true"
        " believers,\u2019 well I am not going to let them claim my faith. I would say, \u2018That\u2019s"
        " ridiculous,'\u201d the minister added."
    )
    claim = find(claims_of(text), "ridiculous")
    assert (claim.speaker, claim.cue) == ("minister", "added")


def test_a_poll_of_voters_is_the_polls_finding_not_the_voters_word() -> None:
    claims = claims_of(
        "A poll of 900 voters found the mayor trailing by ten points. "
        "The report of the rail commission found that the signals had failed."
    )
    assert find(claims, "trailing").speaker == "poll"
    assert find(claims, "signals").speaker == "rail commission"


def test_what_a_party_agreed_is_the_news_of_the_outlet_that_revealed_it() -> None:
    text = "As the Kessland Herald revealed, the council agreed to sell the depot in November."
    claim = find(claims_of(text), "depot")
    assert claim.speaker == "Kessland Herald"


def test_an_estimate_by_a_body_is_the_bodys_word() -> None:
    text = "A 2014 estimate by the Kessland Tax Committee projected that the levy will cost the city 33 million."
    assert find(claims_of(text), "levy").speaker == "Kessland Tax Committee"


def test_who_makes_it_clear_that_says_so_and_a_thing_that_does_says_nothing() -> None:
    claims = claims_of(
        "Ivo Brenner made it plain that the levy on imported grain stays in place for another year. "
        "The storm on Tuesday made it clear that the old dam above the town was too weak to hold 300 tonnes of water."
    )
    assert find(claims, "levy").speaker == "Ivo Brenner"
    assert find(claims, "old dam").speaker is None


def test_he_after_an_earlier_he_of_the_sentence_is_not_a_name_between_them() -> None:
    claims = claims_of(
        "Tom Becker, who won two districts on Tuesday, is calling for his rivals to step aside.\n\n"
        "Though he did not mention Piet Orsk or Jan Kessel by name, he made it clear that he felt they should"
        " drop out so the party could unite."
    )
    assert find(claims, "drop out").speaker == "Tom Becker"


def test_he_in_a_clause_before_the_main_subject_is_that_subject() -> None:
    claims = claims_of(
        "Jan Kessel spoke first at the rally.\n\n"
        "In what he acknowledged as a rant, President Tom Becker took a whack at the mayor's record, painting"
        " him as a fraud."
    )
    assert find(claims, "rant").speaker == "Tom Becker"


def test_a_quotation_in_single_marks_is_its_speakers() -> None:
    claims = claims_of(
        "Interior minister Nouhad Kessel said the woman was Saja Dulaimi.\n\n"
        "'Dulaimi is not the leader's wife now. She has been married three times: first to a man from the old"
        " regime, with whom she had two sons,' he said."
    )
    married = find(claims, "married three times")
    assert (married.speaker, married.kind) == ("Nouhad Kessel", "quote")


def test_a_name_the_tagger_took_for_an_adverb_or_an_adjective_still_speaks() -> None:
    claims = claims_of(
        "David Jolly hopes to work across the aisle on the budget.\n\n"
        "Jolly said he has worked with both parties on a bill that would let students renegotiate their loans.\n\n"
        "Glide in their statement said, \u201cThe video shows how phones are changing the way news is gathered.\u201d"
    )
    assert find(claims, "renegotiate").speaker == "David Jolly"
    assert find(claims, "phones").speaker == "Glide"


def test_whose_reaction_a_quotation_is_speaks_it() -> None:
    claims = claims_of(
        "Ivo Brenner posted on Facebook on Monday.\n\n"
        "Anna Weller saw the footage on Tuesday. This was her reaction: \u2018I was in shock, I started crying at the"
        " thought of what I was about to do.\u2019"
    )
    assert find(claims, "in shock").speaker == "Anna Weller"


def test_a_region_an_expert_studies_is_not_the_side_the_expert_speaks_for() -> None:
    text = (
        "Fawaz Kessel, a Middle East expert at the Orsk School of Economics, said the arrest showed that the"
        " coalition has solid intelligence in the region."
    )
    assert find(claims_of(text), "arrest").side != "Middle East"


def test_a_headline_noun_parsed_as_talks_with_an_object_is_no_speaker() -> None:
    claims = extract_claims(
        [
            article_from_text(
                "000_test.txt",
                "Dam talks stall as Norland rejects new levy on grain imports\n\n"
                "Talks between the two countries on the dam ended on Monday without a deal, officials said.",
            )
        ]
    )
    assert all(c.speaker != "Dam" for c in claims)
    assert find(claims, "without a deal").speaker == "officials"


def test_who_stars_in_a_film_or_hosts_talks_puts_forward_no_view() -> None:
    claims = claims_of(
        "Tom Becker will star as the mayor of Orsk in the new film about the flood, which opens next spring. "
        "Anna Weller will host the talks on the dam in June."
    )
    assert find(claims, "star as").speaker is None
    assert find(claims, "host the talks").speaker is None


def test_a_hyphen_inside_a_quoted_name_signs_nothing() -> None:
    claims = claims_of(
        "\u201cThe true heir to the old leader may be the group's chief Abu Bakr al-Baghdadi,\u201d wrote The"
        " Kessland Post\u2019s David Ignatius.\n\n"
        "\u201cWe will rebuild the bridge before the winter comes.\u201d \u2013 Ivo Brenner, mayor of Orsk"
    )
    assert find(claims, "true heir").speaker == "David Ignatius"
    assert find(claims, "rebuild the bridge").speaker == "Ivo Brenner"


def test_a_spokesman_for_a_titled_person_speaks_for_the_body_or_country_of_the_title() -> None:
    assert (
        find(
            claims_of("Anna Weller, spokesman for Kessland President Jan Orsk, said the border stays closed."), "border"
        ).side
        == "Kessland"
    )
    # A place before a profession is no party: the spokesman speaks for the person (extractor 159), not Miami.
    assert (
        find(claims_of("A spokesman for Miami lawyer Ivo Brenner said the suit was dropped on Monday."), "suit").side
        == "Brenner"
    )


def test_the_head_of_an_office_an_organisation_owns_speaks_for_the_organisation() -> None:
    text = (
        "Tom Becker, head of Kessland's Meteor Watch Office, estimated that the crater was made by a blast of"
        " one tonne of explosive."
    )
    assert find(claims_of(text), "crater").side == "Kessland"


def test_a_name_the_tagger_ran_on_over_a_small_word_ends_before_it() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["photos", "of", "Thomas", "to", "Instagram", "and", "Ana", "de", "Souza"])
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, 6, 9, label="PERSON")]
    assert [ent_person_name(ent) for ent in doc.ents] == ["Thomas", "Ana de Souza"]


def test_a_party_a_country_is_named_with_is_still_the_party() -> None:
    text = "Anna Weller, a lawmaker from Kessland's Green Party, said the levy on grain must go."
    assert find(claims_of(text), "levy").side == "Green Party"


def test_a_report_closing_the_sentence_with_its_source_inverted_is_the_sources() -> None:
    claims = claims_of(
        "Furious parents are demanding to know why there was such a lack of teacher supervision, reported the"
        " Kessland Herald.\n\n"
        "A man who lives near the dam says he filmed the breach, his lawyer, Anna Weller, told the Orsk Times."
    )
    assert find(claims, "supervision").speaker == "Kessland Herald"
    assert find(claims, "filmed the breach").speaker != "Orsk Times"  # told: the object heard it


def test_it_is_important_to_confirm_is_nobodys_report() -> None:
    claims = claims_of(
        "Norland officials said the dam was safe.\n\n"
        "It is important to confirm any flood related stories that come your way on social media before you"
        " share them. Voters were more likely to say that the levy should go."
    )
    assert all(c.speaker is None for c in claims if "important to confirm" in c.text)
    assert find(claims, "levy").speaker == "voters"


def test_he_after_a_clause_whose_subject_is_a_named_person_is_that_person() -> None:
    claims = claims_of(
        "Ivo Brenner spoke first at the rally.\n\n"
        "Though Tom Becker did not mention Jan Kessel or Piet Orsk by name, he made it clear that he felt"
        " they should drop out so the party could unite."
    )
    assert find(claims, "drop out").speaker == "Tom Becker"


def test_a_name_and_colon_inside_a_quotation_going_on_is_no_new_turn() -> None:
    claims = claims_of(
        "The marsh plan was published on Monday.\n\n"
        '"He talks about the future and the canal in every speech he gives," said Jon Varga, a pollster.'
        ' "Classic Holm: she promised a new canal and she built a new canal for the whole town."'
    )
    assert find(claims, "Classic Holm").speaker == "Jon Varga"


def test_a_bare_title_conjoined_to_a_name_is_that_persons_title() -> None:
    claims = claims_of(
        "Council member and retired teacher Peter Olu said the school would stay open.\n\n"
        "The mayor and Ruth Vell said the bridge was safe.\n"
    )
    assert find(claims, "school would stay open").speaker == "Peter Olu"  # was "Council member"
    assert find(claims, "bridge was safe").speaker == "mayor"  # two speakers: the first, as before


def test_everybody_but_a_name_is_not_that_name() -> None:
    claims = claims_of("The board met on Monday. Everybody but Peter Olu agreed that the ferry fare was fair.\n")
    assert find(claims, "ferry fare").speaker != "Peter Olu"
