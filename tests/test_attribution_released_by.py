"""Figures someone released speak for who released them (extractor 269): "according to figures released by
the electoral board" is the board's claim, as "figures from the health ministry" is the ministry's; before,
the speaker was "figures" and the claim had no side. One who only saw or passed a document on ("seen by",
"obtained by") did not make it; "Monday night's results" and "results from 14 districts" say when and where
they were counted, not by whom. Invented sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import load_corpus
from factcheck.pipeline import analyse

pytestmark = pytest.mark.slow

STORY = (
    "Turnout row in Velm\n"
    "\n"
    "Turnout was 61 percent, according to figures released by the Velm Electoral Board.\n"
    "\n"
    "The toll rose to 40, according to a report published by the Harbour Trust.\n"
    "\n"
    "Mayor Ola Brun won 54 percent of the vote, according to preliminary results issued by the Orsk Council.\n"
    "\n"
    "The dam was inspected twice last year, according to documents seen by the Velm Courier.\n"
    "\n"
    "Monday night's results showed that the mayor had lost ground in the north.\n"
    "\n"
    "Early results from the region's 14 districts showed that the mayor had won.\n"
    "\n"
    "A Velm army assessment, provided to the Courier by a council source, estimates that 40 homes were lost.\n"
)


def test_a_document_speaks_for_who_made_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    speakers = {c.text[:12]: c.speaker for c in analyse(load_corpus([tmp_path]).articles).claims}
    assert speakers["Turnout was "] == "Velm Electoral Board"
    assert speakers["The toll ros"] == "Harbour Trust"
    assert speakers["Mayor Ola Br"] == "Orsk Council"
    assert speakers.get("The dam was ") != "Velm Courier"  # the paper saw the documents; it did not write them
    assert speakers["Monday night"] == "results"  # when they came, not who made them
    assert speakers["Early result"] == "early results"  # where they were counted
    assert speakers["A Velm army "] != "council source"  # the source passed the army's assessment on
