"""What the review's screens share: the bindings declared once on the Claims view, and the store guard
(`stored`, `undo_last`, from `guard`).

The verdict keys, note, undo, help and quit mean the same on every screen, so the Questions
screens take the very `Binding` objects of `ReviewScreen` (same key, description, tooltip, id).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from factcheck.ui.screens.guard import stored, undo_last

FRESH_CHECK_S = 0.5  # how often a shown Questions screen checks that its questions are still the review's


def shared_bindings(*ids: str) -> list[BindingType]:
    """The Claims view's bindings with these ids, in the order asked."""
    from factcheck.ui.screens.review import ReviewScreen

    by_id = {b.id: b for b in ReviewScreen.BINDINGS if isinstance(b, Binding)}
    return [by_id[i] for i in ids]


__all__ = ["FRESH_CHECK_S", "shared_bindings", "stored", "undo_last"]
