"""The store guard of the review's screens: a write that fails is said on the screen, never raised.

Kept apart from `shared` (which reads the Claims view's bindings) so that every screen,
the Claims view included, can import it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

from factcheck.store import StoreError

if TYPE_CHECKING:
    from factcheck.model import Edit, HistoryEntry
    from factcheck.session import Change, Review

T = TypeVar("T")


def stored(screen: Screen, write: Callable[[], T]) -> T | None:
    """Run a `Review` call that writes the store; on a store error, say so and return None."""
    try:
        return write()
    except StoreError as exc:
        screen.notify(str(exc), severity="error", timeout=10)
        return None


def undo_last(screen: Screen, review: Review) -> tuple[HistoryEntry | Edit, Change] | None:
    """Undo the review's last change for a screen's undo key: a store error or nothing left is said, and None."""
    try:
        undone = review.undo()
    except StoreError as exc:
        screen.notify(str(exc), severity="error", timeout=10)
        return None
    if undone is None:
        screen.notify("Nothing to undo")
    return undone
