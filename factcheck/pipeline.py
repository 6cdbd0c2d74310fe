"""The pipeline: extract → link → suggest, as a map over articles and then a corpus-wide reduce.

- The map (`factcheck.extract.claims.read_articles`) parses and reads each article on its own,
  into plain, picklable data (candidates and side evidence): it needs nothing from any other
  article, so it can run anywhere (worker processes today, a cluster later).
- The reduce (`reduce_corpus`) needs the whole corpus: sides are settled (`settle`), then the
  claims are grouped into questions and linked (`factcheck.link.link_questions`), then each claim
  gets a suggested verdict.

`analyse` returns the whole `Extraction`; `analyse_streaming` hands each record on as soon as it
is known. `cache_key` names an extraction in the store's cache. Importing this module does not
import spaCy or numpy: each stage is imported when it runs.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from factcheck.corpus import corpus_fingerprint
from factcheck.model import Article, Claim, Extraction
from factcheck.similarity_setting import semantic_chosen
from factcheck.versions import EXTRACTOR_VERSION, LINKER_VERSION

if TYPE_CHECKING:
    from factcheck.extract.claims import ArticleReading

__all__ = [
    "EXTRACTOR_VERSION",
    "LINKER_VERSION",
    "Progress",
    "analyse",
    "analyse_streaming",
    "cache_key",
    "link_again",
    "reduce_corpus",
]


Progress = Callable[[int, int], None]


def cache_key(articles: Sequence[Article], model: str | None) -> str:
    """The key under which an extraction of these files with this model is cached.

    The FACTCHECK_SIMILARITY setting is part of it, and whether the `semantic` extra is in use: links
    found with one backend are not the links found with another, so switching them off or on, or
    installing the extra, relinks. Both are told without importing the linker, numpy or torch, which
    would cost about 0.2 s of every resume (`factcheck.similarity_setting`); the setting is kept as
    written, so that caches made before the extra counted keep their keys."""
    similarity = os.environ.get("FACTCHECK_SIMILARITY", "").strip().lower()
    if semantic_chosen():
        similarity += "+semantic"
    h = hashlib.sha256()
    h.update(f"x{EXTRACTOR_VERSION}\0l{LINKER_VERSION}\0{model or 'default'}\0{similarity}\0".encode())
    h.update(corpus_fingerprint(articles).encode())
    return h.hexdigest()[:32]


def analyse(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    cluster: str | None = None,
) -> Extraction:
    """Extract the claims of every article (the map), then settle sides, link and suggest (the reduce).

    `jobs` > 1 parses with that many processes (worth it only for large corpora, and never
    inside the review app, which runs extraction in a thread). `cluster` (`tcp://HOST:PORT` or
    `local:N`) runs the map on a Dask cluster instead; the reduce runs here either way.
    """
    from factcheck.extract.claims import gather

    readings = gather(_map(articles, model, jobs, cluster), len(articles), progress)  # the map
    return reduce_corpus(articles, readings)


def _map(
    articles: Sequence[Article], model: str | None, jobs: int, cluster: str | None
) -> Iterator[tuple[int, ArticleReading]]:
    """The map, here (one process or `jobs`) or on a Dask cluster: each article's reading, in corpus order."""
    if cluster is not None:
        from factcheck.cluster import read_on_cluster

        return read_on_cluster(articles, cluster, model=model)
    from factcheck.extract.claims import read_articles

    return read_articles(articles, model=model, jobs=jobs)


def reduce_corpus(articles: Sequence[Article], readings: dict[int, ArticleReading]) -> Extraction:
    """The corpus-wide reduce of the map's readings: sides settled, then questions and links, then suggestions."""
    from factcheck.extract.claims import settle

    return _linked(articles, settle(articles, readings))


def link_again(articles: Sequence[Article], claims: list[Claim]) -> Extraction:
    """The reduce's tail (questions, links, suggestions) again on claims whose sides the analyst corrected.

    No spaCy: it reads only the claims and their features. Seconds at 10k claims, so the review
    app runs it in a worker (`factcheck.corrections.relink`); it sets each claim's suggestion.
    """
    return _linked(articles, claims)


def _linked(articles: Sequence[Article], claims: list[Claim]) -> Extraction:
    """The extraction with its questions, links and each claim's suggested verdict."""
    from factcheck.link import link_with_figures, similarity_backend, suggest_verdicts

    questions, links, figures = link_with_figures(claims)
    suggest_verdicts(claims, links, questions, figures)
    return Extraction(
        articles=list(articles),
        claims=claims,
        links=links,
        similarity=similarity_backend(),
        questions=questions,
        figures=figures,
    )


def analyse_streaming(
    articles: Sequence[Article],
    emit: Callable[[str, dict[str, Any]], None],
    *,
    model: str | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    cluster: str | None = None,
) -> Extraction:
    """Like `analyse`, but hands each record to `emit(type, record)` as soon as it is known.

    Articles first; then each article's claims as soon as it is read (sides known so far);
    then, for claims whose speaker or side changed once the whole corpus was read, the claim
    again with `"revised": true`; then the questions; then the links; then one `suggestion` record
    per claim.
    """
    from factcheck.extract.claims import provisional_claims, settle, side_ledger

    for article in articles:
        emit("article", article.to_json())
    running = side_ledger(articles)  # provisional sides: what the articles read so far say
    readings: dict[int, ArticleReading] = {}
    first: dict[str, tuple[str | None, str | None]] = {}
    for done, (index, reading) in enumerate(_map(articles, model, jobs, cluster), start=1):
        readings[index] = reading
        for claim in provisional_claims(running, articles[index], reading):
            first[claim.id] = (claim.speaker, claim.side)
            emit("claim", claim.to_json())
        if progress is not None:
            progress(done, len(articles))
    settled = settle(articles, readings)
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
