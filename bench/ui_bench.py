"""Review app figures: resume to first screen, cursor moves at 10k/50k claims, verdict keys, memory.

Run: python bench/ui_bench.py [--sizes 10000 50000] [--presses 200] [--pages 150] [--only SECTION ...]

- resume: a fresh interpreter runs `factcheck review` on the sample with its extraction cached,
  headless, until the review screen is up (budget ≤ 1 s, and spaCy must not be imported), with
  bytecode cached as an installed package has it, and again compiling from source;
- resume-pages: the same on a corpus of `--pages` saved web pages (the sample's articles varied,
  with a news site's furniture around each), its extraction cached;
- cursor move: the claim list's own cost (move + render every visible line, as a repaint
  does) and the screen's (detail and linked panes refilled), timed directly, without the
  Pilot's idle waits (about 60 ms a key, whatever the app does);
- verdict key: `Review.record` (journal write + fsync) plus the screen update, with 10,000
  claims and as many verdicts in the store (budget ≤ 20 ms);
- correction key: `r` and `s` as the screen runs them: the edit journalled, applied on top of the
  earlier ones without spaCy, the screen recomputed (budget ≤ 50 ms at 10k claims);
- memory: peak RSS of a fresh interpreter holding 10,000 claims in the app, and of one with 11;
- questions: with 10,000 claims in 1,000 questions, `v` to the Questions view (first paint), a
  cursor move in the question list (move + render every visible line), opening a question
  (columns built and painted) and a verdict key there (store write + redraw), timed directly.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESUME_BUDGET_S = 1.0
VERDICT_BUDGET_MS = 20.0
CORRECTION_BUDGET_MS = 50.0
SIZE = (160, 50)


def child(*args: str, env: dict[str, str] | None = None) -> dict:
    """Run this file in a fresh interpreter and return the JSON it prints last."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, timeout=900, cwd=ROOT, env=env
    )
    if out.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- children ------------------------------------------------------------------------------------


def child_prepare(db: str, corpus: str = "") -> dict:
    """Extract the sample (or `corpus`) once with spaCy and cache it, as a first `factcheck review` would."""
    from factcheck.corpus import load_corpus
    from factcheck.locations import seeds_dir
    from factcheck.session import extraction_key, open_session, run_analysis
    from factcheck.store import Store

    folder = Path(corpus) if corpus else seeds_dir()
    articles = load_corpus([folder]).articles
    started = time.perf_counter()
    extraction = run_analysis(articles, None)
    seconds = time.perf_counter() - started
    with Store.open(Path(db)) as store:
        key = extraction_key(articles, None)
        store.cache_extraction(key, extraction)
        open_session(store, "sample" if not corpus else "pages", [folder], "bench", key=key)
    return {"claims": len(extraction.claims), "links": len(extraction.links), "extract_s": seconds}


def child_resume(db: str, started: float, session: str = "") -> dict:
    """`factcheck review --db DB [--session S]` until the review screen is up; `started` is the parent's clock."""
    from factcheck.ui import app as app_module

    seen: dict = {}

    def headless_run(self, *args: object, **kwargs: object) -> int:  # type: ignore[no-untyped-def]
        async def first_screen() -> None:
            async with self.run_test(size=SIZE) as pilot:
                painted = asyncio.Event()

                def first_paint() -> None:
                    seen["first_screen"] = time.time()
                    painted.set()

                self.screen.call_after_refresh(first_paint)  # after the first frame is drawn
                await painted.wait()
                await pilot.pause()
                seen["screen"] = type(self.screen).__name__
                seen["claims"] = len(self.extraction.claims) if self.extraction else 0

        asyncio.run(first_screen())
        return 0

    app_module.ReviewApp.run = headless_run  # type: ignore[method-assign]
    from factcheck.cli import main

    sys.argv = ["factcheck", "review", "--db", db, *(["--session", session] if session else [])]
    try:
        main()
    except SystemExit as exc:
        seen["exit"] = exc.code
    seen["spacy_imported"] = "spacy" in sys.modules
    seen["seconds"] = seen["first_screen"] - started
    return seen


def child_memory(n: int) -> dict:
    """Peak RSS with `n` claims in the app (after the first screen and 100 cursor moves).

    Read from VmHWM: `ru_maxrss` is inherited across fork and exec, so a child would report
    its parent's peak when that is higher.
    """
    from factcheck.synthetic import large_extraction, small_extraction

    extraction = small_extraction() if n <= 11 else large_extraction(n)

    async def go() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            app, store = make_app(Path(tmp) / "db.json", extraction)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                claim_list = app.screen.query_one("#claims")
                for _ in range(100):
                    claim_list.action_cursor_down()
                await pilot.pause()
            store.close()

    asyncio.run(go())
    status = Path("/proc/self/status").read_text()
    peak_kib = int(status.split("VmHWM:")[1].split()[0])
    return {"claims": len(extraction.claims), "peak_rss_mib": peak_kib / 1024}


# --- in-process measurements ------------------------------------------------------------------------


def make_app(db: Path, extraction):  # type: ignore[no-untyped-def]
    from factcheck.session import open_session
    from factcheck.store import Store
    from factcheck.ui.app import make_app as factory

    store = Store.open(db)
    session = open_session(store, "bench", [ROOT / "seeds"], "bench")
    return factory(store, session, "bench", extraction=extraction), store


def percentiles(samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"median {statistics.median(samples):.3f} ms, p95 {p95:.3f} ms, max {samples[-1]:.3f} ms"


async def cursor_figures(n: int, moves: int) -> dict[str, str]:
    """Per-move cost of the claim list alone, and with the screen's detail/linked-pane update."""
    from factcheck.synthetic import large_extraction
    from factcheck.ui.widgets.claim_list import ClaimList

    extraction = large_extraction(n)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        app, store = make_app(Path(tmp) / "db.json", extraction)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            ready = time.perf_counter() - started
            screen = app.screen
            claim_list = screen.query_one(ClaimList)
            height = claim_list.scrollable_content_region.height
            list_ms, screen_ms, page_ms = [], [], []
            for _ in range(moves):
                t = time.perf_counter()
                claim_list.action_cursor_down()
                for y in range(height):  # a repaint of the whole list, more than a move needs
                    claim_list.render_line(y)
                list_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                screen.show_claim(claim_list.claim_id)
                screen.review.remember_position(claim_list.claim_id)
                screen_ms.append((time.perf_counter() - t) * 1000)
            await pilot.pause()
            for _ in range(20):
                t = time.perf_counter()
                claim_list.action_page_down()
                for y in range(height):
                    claim_list.render_line(y)
                page_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            claim_list.action_last()
            for y in range(height):
                claim_list.render_line(y)
            end_ms = (time.perf_counter() - t) * 1000
            await pilot.pause()
        store.close()
    return {
        "claims": f"{n:,}",
        "app ready (build view + first screen)": f"{ready:.2f} s",
        "list: move + render visible lines": percentiles(list_ms),
        "list: page down, uncached lines": percentiles(page_ms),
        "list: jump to the end": f"{end_ms:.3f} ms",
        "screen: detail + linked panes + position": percentiles(screen_ms),
    }


async def verdict_figures(n: int, presses: int) -> dict[str, str]:
    """A verdict key as the screen runs it: store write (fsync) and then the screen update."""
    from factcheck.synthetic import large_extraction

    extraction = large_extraction(n)
    with tempfile.TemporaryDirectory() as tmp:
        app, store = make_app(Path(tmp) / "db.json", extraction)
        with store.batch():
            for claim in extraction.claims:
                store.record_verdict("bench", claim.id, "unverified", analyst="bench")
        store.fold()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = app.screen
            labels = ("corroborated", "disputed")
            write_ms, total_ms = [], []
            for i in range(presses):
                claim = screen.current
                t = time.perf_counter()
                change = screen.review.record(claim, labels[i % 2])
                written = time.perf_counter()
                screen.after_change(change, move=True)
                screen.show_claim(screen.current)  # what the cursor's Highlighted message then does
                done = time.perf_counter()
                write_ms.append((written - t) * 1000)
                total_ms.append((done - t) * 1000)
                if i % 50 == 49:
                    await pilot.pause()
            await pilot.pause()
        store.close()
    worst = sorted(write_ms)[int(len(write_ms) * 0.95)]
    return {
        "claims and verdicts in the store": f"{n:,}",
        "store.record_verdict (journal + fsync)": percentiles(write_ms),
        "whole key press (write, list, header, detail, panes)": percentiles(total_ms),
        "budget (persisted, p95)": f"≤ {VERDICT_BUDGET_MS:.0f} ms: {'OK' if worst <= VERDICT_BUDGET_MS else 'OVER'}",
    }


async def correction_figures(n: int, presses: int) -> dict[str, str]:
    """Correction keys as the screen runs them: the edit journalled (fsync), applied on top of the
    edits before it (no spaCy), the changed claims' links re-indexed, the screen redrawn.

    Three kinds, each pressed `presses` times on successive claims, the edits piling up as in a
    session: `r` (reject the claim's best link), `s` on this claim only, and `s` for every claim by
    the speaker, which in the synthetic corpus (4 speakers) is a quarter of it, 2,500 claims: far
    more than one speaker says in a real corpus, so that line is the worst case, not the typical.
    """
    from factcheck.link import suggest_verdicts
    from factcheck.synthetic import large_extraction

    extraction = large_extraction(n)
    suggest_verdicts(extraction.claims, extraction.links)
    figures: dict[str, str] = {"claims": f"{n:,}"}
    worst_typical = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        app, store = make_app(Path(tmp) / "db.json", extraction)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = app.screen
            review = screen.review
            for kind in ("r: reject a link", "s: this claim only", "s: every claim by the speaker (2,500)"):
                total_ms = []
                for i in range(presses):
                    claim = screen.current
                    t = time.perf_counter()
                    if kind.startswith("r"):
                        others = review.view.related(claim, "competes") + review.view.related(claim, "corroborates")
                        if others:
                            review.reject_link(claim, others[0].claim.id)
                    else:
                        speaker = review.view.claim(claim).speaker
                        every = "every" in kind
                        review.correct_claim(claim, speaker=speaker, side=f"Side {i}", every_claim_by_speaker=every)
                    screen.after_correction(claim)
                    total_ms.append((time.perf_counter() - t) * 1000)
                    screen.claim_list.action_cursor_down()
                    if i % 20 == 19:
                        await pilot.pause()
                await pilot.pause()
                figures[kind] = percentiles(total_ms)
                if "every" not in kind:
                    worst_typical = max(worst_typical, sorted(total_ms)[int(len(total_ms) * 0.95)])
        store.close()
    verdict = "OK" if worst_typical <= CORRECTION_BUDGET_MS else "OVER"
    figures["budget (persisted, screen recomputed, p95)"] = f"≤ {CORRECTION_BUDGET_MS:.0f} ms: {verdict}"
    return figures


async def screen_up(app, kind: type) -> None:  # type: ignore[no-untyped-def]
    """Yield to the event loop until a pushed screen of `kind` is the current one (a bench, not a test)."""
    while not isinstance(app.screen, kind):
        await asyncio.sleep(0)


async def question_figures(n: int, moves: int) -> dict[str, str]:
    """The Questions view at `n` claims (`n / 10` questions): switching to it, moving, opening, a verdict."""
    from factcheck.synthetic import large_extraction
    from factcheck.ui.screens.question import QuestionScreen
    from factcheck.ui.screens.questions import QuestionsScreen
    from factcheck.ui.widgets.question_list import QuestionList

    extraction = large_extraction(n)
    with tempfile.TemporaryDirectory() as tmp:
        app, store = make_app(Path(tmp) / "db.json", extraction)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            t = time.perf_counter()
            app.screen.action_questions()
            await screen_up(app, QuestionsScreen)
            painted = asyncio.Event()
            app.screen.call_after_refresh(painted.set)
            await painted.wait()
            switch_s = time.perf_counter() - t
            qlist = app.screen.query_one(QuestionList)
            height = qlist.scrollable_content_region.height
            move_ms, open_ms, verdict_ms, flip_ms, flip_painted_ms = [], [], [], [], []
            for _ in range(moves):
                t = time.perf_counter()
                qlist.action_cursor_down()
                for y in range(height):
                    qlist.render_line(y)
                move_ms.append((time.perf_counter() - t) * 1000)
            await pilot.pause()
            for _ in range(10):
                t = time.perf_counter()
                app.screen.action_open()
                await screen_up(app, QuestionScreen)
                painted = asyncio.Event()
                app.screen.call_after_refresh(painted.set)
                await painted.wait()
                open_ms.append((time.perf_counter() - t) * 1000)
                screen = app.screen
                assert isinstance(screen, QuestionScreen)
                for _ in range(3):
                    t = time.perf_counter()
                    screen.action_verdict("disputed")
                    verdict_ms.append((time.perf_counter() - t) * 1000)
                claim = screen.current
                if claim is not None and screen.question.claims[claim] in ("asserts", "denies"):
                    t = time.perf_counter()  # t: the edit journalled and applied (no spaCy), the columns rebuilt
                    flipped = "denies" if screen.question.claims[claim] == "asserts" else "asserts"
                    screen.review.move_to_question(claim, screen.question.id, flipped)  # what t records
                    await screen.reload(claim)
                    flip_ms.append((time.perf_counter() - t) * 1000)
                    painted = asyncio.Event()
                    screen.call_after_refresh(painted.set)
                    await painted.wait()
                    flip_painted_ms.append((time.perf_counter() - t) * 1000)
                screen.action_back()
                await pilot.pause()
                qlist.action_cursor_down()
        store.close()
    return {
        "claims / questions": f"{n:,} / {len(extraction.questions):,}",
        "v: Questions view up (first paint)": f"{switch_s * 1000:.0f} ms",
        "question list: move + render visible lines": percentiles(move_ms),
        "enter: a question opened (painted)": percentiles(open_ms),
        "verdict key in a question (write + redraw)": percentiles(verdict_ms),
        "t: flip a stance (edit, apply, columns refilled)": percentiles(flip_ms) if flip_ms else "-",
        "t: ... to the next frame painted": percentiles(flip_painted_ms) if flip_painted_ms else "-",
    }


def show(title: str, figures: dict) -> None:
    print(f"\n{title}")
    for key, value in figures.items():
        print(f"  {key:<45} {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 50_000])
    parser.add_argument("--moves", type=int, default=300)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--pages", type=int, default=150, help="saved pages in the resume-pages corpus")
    sections = ["resume", "resume-pages", "cursor", "verdict", "correction", "memory", "questions"]
    parser.add_argument("--only", nargs="*", default=sections, help="sections to run")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "prepare":
            result = child_prepare(*rest)
        elif kind == "resume":
            result = child_resume(rest[0], float(rest[1]), *rest[2:])
        else:
            result = child_memory(int(rest[0]))
        print(json.dumps(result))
        return

    print(f"factcheck review app benchmark (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    if "resume" in args.only:
        resume_figures()
    if "resume-pages" in args.only:
        resume_pages_figures(args.pages)
    if "cursor" in args.only:
        for n in args.sizes:
            show(f"Cursor moves, {n:,} claims ({args.moves} moves)", asyncio.run(cursor_figures(n, args.moves)))
    if "verdict" in args.only:
        show("Verdict key press", asyncio.run(verdict_figures(10_000, args.presses)))
    if "correction" in args.only:
        show("Correction key press (whole: write, apply, list, header, panes)",
             asyncio.run(correction_figures(10_000, args.presses // 4)))  # fmt: skip
    if "memory" in args.only:
        memory_figures()
    if "questions" in args.only:
        show("Questions view (10,000 claims)", asyncio.run(question_figures(10_000, args.moves)))


def bytecode_env(folder: str, cached: bool) -> dict[str, str]:
    """The children's environment: bytecode cached in `folder` (as a pip install leaves the package: nothing
    compiled at start), or compiled from source on every run (PYTHONDONTWRITEBYTECODE, as an editable
    install in an environment that sets it: ~0.1 s more, which no installed factcheck pays)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    if cached:
        env["PYTHONPYCACHEPREFIX"] = folder
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def resume_figures() -> None:
    """Fresh `factcheck review` runs on the cached sample, to the first screen: three with bytecode cached
    (after one run that writes it, not counted), three compiling every module from source."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "factcheck.json")
        prepared = child("prepare", db)
        cached, compiled = bytecode_env(str(Path(tmp) / "pycache"), True), bytecode_env("", False)
        child("resume", db, repr(time.time()), env=cached)  # writes the bytecode
        runs = [child("resume", db, repr(time.time()), env=cached) for _ in range(3)]
        from_source = [child("resume", db, repr(time.time()), env=compiled) for _ in range(3)]
    seconds = [r["seconds"] for r in runs]
    assert not any(r["spacy_imported"] for r in runs + from_source), "spaCy was imported on resume"
    show(
        "Resume on an unchanged corpus (fresh interpreter → review screen up, headless)",
        {
            "sample": f"{prepared['claims']} claims, {prepared['links']} links "
            f"(first extraction took {prepared['extract_s']:.1f} s)",
            "time to first screen, 3 runs": ", ".join(f"{s:.2f} s" for s in seconds),
            "...compiling from source, 3 runs": ", ".join(f"{r['seconds']:.2f} s" for r in from_source),
            "spacy in sys.modules": str(any(r["spacy_imported"] for r in runs)),
            "budget": f"≤ {RESUME_BUDGET_S:.0f} s: {'OK' if max(seconds) <= RESUME_BUDGET_S else 'OVER'}",
        },
    )


def resume_pages_figures(pages: int) -> None:
    """Three fresh `factcheck review` runs on a cached corpus of saved web pages, to the first screen."""
    sys.path.insert(0, str(ROOT / "bench"))
    from extract_bench import synthetic_corpus
    from formats_bench import saved_page

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for number, article in enumerate(synthetic_corpus(pages)):
            (folder / f"{number:04d}.html").write_text(saved_page(article, number), encoding="utf-8")
        db = str(Path(tmp) / "factcheck.json")
        prepared = child("prepare", db, str(folder))
        runs = [child("resume", db, repr(time.time()), "pages") for _ in range(3)]
    seconds = [r["seconds"] for r in runs]
    show(
        f"Resume on {pages} unchanged saved pages (fresh interpreter → review screen up, headless)",
        {
            "corpus": f"{prepared['claims']} claims, {prepared['links']} links "
            f"(first extraction took {prepared['extract_s']:.1f} s)",
            "time to first screen, 3 runs": ", ".join(f"{s:.2f} s" for s in seconds),
            "spacy in sys.modules": str(any(r["spacy_imported"] for r in runs)),
            "budget": f"≤ {RESUME_BUDGET_S:.0f} s: {'OK' if max(seconds) <= RESUME_BUDGET_S else 'OVER'}",
        },
    )


def memory_figures() -> None:
    """Peak RSS of fresh interpreters with 11 and 10,000 claims in the app."""
    small, big, huge = child("memory", "11"), child("memory", "10000"), child("memory", "50000")
    show(
        "Memory (peak RSS, VmHWM, of a fresh interpreter: extraction built, app up, 100 moves)",
        {
            "11 claims": f"{small['peak_rss_mib']:.0f} MiB",
            "10,000 claims": f"{big['peak_rss_mib']:.0f} MiB",
            "50,000 claims": f"{huge['peak_rss_mib']:.0f} MiB",
            "10,000 claims minus 11 claims": f"{big['peak_rss_mib'] - small['peak_rss_mib']:.0f} MiB",
        },
    )


if __name__ == "__main__":
    main()
