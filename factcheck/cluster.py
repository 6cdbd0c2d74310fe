"""The pipeline's map on a Dask cluster: workers parse and read articles, the client does the reduce.

`factcheck extract CORPUS --cluster tcp://HOST:PORT` sends batches of articles to the workers of
a running Dask scheduler; `--cluster local:N` starts N worker processes on this machine first.
Each worker loads the spaCy pipeline once and runs the same map as a local run
(`factcheck.extract.claims.read_articles`) on its batch; the readings come back in corpus order
and the corpus-wide reduce (sides, links, suggestions) runs here, so the output is exactly what a
local run prints. Needs the optional extra: `pip install 'factcheck[cluster]'` (on the client
and on every worker, with the same factcheck and spaCy pipeline installed).
"""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from factcheck.model import Article

if TYPE_CHECKING:
    from distributed import Client

    from factcheck.extract.claims import ArticleReading

# Articles per task: large enough that a task's parse (~0.2 s an article) outweighs its
# scheduling and transfer, small enough that every worker gets several tasks.
BATCH_ARTICLES = 8
CONNECT_SECONDS = 20
DEFAULT_PORT = 8786  # a Dask scheduler's
WORKERS_SECONDS = 60
INSTALL_HINT = "pip install 'factcheck[cluster]'"
_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(?:tcp|tls|ucx|ws|wss)://[^\s/]+")


class ClusterError(Exception):
    """The cluster cannot be used or failed; str() is one line naming `--cluster`, `code` the exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ClusterAddress:
    """Where to run: a running scheduler's address, or a number of local worker processes to start."""

    spec: str
    scheduler: str | None = None
    local_workers: int = 0


def parse_address(spec: str) -> ClusterAddress:
    """Read `--cluster`: `tcp://HOST:PORT` (any Dask protocol) or `local:N`; ClusterError otherwise."""
    text = spec.strip()
    local = _LOCAL.fullmatch(text)
    if local:
        workers = int(local.group(1))
        if not 1 <= workers <= 256:
            raise ClusterError(f"--cluster {spec}: local:N needs between 1 and 256 workers")
        return ClusterAddress(text, local_workers=workers)
    if _REMOTE.fullmatch(text):
        return ClusterAddress(text, scheduler=text)
    raise ClusterError(f"--cluster {spec}: expected tcp://HOST:PORT (a Dask scheduler) or local:N")


def _worker_identity() -> tuple[str, str]:
    """What a worker runs: factcheck's version and the extractor's (their output must match the client's)."""
    from factcheck import __version__
    from factcheck.versions import EXTRACTOR_VERSION

    return __version__, EXTRACTOR_VERSION


def read_batch(articles: list[Article], model: str) -> list[tuple[int, ArticleReading]]:
    """On a worker: the map over one batch, each reading by its index in the batch."""
    from factcheck.extract.claims import read_articles

    return list(read_articles(articles, model=model))


def _quiet() -> None:
    """Dask logs its housekeeping to stderr; only errors concern the analyst."""
    for name in ("distributed", "dask", "tornado"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _check_workers(client: Client, spec: str) -> None:
    """Wait for a worker, then make sure every worker runs the extractor this client runs."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)
    except TimeoutError:
        raise ClusterError(f"--cluster {spec}: no worker joined the scheduler within {WORKERS_SECONDS} s") from None
    try:
        identities = client.run(_worker_identity)
    except Exception as exc:  # a worker without factcheck cannot even unpickle the call
        raise ClusterError(
            f"--cluster {spec}: the workers cannot run factcheck ({type(exc).__name__}: {exc}); "
            "install the same factcheck and spaCy pipeline on every worker"
        ) from None
    mine = _worker_identity()
    for worker, identity in sorted(identities.items()):
        if tuple(identity) != mine:
            raise ClusterError(
                f"--cluster {spec}: worker {worker} runs factcheck {identity[0]} (extractor {identity[1]}), "
                f"this machine {mine[0]} (extractor {mine[1]}); install the same version everywhere"
            )


def _probe(scheduler: str, spec: str) -> None:
    """Fail at once, not after the client's retries, when nothing listens at a tcp:// address."""
    parts = urlsplit(scheduler)
    if parts.scheme != "tcp" or parts.hostname is None:
        return
    try:
        with socket.create_connection((parts.hostname, parts.port or DEFAULT_PORT), timeout=CONNECT_SECONDS):
            pass
    except (OSError, ValueError) as exc:
        raise ClusterError(f"--cluster {spec}: cannot reach the scheduler ({exc})") from None


@contextmanager
def connect(spec: str) -> Iterator[Client]:
    """A Dask client on the cluster `spec` names, checked and closed after use (a local cluster stopped)."""
    address = parse_address(spec)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(f"--cluster needs the optional extra: {INSTALL_HINT}") from None
    _quiet()
    cluster: Any = None
    try:
        if address.scheduler is not None:
            _probe(address.scheduler, spec)
            client = Client(address.scheduler, timeout=f"{CONNECT_SECONDS}s")
        else:
            cluster = LocalCluster(
                n_workers=address.local_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,  # a failing task is reported once, by the client
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"--cluster {spec}: cannot reach the scheduler ({exc})") from None
    try:
        _check_workers(client, spec)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def read_on_cluster(
    articles: Sequence[Article], spec: str, *, model: str | None = None
) -> Iterator[tuple[int, ArticleReading]]:
    """The map on a cluster: each article's reading by its index in the corpus, in corpus order.

    The pipeline's name is resolved here, so every worker loads the one this machine would.
    A worker's failure is a ClusterError (exit status 1) naming what went wrong.
    """
    from factcheck.extract.nlp import ModelError, model_name

    name = model_name(model)
    batches = [list(articles[i : i + BATCH_ARTICLES]) for i in range(0, len(articles), BATCH_ARTICLES)]
    with connect(spec) as client:
        futures = [client.submit(read_batch, batch, name, pure=False) for batch in batches]
        for number, future in enumerate(futures):
            try:
                readings = future.result()
            except ModelError as exc:
                raise ClusterError(f"--cluster {spec}: on a worker, {exc}") from None
            except Exception as exc:
                raise ClusterError(f"--cluster {spec}: a worker failed: {type(exc).__name__}: {exc}", 1) from None
            future.release()
            offset = number * BATCH_ARTICLES
            for index, reading in readings:
                yield offset + index, reading
