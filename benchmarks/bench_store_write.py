"""The store write alone: CPU per article, one article per transaction against ``khabar ingest``'s batches.

Usage:
    python benchmarks/bench_store_write.py [--data ../shared/data] [--articles 1400] [--append docs/BENCHMARKS.md]

Every 15th SaudiNewsNet article across all days (the sample of ``bench_stages.py``) is analysed
first, outside the clock; the first 200 documents warm a store, then the rest are written into a
fresh store two ways: ``Store.add([doc])`` one at a time (what ``bench_stages.py`` times as its
"store" stage) and ``Store.add(docs, batch_size=200)`` (what ``khabar ingest`` does, 200 articles a
transaction). Reported: CPU and wall milliseconds per article.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED_DATA, commit, machine, publish

from khabar.evaluation.goldsets import read_day
from khabar.ingest import BATCH_SIZE
from khabar.pipeline import Pipeline, tune_gc_for_batch
from khabar.read import read_bytes_source
from khabar.store.api import Store

WARMUP = 200


def sample(data: Path, count: int) -> list[dict]:
    articles = []
    for day in sorted((data / "news" / "saudinewsnet").glob("*.zip")):
        articles += [a for a in read_day(data, day.name)[::15] if (a.get("content") or "").strip()]
    return articles[:count]


def analysed(articles: list[dict]) -> list:
    pipeline = Pipeline()
    docs = []
    for article in articles:
        try:
            docs.append(pipeline(read_bytes_source(article["content"], "<bench>"),
                                 published=(article.get("date_extracted") or "")[:10] or None))
        except Exception as error:
            print(f"skipped: {error}", file=sys.stderr)
    return docs


def write(folder: str, name: str, warm: list, docs: list, batch: int) -> tuple[float, float]:
    store = Store(os.path.join(folder, f"{name}.db"))
    try:
        store.add(warm, batch_size=batch)
        cpu, wall = time.process_time(), time.perf_counter()
        if batch == 1:
            for doc in docs:
                store.add([doc])
        else:
            store.add(docs, batch_size=batch)
        return time.process_time() - cpu, time.perf_counter() - wall
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--articles", type=int, default=1400)
    parser.add_argument("--append", type=Path, help="append the result to this Markdown file")
    args = parser.parse_args()
    tune_gc_for_batch()
    docs = analysed(sample(args.data, args.articles))
    warm, timed = docs[:WARMUP], docs[WARMUP:]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, batch in (("one article a transaction", 1), (f"{BATCH_SIZE} a transaction (khabar ingest)", BATCH_SIZE)):
            cpu, wall = write(folder, f"b{batch}", warm, timed, batch)
            rows.append(f"| {label} | {1000 * cpu / len(timed):.2f} | {1000 * wall / len(timed):.2f} |")
    result = "\n".join([
        f"### Store write per article — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit()}",
        "",
        f"{machine()}. `python benchmarks/bench_store_write.py`: {len(timed)} analysed SaudiNewsNet articles "
        f"(every 15th, after {WARMUP} written to warm the store), written into a fresh store.",
        "",
        "| transactions | CPU ms/article | wall ms/article |",
        "|---|---:|---:|",
        *rows,
        "",
    ])
    publish(result, args.append)


if __name__ == "__main__":
    main()
