"""Which field of a feed's record or a spreadsheet's row holds an article's text, title, outlet, date, ...

Field names are compared case-insensitively, ignoring `_`, `-` and spaces, against common
synonyms in order of preference; an analyst's `--field text=COLUMN` overrides them, and a dotted
name reaches into nested objects (`source.name`). Values that are objects give their name, lists
are joined.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.readers.base import CorpusError

FIELDS = ("text", "title", "url", "outlet", "published", "author", "id")

# Synonyms in order of preference (compared after `normalise_key`). Summaries come last for the
# text: a feed that carries only a summary still gives the analyst something to check.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "articlebody",
        "fulltext",
        "maintext",
        "articletext",
        "bodytext",
        "storytext",
        "story",
        "article",
        "contentencoded",
        "message",
        "description",
        "summary",
        "abstract",
    ),
    "title": ("title", "headline", "heading", "articletitle", "head", "subject"),
    "url": (
        "url",
        "link",
        "href",
        "uri",
        "permalink",
        "canonicalurl",
        "canonical",
        "articleurl",
        "weburl",
        "sourceurl",
        "webaddress",
        "pageurl",
        "documenturl",
        "webpage",
        "address",
    ),
    "outlet": (
        "outlet",
        "source",
        "site",
        "sitename",
        "publisher",
        "publication",
        "sourcename",
        "newspaper",
        "media",
        "medium",
        "domain",
        "provider",
        "feed",
        "channel",
    ),
    "published": (
        "published",
        "date",
        "publishedat",
        "publishdate",
        "publisheddate",
        "publicationdate",
        "datepublished",
        "pubdate",
        "datetime",
        "created",
        "createdat",
        "time",
        "timestamp",
        "seendate",
        "updated",
    ),
    "author": ("author", "authors", "byline", "by", "creator", "dccreator", "writer", "writers", "reporter"),
    "id": ("id", "guid", "uuid", "articleid", "docid", "documentid", "recordid", "storyid", "key"),
}
# When a field's value is an object, the key that names it ({"source": {"id": "x", "name": "Ledger"}}).
_NAME_KEYS = ("name", "title", "rendered", "value", "text", "#text", "label")


def normalise_key(key: str) -> str:
    """A field name as compared: lower case, letters and digits only ("Published_At" gives "publishedat")."""
    return re.sub(r"[^0-9a-z#]", "", key.lower())


@dataclass(frozen=True)
class FieldMap:
    """Which record field each article field comes from: the analyst's overrides, then the synonyms."""

    overrides: Mapping[str, str]

    @classmethod
    def parse(cls, options: list[str] | None) -> FieldMap:
        """Parse `--field NAME=COLUMN` options; CorpusError naming the option when one is malformed."""
        overrides: dict[str, str] = {}
        for option in options or []:
            name, sep, column = option.partition("=")
            name = name.strip().lower()
            if not sep or not column.strip():
                raise CorpusError(f"--field {option}: expected FIELD=COLUMN, e.g. --field text=body")
            if name not in FIELDS:
                raise CorpusError(f"--field {option}: {name!r} is not one of {', '.join(FIELDS)}")
            overrides[name] = column.strip()
        return cls(overrides)

    def keys_for(self, name: str) -> tuple[str, ...]:
        """The names to look for, as given by the analyst or the synonyms (normalised)."""
        if name in self.overrides:
            return (self.overrides[name],)
        return SYNONYMS[name]

    def describe(self, name: str) -> str:
        """How the field was looked for, for a warning."""
        if name in self.overrides:
            return f"{self.overrides[name]!r}, from --field {name}="
        return f"{', '.join(SYNONYMS[name][:5])}, …; name it with --field {name}=NAME"


NO_FIELDS = FieldMap({})


def as_text(value: Any, *, joiner: str = ", ") -> str | None:
    """A field's value as one string: objects give their name, lists are joined; None when empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        for key in _NAME_KEYS:
            if key in value:
                return as_text(value[key], joiner=joiner)
        return None
    if isinstance(value, list):
        parts = [p for p in (as_text(v, joiner=joiner) for v in value) if p]
        return joiner.join(parts) or None
    text = str(value).strip()
    return text or None


def lookup(record: Mapping[str, Any], key: str) -> Any:
    """The value at `key` (normalised; a dotted key walks into nested objects), or None."""
    current: Any = record
    for part in key.split(".") if "." in key else [key]:
        if not isinstance(current, Mapping):
            return None
        wanted = normalise_key(part)
        current = next((v for k, v in current.items() if isinstance(k, str) and normalise_key(k) == wanted), None)
    return current


def field_value(record: Mapping[str, Any], fields: FieldMap, name: str) -> Any:
    for key in fields.keys_for(name):
        value = lookup(record, key)
        if value not in (None, "", [], {}):
            return value
    return None
