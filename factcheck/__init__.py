"""factcheck: a terminal workbench for sorting out contradicting news reports."""

from __future__ import annotations

__version__ = "0.1.0"
