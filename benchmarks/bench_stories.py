"""Incremental cost of copies + stories per new article as the store grows (issue 7).

Fed from an analysed store (``khabar ingest ../shared/data/news/saudinewsnet --db news.db``): the
store is copied (never modified), its copies and stories cleared, then its articles are replayed in
publication order through :class:`khabar.stories.across.Across`, exactly as an ingest adds them
(copy check against every stored signature, story assignment, rows written, one transaction per
batch). At each checkpoint the store is closed and reopened — a new run rebuilding its in-memory
indexes from the stored signatures, word counts and open stories — and the next ``--window``
articles are timed: CPU seconds of this process per article (the machine is shared, so wall time
would measure the neighbours), and wall time for the record.

    python benchmarks/bench_stories.py --db news.db [--at 5000,15000,29000] [--window 500] [--append docs/STORIES.md] [--keep out.db]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import commit, publish

from khabar.store import Store
from khabar.store.db import transaction
from khabar.stories.across import Across, stored_names


def feed(store: Store, across: Across, keys: list[int], batch: int = 200) -> None:
    """Add stored articles ``keys`` as an ingest would: batches, one transaction each."""
    conn = store.conn
    for start in range(0, len(keys), batch):
        with transaction(conn, store.path):
            for n in keys[start:start + batch]:
                text, published = conn.execute("SELECT text, published FROM articles WHERE n = ?", (n,)).fetchone()
                across.add(n, {"text": text, "published": published}, stored_names(conn, n))
            across.flush()


def clear(store: Store) -> None:
    with transaction(store.conn, store.path):
        for sql in ("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL",
                    "DELETE FROM story_articles", "DELETE FROM stories", "DELETE FROM signatures", "DELETE FROM word_df"):
            store.conn.execute(sql)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="An analysed store (copied, never modified).")
    parser.add_argument("--at", default="5000,15000,29000", help="Store sizes at which to time new articles.")
    parser.add_argument("--window", type=int, default=500, help="Articles timed at each size.")
    parser.add_argument("--append", type=Path, help="Append the Markdown result to this file.")
    parser.add_argument("--keep", help="Keep the store with its copies and stories here (for `khabar eval stories`).")
    args = parser.parse_args()
    sizes = sorted(int(x) for x in args.at.split(","))
    folder = tempfile.mkdtemp(prefix="bench-stories-")
    path = os.path.join(folder, "bench.db")
    shutil.copy(args.db, path)
    rows = []
    try:
        with Store(path) as store:
            clear(store)
            keys = [r[0] for r in store.conn.execute("SELECT n FROM articles ORDER BY published IS NULL, published, n")]
        done = 0
        for size in sizes:
            if size + args.window > len(keys):
                size = len(keys) - args.window
            with Store(path) as store:  # a fresh run: indexes rebuilt from the store once
                across = Across(store.conn)
                feed(store, across, keys[done:size])
                done = size
            with Store(path) as store:
                across = Across(store.conn)
                cpu, wall = time.process_time(), time.perf_counter()
                across.load()
                load_cpu = time.process_time() - cpu
                cpu, wall = time.process_time(), time.perf_counter()
                feed(store, across, keys[done:done + args.window])
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                done += args.window
                rows.append((size, 1000 * cpu / args.window, 1000 * wall / args.window, load_cpu,
                             len(across.stories.stories) if across.stories else 0))
                if args.keep and done == len(keys):
                    store.checkpoint()
                print(f"{size:>7,} stored: {rows[-1][1]:.2f} ms CPU per new article ({rows[-1][2]:.2f} ms wall), "
                      f"reload {load_cpu:.1f} s CPU, {rows[-1][4]} open stories", file=sys.stderr)
        if args.keep:
            shutil.move(path, args.keep)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"### Copies + stories per new article — {stamp}, commit {commit()}", "",
             f"`python benchmarks/bench_stories.py --db {args.db} --at {args.at} --window {args.window}` "
             f"({os.cpu_count()} CPUs, shared; one process). The next {args.window} articles in publication order, "
             "timed after a reopen of the store at each size.", "",
             "| articles in the store | CPU ms / new article | wall ms / new article | index reload (CPU s) | open stories |",
             "|---:|---:|---:|---:|---:|"]
    lines += [f"| {s:,} | {c:.2f} | {w:.2f} | {r:.1f} | {o:,} |" for s, c, w, r, o in rows]
    publish("\n".join(lines) + "\n", args.append)


if __name__ == "__main__":
    main()
