"""Verbs that put forward a view, on invented sentences about an invented canal dispute (issue 10).

Each test pins one verb family the clause rules must read as attribution, and one look-alike they must not.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mayor Ruth Vell pointed out that the canal had not been dredged since 1990.", "Ruth Vell"),
        ("The farmers' union expressed concern that the levy would ruin small farms.", "union"),
        ("Councillor Ida Marsh reminded voters that the levy was meant to end in 2020.", "Ida Marsh"),
        ("Councillor Ida Marsh portrayed the levy as a burden on the poorest families.", "Ida Marsh"),
    ],
)
def test_speech_verbs_outside_the_core_list(sentence: str, speaker: str) -> None:
    claim = find(claims_of(sentence), "levy" if "levy" in sentence else "canal")
    assert claim.speaker is not None and speaker in claim.speaker


@pytest.mark.parametrize("verb", ["hoped", "is hoping"])
def test_hope_is_read_whatever_the_tagger_lemmatises(verb: str) -> None:
    # The small English model lemmatises "hoped" / "hoping" as "hop": the verb is still a view.
    claim = find(claims_of(f"Minister Anton Brisk {verb} the talks would end the strike by Friday."), "strike")
    assert claim.speaker == "Anton Brisk"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The water board knows that the east bank will not hold another flood.", "water board"),
        ("Engineer Piet Haas considers the old locks unsafe for barges.", "Piet Haas"),
        ("Treasurer Orla Dent wondered whether the reserve fund could cover the repairs.", "Orla Dent"),
    ],
)
def test_belief_verbs_with_a_view(sentence: str, speaker: str) -> None:
    claim = find(claims_of(sentence), sentence[-20:-1])
    assert claim.speaker is not None and speaker in claim.speaker


def test_belief_verb_without_a_view_gives_no_speaker() -> None:
    claim = find(claims_of("The water board knows the valley well after forty years of floods."), "valley")
    assert claim.speaker is None


def test_gender_is_learnt_from_the_pronouns_after_a_name() -> None:
    # "He said Lusk had lost her seat": "her" tells Lusk's gender, "He" (before the name) is someone else's.
    claims = claims_of(
        "Ivo Kern said his union would not give in. He said Ana Lusk had lost her seat on the water board.\n\n"
        "He said the collapse had cost the port millions."
    )
    assert find(claims, "cost the port").speaker == "Ivo Kern"


def test_declining_to_comment_is_the_outlets_word() -> None:
    claim = find(claims_of("A spokesman for the water board declined to comment on the report."), "report")
    assert claim.speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The soldiers pointed their rifles at the crowd near the canal.",
        "The province recognized the new canal council.",
        "The new locks have only helped push the smugglers further up the canal.",
        "A strong showing from Ruth Vell in Valdor could push two rivals out of the canal race.",
        "All told, the canal trust, whose members met on Monday, raised $4 million in February.",
        "Marlow Rail added two carriages to the canal line's morning service on Monday.",
        "The canal club added three goals after the break.",
        "Ivo Kern wrote the screenplay for the canal film.",
        "The canal film has been written by Ivo Kern and will be directed by Ana Lusk.",
    ],
)
def test_a_speech_verb_used_for_an_act_gives_no_speaker(sentence: str) -> None:
    assert [c.speaker for c in claims_of(sentence)] in ([], [None])


@pytest.mark.parametrize(
    "sentence",
    [
        "The army blasted the bridge over the canal on Tuesday.",
        "The mural portrays the great flood of the canal in 1890.",
        "The storm reminded the canal towns of the flood of 1890.",
    ],
)
def test_an_act_or_a_picture_is_no_report(sentence: str) -> None:
    assert [c.speaker for c in claims_of(sentence)] in ([], [None])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruth Vell has withdrawn from the canal inquiry.",
        "Ana Lusk picked up three seats on the canal board in May.",
        "Ruth Vell has broken every rule of the canal race.",
        "Tomas Brandt fared poorly among canal-town voters.",
    ],
)
def test_a_persons_deed_is_the_outlets_report_not_the_persons_view(sentence: str) -> None:
    """A named person as the subject of a deed (withdraw, pick up, break a rule, fare) holds no view the
    sentence reports: the outlet says what the person did."""
    assert [c.speaker for c in claims_of(sentence)] in ([], [None])


@pytest.mark.parametrize("verb", ["exclaimed", "whispered", "quipped", "joked"])
def test_manner_of_speaking_verbs_attribute(verb: str) -> None:
    claim = find(claims_of(f'"The canal levy," Ruth Vell {verb} at the meeting, "is a tax on bread."'), "canal levy")
    assert claim.speaker == "Ruth Vell"


def test_one_of_a_group_speaks_as_one_of_them() -> None:
    claims = claims_of("The Valley Courier quoted one of Vell's advisers as saying the canal levy would be dropped.")
    assert find(claims, "levy would be dropped").speaker == "one of Vell's advisers"  # was "of Vell's advisers"


@pytest.mark.parametrize("verb", ["see", "view", "regard"])
def test_seeing_something_as_something_is_a_view(verb: str) -> None:
    claims = claims_of(f"Farmers in the canal towns {verb} the levy as a tax on bread.")
    assert find(claims, "tax on bread").speaker is not None


def test_seeing_something_as_something_is_a_view_when_the_as_hangs_on_the_object() -> None:
    # The parser hangs "as" on "held", the object's participle, not on "see".
    claims = claims_of("Experts see the canal vote held on Sunday as a test of whether the board will loosen its grip.")
    assert find(claims, "canal vote").speaker == "experts"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Councillor Ida Marsh has pushed for a second lock on the canal since 2019.", "Ida Marsh"),
        ("The farmers' union pushed back against the claim that the canal leaked.", "union"),
        ("Many bargemen are pushing to make the canal levy a toll.", "bargemen"),
        ("Councillor Ida Marsh pushes the board to reject the canal deal.", "Ida Marsh"),
    ],
)
def test_pushing_for_a_cause_is_a_view(sentence: str, speaker: str) -> None:
    claim = find(claims_of(sentence), "canal")
    assert claim.speaker is not None and speaker in claim.speaker


def test_seeing_alone_is_no_view() -> None:
    claims = claims_of("Mayor Ruth Vell saw the canal from the bridge on Monday.")
    assert all(c.speaker != "Ruth Vell" for c in claims if "canal" in c.text)


def test_a_belief_set_off_by_commas_inside_its_clause_is_a_view() -> None:
    claims = claims_of("Such efforts, the bargemen believe, will make the canal levy moot before the spring.")
    assert find(claims, "canal levy").speaker == "bargemen"


@pytest.mark.parametrize(
    "sentence",
    [
        "The canal will reopen in May, the engineer said. Ruth Vell added a warning that the locks were weak.",
        'The canal will reopen in May, the engineer said. Ruth Vell added: "The locks are weak."',
        'The canal will reopen in May, the engineer said. "The locks are weak," Ruth Vell added.',
        "The canal will reopen in May, the engineer said. Ruth Vell added that the locks were weak.",
        "Ruth Vell wrote a letter to the council saying the locks were weak.",
        "Ruth Vell wrote in an email that the locks were weak.",
        'Ruth Vell wrote: "The locks are weak."',
        "The locks are weak, Ruth Vell wrote on Twitter.",
        "After the council voted, Ruth Vell wrote a blog against the locks.",
    ],
)
def test_adding_or_writing_words_is_still_speech(sentence: str) -> None:
    """With a plain object "add" and "write" are deeds (extractors 156, 167); with words they still speak."""
    assert find(claims_of(sentence), "locks").speaker == "Ruth Vell"


def test_a_summons_or_a_cancelling_call_says_nothing() -> None:
    claims = claims_of(
        "When the alarm rings, the night porters can call the fire crew in.\n\n"
        "Two ferry firms called off the merger last week."
    )
    assert all(c.speaker is None for c in claims)  # was "night porters" / "ferry firms"
    spoken = claims_of("The mayor called the bridge plan a disgrace and called on the council to drop it.")
    assert find(spoken, "disgrace").speaker == "mayor"


def test_what_someone_was_unable_or_failed_to_say_is_not_their_claim() -> None:
    claims = claims_of(
        "Reporter Ada Finch was unable to confirm the toll figures.\n\n"
        "Tobi Varga failed to mention that the bridge had closed."
    )
    assert all(c.speaker is None for c in claims)  # was "Ada Finch" / "Tobi Varga"
