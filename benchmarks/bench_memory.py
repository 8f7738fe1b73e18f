"""One worker's memory over a long run: resident memory every 1,000 articles.

Usage:
    python benchmarks/bench_memory.py [--data ../shared/data] [--articles 16000] [--append docs/BENCHMARKS.md]

Reads the first ``--articles`` SaudiNewsNet articles (all held in memory, as the figure says), then
analyses them one after another in one process, as a ``khabar ingest`` worker does (batch
garbage-collector thresholds, the default pipeline), and reports the resident memory after every
1,000 and the peak. The word caches are capped (120,000 forms each), so memory levels off however
long the run; this is the check that it does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stages import _peak_rss, read_articles
from common import SHARED_DATA, commit, machine, publish

from khabar.pipeline import Pipeline, tune_gc_for_batch

STEP = 1000


def resident_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--articles", type=int, default=16000)
    parser.add_argument("--append", type=Path, help="append the result to this Markdown file")
    args = parser.parse_args()
    articles, _, _ = read_articles(args.data, args.articles)
    held = resident_mb()
    tune_gc_for_batch()
    pipeline = Pipeline()
    rows, failed = [], 0
    cpu = time.process_time()
    for start in range(0, len(articles), STEP):
        for article in articles[start:start + STEP]:
            try:
                pipeline(article)
            except Exception:
                failed += 1
        rows.append(f"| {min(start + STEP, len(articles)):,} | {resident_mb():,} |")
    seconds = time.process_time() - cpu
    result = "\n".join([
        f"### One worker's memory over a long run — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit()}",
        "",
        f"{machine()}. `python benchmarks/bench_memory.py --articles {len(articles)}`: the articles are read first "
        f"and held in memory ({held:,} MB resident before the pipeline is built), then analysed one after another; "
        f"{failed} refused. {1000 * seconds / len(articles):.2f} CPU ms per article including the cold start.",
        "",
        "| articles analysed | resident MB |",
        "|---:|---:|",
        *rows,
        "",
        f"Peak resident memory: {_peak_rss() // 1024:,} MB.",
        "",
    ])
    publish(result, args.append)


if __name__ == "__main__":
    main()
