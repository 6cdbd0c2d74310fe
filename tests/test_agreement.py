"""Cohen's kappa against hand-computed examples, and the agreement report's bookkeeping."""

from __future__ import annotations

import pytest

from factcheck.agreement import chance_agreement, cohen_kappa, compare, interpret


def _from_confusion(table: dict[str, dict[str, int]]) -> tuple[dict[str, str], dict[str, str]]:
    """Two analysts' {claim: label} built from a confusion table (rows: A, columns: B)."""
    a: dict[str, str] = {}
    b: dict[str, str] = {}
    n = 0
    for label_a, row in table.items():
        for label_b, count in row.items():
            for _ in range(count):
                claim = f"c-{n:012x}"
                a[claim], b[claim] = label_a, label_b
                n += 1
    return a, b


# Rows: analyst A; columns: analyst B. n = 10.
HAND = {
    "corroborated": {"corroborated": 3, "disputed": 1, "unverified": 0},
    "disputed": {"corroborated": 0, "disputed": 3, "unverified": 1},
    "unverified": {"corroborated": 1, "disputed": 0, "unverified": 1},
}


def test_kappa_matches_hand_computation() -> None:
    # p_o = (3 + 3 + 1) / 10 = 0.7
    # marginals A: 4, 4, 2; B: 4, 4, 2 -> p_e = (16 + 16 + 4) / 100 = 0.36
    # kappa = (0.7 - 0.36) / (1 - 0.36) = 0.34 / 0.64 = 0.53125
    a, b = _from_confusion(HAND)
    result = compare(a, b)
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.36)
    assert result.kappa == pytest.approx(0.53125)
    assert interpret(result.kappa) == "moderate"


def test_per_label_kappa_is_one_vs_rest_by_hand() -> None:
    # corroborated vs rest: yes/yes 3, yes/no 1, no/yes 1, no/no 5
    #   p_o = 0.8, p_e = 0.4*0.4 + 0.6*0.6 = 0.52, kappa = 0.28 / 0.48 = 7/12
    # disputed vs rest: yes/yes 3, yes/no 1, no/yes 1, no/no 5 -> 7/12 as well
    # unverified vs rest: yes/yes 1, yes/no 1, no/yes 1, no/no 7
    #   p_o = 0.8, p_e = 0.2*0.2 + 0.8*0.8 = 0.68, kappa = 0.12 / 0.32 = 0.375
    a, b = _from_confusion(HAND)
    per_label = compare(a, b).per_label
    assert per_label["corroborated"] == pytest.approx(7 / 12)
    assert per_label["disputed"] == pytest.approx(7 / 12)
    assert per_label["unverified"] == pytest.approx(0.375)


def test_textbook_two_label_example() -> None:
    # The common worked example: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50).
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert chance_agreement(pairs) == pytest.approx(0.5)
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_confusion_table_and_differing_claims() -> None:
    a, b = _from_confusion(HAND)
    result = compare(a, b)
    assert result.confusion == HAND
    assert len(result.differing) == 3
    assert {(la, lb) for _, la, lb in result.differing} == {
        ("corroborated", "disputed"),
        ("disputed", "unverified"),
        ("unverified", "corroborated"),
    }
    for claim, label_a, label_b in result.differing:
        assert a[claim] == label_a and b[claim] == label_b


def test_only_claims_both_reviewed_count() -> None:
    a = {"c-1": "disputed", "c-2": "corroborated", "c-only-a": "unverified"}
    b = {"c-1": "disputed", "c-2": "corroborated", "c-only-b": "disputed"}
    result = compare(a, b)
    assert result.common == ("c-1", "c-2")
    assert result.only_a == ("c-only-a",)
    assert result.only_b == ("c-only-b",)
    assert result.kappa == pytest.approx(1.0)
    assert result.differing == ()


def test_perfect_and_chance_and_undefined() -> None:
    assert cohen_kappa([("d", "d"), ("c", "c"), ("u", "u")]) == pytest.approx(1.0)
    # Systematic disagreement is worse than chance.
    assert cohen_kappa([("d", "c"), ("c", "d")]) == pytest.approx(-1.0)
    assert interpret(-0.2) == "worse than chance"
    # Both analysts used one label only: chance agreement is 1 and kappa is undefined.
    assert cohen_kappa([("d", "d"), ("d", "d")]) is None
    assert interpret(None) == "undefined"
    assert cohen_kappa([]) is None


def test_nothing_in_common() -> None:
    result = compare({"c-1": "disputed"}, {"c-2": "disputed"})
    assert result.common == ()
    assert result.kappa is None and result.observed is None
    assert all(v is None for v in result.per_label.values())


@pytest.mark.parametrize(
    ("kappa", "word"),
    [(0.1, "slight"), (0.3, "fair"), (0.5, "moderate"), (0.7, "substantial"), (0.9, "almost perfect")],
)
def test_landis_koch_bands(kappa: float, word: str) -> None:
    assert interpret(kappa) == word
