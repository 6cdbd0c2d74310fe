"""Who speaks a quotation that a clause leads into, on invented sentences about an invented harbour levy.

Found on PolNeAR train (error study): a clause ending in a colon named the quotation's speaker only when
its verb was a speech verb, so '<Name> resisted: "..."' took the previous speaker; of two clauses, the one
whose verb opens the quotation was not preferred; and a verb's object was taken for its speaker.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "lead", ["Ivo Brenner resisted:", "Then Ivo Brenner continues:", "Ivo Brenner has since apologized:"]
)
def test_a_clause_ending_in_a_colon_names_the_quotations_speaker(lead: str) -> None:
    claims = claims_of(f'Mayor Ana Lusk spoke first. {lead} "Governors do not have the power to close the harbour."')
    assert find(claims, "power to close the harbour").speaker == "Ivo Brenner"


def test_a_colon_with_no_clause_before_it_names_no_one() -> None:
    claims = claims_of('Live updates: "The harbour is open," officials say.')
    assert find(claims, "harbour is open").speaker == "officials"


def test_of_two_clauses_the_one_that_opens_the_quotation_speaks_it() -> None:
    claims = claims_of(
        'At one point, a woman asked for a photo and Ana Lusk said, "as long as we break no harbour rules."'
    )
    assert find(claims, "harbour rules").speaker == "Ana Lusk"


def test_whom_a_verb_accuses_is_not_its_speaker() -> None:
    claims = claims_of("Speaking in Port Lund, Lusk, without naming him, also accused Ivo Brenner of dodging the levy.")
    assert find(claims, "dodging the levy").speaker != "Ivo Brenner"
    inverted = claims_of('"The harbour is safe," said former engineer Tom Reel, half joking.')
    assert find(inverted, "harbour is safe").speaker == "Tom Reel"  # a name after the verb still speaks


def test_two_reports_joined_by_and_are_one_claim_each() -> None:
    claims = claims_of('Ivo Brenner said he would cut the levy, and Ana Lusk vowed to "fight it" in the council.')
    assert find(claims, "cut the levy").speaker == "Ivo Brenner"
    assert find(claims, "fight it").speaker == "Ana Lusk"
    one = claims_of("Ivo Brenner said the dam was safe and that the levy would fall.")  # one report, two contents
    assert find(one, "dam was safe") is find(one, "levy would fall")


def test_a_contrast_put_first_is_one_claim_per_speaker() -> None:
    claims = claims_of(
        "While Ivo Brenner has maintained that the levy amounted to theft, Ana Lusk has called his vote reckless."
    )
    assert find(claims, "amounted to theft").speaker == "Ivo Brenner"
    assert find(claims, "vote reckless").speaker == "Ana Lusk"
    plain = claims_of("While the dam held, engineers said the levy was too high.")  # one report: one claim
    assert find(plain, "dam held") is find(plain, "levy was too high")


def test_a_passive_subject_speaks_the_report_conjoined_to_it() -> None:
    claims = claims_of(
        "By the end of the day, Ivo Brenner was forced into a rare moment of damage control and said that his "
        "words on the levy had been misconstrued."
    )
    assert find(claims, "misconstrued").speaker == "Ivo Brenner"


def test_a_name_after_a_quotation_speaks_it_when_the_quotation_ends_in_a_form_of_address() -> None:
    claims = claims_of(
        "''That was a good speech you gave last night, Madam Mayor,'' Councillor Tom Reel, Democrat of Kessport, "
        "told Ms. Lusk as he stopped to shake her hand."
    )
    claim = find(claims, "good speech")
    assert claim.speaker == "Tom Reel" and claim.side != "Madam"


def test_an_inverted_speech_verb_in_a_parenthesis_is_its_own_subjects() -> None:
    claims = claims_of("And Ivo Brenner, said Ana Lusk, who remains friendly with her former boss, does not forgive.")
    assert find(claims, "does not forgive").speaker == "Ana Lusk"  # was Ivo Brenner, whom she speaks of


def test_a_source_named_after_the_claim_with_no_as_speaks_it() -> None:
    # Found on PolNeAR train: the parser hangs "<Body> reported" after a comma on the claim's verb, as an adverbial
    # clause with no "as"; the claim had no speaker.
    claims = claims_of(
        "A ten-year run of falling harbour fees will end this year, sooner than expected, the independent Velden "
        "Audit Office reported on Tuesday -- a development that raises new questions for the port."
    )
    assert find(claims, "falling harbour fees").speaker == "Velden Audit Office"
    # ...but a clause that reports something of its own is not the source of the main one
    other = claims_of("The port closed its gates on Monday, after the Velden Courier reported that the fees had risen.")
    assert find(other, "closed its gates").speaker != "Velden Courier"


def test_an_unnamed_speaker_after_an_inverted_verb_speaks_the_quotation() -> None:
    # Found on PolNeAR train: '"...," said the woman, who ...': the parser hangs "the woman" on the relative
    # clause's verb and leaves "said" with no subject.
    claims = claims_of(
        '"One trader came in and said maybe we should close the gates if they are closing theirs," said the '
        "woman, who like many in the port did not want to be named."
    )
    assert find(claims, "close the gates").speaker == "woman"


def test_who_casts_doubt_on_a_claim_speaks() -> None:
    claims = claims_of("Velden scientists have cast doubt over claims that an eel swam up a man's drainpipe.")
    assert (find(claims, "eel swam").speaker or "").lower() == "velden scientists"  # as "Velden scientists said"


def test_a_topic_label_before_a_colon_leaves_the_clause_after_it_its_speaker() -> None:
    claims = claims_of(
        "The candidates met in Varn.\n\nFerry access: Marta Holm, whose coalition includes young people and"
        " commuters, said closed ferries deny many working islanders the right to travel."
    )
    assert find(claims, "deny many working islanders").speaker == "Marta Holm"


def test_a_colon_lead_is_the_first_clause_with_a_voice() -> None:
    claims = claims_of(
        "The vote fell on a holiday.\n\nThe scheduling was so odd that a spokesman for Marta Holm could only"
        ' quip: "I guess the whole town was booked."'
    )
    assert find(claims, "whole town was booked").speaker == "spokesman"


def test_a_parenthetical_source_after_a_name_is_the_speaker_not_the_name() -> None:
    claims = claims_of(
        'The debate is on Friday.\n\nHolm, a top aide said, "is very confident, very confident in the contrast"'
        " between her and Varga."
    )
    assert find(claims, "very confident").speaker == "top aide"


def test_a_source_after_a_name_that_ends_the_content_is_the_speaker() -> None:
    claims = claims_of(
        "The convention opened on Monday.\n\nHis allegiance has shifted from Marta Holm to Jon Varga to, now,"
        " Ilse Berg, Tom Wilkin said during his campaign speech."
    )
    assert find(claims, "allegiance has shifted").speaker == "Tom Wilkin"


def test_an_apposition_closed_by_a_comma_is_not_the_speaker() -> None:
    claims = claims_of("The convention opened on Monday.\n\nIlse Berg, the party treasurer, said the books were clean.")
    assert find(claims, "books were clean").speaker == "Ilse Berg"


def test_an_apposition_its_writer_left_unclosed_at_the_start_is_not_the_speaker() -> None:
    claims = claims_of(
        "The convention opened on Monday.\n\nIlse Berg, the communications director for the Varn party said the"
        " ballots could not be recounted."
    )
    assert find(claims, "could not be recounted").speaker == "Ilse Berg"


def test_an_apposition_left_unclosed_after_a_quotation_is_not_the_speaker() -> None:
    claims = claims_of(
        'The convention opened on Monday.\n\n"The party needs a plan for the ballots," Ilse Berg, the treasurer'
        " who founded the Varn club said on Wednesday."
    )
    assert find(claims, "plan for the ballots").speaker == "Ilse Berg"


def test_a_name_after_its_title_phrase_is_the_speaker_not_the_title() -> None:
    # The parser gives "called" two subjects: "President" (of the title phrase) and "Berg".
    claims = claims_of(
        "The convention opened on Monday.\n\nValley Radio Vice President for news and talk Ivo Kern called the"
        " show \u201cthe river news show of record.\u201d"
    )
    assert find(claims, "news show of record").speaker == "Ivo Kern"


def test_an_inverted_source_with_a_name_and_a_clause_after_it_speaks_the_content_before() -> None:
    # With the name and its "who" clause, the parser takes the source for the object of "said".
    claims = claims_of(
        "The vote was held on Sunday.\n\nThe council also had a voice in decisions about the dam, said a former"
        " spokesman for the Norland water ministry, Ivo Kern, who also ran for the council."
    )
    assert find(claims, "decisions about the dam").speaker == "Ivo Kern"


def test_an_outlet_relaying_an_inverted_report_is_not_its_speaker() -> None:
    claims = claims_of(
        'The convention opened on Monday.\n\n"The ballot rules say you are no longer welcome," said Ilse Berg,'
        " director of the Varn club, reports the Courier."
    )
    assert find(claims, "no longer welcome").speaker == "Ilse Berg"
