"""Claim extraction with spaCy: sentences, claim-worthiness, attribution and sides.

Importing this package does not import spaCy; the pipeline is loaded lazily, once,
by `factcheck.extract.nlp.load_pipeline`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from factcheck.corpus import corpus_fingerprint
from factcheck.model import Article, Claim, Extraction
from factcheck.versions import EXTRACTOR_VERSION, LINKER_VERSION

__all__ = ["EXTRACTOR_VERSION", "LINKER_VERSION", "Progress", "analyse", "analyse_streaming", "cache_key"]


Progress = Callable[[int, int], None]


def cache_key(articles: Sequence[Article], model: str | None) -> str:
    """The key under which an extraction of these files with this model is cached."""
    h = hashlib.sha256()
    h.update(f"x{EXTRACTOR_VERSION}\0l{LINKER_VERSION}\0{model or 'default'}\0".encode())
    h.update(corpus_fingerprint(articles).encode())
    return h.hexdigest()[:32]


def analyse(
    articles: Sequence[Article], *, model: str | None = None, progress: Progress | None = None, jobs: int = 1
) -> Extraction:
    """Extract the claims of every article, then link them and suggest verdicts.

    `jobs` > 1 parses with that many processes (worth it only for large corpora, and never
    inside the review app, which runs extraction in a thread).
    """
    from factcheck.extract.claims import extract_claims

    claims = extract_claims(articles, model=model, progress=progress, jobs=jobs)
    return _linked(articles, claims)


def _linked(articles: Sequence[Article], claims: list[Claim]) -> Extraction:
    """The extraction with its links and each claim's suggested verdict."""
    from factcheck.link import link_questions, similarity_backend, suggest_verdicts

    questions, links = link_questions(claims)
    suggest_verdicts(claims, links, questions)
    return Extraction(
        articles=list(articles), claims=claims, links=links, similarity=similarity_backend(), questions=questions
    )


def analyse_streaming(
    articles: Sequence[Article],
    emit: Callable[[str, dict[str, Any]], None],
    *,
    model: str | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> Extraction:
    """Like `analyse`, but hands each record to `emit(type, record)` as soon as it is known.

    Articles first; then each article's claims as soon as it is read (sides known so far);
    then, for claims whose speaker or side changed once the whole corpus was read, the claim
    again with `"revised": true`; then the questions; then the links; then one `suggestion` record per claim.
    """
    from factcheck.extract.claims import ClaimStream

    for article in articles:
        emit("article", article.to_json())
    stream = ClaimStream(articles, model=model, jobs=jobs)
    first: dict[str, tuple[str | None, str | None]] = {}
    for done, (_, claims) in enumerate(stream, start=1):
        for claim in claims:
            first[claim.id] = (claim.speaker, claim.side)
            emit("claim", claim.to_json())
        if progress is not None:
            progress(done, len(articles))
    settled = stream.settled()
    for claim in settled:
        if first.get(claim.id) != (claim.speaker, claim.side):
            emit("claim", {**claim.to_json(), "revised": True})
    result = _linked(articles, settled)
    for question in result.questions:
        emit("question", question.to_json())
    for link in result.links:
        emit("link", link.to_json())
    for claim in result.claims:
        if claim.suggestion:
            emit("suggestion", {"claim": claim.id, **claim.suggestion})
    return result
