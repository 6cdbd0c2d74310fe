"""The correction keys of the review screen (`s`, `S`, `r`, `l`): forms, then the core, then a redraw.

Kept apart from `review.py` so that each file stays small; `ReviewScreen` inherits these actions
and declares their bindings with the rest. Every action calls `Review` (store first), and only
then redraws the list, header, detail and linked panes from the corrected claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck.store import StoreError
from factcheck.ui.widgets.related import RelatedList

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel
    from textual.widget import Widget

    from factcheck.session import Review
    from factcheck.ui.widgets.claim_list import ClaimList


class CorrectionKeys:
    """The actions behind the correction keys; mixed into `ReviewScreen`."""

    if TYPE_CHECKING:  # provided by ReviewScreen and Textual's Screen
        review: Review
        app: App
        focused: Widget | None

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

    def after_correction(self, claim_id: str | None = None) -> None:
        """Redraw everything a correction may change: list lines, header, detail and linked panes."""
        keep = claim_id or self.current
        self.claim_list.reload(keep)
        self.refresh_header()
        self.show_claim(self.current)

    def _stored(self, action: Callable[[], object]) -> object | None:
        """Run a correction; a store failure is a notice (nothing was recorded), never a crash."""
        try:
            return action()
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return None

    def action_correct(self) -> None:
        """Open the speaker-and-side form for the selected claim."""
        from factcheck.ui.screens.correct import CorrectScreen, SpeakerSide

        claim = self.review.view.claim(self.current) if self.current else None
        if claim is None:
            return

        def save(answer: SpeakerSide | None) -> None:
            if answer is None:
                return
            made = self._stored(
                lambda: self.review.correct_claim(
                    claim.id,
                    speaker=answer.speaker,
                    side=answer.side,
                    every_claim_by_speaker=answer.every_claim_by_speaker,
                )
            )
            if made:
                self.after_correction(claim.id)
                scope = f" (every claim by {claim.speaker})" if answer.every_claim_by_speaker and claim.speaker else ""
                self.notify(f"Saved: {answer.speaker or 'the outlet'} · {answer.side or 'no side'}{scope}")

        self.app.push_screen(CorrectScreen(claim, self.review.sides(), self.review.speakers()), save)

    def action_sides(self) -> None:
        """Open the sides and camps screen; redraw when anything changed there."""
        from factcheck.ui.screens.sides import SidesScreen

        def done(changed: bool | None) -> None:
            if changed:
                self.after_correction()

        self.app.push_screen(SidesScreen(self.review), done)

    def action_reject_link(self) -> None:
        """Reject the link to the claim highlighted in a competing or corroborating pane."""
        pane = self.focused
        if not isinstance(pane, RelatedList) or pane.claim_id is None or pane.highlighted_option is None:
            self.notify("Tab to a competing or corroborating claim first, then r rejects that link")
            return
        other = pane.highlighted_option.id
        if other is None:
            return
        if self._stored(lambda: self.review.reject_link(pane.claim_id or "", other)):
            highlighted = pane.highlighted or 0
            self.after_correction(pane.claim_id)
            pane.focus()
            if pane.option_count:
                pane.highlighted = min(highlighted, pane.option_count - 1)
            self.notify(f"Link to {other} rejected (o lists it; enter there restores it)")

    def action_add_link(self) -> None:
        """Pick another claim by search and link the selected one to it."""
        from factcheck.ui.screens.link import LinkChoice, LinkScreen

        claim = self.review.view.claim(self.current) if self.current else None
        if claim is None:
            return

        def done(choice: LinkChoice | None) -> None:
            if choice is None:
                return
            if self._stored(lambda: self.review.add_link(claim.id, choice.claim_id, choice.relation)):
                self.after_correction(claim.id)
                word = "competing" if choice.relation == "competes" else "corroborating"
                self.notify(f"Linked to {choice.claim_id} as {word}")

        self.app.push_screen(LinkScreen(self.review.view, claim), done)
