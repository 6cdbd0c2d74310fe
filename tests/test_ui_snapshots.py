"""Snapshot tests of the review screen (80×24 and 160×50), the help screen and the Questions view.

Regenerate after an intended change: pytest tests/test_ui_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MakeApp = Callable[..., Any]


def test_review_screen_80x24(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(80, 24), press=["j", "d", "k"])


def test_review_screen_160x50(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(160, 50), press=["c", "d", "j", "j", "tab"])


def test_help_screen(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(100, 40), press=["question_mark"])


def test_questions_view_80x24(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(80, 24), press=["v"])


def test_question_opened_80x24(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(80, 24), press=["v", "enter", "d"])


def test_question_opened_160x50(snap_compare: Any, make_review_app: MakeApp) -> None:
    assert snap_compare(make_review_app(), terminal_size=(160, 50), press=["v", "enter", "c", "right"])
