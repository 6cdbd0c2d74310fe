"""What is said about a thing is not said by it: the subject of a passive verb of judging is what was judged
("the cause has yet to be determined"), and a part of a publication ("<Paper>'s Sunday issue") speaks for the
publication. Invented sentences about an invented event; each test pins one behaviour.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_the_subject_of_a_passive_verb_of_judging_is_no_speaker() -> None:
    claims = claims_of(
        "The cause of the depot fire has yet to be determined and it is unclear if it started in the boiler room.\n\n"
        "The ledger and its seals were checked and were considered to be genuine."
    )
    assert {c.speaker for c in claims} <= {None}  # was "cause" and "ledger"


def test_a_passive_verb_of_speech_still_names_its_subject() -> None:
    claims = claims_of(
        "Ada Finch was interviewed on Monday and was quoted as saying the bridge is safe.\n\n"
        "Tobi Varga was stopped at the gate and was heard warning that the bridge is unsafe."
    )
    assert find(claims, "bridge is safe").speaker == "Ada Finch"
    assert find(claims, "bridge is unsafe").speaker == "Tobi Varga"


def test_a_part_of_a_publication_speaks_for_the_publication() -> None:
    claims = claims_of(
        "The ferry line has lost two boats this year, according to Harbour Weekly's Sunday issue.\n\n"
        "The Harbour Weekly piece implies that the ferries were sold at a loss.\n\n"
        "A story by Tobi Varga reported that the ferry was late."
    )
    assert find(claims, "two boats").speaker == "Harbour Weekly"  # was "Sunday issue"
    assert find(claims, "sold at a loss").speaker == "Harbour Weekly"  # was "Harbour Weekly piece"
    assert find(claims, "ferry was late").speaker == "Tobi Varga"  # was "story"


def test_a_story_named_for_a_person_is_about_them_not_by_them() -> None:
    claims = claims_of("The Ada Finch story says the bridge is unsafe.")
    assert find(claims, "bridge is unsafe").speaker != "Ada Finch"
