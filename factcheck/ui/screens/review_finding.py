"""The finding keys of the review screen (`/`, `f`, a jump to a linked claim, `b`): where the cursor goes.

Kept apart from `review.py` so that each file stays small; `ReviewScreen` inherits these actions
and declares their bindings with the rest. A jump that a search or filter would hide puts that
filter aside, and `b` brings it back with the claim the jump left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.claimview import ClaimFilter
from factcheck.ui.screens.review_part import ReviewPart
from factcheck.ui.widgets.related import RelatedList


class FindingKeys(ReviewPart):
    """The actions that move the cursor through the claims; mixed into `ReviewScreen`."""

    if TYPE_CHECKING:  # provided by ReviewScreen
        _jumps: list[tuple[str, ClaimFilter | None]]

        def _save_position(self) -> None: ...

    def go_to(self, claim_id: str, *, quiet: bool = False) -> bool:
        """Put the cursor on a claim; when the filter hides it, clear the filter (keeping the sort).

        Returns True when the filter had to be cleared; `quiet` leaves the saying so to the caller.
        """
        if self.claim_list.select(claim_id):
            return False
        if self.review.view.claim(claim_id) is None:
            self.notify(f"{claim_id} is not in this corpus (orphaned verdict)", severity="warning")
            return False
        self.review.set_filter(ClaimFilter(sort=self.review.view.filter.sort))
        self.claim_list.reload(claim_id)
        self.refresh_header()
        if not quiet:
            self.notify("Filter cleared to show the claim")
        return True

    def apply_filter(self, new_filter: ClaimFilter) -> None:
        """Show the claims a new filter selects, keeping the cursor's claim when it stays visible."""
        keep = self.current
        self.review.set_filter(new_filter)
        self.claim_list.reload(keep)
        self.show_claim(self.current)
        self.refresh_header()
        self._save_position()

    def action_search(self) -> None:
        from factcheck.ui.screens.search import SearchScreen

        def done(text: str | None) -> None:
            if text is not None:
                self.apply_filter(self.review.view.with_filter(search=text.strip()))

        self.app.push_screen(SearchScreen(self.review.view.filter.search), done)

    def action_filter(self) -> None:
        from factcheck.ui.screens.filter import FilterScreen

        def done(new_filter: ClaimFilter | None) -> None:
            if new_filter is not None:
                self.apply_filter(new_filter)

        self.app.push_screen(FilterScreen(self.review.view), done)

    def on_related_list_jump(self, event: RelatedList.Jump) -> None:
        """Go to a linked claim; a search or filter that hides it is put aside for `b` to bring back."""
        left, before = self.current, self.review.view.filter
        cleared = self.go_to(event.claim_id, quiet=True)
        if left is not None:
            self._jumps.append((left, before if cleared else None))
        if cleared:
            what = f"search “{before.search}”" if before.search else "filter"
            self.notify(f"The {what} hid the linked claim: it is set aside; b brings it back")
        self.claim_list.focus()

    def action_back(self) -> None:
        """Return to the claim the last jump left, with the search or filter it had then."""
        if not self._jumps:
            self.notify("No jump to go back from")
            return
        claim_id, before = self._jumps.pop()
        if before is not None:
            self.review.set_filter(before)
            self.claim_list.reload(claim_id)
            self.show_claim(self.current)
            self.refresh_header()
            self._save_position()
        else:
            self.go_to(claim_id)
        self.claim_list.focus()
