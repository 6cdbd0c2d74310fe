"""Scoring extracted claims and links against a gold annotation of a corpus.

The gold format is the project's annotation format (see tests/gold_seeds.json): sides with
their aliases, propositions with the claims that assert or deny each (file, quote, speaker,
side, stance), and page furniture that must not become a claim. The metrics are defined as
in the shared scorer the project is measured with, so the figures agree:

- a gold claim is found when an extracted claim of the same article covers at least half of
  the quote and is not much longer (at most max(600, 2.5 × the quote's length));
- side accuracy compares sides through the alias lists; speaker accuracy checks the gold
  speaker's surname for named speakers;
- competing pairs are opposite stances on one proposition, corroborating pairs the same
  stance in different articles; hit@k asks for a gold competitor among a claim's top k.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

GoldKey = tuple[str, str]


def side_of(label: str | None, sides: dict[str, list[str]]) -> str:
    """Map a free-text side label to a gold side id ("neutral" when none fits)."""
    if not label:
        return "neutral"
    low = label.lower().strip()
    for side_id, aliases in sides.items():
        if low == side_id.lower():
            return side_id
        for alias in aliases:
            a = alias.lower()
            if a in low or (len(low) >= 4 and low in a):
                return side_id
    return "neutral"


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _match_claims(
    gold_claims: dict[GoldKey, dict[str, Any]], by_article: dict[str, list[dict[str, Any]]], corpus: Path
) -> dict[GoldKey, dict[str, Any] | None]:
    match: dict[GoldKey, dict[str, Any] | None] = {}
    texts: dict[str, str] = {}
    for key, gc in gold_claims.items():
        text = texts.setdefault(gc["file"], (corpus / gc["file"]).read_text(encoding="utf-8"))
        start = text.find(gc["quote"])
        if start < 0:
            raise ValueError(f"gold quote not found in {gc['file']}: {gc['quote'][:60]!r}")
        end = start + len(gc["quote"])
        best, best_cover = None, 0.0
        for c in by_article.get(gc["file"], []):
            cs, ce = int(c["start"]), int(c["end"])
            if ce - cs > max(600, 2.5 * (end - start)):
                continue
            cover = max(0, min(end, ce) - max(start, cs)) / (end - start)
            if cover > best_cover:
                best, best_cover = c, cover
        match[key] = best if best_cover >= 0.5 else None
    return match


def _junk_kept(gold: dict[str, Any], by_article: dict[str, list[dict[str, Any]]], corpus: Path) -> list[dict]:
    kept = []
    for j in gold.get("junk", []):
        text = (corpus / j["file"]).read_text(encoding="utf-8")
        pos = text.find(j["text"])
        found = False
        while pos >= 0 and not found:
            end = pos + len(j["text"])
            found = any(
                max(0, min(end, int(c["end"])) - max(pos, int(c["start"]))) >= 0.5 * (end - pos)
                for c in by_article.get(j["file"], [])
            )
            pos = text.find(j["text"], end)
        if found:
            kept.append(j)
    return kept


def score_claims(gold: dict[str, Any], doc: dict[str, Any], corpus: Path, *, top_k: int = 5) -> dict[str, Any]:
    """All metrics for one claims document (as `factcheck extract --format json` prints it)."""
    sides = gold.get("sides", {})
    claims = doc.get("claims", [])
    by_article: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        by_article.setdefault(Path(str(c.get("article", ""))).name, []).append(c)

    gold_claims: dict[GoldKey, dict[str, Any]] = {}
    for prop in gold["propositions"]:
        for gc in prop["claims"]:
            gold_claims.setdefault((gc["file"], gc["quote"]), gc)
    match = _match_claims(gold_claims, by_article, corpus)
    found = {k: c for k, c in match.items() if c is not None}

    side_ok = sum(1 for k, c in found.items() if side_of(c.get("side"), sides) == gold_claims[k]["side"])
    named = [k for k in found if gold_claims[k]["speaker"].split()[0][0].isupper()]
    speaker_ok = sum(
        1 for k in named if gold_claims[k]["speaker"].split()[-1].lower() in str(found[k].get("speaker") or "").lower()
    )

    competes: dict[str, dict[str, float]] = {}
    corroborates: set[frozenset[str]] = set()
    for link in doc.get("links", []):
        a, b, rel = link.get("source"), link.get("target"), link.get("relation")
        if a is None or b is None or a == b:
            continue
        if rel == "competes":
            score = float(link.get("score") or 0.0)
            for x, y in ((a, b), (b, a)):
                competes.setdefault(x, {})[y] = max(score, competes.get(x, {}).get(y, float("-inf")))
        elif rel == "corroborates":
            corroborates.add(frozenset((a, b)))

    gold_compete: set[frozenset[GoldKey]] = set()
    gold_corrob: set[frozenset[GoldKey]] = set()
    for prop in gold["propositions"]:
        keys = [((gc["file"], gc["quote"]), gc["stance"]) for gc in prop["claims"]]
        for (ka, sa), (kb, sb) in itertools.combinations(keys, 2):
            if ka == kb:
                continue
            if sa != sb:
                gold_compete.add(frozenset((ka, kb)))
            elif ka[0] != kb[0]:
                gold_corrob.add(frozenset((ka, kb)))
    gold_corrob -= gold_compete

    def cid(key: GoldKey) -> str | None:
        c = match.get(key)
        return None if c is None else c.get("id")

    def linked_compete(pair: frozenset[GoldKey]) -> bool:
        ka, kb = tuple(pair)
        a, b = cid(ka), cid(kb)
        return a is not None and b is not None and a != b and b in competes.get(a, {})

    def linked_corrob(pair: frozenset[GoldKey]) -> bool:
        ka, kb = tuple(pair)
        a, b = cid(ka), cid(kb)
        return a is not None and b is not None and a != b and frozenset((a, b)) in corroborates

    id_to_key = {c.get("id"): k for k, c in found.items()}
    judged = right = 0
    for a, others in competes.items():
        for b in others:
            if a < b and a in id_to_key and b in id_to_key:
                judged += 1
                right += frozenset((id_to_key[a], id_to_key[b])) in gold_compete
    c_judged = c_right = 0
    for pair in corroborates:
        a, b = tuple(pair)
        if a in id_to_key and b in id_to_key:
            c_judged += 1
            c_right += frozenset((id_to_key[a], id_to_key[b])) in gold_corrob

    askers = [key for key in gold_claims if any(key in p for p in gold_compete)]
    hits = 0
    for key in askers:
        a = cid(key)
        if a is None:
            continue
        top = sorted(competes.get(a, {}).items(), key=lambda kv: -kv[1])[:top_k]
        top_keys = {id_to_key.get(b) for b, _ in top}
        hits += any(frozenset((key, other)) in gold_compete for other in top_keys if other)

    junk = gold.get("junk", [])
    junk_kept = _junk_kept(gold, by_article, corpus)
    compete_hits = sum(linked_compete(p) for p in gold_compete)
    corrob_hits = sum(linked_corrob(p) for p in gold_corrob)
    return {
        "claims": len(claims),
        "recall": _ratio(len(found), len(gold_claims)),
        "side": _ratio(side_ok, len(found)),
        "speaker": _ratio(speaker_ok, len(named)),
        "compete_recall": _ratio(compete_hits, len(gold_compete)),
        "compete_precision": _ratio(right, judged),
        f"hit@{top_k}": _ratio(hits, len(askers)),
        "corroborate_recall": _ratio(corrob_hits, len(gold_corrob)),
        "corroborate_precision": _ratio(c_right, c_judged),
        "links_per_claim": _ratio(sum(len(v) for v in competes.values()), len(claims)),
        "junk_rejected": 1.0 - _ratio(len(junk_kept), len(junk)) if junk else 1.0,
        "missed": [f"{k[0]}: {k[1][:80]!r}" for k, c in match.items() if c is None],
        "junk_kept": [f"{j['file']}: {j['text'][:60]!r}" for j in junk_kept],
    }


def format_scores(scores: dict[str, Any], *, verbose: bool = False) -> str:
    """The scores as lines for a terminal, the SUMMARY line last."""
    lines = []
    if verbose:
        lines += [f"  missed claim  {m}" for m in scores["missed"]]
        lines += [f"  junk kept  {j}" for j in scores["junk_kept"]]
    figures = " ".join(
        f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
        for k, v in scores.items()
        if not isinstance(v, list)
    )
    lines.append(f"SUMMARY {figures}")
    return "\n".join(lines)
