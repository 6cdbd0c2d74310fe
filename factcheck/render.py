"""Printing an extraction for people (table) and programs (json, and jsonl as a stream)."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Callable
from typing import Any, TextIO

from factcheck.model import Extraction


def print_claims(result: Extraction, fmt: str, out: TextIO) -> None:
    """Write the extraction as json or as a table to `out` (jsonl is streamed by `jsonl_writer`)."""
    if fmt == "json":
        json.dump(result.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_table(result))


def jsonl_writer(out: TextIO) -> Callable[[str, dict[str, Any]], None]:
    """An `emit(type, record)` that writes one JSON object per line, flushed, for streaming."""

    def emit(kind: str, record: dict[str, Any]) -> None:
        out.write(json.dumps({"type": kind, **record}, ensure_ascii=False) + "\n")
        if kind != "link":
            out.flush()

    return emit


def _cell(text: str | None, width: int) -> str:
    text = (text or "—").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(result: Extraction) -> str:
    """One row per claim: side, speaker, kind and the claim, wrapped to the terminal width."""
    width = max(80, shutil.get_terminal_size((120, 40)).columns)
    side_w, speaker_w, kind_w = 14, 22, 9
    text_w = width - side_w - speaker_w - kind_w - 3
    by_id = {c.id: c for c in result.claims}
    best: dict[str, dict[str, tuple[float, str]]] = {}
    for link in result.links:
        for a, b in ((link.source, link.target), (link.target, link.source)):
            slot = best.setdefault(a, {})
            if link.relation not in slot or slot[link.relation][0] < link.score:
                slot[link.relation] = (link.score, b)
    lines = [f"{'SIDE':<{side_w}}{'SPEAKER':<{speaker_w}}{'KIND':<{kind_w}}CLAIM", "-" * width]
    current = None
    for claim in result.claims:
        if claim.article != current:
            current = claim.article
            lines.append(f"== {current}")
        wrapped = textwrap.wrap(" ".join(claim.text.split()), text_w) or [""]
        lines.append(
            f"{_cell(claim.side, side_w - 1):<{side_w}}{_cell(claim.speaker, speaker_w - 1):<{speaker_w}}"
            f"{claim.kind:<{kind_w}}{wrapped[0]}"
        )
        pad = " " * (side_w + speaker_w + kind_w)
        lines.extend(pad + w for w in wrapped[1:])
        for relation, mark in (("competes", "⚔ competes"), ("corroborates", "✓ backs up")):
            hit = best.get(claim.id, {}).get(relation)
            if hit and hit[1] in by_id:
                other = by_id[hit[1]]
                who = other.speaker or other.article
                lines.append(pad + _cell(f"{mark}: {who}: {' '.join(other.text.split())}", text_w))
    lines.append(f"{len(result.claims)} claims from {len(result.articles)} articles, {len(result.links)} links")
    return "\n".join(lines) + "\n"
