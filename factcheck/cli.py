"""The command line: parse arguments, call the core, print, and exit with the contract's codes.

Exit status: 0 success, 1 failure while working, 2 bad usage or bad input (one line on
stderr naming the file or option; never a traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn

import click
import typer
from typer.core import TyperGroup

from factcheck import __version__
from factcheck.corpus import Corpus, CorpusError, FieldMap, load_corpus
from factcheck.locations import seeds_dir
from factcheck.model import Article


class DefaultToReview(TyperGroup):
    """`factcheck [CORPUS ...]` means `factcheck review [CORPUS ...]`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if first is None or (first not in self.commands and first not in ("--help", "-h", "--version")):
            args = ["review", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultToReview,
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Sort out contradicting news reports: extract claims, see what competes, record verdicts.\n\n"
    "Run without a command to review the bundled sample: factcheck",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error on stderr and exit."""
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """Print a one-line warning on stderr."""
    typer.echo(f"factcheck: warning: {message}", err=True)


def corpus_paths(corpus: list[Path] | None) -> list[Path]:
    """The paths given, or the bundled sample when none are."""
    return list(corpus) if corpus else [seeds_dir()]


def read_corpus(corpus: list[Path] | None, fields: list[str] | None = None, known: Sequence[Article] = ()) -> Corpus:
    """Load the corpus or exit 2 with the reason (one line); warnings go to stderr.

    `fields` are `--field NAME=COLUMN` options naming feeds' and spreadsheets' columns; `known`,
    articles read before, spare parsing unchanged saved pages again (`load_corpus`).
    """
    bar: list[Callable[[int, int], None] | None] = []

    def reading(done: int, total: int) -> None:  # a bar only for a corpus slow to read (many pages)
        if not bar:
            bar.append(progress_bar(total, "reading") if total >= 50 else None)
        if bar[0] is not None:
            bar[0](done, total)

    try:
        loaded = load_corpus(corpus_paths(corpus), fields=FieldMap.parse(fields), progress=reading, known=known)
    except CorpusError as exc:
        fail(str(exc))
    for w in loaded.warnings:
        warn(w)
    return loaded


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Sort out contradicting news reports: extract claims, see what competes, record verdicts."""


CorpusArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files (.txt, saved pages .html/.htm, feeds .jsonl/.json, spreadsheets .csv) and folders "
        "of them (default: the bundled sample).",
        show_default=False,
    ),
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Which column or key of a feed or spreadsheet holds a field, as FIELD=NAME (repeatable; fields: "
        "text, title, url, outlet, published, author, id; NAME may be dotted: source.name). "
        "Default: common names such as body, content, source, site, date, byline.",
        show_default=False,
    ),
]


# The options several commands share, declared here once; a command may say what they mean for it.
def model_option(help: str = "spaCy pipeline to use (default: the small English one).") -> Any:
    """`--model` (or `$FACTCHECK_MODEL`): the spaCy pipeline."""
    return typer.Option("--model", envvar="FACTCHECK_MODEL", help=help)


def session_option(help: str) -> Any:
    """`--session NAME`, with what it means for the command at hand."""
    return typer.Option("--session", help=help, show_default=False)


ModelOpt = Annotated[str | None, model_option()]
DbOpt = Annotated[
    Path | None,
    typer.Option("--db", help="Database file (default: $FACTCHECK_DB or data/factcheck.json).", show_default=False),
]


def progress_bar(total: int, label: str) -> Callable[[int, int], None] | None:
    """A tqdm progress callback on stderr, or None when output is not going to a person."""
    if total < 2 or not (sys.stdout.isatty() and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, desc=label, unit="article", file=sys.stderr, leave=False)

    def update(done: int, _total: int) -> None:
        bar.update(done - bar.n)
        if done >= _total:
            bar.close()

    return update


@app.command()
def extract(
    corpus: CorpusArg = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or table.")] = "table",
    model: ModelOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for spaCy (large corpora).")] = 1,
    field: FieldOpt = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Run the per-article work on a Dask cluster: tcp://HOST:PORT (a running scheduler) or local:N "
            "(N local worker processes). Needs: pip install 'factcheck[cluster]'.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract claims and links and print them; touches no database.

    Example: factcheck extract seeds --format json > data/claims.json
    """
    from factcheck.cluster import ClusterError, parse_address
    from factcheck.extract.nlp import ModelError
    from factcheck.pipeline import analyse, analyse_streaming
    from factcheck.render import jsonl_writer, print_claims

    if format not in ("json", "jsonl", "table"):
        fail(f"--format: {format!r} is not one of json, jsonl, table")
    if cluster is not None:
        if jobs != 1:
            fail("--jobs: the cluster's workers do the parsing; give --cluster or --jobs, not both")
        try:
            parse_address(cluster)
        except ClusterError as exc:
            fail(str(exc))
    loaded = read_corpus(corpus, field)
    progress = progress_bar(len(loaded.articles), "extracting")
    try:
        if format == "jsonl":  # streamed: each article's claims as soon as it is read
            emit = jsonl_writer(sys.stdout)
            analyse_streaming(loaded.articles, emit, model=model, jobs=jobs, progress=progress, cluster=cluster)
            return
        result = analyse(loaded.articles, model=model, jobs=jobs, progress=progress, cluster=cluster)
    except ModelError as exc:
        fail(str(exc))
    except ClusterError as exc:
        fail(str(exc), exc.code)
    print_claims(result, format, sys.stdout)


@app.command()
def score(
    corpus: Annotated[Path, typer.Argument(help="Folder holding the annotated articles.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotation (JSON, like tests/gold_seeds.json).")],
    top_k: Annotated[int, typer.Option("--top-k", min=1, help="Rank cut-off for competing hit@k.")] = 5,
    model: ModelOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every missed claim and pair.")] = False,
) -> None:
    """Extract claims from an annotated corpus and score them against its gold file.

    Example: factcheck score seeds --gold tests/gold_seeds.json
    """
    from factcheck.extract.nlp import ModelError
    from factcheck.pipeline import analyse
    from factcheck.scoring import format_scores, score_claims

    try:
        gold_doc = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{gold}: cannot read the gold file ({exc})")
    loaded = read_corpus([corpus])
    try:
        result = analyse(loaded.articles, model=model)
    except ModelError as exc:
        fail(str(exc))
    try:
        scores = score_claims(gold_doc, result.to_json(), corpus, top_k=top_k)
    except (KeyError, ValueError) as exc:
        fail(f"{gold}: {exc}")
    typer.echo(format_scores(scores, verbose=verbose))


_COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "factcheck.cli_review": ("review", "sessions"),
    "factcheck.cli_export": ("export", "import", "agreement"),
}


def register_optional_commands(first_arg: str | None = None) -> None:
    """Attach the commands that live in their own modules (review, sessions, export, ...).

    Given the command line's first argument, only the module that command needs is imported,
    so opening the review app (a corpus path, or nothing) does not import the exporters.
    """
    import importlib

    others = {name for names in _COMMAND_MODULES.values() for name in names} | {"extract", "score"}
    for module, names in _COMMAND_MODULES.items():
        needed = (
            first_arg is None
            or first_arg.startswith("-")
            or first_arg in names
            or (first_arg not in others and "review" in names)
        )
        if needed:
            importlib.import_module(module).register(app)


def similarity_note() -> str:
    """Which similarity backend linking will use, for --help."""
    from factcheck.link import similarity_backend
    from factcheck.similarity_setting import fallback_notice, requested_similarity, semantic_failure

    backend = similarity_backend()
    cause = semantic_failure() if requested_similarity() == "" else None
    if cause is not None:
        return f"Similarity: {backend}: {fallback_notice(cause, backend)}."
    if backend == "semantic":
        return "Similarity: semantic (sentence embeddings; FACTCHECK_SIMILARITY=lexical turns them off)."
    if backend == "static":
        return (
            "Similarity: static (word embeddings shipped with factcheck; FACTCHECK_SIMILARITY=lexical turns them off,"
            " pip install 'factcheck[semantic]' adds sentence embeddings)."
        )
    return "Similarity: lexical (pip install 'factcheck[semantic]' adds sentence embeddings)."


def main() -> None:
    """Console-script entry point: usage errors become one line on stderr and exit status 2."""
    try:  # Typer ≥ 0.20 vendors Click; older ones use it directly.
        from typer._click.exceptions import ClickException, UsageError
    except ImportError:  # pragma: no cover
        from click.exceptions import ClickException, UsageError  # type: ignore[assignment]

    register_optional_commands(sys.argv[1] if len(sys.argv) > 1 else "review")
    if any(arg in ("-h", "--help") for arg in sys.argv[1:2]):
        app.info.epilog = similarity_note()
    command = typer.main.get_command(app)
    try:
        status = command.main(prog_name="factcheck", standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except UsageError as exc:
        typer.echo(f"factcheck: {exc.format_message()} (see: factcheck --help)", err=True)
        sys.exit(2)
    except ClickException as exc:
        typer.echo(f"factcheck: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
