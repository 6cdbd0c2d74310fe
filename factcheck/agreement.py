"""Agreement between two analysts' verdicts: Cohen's kappa overall and per label, and where they differ.

Pure functions over {claim id: label} mappings, so the arithmetic is checked by hand-computed tests.
Only the claims both analysts reviewed count.

Cohen's kappa: with p_o the share of claims labelled alike and p_e the share expected by chance from
each analyst's own label frequencies (sum over labels of p_A(label) * p_B(label)),
kappa = (p_o - p_e) / (1 - p_e). When p_e is 1 (both analysts used one and the same label throughout)
kappa is undefined and reported as None. Per label, kappa is computed one-vs-rest: each verdict is
reduced to "this label" or "another label" and the same formula applied.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.model import LABELS

# Landis & Koch (1977), the usual reading of kappa values.
_BANDS = ((0.8, "almost perfect"), (0.6, "substantial"), (0.4, "moderate"), (0.2, "fair"), (0.0, "slight"))


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of (label A, label B) pairs; None when there are none or chance agreement is 1."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    expected = chance_agreement(pairs)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def chance_agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    """p_e: the agreement expected if each analyst picked labels at random with their own frequencies."""
    n = len(pairs)
    if n == 0:
        return 0.0
    by_a = Counter(a for a, _ in pairs)
    by_b = Counter(b for _, b in pairs)
    return sum(by_a[label] * by_b[label] for label in by_a) / (n * n)


def interpret(kappa: float | None) -> str:
    """A word for a kappa value (Landis & Koch): slight, fair, moderate, substantial, almost perfect."""
    if kappa is None:
        return "undefined"
    if kappa < 0:
        return "worse than chance"
    return next(word for floor, word in _BANDS if kappa >= floor)


@dataclass(frozen=True)
class Agreement:
    """How far two analysts agree on the claims both of them reviewed."""

    labels: tuple[str, ...]
    common: tuple[str, ...]  # claim ids both reviewed, sorted
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    observed: float | None  # share of common claims labelled alike
    expected: float | None  # chance agreement p_e
    kappa: float | None
    per_label: dict[str, float | None]  # one-vs-rest kappa
    confusion: dict[str, dict[str, int]]  # confusion[label by A][label by B] = claims
    differing: tuple[tuple[str, str, str], ...]  # (claim id, label by A, label by B)


def compare(a: Mapping[str, str], b: Mapping[str, str], labels: Sequence[str] = LABELS) -> Agreement:
    """Compare two {claim id: label} mappings on the claims both contain.

    `labels` fixes the order of the confusion table; labels found outside it are appended.
    """
    common = tuple(sorted(set(a) & set(b)))
    pairs = [(a[c], b[c]) for c in common]
    extra = sorted({x for pair in pairs for x in pair} - set(labels))
    all_labels = (*labels, *extra)
    confusion = {row: dict.fromkeys(all_labels, 0) for row in all_labels}
    for label_a, label_b in pairs:
        confusion[label_a][label_b] += 1
    per_label = {label: cohen_kappa([(x == label, y == label) for x, y in pairs]) for label in all_labels}
    n = len(pairs)
    return Agreement(
        labels=all_labels,
        common=common,
        only_a=tuple(sorted(set(a) - set(b))),
        only_b=tuple(sorted(set(b) - set(a))),
        observed=sum(1 for x, y in pairs if x == y) / n if n else None,
        expected=chance_agreement(pairs) if n else None,
        kappa=cohen_kappa(pairs),
        per_label=per_label,
        confusion=confusion,
        differing=tuple((c, a[c], b[c]) for c in common if a[c] != b[c]),
    )
