"""A question's label is the claimed clause of its anchor, whatever shape the attribution takes.

Found on unseen wire copy (labels such as "Later in the day", "In the statement", "Explicitly that …",
"<Name>, a shift manager"): each sentence here is invented, about a flood in Orsk.
"""

from __future__ import annotations

import pytest

from factcheck.link.label import core_clause


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        # Quotation marks written as two apostrophes or two backticks, as some wires do.
        ("''The dam will hold tonight,'' the mayor said.", "mayor", "The dam will hold tonight"),
        ("``The dam will hold tonight,'' the mayor said on Monday.", "mayor", "The dam will hold tonight"),
        ("''We will open the gates,'' Brun said aboard the ferry as it left.", "Brun", "We will open the gates"),
        # ... but inside a word two apostrophes are one, escaped by the page ("Norland''s").
        (
            "The army said Norland''s dam was intact on Monday''s count.",
            "army",
            "Norland's dam was intact on Monday's count",
        ),
        # The next sentence's opening quote mark, left at the end by the sentence splitter.
        ('The gates held all night," Brun said. "', "Brun", "The gates held all night"),
        # A phrase of time before the speaker is no claim: the clause after the verb is.
        ("On Monday, the army said the dam was intact.", "army", "The dam was intact"),
        (
            "Since the flood, the army said in a statement that roughly 450 homes were lost.",
            "army",
            "Roughly 450 homes were lost",
        ),
        # What follows the verb is when or where it was said, not the claim.
        (
            "The gates were closed before noon,” Brun said in the statement.",
            "Brun",
            "The gates were closed before noon",
        ),
        (
            "“Let me tell you the facts,” Brun said after a brief “sorry” to the mayor.",
            "Brun",
            "Let me tell you the facts",
        ),
        # An adverb between the verb and "that".
        (
            "Brun said explicitly that the gates were closed before the flood.",
            "Brun",
            "The gates were closed before the flood",
        ),
        ("Brun said instead that the gates had been open all along.", "Brun", "The gates had been open all along"),
        # Who said it after the verb, with what they are.
        (
            "The gates stayed shut all week, said Ola Brun, a shift manager at the plant.",
            "Ola Brun",
            "The gates stayed shut all week",
        ),
        (
            'I did not see it coming," said Ola Brun, 62, who has worked at the dam since 1990.',
            "Ola Brun",
            "I did not see it coming",
        ),
        # ... which the same words before the verb are not: there the claim follows the verb.
        (
            "Ola Brun, a shift manager at the plant, said the gates stayed shut all week.",
            "Ola Brun",
            "The gates stayed shut all week",
        ),
        # Who said it set off by commas inside the claim.
        ("The dam, the mayor said, will hold through the night.", "mayor", "The dam will hold through the night"),
        (
            "His wife, he says, plans to leave the town over the flood.",
            "he",
            "His wife plans to leave the town over the flood",
        ),
        # "tweeted" and "declared" report a clause only before "that" or a colon.
        (
            "The mayor declared a state of emergency in Orsk on Monday.",
            "mayor",
            "The mayor declared a state of emergency in Orsk on Monday",
        ),
        # A verb that says only that someone went on speaking, before the quotation it opens (the quotation
        # runs on past the sentence, so no closing mark): the label was "Brun continued, The gates …".
        (
            "Brun continued, \u201cThe gates of the Orsk dam are being held shut on orders of the council.",
            "Brun",
            "The gates of the Orsk dam are being held shut on orders of the council",
        ),
        (
            'Brun replied: "The dam is safe and will hold through the spring."',
            "Brun",
            "The dam is safe and will hold through the spring",
        ),
        # ... but not before a quoted phrase inside the clause, nor without a quotation.
        (
            "The talks continued, \u201cin good faith\u201d, until Monday.",
            None,
            "The talks continued, \u201cin good faith\u201d, until Monday",
        ),
        (
            "The shelling continued, and the Orsk dam broke on Monday.",
            None,
            "The shelling continued, and the Orsk dam broke on Monday",
        ),
    ],
)
def test_the_label_is_the_claimed_clause(text: str, speaker: str | None, label: str) -> None:
    assert core_clause(text, speaker) == label


def test_a_clause_after_the_verb_is_never_cut_off_as_who_said_it() -> None:
    # "…, the agency said it would cooperate": the words after "said" are the claim, not a closing
    # attribution like "…, the agency said on Monday." The label was "Later in the day".
    assert core_clause("Later in the day, the river agency said it would open the gates.", "agency") == (
        "Later in the day, the river agency said it would open the gates"
    )
    assert core_clause("The gates held, the mayor said on Monday.", "mayor") == "The gates held"
    assert core_clause("The gates held, the mayor said angrily.", "mayor") == "The gates held"


def test_a_label_that_opens_with_he_said_names_the_speaker_instead() -> None:
    # In the Questions list "He said he would reopen the dam road" says nothing of who; the claim knows.
    assert core_clause("He said he would reopen the dam road by Friday.", "Ola Brun") == (
        "Ola Brun said he would reopen the dam road by Friday"
    )
    assert core_clause("She added that her office had warned the town.", "Ingrid Vik") == (
        "Ingrid Vik added that her office had warned the town"
    )
    # Only a name: a speaker known only by a role or a group keeps the pronoun, as does "they".
    assert core_clause("He said he would reopen the dam road.", "mayor") == "He said he would reopen the dam road"
    assert core_clause("They said they would reopen the road.", "Ola Brun") == "They said they would reopen the road"


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        # "According to …," then the speaker and the verb: both leads go.
        (
            "According to the Courier, Ola Brun, head of the river office, said the Orsk dam walls were cracked.",
            "Ola Brun",
            "The Orsk dam walls were cracked",
        ),
        # A colon after when it was said: the quotation is the label, without its marks.
        (
            'Members of the Orsk residents\' group said in a post on Friday: "We are watching the water rise."',
            "Members",
            "We are watching the water rise",
        ),
        ("The mayor told them: ‘Pray for the valley.'", "mayor", "Pray for the valley"),
        # Two closing attributions: who said it where, then whose report it was.
        (
            'We have seen the cracks in the wall," Ola Brun of the river office said in a press conference, '
            "according to the Velden Agency (VA).",
            "Velden Agency",
            "We have seen the cracks in the wall",
        ),
        # Whom "told" names, with its article: the claim follows.
        (
            "The mayor told the crowd the Orsk dam would hold through the night.",
            "mayor",
            "The Orsk dam would hold through the night",
        ),
    ],
)
def test_a_label_drops_every_lead_and_tail(text: str, speaker: str, label: str) -> None:
    assert core_clause(text, speaker) == label


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        # A claim that opens with its speaker's pronoun keeps who said it, but not what they are or where
        # they said it: the label was all lead, cut before the claim began.
        (
            "Ola Brun, a spokeswoman for the Orsk river office, said in an email that it had “never once "
            "considered opening the sluices”.",
            "Ola Brun",
            "Ola Brun said that it had “never once considered opening the sluices”",
        ),
        (
            "Ivo Lind, 39, a ferryman from Velden who saw the flood, told the Courier that he watched the wall "
            "give way at dawn.",
            "Ivo Lind",
            "Ivo Lind told the Courier that he watched the wall give way at dawn",
        ),
        # Where the speaker spoke, before the speaker, goes too (the label was all lead, cut before the claim).
        (
            "In a profile published on Monday by the Orsk Courier, one 17-year-old pupil confirms that he made "
            "$9 million trading shares.",
            "pupil",
            "One 17-year-old pupil confirms that he made $9 million trading shares",
        ),
        (
            "In her blog, the engineer, known only as Ana, wrote that she had warned the board about the cracks twice.",
            "Ana",
            "The engineer, known only as Ana, wrote that she had warned the board about the cracks…",
        ),
        # ... nor is a relative clause with a verb of its own ("was profiled by …, which claimed").
        (
            "Lind, a ferryman from Velden, was interviewed by the Courier, which claimed that he had seen the wall "
            "give way.",
            "Lind",
            "Lind, a ferryman from Velden, was interviewed by the Courier, which claimed that he had…",
        ),
    ],
)
def test_a_lead_kept_for_a_pronoun_is_short(text: str, speaker: str, label: str) -> None:
    assert core_clause(text, speaker) == label


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ('"Dam Days" is based on the late engineer\'s memoir of the flood, "High Water."', '"Dam Days" is based on'),
        (
            '"Top secret" is the highest level of classification, reserved for papers whose release could cause'
            ' "grave damage."',
            '"Top secret" is the highest',
        ),
    ],
)
def test_straight_quote_marks_paired_across_two_quotations_hold_no_quotation(text: str, opening: str) -> None:
    """Between the closing mark of one short quotation and the opening mark of the next lies the sentence,
    not a quotation: it opens with a space, which no quotation does (the label kept "Is based on ...")."""
    assert core_clause(text).startswith(opening)


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        (
            "The Kessa coastguard said at least 30 passengers were still missing.",
            "Kessa coastguard",
            "At least 30 passengers were still missing",
        ),
        ("Police said at most a dozen homes had been searched.", "police", "At most a dozen homes had been searched"),
        # ... while "at" with a place or a time after the verb is still where or when it was said.
        (
            "The ferry left on time, the coastguard said at a briefing.",
            "coastguard",
            "The ferry left on time",
        ),
    ],
)
def test_a_bound_after_the_verb_opens_the_claimed_clause(text: str, speaker: str, label: str) -> None:
    """ "X said at least 30 were missing": "at least" and "at most" open a figure, not a phrase of where or when
    it was said (the label kept the whole "The coastguard said at least 30 …")."""
    assert core_clause(text, speaker) == label
