"""Speakers named in a side clause of the outlet's sentence, on invented sentences about an invented canal dispute.

Found in the PolNeAR train error study (helper spk5): "as <X> reported, <content>" puts the whole main clause in
X's mouth; an action that merely happens "as" someone does something does not.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("As the Harbor Gazette reported on Monday, the canal authority spent twice its budget.", "Gazette"),
        ("As reported by the Harbor Gazette, the canal authority spent twice its budget on the locks.", "Gazette"),
        ("The canal authority spent twice its budget on the locks, as Mayor Ruth Vell noted.", "Ruth Vell"),
    ],
)
def test_as_reported_names_the_source_of_the_main_clause(sentence: str, speaker: str) -> None:
    claim = find(claims_of(sentence), "budget")
    assert claim.speaker is not None and speaker in claim.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The canal authority doubled the levy on barges last year as farmers responded to the drought with protests.",
        "The canal authority will close the eastern locks for a month, as engineers warned of cracks in the walls.",
    ],
)
def test_as_clause_of_an_action_names_no_source(sentence: str) -> None:
    claim = find(claims_of(sentence), "canal authority")
    assert claim.speaker is None


def test_speaker_after_the_verb_when_the_quote_is_parsed_as_a_subject() -> None:
    # The parser can make the quotation a second subject of "said": the subject outside quotes speaks.
    text = (
        '"Thanks, Brenton, for welcoming these refugees," said master of ceremonies Asab Tolvar, a Vardic engineer'
        " who moved to Brenton decades ago."
    )
    claim = find(claims_of(text), "refugees")
    assert claim.speaker == "Asab Tolvar"
