"""Speakers named in a clause set against the sentence, and verbs that speak only with a content clause, on
invented sentences about invented events.

"While the council says it is on its way, ..." holds the council's view; "after the army declared it had
taken the town, gunfire killed ..." tells an event, with the declaration as its background. "Shared that"
is speech; "shared a photo" is not.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_attribution_patterns import claims_of, find

from factcheck.extract.clauses import subject_of
from factcheck.extract.embedded import clause_of
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


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "The Kessel council closed the bridge to protect the walkers, an engineer, Rosa Lindqvist, said on"
            " Tuesday, and it will stay shut until May.",
            "closed the bridge",
            "Rosa Lindqvist",
        ),
        (
            "Dalmar Water built the spillway to protect the town, a spokesman, Ivo Kestrel, said on Monday, and it"
            " has opened it twice since the rains began.",
            "spillway",
            "Ivo Kestrel",
        ),
    ],
)
def test_a_source_set_off_before_a_joined_said_speaks_not_the_first_verbs_subject(
    text: str, needle: str, speaker: str
) -> None:
    """The parser can read "a spokeswoman, <Name>," as the first verb's object (or its object's apposition)
    and "said" as that verb's conjunct; the source set off by commas just before "said" speaks."""
    assert find(claims_of(text), needle).speaker == speaker


def test_a_name_a_role_describes_speaks_when_the_parser_hangs_both_on_the_clause_before() -> None:
    """In "... an accident — <Name>, a spokesman for <X>, told the Courier that ...", the parse that hangs the
    name on "accident" and "told" on the first clause (built by hand, as the parser gives it on real text)
    still gives the name, not the first clause's subject."""
    nlp = load_pipeline()
    words = (
        "And it was n't a one - off or an accident — Ivo Marek , a spokesman for Pell , told the Courier that"
        " the mayor gave Varga a heads up about his vote ."
    ).split()
    heads = [int(h) for h in "2 2 2 2 7 7 7 2 7 10 7 7 13 7 13 16 13 16 17 13 2 22 20 26 25 26 20 26 29 26 26".split()]
    heads += [30, 33, 31, 2]
    deps = ("cc nsubj ROOT neg det nummod punct attr cc det conj punct compound appos punct det appos prep pobj"
            " punct conj det dobj mark det nsubj ccomp dative det dobj prt prep poss pobj punct").split()
    pos = ("CCONJ PRON AUX PART DET NUM PUNCT NOUN CCONJ DET NOUN PUNCT PROPN PROPN PUNCT DET NOUN ADP PROPN PUNCT"
           " VERB DET PROPN SCONJ DET NOUN VERB PROPN DET NOUN ADP ADP PRON NOUN PUNCT").split()
    lemmas = [w.lower() for w in words]
    lemmas[20] = "tell"
    ents = ["O"] * len(words)
    ents[12], ents[13] = "B-PERSON", "I-PERSON"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    told = doc[20]
    assert told.dep_ == "conj" and doc[16].dep_ == "appos"
    subject = subject_of(told)
    assert subject is not None and subject.text == "Marek"
