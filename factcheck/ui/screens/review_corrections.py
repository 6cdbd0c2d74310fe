"""The correction keys of the review screen (`s`, `S`, `r`, `l`): forms, then the core, then a redraw.

Kept apart from `review.py` so that each file stays small; `ReviewScreen` inherits these actions
and declares their bindings with the rest. Every action calls `Review` (store first), and only
then redraws the list, header, detail and linked panes from the corrected claims.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.timer import Timer
from textual.worker import get_current_worker

from factcheck.model import Correction, Extraction
from factcheck.store import StoreError
from factcheck.ui.screens.review_part import ReviewPart
from factcheck.ui.widgets.related import RelatedList

RELINK_AFTER = 1.0  # seconds after the last correction of a speaker or side before the linker runs again

if TYPE_CHECKING:
    from textual.timer import TimerCallback
    from textual.widget import Widget


class CorrectionKeys(ReviewPart):
    """The actions behind the correction keys; mixed into `ReviewScreen`."""

    @dataclass
    class Relinked(Message):
        """The linker ran again on the corrected claims: a new base for the edits, made for `signature`."""

        signature: tuple[Correction, ...]
        base: Extraction

    _relink_timer: Timer | None = None

    if TYPE_CHECKING:  # provided by ReviewScreen and Textual's Screen
        focused: Widget | None

        def set_timer(
            self, delay: float, callback: TimerCallback | None = None, *, name: str | None = None, pause: bool = False
        ) -> Timer: ...

        def post_message(self, message: Message) -> bool: ...

    def after_correction(self, claim_id: str | None = None) -> None:
        """Redraw everything a correction may change: list lines, header, detail and linked panes."""
        keep = claim_id or self.current
        self.claim_list.reload(keep)
        self.refresh_header()
        self.show_claim(self.current)
        self.schedule_relink()

    def schedule_relink(self) -> None:
        """Run the linker again soon if speakers or sides were corrected (a burst of keys: once)."""
        if self._relink_timer is not None:
            self._relink_timer.stop()
            self._relink_timer = None
        if self.review.relink_needed():
            self._relink_timer = self.set_timer(RELINK_AFTER, self._start_relink)

    def _start_relink(self) -> None:
        self._relink_timer = None
        if self.review.relink_needed():
            signature, job = self.review.relink_job()
            self._relink(signature, job)

    @work(thread=True, exclusive=True, group="relink", exit_on_error=False)
    def _relink(self, signature: tuple[Correction, ...], job: Callable[[], Extraction]) -> None:
        """The linker on a snapshot of the corrected claims, in a thread; the result comes back as a message."""
        base = job()
        if not get_current_worker().is_cancelled:
            self.post_message(self.Relinked(signature, base))

    def on_correction_keys_relinked(self, message: Relinked) -> None:
        """Take the relinked base if it is still for the corrections in force (`Review.adopt_relinked`)."""
        if self.review.adopt_relinked(message.signature, message.base):
            keep = self.current
            self.claim_list.reload(keep)
            self.refresh_header()
            self.show_claim(self.current)
            self.notify("Questions and links recomputed for the corrected speakers and sides")
        else:
            self.schedule_relink()  # corrected again meanwhile: that result is out of date

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
