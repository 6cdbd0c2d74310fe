"""Page furniture that must never become a claim, and news sentences that must not be taken for it."""

from __future__ import annotations

import pytest

from factcheck.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Image caption, Rescuers at the dam on Tuesday",
        "Media caption, The dam collapsed on Tuesday",
        "Story continues below advertisement",
        "Continue reading the main story",
        "You may also like",
        "Join our WhatsApp channel for the latest news",
        "Download the app",
        "AFP via Getty Images",
        "Watch: dam collapses after days of rain",
        "This article was originally published on The Courier.",
        "Sign up to our newsletter",
        "Listen to this article",
        "5 min read",
        "Editor’s picks",
        "Posted by admin",
        "Subscribe now",
        "Get the latest news delivered to your inbox",
        "Share this story",
        "Last modified on Tue 17 Oct 2023 19.40 BST",
        "Follow @harbortimes",
        "Advertisement - scroll to continue",
        "We use cookies to improve your experience.",
        "ANALYSIS | The dam board turns up the heat on the water levy — behind closed doors",
        "WATCH | Rescuers reach the flooded villages",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The dam collapsed on Tuesday, officials said.",
        "Advertisers said the campaign would continue.",
        "Subscribers to the water board said the dam was safe.",
        "Follow-up inspections found cracks in the spillway.",
        "Posted guards said the gates were shut.",
        "Continued shelling damaged the dam, the army said.",
        "Watchdog groups said the inspection was a farce.",
        "Norland | Sudmark talks resume, the ministry said.",  # a pipe after a name, no kicker in capitals
    ],
)
def test_news_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_headline_between_two_kicker_links_is_a_link_too() -> None:
    # A "related stories" list: each line a link, some with a kicker ("ANALYSIS | …"), one without.
    from test_attribution_patterns import claims_of

    claims = claims_of(
        "The Orsk mayor said the dam would hold through the spring.\n\n"
        "ANALYSIS | The dam board turns up the heat on the water levy — behind closed doors\n"
        "Water board sparks controversy by saying the sluices are safe\n"
        "ANALYSIS | Has the mayor really fixed the dam?\n\n"
        "Engineers said the cracks had widened overnight."
    )
    texts = [c.text for c in claims]
    assert not any("turns up the heat" in t or "sparks controversy" in t or "really fixed" in t for t in texts)
    assert any("cracks had widened" in t for t in texts) and any("would hold" in t for t in texts)
