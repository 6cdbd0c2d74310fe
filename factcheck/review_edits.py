"""The analyst's corrections in a review: what the `s`, `S`, `r`, `l` keys and the Questions view call.

Each method writes the edit to the store first (journal, fsync), then applies every edit in
force on top of the extraction as the machine made it (`factcheck.corrections.apply_edits`,
no spaCy), then refreshes the claim view, so the screen never shows a correction that is not
on disk. `Review` inherits these methods; they are kept here so that `session.py` stays about
sessions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factcheck.claimview import ClaimView
from factcheck.corrections import Corrected, apply_edits, camp_registry, extend_edits, side_registry
from factcheck.model import Correction, Edit, Extraction, Question, Relation
from factcheck.relink import claim_edits, relink

if TYPE_CHECKING:
    from factcheck.store import Store

ASSERTS, DENIES = "asserts", "denies"
KEEP_EARLIER = 50  # corrected states kept for ctrl+z (each shares the claims it did not change)


class ReviewCorrections:
    """Corrections of speakers, sides, camps, links and questions, stored like verdicts."""

    store: Store
    analyst: str
    view: ClaimView
    base: Extraction
    corrected: Corrected

    @property
    def name(self) -> str:  # provided by Review
        raise NotImplementedError

    def adopt_corrections(self, corrected: Corrected) -> None:
        """Start from the session's edits applied to the machine's extraction (what the view shows)."""
        self.base = self.machine = corrected.base or corrected.extraction
        self.corrected = corrected
        self._earlier: list[Corrected] = []
        self._relinked_for: tuple[Correction, ...] = ()  # the claim edits `base` was linked with

    # the linker again, off the UI thread, after corrections of speakers and sides
    def relink_needed(self) -> bool:
        """Whether the claim edits in force differ from those the links and questions were made with.

        Never for claims without linking features (an extraction built by hand, or read from an
        export): the linker could not find their links again, and would only drop them.
        """
        if not any(c.features for c in self.machine.claims[:100]):
            return False
        return claim_edits(self.corrected.applied) != self._relinked_for

    def relink_job(self) -> tuple[tuple[Correction, ...], Callable[[], Extraction]]:
        """(what it is for, the work): the work runs the linker on the corrected claims, in a thread.

        The work touches only a snapshot taken now; `adopt_relinked` takes its result back on
        the review's thread, and drops it if the claim edits changed meanwhile.
        """
        signature = claim_edits(self.corrected.applied)
        if not signature:
            machine = self.machine
            return signature, lambda: machine
        corrected = self.corrected
        return signature, lambda: relink(corrected)

    def adopt_relinked(self, signature: tuple[Correction, ...], base: Extraction) -> bool:
        """Take a relinked base and apply the edits on it; False (nothing done) when it is out of date."""
        if signature != claim_edits(self.corrected.applied):
            return False
        before = self.corrected.changed
        self.base, self._relinked_for, self._earlier = base, signature, []
        self.corrected = apply_edits(base, self.store.active_edits(self.name))
        every = {c.id for c in base.claims}
        self.view.refresh(self.corrected.extraction, every | before)
        return True

    def reapply_edits(self) -> None:
        """Apply the edits in force and refresh the view (after any edit, its undo or an import).

        A new key press's edits go on top of the last result (`extend_edits`); an undo of recent
        edits goes back to a result kept from before them; anything else (a link restored from
        the `o` screen, an import) applies every edit again. All three give the same claims.
        """
        active = tuple(self.store.active_edits(self.name))
        current = self.corrected
        n = len(current.edits)
        if active[:n] == current.edits:
            found = extend_edits(current, active[n:])
            self._earlier = [*self._earlier[-(KEEP_EARLIER - 1) :], current]
            self.view.refresh(found.extraction, found.last_changed, found.links_of(found.last_changed))
        else:
            while self._earlier and self._earlier[-1].edits != active:
                self._earlier.pop()
            found = self._earlier.pop() if self._earlier else apply_edits(self.base, active)
            self.view.refresh(found.extraction, current.changed | found.changed)
        self.corrected = found

    def _record(self, corrections: Sequence[Correction]) -> list[Edit]:
        made = self.store.record_edits(self.name, corrections, analyst=self.analyst)
        if made:
            self.reapply_edits()
        return made

    # speakers and sides
    def correct_claim(
        self, claim_id: str, *, speaker: str | None, side: str | None, every_claim_by_speaker: bool = True
    ) -> list[Edit]:
        """Set a claim's speaker and side ("" or None: the outlet's voice / no side); [] when nothing changed.

        With `every_claim_by_speaker`, the correction holds for every claim whose extracted speaker
        is this claim's (in this corpus and after any re-extraction).
        """
        claim = self.view.claim(claim_id)
        if claim is None:
            return []
        original = next((c for c in self.base.claims if c.id == claim_id), claim)
        scope = original.speaker if every_claim_by_speaker and original.speaker else None
        wanted = []
        if (speaker or None) != claim.speaker:
            wanted.append(Correction("speaker", claim_id, speaker or "", speaker=scope))
        if (side or None) != claim.side:
            wanted.append(Correction("side", claim_id, side or "", speaker=scope))
        return self._record(wanted)

    def sides(self) -> list[tuple[str, int]]:
        """Every side in the corrected extraction with its claim count, most first (the side registry)."""
        return side_registry(self.view.extraction)

    def speakers(self) -> list[str]:
        """Every speaker in the corrected extraction, for completion."""
        return sorted({c.speaker for c in self.view.claims if c.speaker}, key=str.lower)

    def camps(self) -> dict[str, str]:
        """Each side's camp where one is known, as the corrected claims say."""
        return camp_registry(self.view.extraction)

    def camp_of(self, side: str) -> str | None:
        """The camp a side argues with, as its claims now say."""
        return self.camps().get(side)

    def merge_sides(self, side: str, into: str) -> list[Edit]:
        """Rename a side, or merge it into another: its claims take the new name, the old one becomes an alias."""
        if not into.strip() or into.strip() == side:
            return []
        return self._record([Correction("merge-sides", side, into.strip())])

    def set_camp(self, side: str, camp: str) -> list[Edit]:
        """Move a side to a camp ("" for a camp of its own)."""
        if (camp.strip() or None) == self.camp_of(side):
            return []
        return self._record([Correction("camp", side, camp.strip())])

    def aliases(self) -> dict[str, str]:
        """Merged side names and the side each is now."""
        return dict(self.corrected.aliases)

    # links
    def reject_link(self, claim_id: str, other_id: str) -> list[Edit]:
        """Reject the link between two claims: it disappears, and is listed (to restore) on the `o` screen."""
        return self._record([Correction("reject-link", claim_id, other_id)])

    def add_link(self, claim_id: str, other_id: str, relation: Relation) -> list[Edit]:
        """Link two claims as competing or corroborating."""
        if claim_id == other_id or self.view.claim(other_id) is None:
            return []
        return self._record([Correction("add-link", claim_id, other_id, relation=relation)])

    def rejected_links(self) -> list[Edit]:
        """The links the analyst rejected, in force, oldest first."""
        return [e for e in self.corrected.applied if e.kind == "reject-link"]

    # questions (the Questions view wires the keys)
    def question_of(self, claim_id: str) -> Question | None:
        """The question a claim belongs to, after corrections."""
        return next((q for q in self.view.extraction.questions if claim_id in q.claims), None)

    def move_to_question(self, claim_id: str, question_id: str, stance: str | None = None) -> list[Edit]:
        """Move a claim to another question (keeping its stance unless one is given)."""
        current = self.question_of(claim_id)
        keep = stance or (current.claims.get(claim_id) if current else None)
        members = self._members(question_id)
        return self._record([Correction("question", claim_id, question_id, stance=keep, value_claims=members)])

    def flip_stance(self, claim_id: str) -> list[Edit]:
        """Flip a claim's stance in its question (asserts <-> denies); [] when it is in none or gives a figure."""
        question = self.question_of(claim_id)
        if question is None or question.claims[claim_id] not in (ASSERTS, DENIES):
            return []
        flipped = DENIES if question.claims[claim_id] == ASSERTS else ASSERTS
        members = (claim_id, *(cid for cid in question.claims if cid != claim_id))  # the claim: anchor
        return self._record([Correction("question", claim_id, question.id, stance=flipped, value_claims=members)])

    def set_stance(self, claim_id: str, stance: str) -> list[Edit]:
        """Give a claim's stance in its question (asserts, denies, or a figure)."""
        question = self.question_of(claim_id)
        if question is None or question.claims[claim_id] == stance:
            return []
        members = (claim_id, *(cid for cid in question.claims if cid != claim_id))  # the claim: anchor
        return self._record([Correction("question", claim_id, question.id, stance=stance, value_claims=members)])

    def merge_questions(self, question_id: str, into_id: str) -> list[Edit]:
        """Merge one question into another: its claims join it with their stances."""
        if question_id == into_id:
            return []
        merged, into = self._members(question_id), self._members(into_id)
        return self._record([Correction("question", question_id, into_id, value_claims=into, target_claims=merged)])

    def _members(self, question_id: str) -> tuple[str, ...]:
        """A question's claim ids as it is now: how an edit names it across relinks (the first breaks ties)."""
        found = next((q for q in self.view.extraction.questions if q.id == question_id), None)
        return tuple(found.claims) if found is not None else ()

    # the `o` screen
    def restore_edit(self, seq: int) -> Edit | None:
        """Take an edit back (restore a rejected link, drop an orphaned edit); undone by ctrl+z."""
        made = self.store.withdraw_edit(self.name, seq, analyst=self.analyst)
        if made is not None:
            self.reapply_edits()
        return made

    def orphaned_edits(self) -> list[Edit]:
        """Edits whose claim, side or question is gone from the corpus: kept, listed, never dropped."""
        return list(self.corrected.orphaned)

    def pending_edits(self) -> list[Edit]:
        """Other analysts' imported edits that conflict with ours, waiting to be kept or dropped."""
        return self.store.pending_edits(self.name)

    def keep_pending_edit(self, seq: int) -> list[Edit]:
        """Keep another analyst's conflicting edit: it applies from now on."""
        made = self.store.keep_pending_edit(self.name, seq, analyst=self.analyst)
        if made:
            self.reapply_edits()
        return made

    def edit_history(self) -> list[Edit]:
        """Every edit row of the session with analyst and time, oldest first (undos and withdrawals too)."""
        return self.store.edits(self.name)
