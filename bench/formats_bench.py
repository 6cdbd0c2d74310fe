"""Reading and extracting saved pages against the same articles as `.txt` (budget: pages ≤ 1.5×).

Run: python bench/formats_bench.py [--articles 100]
Writes the synthetic corpus (the sample's articles with names and numbers varied) twice into a
temporary folder: as `.txt` files, and as saved web pages with a menu, cookie banner, share bar,
"most read" and related lists, a newsletter box, a footer, scripts and JSON-LD around each
article. Times reading plus extraction of each, best of two runs, and checks that the pages
gave the same claims as the text files.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import synthetic_corpus

from factcheck.corpus import load_corpus
from factcheck.extract.claims import extract_claims
from factcheck.extract.nlp import load_pipeline
from factcheck.model import Article

BUDGET_RATIO = 1.5


def saved_page(article: Article, number: int) -> str:
    """The article as a news site would serve it, with the usual furniture around it."""
    paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs if p != article.title)
    title = html.escape(article.title)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<link rel="canonical" href="https://daily.example/story/{number}">
<meta property="og:site_name" content="The Daily Example">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", "datePublished": "2026-03-10",
"publisher": {{"@type": "Organization", "name": "The Daily Example"}}}}</script>
<script>window.dataLayer = []; dataLayer.push({{"story": {number}}});</script></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies.</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header><main><article><h1>{title}</h1><div class="byline">By Desk Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="article-body">{body}</div></article>
<aside class="most-read"><h2>Most read</h2>
<ol><li><a href="/a">Minister resigns after flood warnings were ignored</a></li>
<li><a href="/b">Army says border posts were shelled overnight by drones</a></li></ol></aside>
<section class="related"><h2>Related stories</h2>
<ul><li><a href="/c">Engineers warned of cracks, documents show</a></li>
</ul></section><div class="newsletter"><p>Get the stories that matter delivered to your inbox every weekday.</p></div>
</main><footer><p>© 2026 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script src="/app.js"></script></body></html>"""


def timed_extraction(folder: Path) -> tuple[float, list[tuple[str, str | None]]]:
    """Seconds to read and extract the folder (best of two), and its claims as (text, speaker)."""
    best, claims = float("inf"), []
    for _ in range(2):
        start = time.perf_counter()
        found = extract_claims(load_corpus([folder]).articles)
        best = min(best, time.perf_counter() - start)
        claims = [(" ".join(c.text.split()), c.speaker) for c in found]
    return best, claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args(argv)
    load_pipeline(None)
    articles = synthetic_corpus(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        txt_dir, page_dir = Path(tmp, "txt"), Path(tmp, "html")
        txt_dir.mkdir()
        page_dir.mkdir()
        for number, article in enumerate(articles):
            stem = Path(article.file).stem
            (txt_dir / f"{stem}.txt").write_text(article.text, encoding="utf-8")
            (page_dir / f"{stem}.html").write_text(saved_page(article, number), encoding="utf-8")
        txt_seconds, txt_claims = timed_extraction(txt_dir)
        page_seconds, page_claims = timed_extraction(page_dir)
    ratio = page_seconds / txt_seconds
    same = sum(1 for claim in page_claims if claim in set(txt_claims))
    print(f"txt:  {len(articles)} articles in {txt_seconds:.2f} s ({len(articles) / txt_seconds:.1f} articles/s)")
    print(f"html: {len(articles)} pages in {page_seconds:.2f} s ({len(articles) / page_seconds:.1f} articles/s)")
    print(f"html/txt = {ratio:.2f}x (budget <= {BUDGET_RATIO}x) {'OK' if ratio <= BUDGET_RATIO else 'OVER BUDGET'}")
    print(f"claims: txt {len(txt_claims)}, html {len(page_claims)}, html claims also in txt {same}")
    return 0 if ratio <= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
