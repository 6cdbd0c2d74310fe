"""The closing attribution of a label ("…, the army said.") is found from the words it can hinge on,
not by trying the regex at every start: both must leave the same text (the regex is the definition)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.link.label import _TAIL, _without_tail, core_clause

PIECES = [
    "said", "says", "Said", "added", "claimed", "told", "told the", "insisted", "stated", "according to",
    "According To", ",", ", ", " — ", "–", ".", " ", "  ", "\n", "\t", "\u00a0", "x", "word", "the army",
    "saidx", "xsaid", "a" * 30, "b " * 25, "”", '"', " on Monday", " in a statement", "angrily", " it would",
    " Ola Brun", " to be", " as many as", "only", " confirming", ", adding", " citing the",
]  # fmt: skip


def _by_regex(core: str) -> str:
    head, tail = core[:-150], core[-150:]
    return head + _TAIL.sub("", tail, count=1)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_tail_is_cut_where_the_regex_cuts_it(core: str) -> None:
    assert _without_tail(core) == _by_regex(core)


def test_a_closing_attribution_is_cut_and_a_clause_without_one_is_kept() -> None:
    assert _without_tail("The dam held through the night, the Norland water minister said.") == (
        "The dam held through the night"
    )
    assert _without_tail("Sudmark's shell hit the depot, according to a statement by the army.") == (
        "Sudmark's shell hit the depot"
    )
    assert _without_tail("The dam held through the night.") == "The dam held through the night."
    long_clause = "The dam held, " + "and the water rose " * 10 + "before the engineers told reporters."
    assert _without_tail(long_clause) == _by_regex(long_clause)


def test_labels_lose_the_attribution_at_the_end() -> None:
    assert core_clause("The bridge at Tarn was blown up on Monday night, the Sudmark army said.") == (
        "The bridge at Tarn was blown up on Monday night"
    )


def test_what_the_speaker_goes_on_to_do_is_no_part_of_the_label() -> None:
    """ "…, the army said in a statement confirming …" and "…, the minister said, adding that …": the
    participle after the attribution is more of what the speaker did; the claim is the clause before it."""
    assert (
        core_clause(
            "The convoy has since withdrawn, the Sudmark army said in a statement confirming the number of dead at 12."
        )
        == "The convoy has since withdrawn"
    )
    assert core_clause("The dam held through the night, the water minister said, adding that no homes were lost.") == (
        "The dam held through the night"
    )
    assert core_clause("The gates were opened at noon, the mayor said, citing the rising river.") == (
        "The gates were opened at noon"
    )
    assert core_clause("The dam, the minister said, held through the night.") == "The dam held through the night"


def test_a_second_clause_said_loses_its_that() -> None:
    """ "said all exits were open and that the fire was caused by faulty wiring": without the verb that said
    both, the label joins the two clauses by "and" alone; a "that" that points at something stays."""
    assert core_clause("The owner said all exits were open and that the fire was caused by faulty wiring.") == (
        "All exits were open and the fire was caused by faulty wiring"
    )
    assert (
        core_clause("The mayor said the dam held but that 40 homes were lost.") == "The dam held but 40 homes were lost"
    )
    assert core_clause("The bridge was closed and that road was flooded too.") == (
        "The bridge was closed and that road was flooded too"
    )
