"""Versions of what the extraction cache holds; bump one whenever its output changes.

Kept apart from the extractor and the linker so that computing a cache key (on every
resume) imports neither spaCy nor numpy.
"""

from __future__ import annotations

EXTRACTOR_VERSION = "270"
LINKER_VERSION = "85"
