"""Competing links are kept for each claim's strongest few, on invented scores (no parser needed)."""

from __future__ import annotations

from factcheck.link.linker import _strongest

TOP = 3


def test_a_competing_link_stays_when_one_end_counts_it_among_its_strongest() -> None:
    # Five Norland claims (0-4) against five Sudmark claims (5-9): every pair competes, scored by closeness.
    found = [(1.0 / (1 + abs(i - (j - 5))), i, j, "competes", "") for i in range(5) for j in range(5, 10)]
    found.append((0.9, 0, 1, "corroborates", ""))  # another kind is left alone
    kept = _strongest(found, "competes", TOP)
    pairs = {(i, j) for _, i, j, kind, _ in kept if kind == "competes"}
    assert (0, 1) in {(i, j) for _, i, j, kind, _ in kept if kind == "corroborates"}
    for claim in range(10):
        mine = sorted(
            ((-s, j if i == claim else i) for s, i, j, kind, _ in found if claim in (i, j) and kind == "competes")
        )
        best = {other for _, other in mine[:TOP]}
        assert all(tuple(sorted((claim, other))) in pairs for other in best)  # its strongest stay
    assert (0, 9) not in pairs and (4, 5) not in pairs  # the weakest pair is nobody's strongest
    assert len(pairs) < len(found) - 1
