"""Make the README's picture of the review screen with the app's own `save_screenshot`.

Run: python scripts/screenshot.py [--source sample|synthetic] [--size 160x50] [-o docs/review.svg]

The app runs headless (`run_test`) on a throwaway database: with `sample` (the default) on the
bundled articles, extracted once with spaCy and cached in that database; with `synthetic` on
the small hand-built extraction the tests use (no spaCy). A few verdicts are recorded and the
cursor is put on the most contested claim, so the picture shows what the screen is for.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.model import Extraction  # noqa: E402


def load_extraction(source: str) -> tuple[Extraction, list[Path]]:
    """The extraction to show and the corpus it came from."""
    if source == "synthetic":
        from factcheck.synthetic import small_extraction

        return small_extraction(), [ROOT / "corpus"]
    from factcheck.corpus import load_corpus
    from factcheck.locations import seeds_dir
    from factcheck.session import run_analysis

    articles = load_corpus([seeds_dir()]).articles
    return run_analysis(articles, None), [seeds_dir()]


async def shoot(extraction: Extraction, corpus: list[Path], size: tuple[int, int], out: Path) -> None:
    from factcheck.locations import seeds_dir
    from factcheck.session import default_session_name, open_session
    from factcheck.store import Store
    from factcheck.ui.app import make_app
    from factcheck.ui.screens.review import ReviewScreen

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "factcheck.json") as store:
        session = open_session(store, default_session_name(corpus, sample=seeds_dir()), corpus, "analyst")
        app = make_app(store, session, "analyst", extraction=extraction)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            await pilot.press("c", "d", "u")
            view = screen.review.view
            target = max(view.claims, key=lambda c: (view.competing_count(c.id), -c.start))
            for related in view.related(target.id, "competes")[:1]:
                screen.review.record(related.claim.id, "disputed")
            screen.go_to(target.id)
            await pilot.pause()
            screen.show_claim(target.id)
            await pilot.pause()
            out.parent.mkdir(parents=True, exist_ok=True)
            app.save_screenshot(filename=out.name, path=str(out.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("sample", "synthetic"), default="sample")
    parser.add_argument("--size", default="160x50", help="terminal size, WIDTHxHEIGHT")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "review.svg")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    extraction, corpus = load_extraction(args.source)
    asyncio.run(shoot(extraction, corpus, (width, height), args.output))
    print(f"wrote {args.output} ({len(extraction.claims)} claims, {len(extraction.links)} links)")


if __name__ == "__main__":
    main()
