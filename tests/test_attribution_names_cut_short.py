"""A person's name the name tagger cuts short ("<First> <Middle>" tagged, the surname after it not) is still
learnt whole from the sentence that names them, so their later lines carry the whole name. Invented
sentences about an invented event.
"""

from __future__ import annotations

import pytest
from test_attribution_patterns import claims_of, find

pytestmark = pytest.mark.slow


def test_a_name_the_tagger_cut_short_is_learnt_whole() -> None:
    claims = claims_of(
        "Father Tobi Ade O’Dare was pulled from the river on Sunday and was taken to the clinic in Varn.\n\n"
        "Father O’Dare says that the ferry crew ignored his calls."
    )
    assert find(claims, "ignored his calls").speaker == "Tobi Ade O’Dare"  # was "O’Dare"
