"""The one clock of the program: every timestamp it writes (sessions, verdicts, history, exports)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """The current time as ISO-8601 UTC with milliseconds, e.g. `2024-05-01T09:30:00.123Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
