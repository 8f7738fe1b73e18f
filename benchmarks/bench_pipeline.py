"""Per-stage and end-to-end throughput of the full pipeline on SaudiNewsNet.

Usage: python benchmarks/bench_pipeline.py [--data ../shared/data] [--limit 3000] [--append docs/BENCHMARKS.md]

Each article is prepared (cleaning, credits, metadata, language, id), then every
default stage runs in order; CPU time (``time.process_time``) is summed per stage,
so the figures are per core. The first 200 articles warm the caches (word forms,
the tagger's per-word features) and are not counted, as in a long ingest.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_prepare import load_articles
from common import commit, publish

from khabar.pipeline import Pipeline, prepare

WARMUP = 200


def time_stages(pipeline: Pipeline, articles) -> tuple[Counter, int, int]:
    seconds: Counter = Counter()
    done = words = 0
    for article in articles:
        started = time.process_time()
        try:
            doc = prepare(article)
        except Exception:
            continue
        seconds["prepare"] += time.process_time() - started
        if doc.language == "ar":
            for stage in pipeline.stages:
                started = time.process_time()
                stage.func(doc)
                seconds[stage.name] += time.process_time() - started
        words += sum(1 for t in doc.tokens if t.kind == "word")
        done += 1
    return seconds, done, words


def report(seconds: Counter, done: int, words: int) -> str:
    total = sum(seconds.values())
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = [f"| {name} | {1000 * s / done:.2f} | {done / s:,.0f} |" for name, s in seconds.items()]
    return "\n".join([
        f"### Full pipeline, per stage — {when}, commit {commit()}",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, 1 process; {done} SaudiNewsNet articles, {words:,} words.",
        "",
        "| stage | ms per article | articles/s per core |",
        "|---|---:|---:|",
        *rows,
        f"| **all** | **{1000 * total / done:.2f}** | **{done / total:,.0f}** ({words / total:,.0f} words/s) |",
        "",
        f"Peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB.",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--append", type=Path)
    args = parser.parse_args()
    if not (args.data / "news" / "saudinewsnet").is_dir():
        sys.exit(f"SaudiNewsNet not found under {args.data}: pass --data")
    pipeline = Pipeline()
    articles = load_articles(args.data, args.limit + WARMUP)
    time_stages(pipeline, articles[:WARMUP])
    result = report(*time_stages(pipeline, articles[WARMUP:]))
    publish(result, args.append)


if __name__ == "__main__":
    main()
