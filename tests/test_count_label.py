"""Labels of questions about a count, on invented events: the question an analyst would ask, in the
members' own words ("How many people were killed?"), never one member's answer."""

from __future__ import annotations

import pytest

from factcheck.link.anchor import tell_apart as _tell_apart
from factcheck.link.bonds import Grouping
from factcheck.link.count_label import count_label
from factcheck.link.linker import suggest_verdicts
from factcheck.link.parties import build_parties
from factcheck.link.stance import Measure
from factcheck.model import Claim, Link, Question


@pytest.mark.parametrize(
    ("measure", "texts", "owner", "label"),
    [
        # Done to them: the participle, as the members write it.
        (Measure("people", "kill"), ["Norland's office said at least 300 people were killed at Orsk."], None,
         "How many people were killed?"),
        # Done by them: the past, not "were died"; the plural as written.
        (Measure("soldier", "die"), ["Twelve soldiers died at the Orsk dam, the army said."], None,
         "How many soldiers died?"),
        (Measure("protester", "march"), ["About 80,000 protesters marched in Velm on Saturday."], None,
         "How many protesters marched?"),
        # Whose: a party's own losses are a count of their own.
        (Measure("soldier", "kill", "Sudmark"), ["Norland said 40 Sudmark soldiers were killed."], "Sudmark",
         "How many Sudmark soldiers were killed?"),
        # A capital kept when it is the word's own ("Velmish"), not a sentence's first letter.
        (Measure("velmish", "capture"), ["The army said 30 Velmish were captured near Orsk."], None,
         "How many Velmish were captured?"),
        (Measure("casualty", "report"), ["Casualties were high.", "The office reported 40 casualties."], None,
         "How many casualties?"),
        # Irregular verbs, and a doubled consonant only where the texts double it.
        (Measure("rocket", "shoot"), ["The army said 450 rockets were shot down over Orsk."], None,
         "How many rockets were shot?"),
        (Measure("miner", "trap"), ["At least 20 miners were trapped in the Orsk pit."], None,
         "How many miners were trapped?"),
        (Measure("family", "evacuate"), ["Officials said 200 families had to leave Orsk."], None,
         "How many families were evacuated?"),
        # Nothing counted by name: what happened, or the bare count.
        (Measure("", "wound"), ["More than 30 were wounded."], None, "How many were wounded?"),
        (Measure("death", None), ["The flood caused 12 deaths."], None, "How many deaths?"),
    ],
)
def test_a_count_is_asked_as_a_question(measure: Measure, texts: list[str], owner: str | None, label: str) -> None:
    assert count_label(measure, texts, owner) == label


def test_two_counts_asked_alike_are_told_apart() -> None:
    texts = [
        "Norland said at least 300 people were killed when floodwater burst the Orsk dam walls.",
        "Sudmark said about 40 people were killed when floodwater burst the Orsk dam walls.",
        "Velm officials said 12 people were killed as a gas blast wrecked the Tarn chemical works.",
        "Union leaders said 30 people were killed as a gas blast wrecked the Tarn chemical works.",
        "Norland said the Orsk dam walls were sound.",
        "Sudmark said the Orsk dam walls were cracked.",
    ]
    claims = [Claim(f"c-{k:012x}", f"{k}.txt", 0, len(t), t) for k, t in enumerate(texts)]
    asked = "How many people were killed?"
    grouping = Grouping(profiles=[], parties=build_parties(claims), bonds={})
    walls = "The Orsk dam walls were sound"
    for anchor, members, label in ((0, (0, 1), asked), (2, (2, 3), asked), (4, (4, 5), walls)):
        grouping.questions.append(Question(f"q-{anchor:012x}", label, {claims[i].id: "asserts" for i in members}))
        grouping.anchors.append(anchor)
    _tell_apart(claims, grouping)
    flood, blast, unchanged = (q.label for q in grouping.questions)
    assert flood == f"{asked} (when floodwater burst the Orsk dam walls)"  # what sets each count apart
    assert blast == f"{asked} (as a gas blast wrecked the Tarn chemical works)"
    assert unchanged == walls  # asked once: left as it is
    assert all(len(label) <= 92 for label in (flood, blast))


def test_a_rejected_count_is_said_so() -> None:
    """In a question of a count, "denies" is a rejection of the figures, not a denial of a question."""
    texts = [
        "Norland's health office said at least 300 people were killed in the flood at Orsk.",
        "Sudmark accused Norland of inflating the number of people killed at Orsk.",
        "Velm observers estimated that 40 to 90 people were killed at Orsk.",
    ]
    camps = ["Norland", "Sudmark", None]
    claims = [Claim(f"c-{k:012x}", f"{k}.txt", 0, len(t), t, camp=camps[k]) for k, t in enumerate(texts)]
    label = "How many people were killed?"
    stances = {claims[0].id: "at least 300", claims[1].id: "denies", claims[2].id: "40-90"}
    question = Question("q-000000000001", label, stances)
    links = [Link(claims[k].id, claims[0].id, "competes", 0.7, "") for k in (1, 2)]
    suggest_verdicts(claims, links, [question])
    assert claims[1].suggestion == {
        "label": "disputed",
        "reason": f"disputed: rejects the figures for '{label}'; "
        "1 competing claim from another camp gives at least 300",
    }
    assert claims[0].suggestion == {  # two answers against it, each told
        "label": "disputed",
        "reason": f"disputed: gives at least 300 for '{label}'; 2 competing claims, 1 from another camp: "
        "1 gives 40-90, 1 rejects the figures",
    }


@pytest.mark.parametrize(
    "measure", [Measure("percent", "support"), Measure("million", "spend"), Measure("$", "raise")]
)
def test_a_share_or_a_sum_is_not_asked_how_many(measure: Measure) -> None:
    """"How many percent were supported?" asks nothing: the anchor's own words label such a question."""
    assert count_label(measure, ["About 40 percent of voters support the levy, the poll found."]) is None


def test_an_irregular_past_is_spelt_as_english_spells_it() -> None:
    assert count_label(Measure("worker", "pay"), ["The firm paid 300 workers late."]) == "How many workers were paid?"
    assert count_label(Measure("seat", "win"), ["Norland won 40 seats."]) == "How many seats were won?"


@pytest.mark.parametrize(
    ("noun", "plural"),
    [("wife", "wives"), ("knife", "knives"), ("life", "lives"), ("shelf", "shelves"), ("thief", "thieves"),
     ("hero", "heroes"), ("mouse", "mice"), ("tooth", "teeth"), ("roof", "roofs"), ("chief", "chiefs"),
     ("aircraft", "aircraft"), ("sheep", "sheep"), ("species", "species"), ("fisherman", "fishermen"),
     ("policewoman", "policewomen"), ("human", "humans")],
)  # fmt: skip
def test_an_irregular_plural_is_spelt_as_english_spells_it(noun: str, plural: str) -> None:
    # The texts write only the singular ("a wife and two children were detained"): the plural is made.
    assert count_label(Measure(noun, None), [f"Police said one {noun} was found."]) == f"How many {plural}?"


def test_a_copula_says_nothing_of_what_happened() -> None:
    # Seen on FNC-1: "31 underage girls became pregnant" asked "How many girls were become?".
    label = count_label(Measure("girl", "become"), ["Last year 31 underage girls became pregnant in Orsk."])
    assert label == "How many girls?"
