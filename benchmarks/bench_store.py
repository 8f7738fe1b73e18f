"""The knowledge base on SaudiNewsNet: ingest time, search latency, store size.

Usage:
    python benchmarks/bench_store.py [--data ../shared/data] [--db /tmp/khabar-bench.db]
        [--workers N] [--stages segment,ner,...|all] [--search-only] [--append docs/BENCHMARKS.md]

1. Ingest: every SaudiNewsNet zip into a fresh store with ``khabar.ingest.ingest``
   (the code behind ``khabar ingest``), on ``--workers`` processes (default: every
   core). Reported: wall-clock time, CPU seconds of the main process and of the
   workers, the machine's load average before and after (the development machine
   is shared, so wall-clock time depends on what else runs; CPU seconds do not).
2. Search: the 100 queries below (names, places, organisations, topics, with and
   without clitics, phrases, boolean), each through ``Store.search(q, limit=10)``
   — full-text match, ranking, the page's articles read, hits located and snippets
   cut. One cold pass, then three warm passes; median and p95 over the warm ones.
3. Size: the store file against the UTF-8 bytes of the stored titles and texts.

Targets (issue 6): ingest ≤ 10 minutes on 2 cores, median search ≤ 20 ms,
p95 ≤ 100 ms, store ≤ 5× the raw text.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from common import commit, publish

QUERIES = [
    # people
    "سلمان بن عبدالعزيز", "محمد بن نايف", "محمد بن سلمان", "عادل الجبير", "أوباما", "بشار الأسد",
    "عبد ربه منصور هادي", "علي عبدالله صالح", "أردوغان", "السيسي", "روحاني", "ظريف", "بوتين", "جون كيري",

    # places
    "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "صنعاء", "عدن", "تعز", "دمشق", "حلب",
    "بغداد", "القاهرة", "طهران", "واشنطن", "الأحساء", "القطيف", "جازان", "نجران", "تبوك", "أبها",
    # organisations
    "الأمم المتحدة", "مجلس الأمن", "مجلس التعاون", "جامعة الدول العربية", "أرامكو", "سابك", "وزارة الصحة",
    "وزارة الداخلية", "الدفاع المدني", "هيئة الأمر بالمعروف", "الهلال", "النصر", "الاتحاد الأوروبي", "أوبك",
    # topics
    "الحوثيين", "داعش", "الإرهاب", "النفط", "أسعار النفط", "الاتفاق النووي", "اللاجئين", "الانتخابات",
    "الميزانية", "البطالة", "الإسكان", "التعليم", "كورونا", "الحج", "رمضان", "العيد", "الأمطار", "حادث مروري",
    "سوق الأسهم", "الاستثمار",
    # clitic forms (each matches the bare word's articles too)
    "بالرياض", "والرياض", "للسعودية", "بالمملكة", "والحوثيين", "لداعش", "بالإرهاب", "وللمواطنين", "كالإرهاب",
    "والمعارضة", "بالقاهرة", "للاجئين",
    # phrases
    '"خادم الحرمين الشريفين"', '"ولي العهد"', '"وزير الخارجية"', '"عاصفة الحزم"', '"إعادة الأمل"',
    '"التحالف العربي"', '"الشرعية في اليمن"', '"أسعار النفط"', '"مجلس الوزراء"', '"هيئة كبار العلماء"',
    # boolean
    "داعش AND سوريا", "الحوثيين OR صالح", "النفط NOT إيران", "(اليمن OR سوريا) AND اللاجئين",
    "السعودية AND إيران AND النووي", "الهلال NOT النصر", "إيران OR تركيا", "الحج AND كورونا",
    "الإرهاب NOT داعش", '"ولي العهد" AND الرياض',
]
assert len(QUERIES) == 100, len(QUERIES)


def all_stages() -> list[str]:
    """Every registered stage, in an order that satisfies their requirements."""
    from khabar.pipeline import STAGES, _load_stage_modules

    _load_stage_modules()
    preferred = ["segment", "times", "numbers", "ner", "link", "quotes", "facts_link"]
    names = [n for n in preferred if n in STAGES] + [n for n in STAGES if n not in preferred]
    return names




def run_ingest(paths: list[str], db: str, workers: int, stages: list[str] | None) -> dict:
    from khabar.ingest import ingest

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    load_before = os.getloadavg()
    self_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    summary = ingest(paths, db, workers=workers, stages=stages, progress=sys.stderr.isatty())
    wall = time.perf_counter() - started
    self_after = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "summary": summary, "wall": wall,
        "cpu_main": (self_after.ru_utime + self_after.ru_stime) - (self_before.ru_utime + self_before.ru_stime),
        "cpu_workers": children.ru_utime + children.ru_stime,
        "load_before": load_before, "load_after": os.getloadavg(),
    }


def run_search(db: str) -> dict:
    from khabar.store import Store

    store = Store(db, readonly=True)
    cold = []
    for query in QUERIES:
        started = time.perf_counter()
        store.search(query, limit=10)
        cold.append(time.perf_counter() - started)
    warm: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    counts = {q: store.count(q) for q in QUERIES}
    for _ in range(3):
        for query in QUERIES:
            started = time.perf_counter()
            store.search(query, limit=10)
            seconds = time.perf_counter() - started
            warm.append(seconds)
            per_query[query].append(seconds)
    stats = store.stats()
    store.close()
    slowest = sorted(per_query.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    return {
        "cold_median": statistics.median(cold), "cold_p95": _p95(cold),
        "median": statistics.median(warm), "p95": _p95(warm), "max": max(warm),
        "slowest": [(q, statistics.median(t), counts[q]) for q, t in slowest],
        "no_hits": [q for q, n in counts.items() if n == 0],
        "stats": stats,
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def report(ingested: dict | None, searched: dict, stages: list[str] | None, workers: int) -> str:
    from khabar.pipeline import Pipeline

    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    names = ",".join(s.name for s in Pipeline(stages).stages)
    lines = [
        f"### Store on SaudiNewsNet — {when}, commit {commit()}",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {__import__('sqlite3').sqlite_version}. Stages: {names}.",
        "",
    ]
    if ingested:
        s = ingested["summary"]
        lines += [
            "| ingest | value |",
            "|---|---:|",
            f"| inputs read | {s.read:,} |",
            f"| articles stored | {s.stored:,} |",
            f"| duplicates skipped | {s.duplicates:,} |",
            f"| failed (errors table) | {s.failed:,} |",
            f"| wall-clock time, {workers} workers | {ingested['wall']:.0f} s ({ingested['wall'] / 60:.1f} min) |",
            f"| articles/s (wall) | {s.rate:,.1f} |",
            f"| CPU seconds, main process (read, write) | {ingested['cpu_main']:.0f} |",
            f"| CPU seconds, workers (analysis) | {ingested['cpu_workers']:.0f} |",
            f"| CPU-bound time on {workers} idle cores ((main + workers) / {workers}) | "
            f"{(ingested['cpu_main'] + ingested['cpu_workers']) / workers:.0f} s |",
            f"| load average before / after | {ingested['load_before'][0]:.1f} / {ingested['load_after'][0]:.1f} |",
            "",
        ]
    st = searched["stats"]
    lines += [
        "| search (100 queries, limit 10, with snippets) | value |",
        "|---|---:|",
        f"| median, warm | {1000 * searched['median']:.1f} ms |",
        f"| p95, warm | {1000 * searched['p95']:.1f} ms |",
        f"| max, warm | {1000 * searched['max']:.1f} ms |",
        f"| median / p95, cold (first pass) | {1000 * searched['cold_median']:.1f} / {1000 * searched['cold_p95']:.1f} ms |",
        "",
        "Slowest queries (median ms, matching articles): "
        + "; ".join(f"`{q}` {1000 * t:.0f} ms, {n:,}" for q, t, n in searched["slowest"]) + ".",
        "",
        "| size | value |",
        "|---|---:|",
        f"| articles | {st['counts']['articles']:,} |",
        f"| titles + texts, UTF-8 | {st['text_bytes'] / 1e6:,.1f} MB |",
        f"| store file | {st['file_bytes'] / 1e6:,.1f} MB |",
        f"| store / text | {st['size_ratio']}× |",
        f"| entities / mentions / quotes / facts / times | {st['counts']['entities']:,} / {st['counts']['mentions']:,} / "
        f"{st['counts']['quotes']:,} / {st['counts']['facts']:,} / {st['counts']['times']:,} |",
        "",
    ]
    if searched["no_hits"]:
        lines += ["Queries without hits: " + ", ".join(f"`{q}`" for q in searched["no_hits"]) + ".", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--db", default="/tmp/khabar-bench.db")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--stages", default=None, help="comma-separated stages, or 'all' (default: the default pipeline)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N zip files")
    parser.add_argument("--search-only", action="store_true", help="reuse --db, do not ingest")
    parser.add_argument("--append", type=Path, help="append the results to this Markdown file")
    args = parser.parse_args()
    stages = all_stages() if args.stages == "all" else args.stages.split(",") if args.stages else None
    ingested = None
    if not args.search_only:
        folder = args.data / "news" / "saudinewsnet"
        if not folder.is_dir():
            sys.exit(f"SaudiNewsNet not found under {args.data}: pass --data")
        paths = sorted(str(p) for p in folder.glob("*.zip"))[: args.limit]
        ingested = run_ingest(paths, args.db, args.workers, stages)
    searched = run_search(args.db)
    result = report(ingested, searched, stages, args.workers)
    publish(result, args.append)


if __name__ == "__main__":
    main()
