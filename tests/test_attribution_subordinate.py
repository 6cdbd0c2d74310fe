"""Speakers named in a clause set against the sentence, and verbs that speak only with a content clause, on
invented sentences about invented events.

"While the council says it is on its way, ..." holds the council's view; "after the army declared it had
taken the town, gunfire killed ..." tells an event, with the declaration as its background. "Shared that"
is speech; "shared a photo" is not.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

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
