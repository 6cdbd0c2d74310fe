"""Speakers named in a clause set against the sentence, and verbs that speak only with a content clause, on
invented sentences about invented events.

"While the council says it is on its way, ..." holds the council's view; "after the army declared it had
taken the town, gunfire killed ..." tells an event, with the declaration as its background. "Shared that"
is speech; "shared a photo" is not.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

from factcheck.extract.clauses import clause_of
from factcheck.extract.nlp import load_pipeline
from factcheck.extract.speech_verbs import speech_use

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("mark", ["while", "although", "though"])
def test_a_view_set_against_the_sentence_is_its_speakers(mark: str) -> None:
    claims = claims_of(
        f"The dam fund opened in May. {mark.capitalize()} the water council says it is well on its way to its"
        " goal, it is getting no help from the firms that paid in past years."
    )
    assert find(claims, "well on its way").speaker == "water council"


def test_a_declaration_that_only_dates_an_event_does_not_speak_for_it() -> None:
    claims = claims_of(
        "Gunfire in Eastvale on Friday night led to at least nine deaths after the Norland army declared it had"
        " taken the valley."
    )
    assert find(claims, "nine deaths").speaker is None


def test_shared_with_a_content_clause_is_speech() -> None:
    claims = claims_of(
        "The rally ran late into the night.\n\n"
        "The visiting pastor shared with the crowd that he believes the dam will hold for a century."
    )
    assert find(claims, "hold for a century").speaker == "visiting pastor"


def test_shared_with_an_object_alone_is_no_speech() -> None:
    nlp = load_pipeline()
    photo = next(t for t in nlp("The mayor shared a photo of the spillway.") if t.lower_ == "shared")
    view = next(t for t in nlp("The mayor shared that the spillway was open.") if t.lower_ == "shared")
    assert (speech_use(photo), speech_use(view)) == (False, True)


def test_a_reporting_verb_joined_to_a_clause_speaks_with_that_clauses_subject() -> None:
    claims = claims_of(
        "The council met on Monday.\n\n"
        "Ana Kell, though she praised the engineers and said the council should give them a hearing, notably"
        " stopped short of backing the dam."
    )
    assert find(claims, "give them a hearing").speaker == "Ana Kell"


def test_a_passive_joined_to_a_who_clause_keeps_its_own_clause() -> None:
    """ "..., who has gained stature and is widely expected to lead ...": the passive is no view of the
    clause's subject, so it is not read in the "who" clause; a subjectless "said" joined to a "though"
    clause is."""
    nlp = load_pipeline()
    doc = nlp(
        "No passenger recognised the engineer, who has quietly gained stature in the ministry and is widely"
        " expected to lead the inquiry."
    )
    expected = next(t for t in doc if t.lower_ == "expected")
    assert clause_of(expected) == expected
    doc = nlp("Ana Kell, though she praised the engineers and said the council erred, stopped short of it.")
    said = next(t for t in doc if t.lower_ == "said")
    assert clause_of(said).lower_ == "praised"


def test_a_conjunct_after_a_passive_speaks_with_its_subject_not_its_agent() -> None:
    claims = claims_of(
        "The court ruled on Monday.\n\nThe Varn harbour officials were angered by the ruling and predicted it"
        " would delay the new sea wall by a year."
    )
    assert find(claims, "delay the new sea wall").speaker == "Varn harbour officials"
