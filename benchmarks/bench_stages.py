"""Per-stage and end-to-end throughput, peak memory, and scaling over cores, on SaudiNewsNet.

Usage: python benchmarks/bench_stages.py [--data ../shared/data] [--limit 2000] [--workers 1,2] [--gc batch|default]
       [--batch 16] [--append FILE]

* Stages: read (khabar's zip reader), clean (preparation: cleaning, credits,
  metadata, language, id), segment, ner, link, times, numbers, quotes,
  facts_link, and store (adding the record to a fresh SQLite store, with its
  search index). For each: CPU seconds (``time.process_time``) and wall
  seconds; per-core rates use CPU time, which does not depend on what else
  the machine runs. The first 200 articles warm the word caches and are not
  counted.
* Batches: the articles go through the stages ``--batch`` at a time, stage
  by stage, as ``khabar ingest`` runs them (:meth:`khabar.pipeline.Pipeline.pipe`):
  a stage with a batch function (``ner``: the sentences of all the batch's
  articles decoded together) is timed over the batch, and its time per
  article is the batch's time divided by its articles. ``--batch 1`` times
  every stage article by article (the path before session 16).
* Scaling: the same articles analysed (clean to facts_link) by 1, 2… worker
  processes, one pipeline per worker, as ``khabar ingest`` runs them: wall
  time, speed-up, and the peak RSS of the largest worker.
* The cycle collector runs with the thresholds ``khabar ingest`` gives its
  workers (:func:`khabar.pipeline.tune_gc_for_batch`); ``--gc default``
  measures with Python's own.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED_DATA, commit, publish

from khabar.pipeline import Pipeline, prepare, tune_gc_for_batch

try:
    from khabar.pipeline import PIPE_BATCH
except ImportError:  # a checkout before Pipeline.pipe (session 16): article by article
    PIPE_BATCH = 1
from khabar.read import RawArticle, iter_articles

WARMUP = 200
CHUNK = 16  # articles per task, as khabar ingest sends them


def read_articles(data: Path, limit: int) -> tuple[list[RawArticle], float, float]:
    """The first ``limit`` SaudiNewsNet articles, and the CPU and wall seconds reading took."""
    paths = sorted(str(p) for p in (data / "news" / "saudinewsnet").glob("*.zip"))
    cpu, wall = time.process_time(), time.perf_counter()
    articles = []
    for item in iter_articles(paths):
        if isinstance(item, RawArticle):
            articles.append(item)
            if len(articles) >= limit:
                break
    return articles, time.process_time() - cpu, time.perf_counter() - wall


class Clock:
    """CPU and wall seconds per stage name."""

    def __init__(self) -> None:
        self.cpu: Counter = Counter()
        self.wall: Counter = Counter()

    def run(self, name: str, func, *args):
        cpu, wall = time.process_time(), time.perf_counter()
        result = func(*args)
        self.cpu[name] += time.process_time() - cpu
        self.wall[name] += time.perf_counter() - wall
        return result


def time_stages(pipeline: Pipeline, articles: list[RawArticle], store, batch: int = PIPE_BATCH) -> tuple[Clock, int, int]:
    """Every stage on every article, ``batch`` articles at a time; returns the clock, articles done and their tokens."""
    clock = Clock()
    done = tokens = 0
    for at in range(0, len(articles), max(1, batch)):
        docs = []
        for article in articles[at : at + max(1, batch)]:
            try:
                docs.append(clock.run("clean", prepare, article))
            except Exception:
                continue
        arabic = [doc for doc in docs if doc.language == "ar"]
        for stage in pipeline.stages:
            many = getattr(stage, "batch", None)
            if many is not None and len(arabic) > 1:
                clock.run(stage.name, many, arabic)  # the batch's time: per article, divided by the articles
            else:
                for doc in arabic:
                    clock.run(stage.name, stage.func, doc)
        for doc in docs:
            if store is not None:
                clock.run("store", store.add, [doc])
            tokens += len(doc.tokens)
            done += 1
    return clock, done, tokens


def _init_worker(gc_policy: str = "batch", batch: int = PIPE_BATCH) -> None:
    global _PIPELINE, _BATCH
    if gc_policy == "batch":
        tune_gc_for_batch()
    _PIPELINE, _BATCH = Pipeline(), batch


def _analyse(chunk: list[RawArticle]) -> tuple[int, int, float]:
    """The chunk as a worker of ``khabar ingest`` analyses it: prepared one by one, then through ``Pipeline.pipe``."""
    done = tokens = 0
    started = time.process_time()
    docs = []
    for article in chunk:
        try:
            docs.append(prepare(article))
        except Exception:
            continue
    if _BATCH > 1 and hasattr(_PIPELINE, "pipe"):
        analysed = [doc for doc, error in _PIPELINE.pipe(docs, batch_size=_BATCH) if error is None]
    else:
        analysed = []
        for doc in docs:
            try:
                analysed.append(_PIPELINE.run(doc))
            except Exception:
                continue
    for doc in analysed:
        done += 1
        tokens += len(doc.tokens)
    return done, tokens, time.process_time() - started


def _peak_rss() -> int:
    """Peak resident KB of this process's own memory (VmHWM).

    Not ``ru_maxrss``: Linux carries that over fork and exec, so a spawned
    worker would report its parent's peak as its own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def time_workers(articles: list[RawArticle], warm: list[RawArticle], workers: int, gc_policy: str = "batch",
                 batch: int = PIPE_BATCH) -> dict[str, float]:
    """Wall seconds for ``workers`` processes to analyse ``articles`` (after each warmed up)."""
    import multiprocessing

    # spawn, not fork: a forked worker would count the parent's pages (articles, its own pipeline) as its own
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(gc_policy, batch)) as pool:
        per_worker = max(1, len(warm) // workers)
        list(pool.map(_analyse, [warm[i : i + per_worker] for i in range(0, len(warm), per_worker)]))
        chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
        started = time.perf_counter()
        results = list(pool.map(_analyse, chunks))
        wall = time.perf_counter() - started
        rss = max(pool.map(_peak_rss_after, range(workers * 4)))
    done = sum(r[0] for r in results)
    return {"workers": workers, "wall": wall, "done": done, "tokens": sum(r[1] for r in results), "rss_mb": rss / 1024,
            "cpu": sum(r[2] for r in results)}


def _peak_rss_after(_: int) -> int:
    time.sleep(0.05)  # spread the probes over every worker
    return _peak_rss()


def report(clock: Clock, done: int, tokens: int, read: tuple[int, float, float], scaling: list[dict], rss_mb: float,
           gc_policy: str = "batch", batch: int = PIPE_BATCH) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    count, read_cpu, read_wall = read
    rows = [f"| read | {1000 * read_cpu / count:.2f} | {1000 * read_wall / count:.2f} | {count / read_cpu:,.0f} | – |"]
    for name in clock.cpu:
        cpu = clock.cpu[name]
        rows.append(f"| {name} | {1000 * cpu / done:.2f} | {1000 * clock.wall[name] / done:.2f} | {done / cpu:,.0f} | {tokens / cpu:,.0f} |")
    gc_note = ("Cycle collector: `khabar.pipeline.tune_gc_for_batch()`, as `khabar ingest` workers run."
               if gc_policy == "batch" else "Cycle collector: Python's default thresholds.")
    analysis = [n for n in clock.cpu if n != "store"]
    cpu = sum(clock.cpu[n] for n in analysis)
    wall = sum(clock.wall[n] for n in analysis)
    total_cpu = cpu + clock.cpu["store"] + read_cpu * done / count
    lines = [
        f"### Stages and scaling — {when}, commit {commit()}",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{done} SaudiNewsNet articles after {WARMUP} warm-up articles, {tokens:,} tokens. "
        "CPU time is `time.process_time` (the machine is shared: wall time may be higher). " + gc_note + " "
        + (f"Stages run {batch} articles at a time, as `khabar ingest` runs them (`Pipeline.pipe`): `ner` is timed "
           f"over each batch (its sentences decoded together), per article = batch time / articles."
           if batch > 1 else "Stages run article by article (`--batch 1`)."),
        "",
        "| stage | CPU ms/article | wall ms/article | articles/s per core | tokens/s per core |",
        "|---|---:|---:|---:|---:|",
        *rows,
        f"| **analysis (clean → facts_link)** | **{1000 * cpu / done:.2f}** | {1000 * wall / done:.2f} | "
        f"**{done / cpu:,.0f}** | {tokens / cpu:,.0f} |",
        f"| end to end (read → store) | {1000 * total_cpu / done:.2f} | – | {done / total_cpu:,.0f} | {tokens / total_cpu:,.0f} |",
        "",
        f"Peak RSS of the single process (pipeline, all articles in memory, store): {rss_mb:,.0f} MB.",
        "",
    ]
    if scaling:
        base = scaling[0]["done"] / scaling[0]["wall"]
        lines += [
            "| workers | wall s | articles/s | speed-up | CPU ms/article in the workers | peak RSS per worker |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        for run in scaling:
            rate = run["done"] / run["wall"]
            lines.append(f"| {run['workers']} | {run['wall']:.1f} | {rate:,.0f} | {rate / base:.2f}× | "
                         f"{1000 * run['cpu'] / run['done']:.2f} | {run['rss_mb']:,.0f} MB |")
        lines += ["", f"Load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (wall-clock speed-up "
                  "needs idle cores; equal CPU ms/article across worker counts means nothing in khabar limits it).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--limit", type=int, default=2000, help="articles timed (after the warm-up)")
    parser.add_argument("--workers", default=f"1,{os.cpu_count() or 1}", help="worker counts for the scaling table")
    parser.add_argument("--append", type=Path)
    parser.add_argument("--gc", choices=("batch", "default"), default="batch",
                        help="cycle-collector thresholds: batch (as khabar's workers set them) or Python's default")
    parser.add_argument("--batch", type=int, default=PIPE_BATCH,
                        help=f"articles per batch through the stages (default {PIPE_BATCH}, as khabar ingest; 1: one by one)")
    args = parser.parse_args()
    if not (args.data / "news" / "saudinewsnet").is_dir():
        sys.exit(f"SaudiNewsNet not found under {args.data}: pass --data")
    from khabar.store.api import Store

    articles, read_cpu, read_wall = read_articles(args.data, args.limit + WARMUP)
    if args.gc == "batch":
        tune_gc_for_batch()
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as folder:
        warm_store = Store(os.path.join(folder, "warm.db"))
        time_stages(pipeline, articles[:WARMUP], warm_store, args.batch)
        store = Store(os.path.join(folder, "bench.db"))
        clock, done, tokens = time_stages(pipeline, articles[WARMUP:], store, args.batch)
        store.close()
        warm_store.close()
    rss_mb = _peak_rss() / 1024
    counts = sorted({int(w) for w in args.workers.split(",") if w.strip()})
    scaling = [time_workers(articles[WARMUP:], articles[:WARMUP], w, args.gc, args.batch) for w in counts]
    publish(report(clock, done, tokens, (len(articles), read_cpu, read_wall), scaling, rss_mb, args.gc, args.batch),
            args.append)


if __name__ == "__main__":
    main()
