"""Regression: a numeral at the root of its sentence once sent feature extraction into an endless loop
(spaCy makes a new Token object on each access, so `tok.head is tok` never holds)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract.features import claim_features
from factcheck.extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _features(text: str) -> dict[str, Any]:
    """The features of a text read as one sentence, as extraction computes them."""
    return claim_features(load_pipeline(None)(text)[:], 0.0)


def test_numeral_at_sentence_root_terminates_and_is_counted() -> None:
    doc = load_pipeline(None)("At least 1,000.")
    assert doc[2].dep_ == "ROOT" and doc[2].like_num  # the shape that used to hang
    features = claim_features(doc[:], 0.0)
    assert any(entry[0] == 1000 for entry in features["numbers"])


@pytest.mark.parametrize(
    "text",
    [
        "Officials fear the militants could carry out a 9/11-style attack in the region.",
        "The vote on 24/7 access to the harbour passed.",
        "The rebels seized 3/4 of the valley.",
        "At least two-thirds of the delegates decided to back the plan.",
        "Two thirds of the town voted for the dam.",
    ],
)
def test_a_date_or_a_share_is_not_a_count(text: str) -> None:
    assert _features(text)["numbers"] == []  # "9/11-style" made "How many styles were carried? 9"


def test_a_count_beside_a_slashed_date_is_still_counted() -> None:
    numbers = _features("On 9/11 the militants stole 11 jets from the airport.")["numbers"]
    assert [entry[0] for entry in numbers] == [11.0]


def test_a_figure_on_a_scale_counts_what_the_number_of_names() -> None:
    nlp = load_pipeline(None)
    doc = nlp('A Sudmark assessment puts the number of people killed at the "low end of the 40-to-90 range."')
    assert claim_features(doc[:], 0.0)["numbers"] == [[40.0, "people", "=", "kill", 90.0]]  # was 40 "range"
    doc = nlp("The army said in a statement confirming the number of dead at 12.")
    assert claim_features(doc[:], 0.0)["numbers"] == [[12.0, "people", "=", "dead"]]  # as "12 dead"


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry determined there were no Norland strikes near the Tarn depot that night.",
        "Investigators concluded that the dam had not been breached by the flood.",
    ],
)
def test_a_finding_verb_says_no_when_what_it_found_does(text: str) -> None:
    # "determined", "concluded", "found" report a finding: what the claim asserts is the clause under them.
    features = _features(text)
    assert features["negated"] is True
    assert features["predicates"][0]["lemma"] != features["root"]


def test_a_plain_finding_stays_affirmative() -> None:
    features = claim_features(load_pipeline(None)("The inquiry determined that a Norland drone hit the depot.")[:], 0.0)
    assert features["negated"] is False
    assert features["predicates"][0]["lemma"] == "hit"



def test_a_clause_hung_on_where_it_was_said_is_what_was_said() -> None:
    # The parser may hang "that ..." on "statement" (acl), leaving "said" with nothing under it: the claim was
    # then "say", not the water not released, and fell under the claim bar as saying nothing.
    doc = load_pipeline(None)("The Kessel Water Trust said in a statement that no water was released from the dam.")
    released = next(t for t in doc if t.lower_ == "released")
    assert released.dep_ == "acl" and released.head.lower_ == "statement"  # the shape that lost the content
    features = claim_features(doc[:], 0.0)
    assert features["predicates"][0]["lemma"] == "release" and features["negated"] is True
    assert {"water", "release"} <= set(features["content_lemmas"])
    # "told a briefing that ...": the clause hung on the briefing, its "that" taken for its subject
    briefing = _features(
        "Ivo Kern told a news briefing that during the storm, the Kessland water board was not opening the sluices."
    )
    assert briefing["predicates"][0]["lemma"] == "open" and briefing["negated"] is True
    # a relative clause on the statement ("a statement that was released") is no content
    relative = _features("The trust said in a statement that was released on Monday.")
    assert relative["predicates"][0]["lemma"] == "say"

@pytest.mark.parametrize(
    ("text", "denies", "negated"),
    [
        # "never said that ..." disowns a report: it rejects the claim put in the abbot's mouth, so the report
        # that he said it and the finding that he never did answer one question two ways, not the same way.
        ("Abbot Ivo Kern never said that the monastery would sell its vineyard, the monastery said.", True, False),
        ("Abbot Ivo Kern did not say the dam at Orsk had cracked.", True, False),
        ("Abbot Ivo Kern did not say whether the dam had cracked.", False, False),  # a question left open
        ("Abbot Ivo Kern did not confirm that the dam had cracked.", False, False),  # holding back, not disowning
        ("Abbot Ivo Kern said that the monastery would sell its vineyard.", False, False),
        # A belief raises its negation: "I do not think it cracked" holds that it did not.
        ("I do not think the Orsk dam cracked.", False, True),
    ],
)
def test_a_negated_speech_verb_disowns_what_it_reports(text: str, denies: bool, negated: bool) -> None:
    features = _features(text)
    assert (features["denies"], features["negated"]) == (denies, negated)
    assert bool(features["denials"]) is denies  # what linking reads to tell a rejection from hearsay


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("The Sudmark ministry says the figure of 900 dead is totally bogus.", True),
        ("The water board said the account of the breach was inaccurate.", True),
        ("After checking the gauges, we have determined that these claims are not true.", True),
        ("It is not true that the sluices were opened, the mayor said.", True),
        ("The Sudmark report on the dam is not accurate, engineers said.", True),
        ("The dam was not ready for the spring flood, engineers said.", False),  # a state, not a claim judged
        ("It is true that the sluices were opened, the mayor said.", False),
        # Calling a story a hoax, a spoof or disinformation rejects it as plainly as calling it false.
        ('"The arrest of the dam engineer is a hoax," his publicist told the Valley Courier.', True),
        ("The Sudmark ministry called the report of the breach a spoof and disinformation.", True),
        # A rumour said to be untrue is a claim rejected, as a report or a story is.
        ("The founder of the dam firm said rumors that its robots are patrolling the Orsk dam are not true.", True),
    ],
)
def test_calling_a_claim_bogus_or_not_true_rejects_it(text: str, denies: bool) -> None:
    features = _features(text)
    assert features["denies"] is denies
    assert bool(features["denials"]) is denies  # what linking reads to tell a rejection from hearsay


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # Seen on an unseen FNC-1 story in the review app: "scientists have cast doubt over claims that ..." was
        # taken to assert the claim it doubts, and corroborated the story it debunks.
        ("Velden scientists have cast doubt over claims that an eel swam up a man's drainpipe.", True),
        ("Engineers raised doubts about the report that the dam had cracked.", True),
        ("Engineers questioned claims that the dam had cracked.", True),
        ("Two experts are questioning the authenticity of a recording of the dam cracking.", True),
        ("Engineers are sceptical of claims that the dam had cracked.", True),
        ("There is no doubt that the dam cracked, engineers said.", False),
        ("Engineers questioned the mayor about the dam.", False),  # asking a person is no rejection
    ],
)
def test_doubting_a_claim_rejects_it(text: str, denies: bool) -> None:
    features = _features(text)
    assert features["denies"] is denies
    assert bool(features["denials"]) is denies


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # Seen on an unseen FNC-1 story: "When it started to blister, he knew something was wrong" rejected a
        # claim, so a question about the man's doctors was "disputed" by the outlet's own narration.
        ("When the wall started to crack, the keeper knew something was wrong.", False),
        ("When the wall started to crack, the keeper knew some was wrong.", False),  # as printed, for "something"
        ("Engineers said some of the figures were wrong.", True),
        ("Things went wrong at the Orsk dam on Monday.", False),
        ("The crew opened the wrong gate at the Orsk dam.", False),
        ("The ministry's figure of 900 dead is wrong, engineers said.", True),
        ("Engineers said the account of the breach was wrong.", True),
    ],
)
def test_wrong_judges_a_claim_only_as_what_it_is_said_to_be(text: str, denies: bool) -> None:
    features = _features(text)
    assert features["denies"] is denies
    assert bool(features["denials"]) is denies


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # Seen on an unseen FNC-1 story: "the government insisted negotiations were ongoing, as some began to raise
        # doubts a cease-fire was even agreed" made the government's claim a rejection.
        ("The ministry insisted the dam talks were going on, as some began to raise doubts a deal was agreed.", False),
        ("The army said it still held the dam, while the front denied it.", False),
        ("The front denied that it had opened the gates, as the army had claimed.", True),
        ("While the army says it holds the dam, the claim has been rejected by the front.", True),
    ],
)
def test_a_rejection_beside_the_main_clause_is_anothers(text: str, denies: bool) -> None:
    features = _features(text)
    assert features["denies"] is denies


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("She has more lines in this play than most actors have in three plays combined.", "play"),
        ("The flood on the river left 200 homes destroyed.", "home"),
        ("At least 20 soldiers killed in the clash at the dam.", "people"),
    ],
)
def test_a_participle_on_a_counted_thing_does_not_make_it_people(text: str, noun: str) -> None:
    """ "three plays combined" made "How many people were combined?"; soldiers killed are still people."""
    assert [entry[1] for entry in _features(text)["numbers"]] == [noun]


@pytest.mark.parametrize(
    ("text", "lemma", "negated"),
    [
        ("Inspectors found no evidence that the Orsk dam was breached.", "breach", True),
        ("There is no sign that the mayor of Kessland fled the city.", "flee", True),
        ("The agency has no credible intelligence to suggest that smugglers crossed the Varn river.", "cross", True),
        ("The agency continues to have no intelligence to suggest smugglers are plotting an attack.", "plot", True),
        ("Police said they had not seen any proof that the ferry sank.", "sink", True),
        ("No evidence suggests that the ferry sank.", "sink", True),
        ("Nothing suggests that the ferry sank.", "sink", True),
        ("There is nothing to suggest that the Orsk dam was breached.", "breach", True),
        ("There is no evidence that the dam was not breached.", "breach", False),
    ],
)
def test_no_evidence_that_something_happened_says_it_did_not(text: str, lemma: str, negated: bool) -> None:
    # What is answered is the thing said to be unshown, not "find" or "have": "the dam was breached" is its rival.
    features = _features(text)
    assert features["predicates"][0]["lemma"] == lemma
    assert features["negated"] is negated


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers did not find any sign of the ferry.",  # no clause: nothing said to have happened
        "There is no evidence that was released by the ministry.",  # a relative clause, not what is shown
        "The agency has evidence that the dam was breached.",  # evidence held, not lacking
        "Nothing happened to the ferry.",  # no clause said to be unshown
    ],
)
def test_evidence_without_a_lacking_clause_keeps_its_own_predicate(text: str) -> None:
    assert _features(text)["predicates"][0]["lemma"] in ("find", "be", "have", "happen")


@pytest.mark.parametrize(
    "text", ["The ferry Ada sank near the Varn estuary.", "The Ada, a passenger ferry, sank near the Varn estuary."]
)
def test_a_named_subject_keeps_what_it_is(text: str) -> None:
    (entry,) = [e for e in _features(text)["predicates"] if e["lemma"] == "sink"]
    assert entry["subj"] == "ada" and entry["subj_kind"] == ["ferry"]


def test_a_subject_that_is_no_name_has_no_kind() -> None:
    (entry,) = _features("The passenger ferry sank near the Varn estuary.")["predicates"]
    assert entry["subj"] == "ferry" and "subj_kind" not in entry


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The number of people killed by the collapse has risen to 63.", [63.0, "people", "=", "kill"]),
        ("The death toll from the dam collapse rose to 63 on Thursday.", [63.0, "people", "=", "die"]),
        ("The number of protesters rose to 5,000, police said.", [5000.0, "protester", "=", None]),
    ],
)
def test_a_count_that_rises_counts_what_it_names_not_the_rising(text: str, number: list[object]) -> None:
    # Was "rise" for all three (and no noun for the toll): "63 killed" and "a toll of 63" never met.
    assert _features(text)["numbers"] == [number]


def test_a_number_of_things_is_no_count_of_them() -> None:
    text = "The rebels killed two of the guards, demanding that Kessland free a number of prisoners."
    assert [entry[1] for entry in _features(text)["numbers"]] == [None]  # was "prisoner": "a number of" is some


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Twenty-five people were killed when the Orsk dam burst.", [[25.0, "people", "=", "kill"]]),
        ("Nineteen workers died in the fire at the Varn plant.", [[19.0, "worker", "=", "die"]]),
        ("One hundred and twenty people were rescued from the Varn ferry.", [[120.0, "people", "=", "rescue"]]),
        ("Sixty three people were hurt at the Orsk market.", [[63.0, "people", "=", "hurt"]]),
        ("At least twenty-five people were killed at the Orsk dam.", [[25.0, "people", ">=", "kill"]]),
        ("Twenty to thirty-five people died at the Orsk dam.", [[20.0, "people", "=", "die", 35.0]]),
    ],
)
def test_a_number_written_out_is_read_whole(text: str, numbers: list[list[object]]) -> None:
    # Each word was read alone: "Twenty-five" gave 20, "one hundred and twenty" 20; "Nineteen" and "Sixty"
    # were in no table and gave nothing.
    assert _features(text)["numbers"] == numbers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Between five and ten people died at the Orsk dam.", [5.0, 10.0]),  # two numbers, not "five and ten"
        ("One of the workers died at the Varn plant.", []),  # "one of": no count
        ("Two hundred people marched through Varn on Sunday.", [200.0]),
    ],
)
def test_numbers_written_out_keep_their_bounds(text: str, values: list[float]) -> None:
    assert [entry[0] for entry in _features(text)["numbers"]] == values


@pytest.mark.parametrize(
    "text",
    ["Twenty-five per cent of voters in Orsk said the law was unfair.", "25 per cent of voters in Orsk said so."],
)
def test_a_share_written_out_counts_percent(text: str) -> None:
    # "per cent" was looked for right after "Twenty", inside the number: "Twenty-five per cent" counted "cent".
    # A share of voters (extractor 254): "percent voter", apart from a share of anything else.
    assert [(entry[0], entry[1]) for entry in _features(text)["numbers"]] == [(25.0, "percent voter")]


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("The dockers' union rejected the port's offer on Monday.", False),
        ("The court in Orsk dismissed the case against the mayor.", False),
        ("Ivo Kern said the turnout showed that the country rejects this law.", False),
        ("The offer was rejected by the dockers' union on Monday.", False),
        ("The ministry rejected the claim that the Orsk dam was breached.", True),
        ("The ministry dismissed reports that the Orsk dam was breached.", True),
        ("Varga Energy rejected the report as false.", True),
        ("The union rejected the idea that the strike was illegal.", True),
    ],
)
def test_rejecting_an_offer_or_a_law_is_no_denial(text: str, denies: bool) -> None:
    # "rejects this law" made "the turnout showed the country rejects this law" a "no", which then answered
    # an outlet's line about the march; rejecting a thing proposed or decided is an act, not a denial.
    assert _features(text)["denies"] is denies
