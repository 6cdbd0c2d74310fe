"""Competing and corroborating claims across sources, each link with a score and a reason.

Similar wording is not enough: "A captured B" and "B was not captured" share words and compete,
while "A captured B" told by two outlets corroborate. So a pair is first *related* (an index over
content lemmas, event classes and names, see `similarity.py`), then judged on the *opposition*
signals that extraction recorded for both claims:

* the speakers are on opposing sides (the strongest signal);
* one rejects what the other asserts (deny, reject, "false", "baseless", "lies"), all the more
  when it names the other's party;
* one negates the content the other asserts;
* numbers of the same thing that cannot both hold (12 against 40 dead);
* the same event put in different places.

A related pair with any of these competes, scored by relatedness x opposition; a related pair
with none, from another article and not from opposing parties, corroborates. Each claim keeps
only its best few of each, so the review screen shows a short list, best first. Nothing here
needs spaCy: everything comes from `Claim.features`, computed at extraction.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from factcheck.link.evidence import COMPETES, CORROBORATES, Profile, build_profiles, judge_pair, score_pairs
from factcheck.link.parties import Parties, build_parties
from factcheck.link.similarity import ClaimWords, related_candidates, similarity_backend
from factcheck.model import Claim, Link
from factcheck.versions import LINKER_VERSION  # bump it whenever linking output changes

__all__ = ["LINKER_VERSION", "STRONG_COMPETE", "link_claims", "similarity_backend", "suggest_verdicts"]


CANDIDATES = 32  # related claims scored per claim
CANDIDATES_LARGE = 12  # ...in a corpus of more than LARGE_CORPUS claims, where near-duplicates abound
LARGE_CORPUS = 5000
COMPETE_PER_CLAIM = 5  # competing claims a claim keeps, best first
COMPETE_MUTUAL = 14  # ...which must also be among the other claim's best this many
COMPETE_MIN = 0.02  # relatedness x opposition, at least
COMPETE_MAX_DEGREE = 12  # and no claim is in more competing links than this (hubs)
CORROBORATE_PER_CLAIM = 6
CORROBORATE_MAX_DEGREE = 12
CORROBORATE_MIN = 0.15  # relatedness, at least
RELATED_MIN = 0.12  # below this, two claims are not about the same thing whatever else they share


def link_claims(claims: Sequence[Claim]) -> list[Link]:
    """For each claim, the claims of other sources that compete with it or back it up.

    Links are undirected and listed once, each with its score and a reason for the analyst.
    """
    if len(claims) < 2:
        return []
    parties = build_parties(claims)
    words = ClaimWords.of(claims)
    profiles = build_profiles(claims, parties, words)
    first, second, lexical, combined = related_candidates(
        claims,
        _voices(profiles),
        per_claim=CANDIDATES if len(claims) <= LARGE_CORPUS else CANDIDATES_LARGE,
        min_related=RELATED_MIN,
        party_words=parties.name_stems(),
        words=words,
    )
    relation, score = score_pairs(profiles, parties, first, second, lexical, combined)
    n = len(claims)
    chosen: dict[tuple[int, int], tuple[str, float]] = {}
    for code, name, minimum, per_claim, mutual, cap in (
        (COMPETES, "competes", COMPETE_MIN, COMPETE_PER_CLAIM, COMPETE_MUTUAL, COMPETE_MAX_DEGREE),
        (CORROBORATES, "corroborates", CORROBORATE_MIN, CORROBORATE_PER_CLAIM, 0, CORROBORATE_MAX_DEGREE),
    ):
        keep = (relation == code) & (score >= minimum)
        pairs = _select(first[keep], second[keep], score[keep], n, per_claim, mutual)
        for pair, value in _cap_degree(pairs, cap):
            chosen.setdefault(pair, (name, value))
    idf = _word_idf(words)
    links = []
    for (i, j), (name, value) in sorted(chosen.items()):
        verdict = judge_pair(profiles[i], profiles[j], 1.0, parties)  # the evidence, for the reason
        evidence = verdict[2] if verdict is not None else []
        reason = _reason(profiles[i], profiles[j], name, evidence, parties, idf)
        links.append(Link(claims[i].id, claims[j].id, name, round(value, 4), reason))  # type: ignore[arg-type]
    links.sort(key=lambda lk: (lk.relation, -lk.score, lk.source, lk.target))
    return links


def _voices(profiles: Sequence[Profile]) -> np.ndarray:
    """An integer id per claim's voice: who speaks (or the outlet itself) in which article.

    Two claims are linked only across voices: another article, or another speaker in the
    same article. The same spokesman quoted by two outlets is two reports of one statement.
    """
    ids: dict[tuple[str, str], int] = {}
    return np.array([ids.setdefault((p.speaker or "", p.article), len(ids)) for p in profiles], dtype=np.int64)


def _cap_degree(pairs: list[tuple[tuple[int, int], float]], cap: int) -> list[tuple[tuple[int, int], float]]:
    """Keep the strongest pairs such that no claim ends up in more than `cap` of them (hubs)."""
    degree: Counter[int] = Counter()
    kept = []
    for (i, j), value in sorted(pairs, key=lambda p: (-p[1], p[0])):
        if degree[i] < cap and degree[j] < cap:
            kept.append(((i, j), value))
            degree[i] += 1
            degree[j] += 1
    return kept


def _select(
    first: np.ndarray, second: np.ndarray, score: np.ndarray, n: int, per_claim: int, mutual: int
) -> list[tuple[tuple[int, int], float]]:
    """Pairs among the `per_claim` best of one claim (and, if `mutual`, the `mutual` best of the other)."""
    if first.size == 0:
        return []
    src = np.concatenate([first, second])
    dst = np.concatenate([second, first])
    value = np.concatenate([score, score])
    order = np.lexsort((dst, -value, src))
    src, dst, value = src[order], dst[order], value[order]
    rank = np.arange(src.size) - np.searchsorted(src, src, side="left")
    take = rank < per_claim
    if mutual:
        best = src[rank < mutual] * n + dst[rank < mutual]
        take &= np.isin(dst * n + src, best)
    low = np.minimum(src[take], dst[take])
    high = np.maximum(src[take], dst[take])
    keys, unique = np.unique(low * n + high, return_index=True)
    return [
        ((int(k // n), int(k % n)), float(v)) for k, v in zip(keys.tolist(), value[take][unique].tolist(), strict=True)
    ]


def _word_idf(words: ClaimWords) -> dict[str, float]:
    df: Counter[str] = Counter()
    for terms, names in zip(words.terms, words.names, strict=True):
        df.update(set(terms) | names)
    n = len(words.terms)
    return {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}


def _reason(a: Profile, b: Profile, relation: str, evidence: list[str], parties: Parties, idf: dict[str, float]) -> str:
    """What the analyst reads beside a link: who is against whom, on what, and why."""
    shared = heapq.nsmallest(6, (a.context & b.context) | (a.names & b.names), key=lambda w: (-idf.get(w, 0.0), w))
    topic = ", ".join(_shorten(shared)[:3])
    if relation == "competes":
        head = ""
        if "sides" in evidence and a.party and b.party:
            head = f"opposite sides ({parties.display(a.party)} vs {parties.display(b.party)})"
        else:
            head = "another source"
        parts = [head + (f" on: {topic}" if topic else "")]
        parts.extend(e for e in evidence if e != "sides")
        return "; ".join(parts)
    head = f"same side ({parties.display(a.party)})" if a.party and a.party == b.party else "another outlet"
    parts = [head + (f" on: {topic}" if topic else "")]
    parts.extend(evidence)
    return "; ".join(parts)


def _shorten(words: list[str]) -> list[str]:
    """Drop words already inside a longer shared name ("kessel" beside "kessel valley")."""
    inside = {part for w in words if " " in w for part in w.split()}
    return [w for w in words if w not in inside] if inside else words


# A competing link scoring below this is a weak hint (same topic, faint opposition): on its own
# it does not make a claim disputed. About the median of each claim's best competitor on the sample.
STRONG_COMPETE = 0.3


def suggest_verdicts(claims: Sequence[Claim], links: Sequence[Link]) -> None:
    """Set each claim's `suggestion` ({label, reason}) from its links: a hint, never a verdict.

    Disputed when a strong competing claim exists; otherwise corroborated when other outlets
    say the same, else unverified; weak competitors are mentioned in the reason.
    """
    by_id = {c.id: c for c in claims}
    strong: dict[str, list[Claim]] = defaultdict(list)
    weak: dict[str, list[Claim]] = defaultdict(list)
    backing: dict[str, list[Claim]] = defaultdict(list)
    for link in links:
        a, b = by_id.get(link.source), by_id.get(link.target)
        if a is None or b is None:
            continue
        bucket = (strong if link.score >= STRONG_COMPETE else weak) if link.relation == "competes" else backing
        bucket[a.id].append(b)
        bucket[b.id].append(a)
    for claim in claims:
        against, faint, support = strong.get(claim.id, []), weak.get(claim.id, []), backing.get(claim.id, [])
        if against:
            sides = {_voice(c) for c in against} - {_voice(claim)}
            label = "disputed"
            reason = f"disputed: {_plural(len(against), 'competing claim')}"
            if sides:
                reason += f" from {_plural(len(sides), 'other side')}"
            outlets = len({c.article for c in support} - {claim.article})
            if outlets:
                reason += f"; backed by {_plural(outlets, 'other outlet')}"
        elif support:
            outlets = len({c.article for c in support} | {claim.article})
            label = "corroborated"
            reason = f"corroborated: said by {outlets} outlets"
            reason += f"; {_plural(len(faint), 'weakly competing claim')}" if faint else ", no competing claim"
        else:
            label, reason = "unverified", "unverified: single source"
            if faint:
                reason += f"; {_plural(len(faint), 'weakly competing claim')}"
        claim.suggestion = {"label": label, "reason": reason}


def _voice(claim: Claim) -> str:
    return (claim.side or claim.speaker or f"outlet:{claim.article}").lower()


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
