"""What the review screen's key mixins (`review_corrections`, `review_finding`) use of `ReviewScreen`.

Only for the type checker and the reader: at run time `ReviewPart` is empty, and `ReviewScreen`
(with Textual's `Screen`) provides all it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel

    from factcheck.session import Review
    from factcheck.ui.widgets.claim_list import ClaimList


class ReviewPart:
    """The part of `ReviewScreen` its key mixins use: the review, the list, the redraws and notify."""

    if TYPE_CHECKING:  # provided by ReviewScreen and Textual's Screen
        review: Review
        app: App

        @property
        def claim_list(self) -> ClaimList: ...

        @property
        def current(self) -> str | None: ...

        def refresh_header(self) -> None: ...

        def show_claim(self, claim_id: str | None) -> None: ...

        def notify(
            self,
            message: str,
            *,
            title: str = "",
            severity: SeverityLevel = "information",
            timeout: float | None = None,
            markup: bool = True,
        ) -> None: ...
