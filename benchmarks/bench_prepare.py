"""Throughput of read + clean + segment on SaudiNewsNet, as text and as HTML.

Usage: python benchmarks/bench_prepare.py [--data ../shared/data] [--limit N] [--append docs/BENCHMARKS.md]

Times are CPU seconds of the benchmarking process (``time.process_time``), so
the figures are per core and do not depend on what else the machine runs.

Reads the SaudiNewsNet zips through khabar's own reader (as `khabar analyze`
does), then times preparation (cleaning, metadata, language, id) and
segmentation in one process. For the HTML figure each article is wrapped in a
generated news page with navigation, share links, related articles and a
comment form, and goes through trafilatura. Peak memory is the process's
maximum resident set size.
"""

from __future__ import annotations

import argparse
import html
import platform
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from common import commit, publish

from khabar.pipeline import Pipeline
from khabar.read import RawArticle, iter_articles

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:site_name" content="{site}"></head><body>
<nav><a href="/">الرئيسية</a> &gt; <a href="/news">أخبار</a></nav>
<div class="share">شارك هذا المقال</div>
<article><h1>{title}</h1>{paragraphs}</article>
<section><h3>اقرأ أيضا</h3><ul><li><a href="/1">خبر آخر ذو صلة</a></li></ul></section>
<div id="comments"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني.</p></div>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def load_articles(data: Path, limit: int | None) -> list[RawArticle]:
    paths = sorted(str(p) for p in (data / "news" / "saudinewsnet").glob("*.zip"))
    articles = []
    for item in iter_articles(paths):
        if isinstance(item, RawArticle):
            articles.append(item)
            if limit and len(articles) >= limit:
                break
    return articles


def as_html(article: RawArticle) -> RawArticle:
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in (article.text or "").split("\n") if p.strip())
    page = PAGE.format(title=html.escape(article.title or ""), site=html.escape(article.outlet or ""), paragraphs=paragraphs)
    return RawArticle(html=page, url=article.url, origin=article.origin)


def run(pipeline: Pipeline, articles: list[RawArticle]) -> dict[str, float]:
    tokens = failures = 0
    started = time.process_time()  # CPU seconds of this process: per-core figures, robust to a busy machine
    for article in articles:
        try:
            tokens += len(pipeline(article).tokens)
        except Exception:
            failures += 1
    seconds = time.process_time() - started
    return {"articles": len(articles), "seconds": seconds, "articles_s": len(articles) / seconds,
            "tokens_s": tokens / seconds, "failures": failures}


def time_reading(data: Path, limit: int | None) -> dict[str, float]:
    started = time.process_time()
    count = len(load_articles(data, limit))
    seconds = time.process_time() - started
    return {"articles": count, "seconds": seconds, "articles_s": count / seconds}




def report(reading: dict, text: dict, page: dict, html_count: int) -> str:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join([
        f"### read + clean + segment — {when}, commit {commit()}",
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, 1 process.",
        "",
        "| input | articles | CPU seconds | articles/s per core | tokens/s per core |",
        "|---|---:|---:|---:|---:|",
        f"| read only (zip → RawArticle) | {reading['articles']} | {reading['seconds']:.1f} | {reading['articles_s']:,.0f} | – |",
        f"| text (SaudiNewsNet) | {text['articles']} | {text['seconds']:.1f} | {text['articles_s']:,.0f} | {text['tokens_s']:,.0f} |",
        f"| HTML page per article (trafilatura) | {html_count} | {page['seconds']:.1f} | {page['articles_s']:,.0f} | {page['tokens_s']:,.0f} |",
        "",
        f"Peak RSS: {peak_mb:,.0f} MB (all articles held in memory for timing). Failures: text {text['failures']}, HTML {page['failures']}.",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="articles to use (default: all)")
    parser.add_argument("--html-limit", type=int, default=3000, help="articles to time as HTML pages")
    parser.add_argument("--append", type=Path, help="append the results to this Markdown file")
    args = parser.parse_args()
    if not (args.data / "news" / "saudinewsnet").is_dir():
        sys.exit(f"SaudiNewsNet not found under {args.data}: pass --data")
    pipeline = Pipeline(["segment"])
    reading = time_reading(args.data, args.limit)
    articles = load_articles(args.data, args.limit)
    text = run(pipeline, articles)
    pages = [as_html(a) for a in articles[: args.html_limit]]
    page = run(pipeline, pages)
    result = report(reading, text, page, len(pages))
    publish(result, args.append)


if __name__ == "__main__":
    main()
