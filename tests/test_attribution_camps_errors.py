"""Attribution errors that invent or split camps (FNC-1 study, findings 4.5), pinned on invented sentences:
a dateline read as a speaker, the first word of a rank read as an organisation, the press given a nation's
side, one group under two camps, and "he" resolved to a person merely named beside the subject."""

from __future__ import annotations

import pytest

from factcheck.corpus import article_from_text
from factcheck.extract.claims import extract_claims
from factcheck.extract.people import People
from factcheck.extract.segment import blank_dateline
from factcheck.model import Claim


def _claims(*bodies: str) -> list[Claim]:
    """Claims of one invented article per body, each under a plain headline."""
    texts = [
        f"Report {i} from the valley\n\nThe valley was quiet on Sunday morning.\n\n{b}" for i, b in enumerate(bodies)
    ]
    articles = [article_from_text(f"{i:03d}_test.txt", text) for i, text in enumerate(texts)]
    return extract_claims(articles)


def _find(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if words in c.text)


def test_a_dateline_with_its_country_or_a_bare_long_dash_is_blanked() -> None:
    for text in (
        "VELLMORE, Norland — The army said",
        "TARVIK—The army said",
        "KESSA, Upper Marr (Wire) - The army said",
        "VELLMORE, Nor., Oct. 4 (Wire) — The army said",  # an abbreviated region: once the speaker's "side"
    ):
        blanked = blank_dateline(text)
        assert blanked.lstrip().startswith("The army said") and len(blanked) == len(text)
    assert blank_dateline("U.S.-led patrols said") == "U.S.-led patrols said"  # a hyphen is never a dateline
    assert blank_dateline("Vellmore, Norland said") == "Vellmore, Norland said"


def test_a_description_of_the_press_carries_no_side_by_its_last_word() -> None:
    people = People()
    people.add_side("Tarvish media sources", "Tarvos")
    assert people.side("media sources") is None
    people.add_side("Ivo Kern", "Tarvos")
    assert people.side("Kern") == "Tarvos"


@pytest.mark.slow
def test_dateline_place_and_country_are_not_the_speaker() -> None:
    claims = _claims("MARROW, Norland — Norland’s government said Sunday that the Kessa dam had been breached.")
    claim = _find(claims, "dam had been breached")
    assert claim.speaker is not None and "MARROW" not in claim.speaker.upper()
    assert claim.side == "Norland"


@pytest.mark.slow
def test_the_first_word_of_a_rank_is_never_a_side() -> None:
    claims = _claims(
        "Air Marshal Joren Pask said the strikes had destroyed three bridges near the river.",
        "Deputy Air Force Commander Ferd Lanik said the brigade had taken the ridge on Monday.",
    )
    rank = _find(claims, "three bridges")
    assert rank.speaker == "Joren Pask"
    assert rank.side is None or "Air" not in rank.side
    assert _find(claims, "taken the ridge").side == "Air Force"  # a real service keeps its name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "words", "state"),
    [
        ("Twelve soldiers had been killed near the border, Norlandic media reported.", "Twelve soldiers", False),
        ("The border crossing had been closed since Friday, Vardic state media reported.", "crossing had", True),
        ("Vardic state-run television said the strike was illegal and the bridge was intact.", "bridge was", True),
        ("The Tarvish broadcaster said the ferry had sailed on time despite the storm.", "ferry had", False),
    ],
)
def test_the_press_takes_no_nations_side_but_state_media_does(body: str, words: str, state: bool) -> None:
    side = _find(_claims(body), words).side
    assert (side is not None and side.startswith("Vard")) if state else side is None


@pytest.mark.slow
def test_a_group_named_in_apposition_is_one_camp_with_its_fighters() -> None:
    claims = _claims(
        "The Vardic group Red Hand claimed responsibility for the attack on the convoy.\n\n"
        "Red Hand militants said they had seized two villages near the pass."
    )
    assert _find(claims, "responsibility").speaker == "Red Hand"
    assert _find(claims, "two villages").camp == "Red Hand"


@pytest.mark.slow
def test_the_named_group_and_its_name_are_one_camp() -> None:
    claims = _claims(
        "The armed Red Hand group said on Monday that it had seized the pass.\n\n"
        "Red Hand said its fighters would hold the pass until the spring.",
        "The Harbor Workers group said the port would stay shut until Friday.",
    )
    assert _find(claims, "seized the pass").camp == _find(claims, "until the spring").camp == "Red Hand"
    assert _find(claims, "stay shut").side == "Harbor Workers"


@pytest.mark.slow
@pytest.mark.parametrize(
    "before",
    [
        "Minister Oskar Holt met envoy Piet Marr in the capital on Monday.",  # the subject, not the object
        "While Piet Marr had many allies in the port, the long strike worried union chief Oskar Holt.",  # no
        # subject of a subordinate clause: the last person named stands
    ],
)
def test_he_is_the_subject_of_the_sentence_before_not_a_person_merely_named_there(before: str) -> None:
    claims = _claims(f"{before} He said the talks had failed because of the shelling.")
    assert _find(claims, "talks had failed").speaker == "Oskar Holt"


def test_two_people_sharing_a_surname_keep_their_own_sides() -> None:
    people = People()
    for _ in range(2):
        people.add("Ana Lusk")
        people.add_side("Ana Lusk", "Norland")
    people.add("Per Lusk")
    people.add_side("Per Lusk", "Sudmark")
    people.add("Ivo Kern")
    assert people.side("Per Lusk") == "Sudmark"
    assert people.side("Ana Lusk") == "Norland"
    assert people.side("Dara Lusk") is None  # a third Lusk: neither one's side
    assert people.side("Lusk") == "Norland"  # the surname alone: the Lusk named most often
    people.add_side("Kern", "Valdor")
    assert people.side("Ivo Kern") == "Valdor"  # one person of that name: the surname's evidence is theirs


def test_a_double_surname_with_a_title_is_the_person_named_in_full() -> None:
    people = People()
    people.add("Ilse Marin Vold")
    people.add("Ana Vold")
    people.add_side("Mr. Marin Vold", "Sudmark")  # "the economy minister, Mr. Marin Vold"
    people.add_side("Ana Vold", "Norland")
    assert people.side("Ilse Marin Vold") == "Sudmark"
    assert people.side("Ana Vold") == "Norland"
