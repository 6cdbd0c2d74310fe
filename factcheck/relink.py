"""The linker again, after the analyst corrected who speaks for whom: a new base for the edits.

The edits applied key by key (`factcheck.corrections`) change only what they name. Who argues
with whom also shapes how the linker groups claims into questions and words each link's reason,
so after corrections of speakers, sides, merges or camps the review app runs the linker again
on the corrected claims, in a worker, and applies the edits on the result.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from factcheck.corrections import Corrected
from factcheck.model import Correction, Edit, Extraction

CLAIM_EDITS = frozenset({"speaker", "side", "merge-sides", "camp"})  # edits that change who speaks for whom


def claim_edits(edits: Iterable[Edit]) -> tuple[Correction, ...]:
    """The corrections among `edits` that change claims themselves: what the linker's output depends on."""
    return tuple(e.correction for e in edits if e.kind in CLAIM_EDITS)


def relink(corrected: Corrected) -> Extraction:
    """A new base for the edits: the machine's claims as extracted (so the edits still show as edits),
    with the questions, links and suggestions the linker gives for the corrected claims.

    Why: the edits applied key by key change only what they name; who argues with whom also
    shapes how the linker groups claims into questions and words each link's reason. This runs
    the linker again (no spaCy; seconds at 10k claims, so off the UI thread). Link and question
    edits are then applied on top of the new base as on the old one.
    """
    from factcheck.pipeline import link_again

    base = corrected.base or corrected.extraction
    linked = link_again(base.articles, [copy.copy(c) for c in corrected.extraction.claims])
    suggestions = {c.id: c.suggestion for c in linked.claims}
    claims = []
    for claim in base.claims:
        twin = copy.copy(claim)
        twin.suggestion = suggestions.get(claim.id, claim.suggestion)
        claims.append(twin)
    return Extraction(base.articles, claims, linked.links, linked.similarity, linked.questions, linked.figures)
