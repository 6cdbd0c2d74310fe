"""Speakers named in a side clause of the outlet's sentence, on invented sentences about an invented canal dispute.

Found in the PolNeAR train error study (helper spk5): "as <X> reported, <content>" or "<X> went on to say ..." puts
the main clause in X's mouth; an action that merely happens "as" someone does something does not.
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
        ("As Professor Ida Marsh put it: 'The canal authority spent twice its budget on the locks.'", "Ida Marsh"),
        # A speech verb as a purpose ("to say"), a means ("by saying") or the complement of a passive or an
        # adjective ("was prompted to say", "were more likely to say") speaks for the main clause's subject.
        ("The canal authority went on the radio on Friday to say the locks would reopen in May.", "canal authority"),
        ("The canal authority opened the session by saying its budget would double in May.", "canal authority"),
        ("The canal authority was prompted to say that its budget would double in May.", "canal authority"),
        ("Local farmers were more likely to say the budget should double in May.", "farmers"),
    ],
)
def test_speaker_named_in_a_side_clause(sentence: str, speaker: str) -> None:
    claim = find(claims_of(sentence), "budget" if "budget" in sentence else "locks")
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


MISPARSED = [
    # The parser can make the quotation a second subject of "said": the subject outside quotes speaks.
    (
        '"Thanks, Brenton, for welcoming these refugees," said master of ceremonies Asab Tolvar, a Vardic engineer'
        " who moved to Brenton decades ago.",
        "Asab Tolvar",
    ),
    # "<role>, <Name>, said:" with the name parsed as an apposition of something earlier: the name speaks.
    (
        "In a statement to the Gazette, her senior policy adviser, Tomas Keller, said: "
        '"The refugees will be welcome in May and the farmers will house them."',
        "Tomas Keller",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), MISPARSED)
def test_named_speaker_the_parser_hung_elsewhere(text: str, speaker: str) -> None:
    assert find(claims_of(text), "refugees").speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "It is worth noting that the canal levy has doubled since the locks were rebuilt in 2010.",
        "Mayor Ruth Vell opened the locks in 2010, defending the canal levy against all its critics.",
    ],
)
def test_side_clause_of_no_speech_names_no_source_for_the_outlet(sentence: str) -> None:
    claim = find(claims_of(sentence), "levy")
    assert claim.speaker is None or "Ruth Vell" in claim.speaker
    if sentence.startswith("It"):
        assert claim.speaker is None


INTERVIEW = (
    "Harbor master Tilda Roos sat down with us to discuss the canal.",
    "Q: Will the eastern locks reopen before the harvest season begins?",
    "A: I think the eastern locks will reopen in May, before the harvest begins.",
)


def test_interview_answers_are_the_interviewees_and_questions_the_outlets() -> None:
    # "Q:" is the outlet's interviewer (no speaker, never a person called "Q"); "A:" is the person the
    # interview is with, whom the article names first.
    claims = claims_of("\n\n".join(INTERVIEW))
    assert find(claims, "I think the eastern locks").speaker == "Tilda Roos"
    assert {c.speaker for c in claims} <= {"Tilda Roos", None}


@pytest.mark.parametrize("subject", ["No one", "No engineer", "Nobody"])
def test_no_one_is_no_speaker(subject: str) -> None:
    # "No one expected ..." says what nobody said: the outlet's words, and never an empty speaker.
    claim = find(claims_of(f"{subject} expected the canal authority to double the levy on barges this year."), "levy")
    assert claim.speaker is None


NAMESAKES = (
    "Tomas Keller said his union would not give in at the port.",
    "Maria Keller, who runs the harbor office, walked onto the stage on Monday.",
    "Then she pledged that the port would stay open through the winter.",
)


def test_namesakes_keep_their_own_gender() -> None:
    # Two people share a surname: "his" after one of them says nothing of the other one's gender.
    pledge = find(claims_of("\n\n".join(NAMESAKES)), "stay open")
    assert pledge.speaker == "Maria Keller"


@pytest.mark.parametrize("label", ["Editor’s Note", "Editor's note"])
def test_page_labels_before_a_colon_are_no_speakers(label: str) -> None:
    text = f"{label}: The canal authority is a sponsor of the Harbor Gazette and of its river festival."
    assert find(claims_of(text), "sponsor").speaker is None


@pytest.mark.parametrize("label", ["UPDATED", "Earlier"])
def test_a_live_pages_labels_are_no_speakers(label: str) -> None:
    text = (
        "Canal festival to go ahead\n\nThe canal festival opens on Friday in Marrow.\n\n"
        f"{label}: At least 40 boats were damaged by the flood and the fireworks were cancelled."
    )
    assert find(claims_of(text), "fireworks").speaker is None  # was the label, read as a name
