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
    ],
)
def test_news_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)
