"""Spills, leaks and discharges are one event class (linker 81): "about two tonnes of chlorine solution had
leaked" and "at least 20 tonnes of chemicals had flowed into the river" answer one point, though their verbs
differ, as "killed" and "died" do. Before, the agency's and the environmental group's figures sat in no question
together. Invented articles about an invented chemical leak.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.pipeline import analyse

pytestmark = pytest.mark.slow

LEAK_STORY = {
    "a_wire.txt": (
        "Chemical leak suspected after fish die in Tarna river\n"
        "\n"
        "KESSEL, June 12 (Wire) - Thousands of dead fish have washed up along the Tarna river downstream "
        "of the Brannock Chemicals plant, residents said on Tuesday.\n"
        "\n"
        "The regional environment agency said about two tonnes of chlorine solution had leaked from a "
        'storage tank at the plant on Sunday night. "The leak was contained within hours," agency '
        "director Lena Hoff told reporters.\n"
        "\n"
        'Brannock Chemicals denied that any chemicals had entered the river. "Our tanks are intact and '
        'our monitoring shows no discharge," the company said in a statement.\n'
        "\n"
    ),
    "b_daily.txt": (
        "Environmental group says spill far larger than admitted\n"
        "\n"
        "An environmental group, River Watch, said on Wednesday that at least 20 tonnes of chemicals had "
        "flowed into the Tarna, ten times the agency's estimate.\n"
        "\n"
        '"The agency is downplaying the disaster," said Tomas Ek, a spokesman for River Watch. He said '
        "water samples taken near the plant showed chlorine levels forty times the legal limit.\n"
        "\n"
        "The environment agency rejected the group's figure. A spokeswoman said the samples had been "
        "taken at the wrong place.\n"
        "\n"
        "Brannock Chemicals said the fish had died because of low oxygen levels caused by the heatwave.\n"
        "\n"
    ),
    "c_post.txt": (
        "Kessel mayor orders river closed\n"
        "\n"
        "Kessel's mayor, Ivo Marr, ordered the Tarna closed to swimming and fishing on Wednesday.\n"
        "\n"
        '"Whatever the cause, we cannot take risks with people\'s health," Marr said.\n'
        "\n"
        'Local fishermen said they had never seen so many dead fish. "It is the worst thing I have seen '
        'in forty years," said Pavel Dunn, who fishes below the plant.\n'
        "\n"
        "A professor of chemistry at Kessel University, Mira Solberg, said a heatwave alone could not "
        "explain fish deaths on this scale.\n"
        "\n"
    ),
}


def test_two_outlets_figures_for_one_spill_answer_one_point(tmp_path: Path) -> None:
    for name, text in LEAK_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse(load_corpus([tmp_path]).articles)
    by_text = {c.id: c.text[:24] for c in result.claims}
    stances = [{by_text[c]: s for c, s in q.claims.items()} for q in result.questions]
    (spill,) = [s for s in stances if "The regional environment" in s]
    assert spill["The regional environment"] != spill["An environmental group, "]
