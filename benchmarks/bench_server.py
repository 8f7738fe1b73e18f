"""Load test of ``khabar serve``: concurrent clients on the search and entity endpoints, loopback only.

Usage:
    python benchmarks/bench_server.py [--db /tmp/kb-final2.db] [--clients 50] [--seconds 60]
        [--workers 1] [--cache-mb 64] [--append docs/BENCHMARKS.md]

1. The store is copied to a temporary folder (the original is never opened) and opened once
   writable there, so that a store of an older schema is migrated in the copy.
2. ``khabar serve --db COPY --host 127.0.0.1 --port P`` runs as a subprocess: the real
   command, read-only store, ``--workers`` uvicorn processes, ``--cache-mb`` of kept answers per
   process (0: every request reaches the store).
3. ``--clients`` asyncio clients (httpx, one keep-alive connection each) send requests back to
   back for ``--seconds``: half ``GET /api/search?q=…&limit=20`` over the queries below and the
   names of the 100 most mentioned entities, half ``GET /api/entities/{name}`` (the whole
   profile: variants, roles, articles, quotes by and about, co-occurring entities, timeline and
   quote network) over those 100 entities. A fixed seed chooses the sequence.
4. Reported: requests, requests/s, errors (any status but 200, or a failed request), and
   p50/p95/p99/max latency per endpoint, measured by the client (so including queueing).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from common import commit, publish

QUERIES = [
    "الرياض", "جدة", "اليمن", "صنعاء", "الحوثيين", "داعش", "النفط", "أسعار النفط", "وزارة الصحة", "الدفاع المدني",
    "مجلس الأمن", "الأمم المتحدة", "بالرياض", "للسعودية", "والحوثيين", '"ولي العهد"', '"وزير الخارجية"',
    '"خادم الحرمين الشريفين"', "داعش AND سوريا", "الحوثيين OR صالح", "النفط NOT إيران", "(اليمن OR سوريا) AND اللاجئين",
    "الهلال", "النصر", "الحج", "الاتفاق النووي", "اللاجئين", "سوق الأسهم", "الإرهاب", "التعليم",
]
REQUEST_TIMEOUT_S = 30.0
SEED = 8


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_store(original: Path, folder: Path) -> Path:
    """A private copy of the store (with its WAL), migrated to this khabar's schema."""
    from khabar.store import Store

    copy = folder / "bench.db"
    shutil.copyfile(original, copy)
    if Path(f"{original}-wal").exists():
        shutil.copyfile(f"{original}-wal", f"{copy}-wal")
    Store(copy).close()
    return copy


def start_server(db: Path, port: int, workers: int, cache_mb: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "khabar.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--cache-mb", str(cache_mb)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"khabar serve exited: {server.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("khabar serve did not answer within 60 s")


def request_plan(base: str) -> tuple[list[str], list[str]]:
    """Search queries and entity names: fixed queries plus the store's 100 most mentioned entities."""
    import httpx

    top = httpx.get(base + "/api/entities", params={"limit": 100}, timeout=30).json()["items"]
    names = [(e["canonical"] or {}).get("ar") or e["name"] for e in top]
    return QUERIES + names, names


async def client(base: str, queries: list[str], names: list[str], until: float, seed: int, results: list) -> None:
    import httpx

    pick = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as http:
        while time.monotonic() < until:
            if pick.random() < 0.5:
                kind, path, params = "search", "/api/search", {"q": pick.choice(queries), "limit": 20}
            else:
                kind, path, params = "entity", "/api/entities/" + pick.choice(names), {}
            start = time.perf_counter()
            try:
                status = (await http.get(path, params=params)).status_code
                outcome = "ok" if status == 200 else f"HTTP {status}"
            except httpx.HTTPError as exc:
                outcome = type(exc).__name__
            results.append((kind, time.perf_counter() - start, outcome))


async def load(base: str, queries: list[str], names: list[str], clients: int, seconds: float) -> list:
    results: list = []
    until = time.monotonic() + seconds
    await asyncio.gather(*(client(base, queries, names, until, SEED + i, results) for i in range(clients)))
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(results: list, clients: int, seconds: float, db: Path, load_before: float, load_after: float,
           workers: int, cache_mb: int) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"### Server under load — {stamp}, commit {commit()}",
        (f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared; load average {load_before:.1f} before, "
         f"{load_after:.1f} after), Python {platform.python_version()}; `khabar serve --workers {workers} "
         f"--cache-mb {cache_mb}` (read-only store; cache {'off' if not cache_mb else 'on'}) on 127.0.0.1; "
         f"{clients} concurrent clients for {seconds:g} s; store: a copy of "
         f"{db.name} ({db.stat().st_size / 1e6:,.0f} MB)."),
        "",
        "| endpoint | requests | req/s | errors | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in ("search", "entity", "all"):
        rows = [r for r in results if kind == "all" or r[0] == kind]
        times = [r[1] * 1000 for r in rows]
        errors = sum(1 for r in rows if r[2] != "ok")
        name = {"search": "`GET /api/search`", "entity": "`GET /api/entities/{name}`", "all": "**all**"}[kind]
        lines.append(f"| {name} | {len(rows):,} | {len(rows) / seconds:,.1f} | {errors} | {statistics.median(times):,.0f} | "
                     f"{percentile(times, 0.95):,.0f} | {percentile(times, 0.99):,.0f} | {max(times):,.0f} |")
    failures = Counter(r[2] for r in results if r[2] != "ok")
    if failures:
        lines += ["", "Errors: " + ", ".join(f"{reason} × {count}" for reason, count in failures.most_common())]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-final2.db"), help="store to copy and serve")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1, help="khabar serve --workers")
    parser.add_argument("--cache-mb", type=int, default=64, help="khabar serve --cache-mb (0: no answer cache)")
    parser.add_argument("--append", type=Path, help="add the result to this Markdown file")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no store (build one with `khabar ingest ../shared/data/news/saudinewsnet --db {args.db}`)")
    with tempfile.TemporaryDirectory(prefix="khabar-bench-server-") as folder:
        db = copy_store(args.db, Path(folder))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, args.workers, args.cache_mb)
        try:
            wait_until_up(base, server)
            queries, names = request_plan(base)
            load_before = os.getloadavg()[0]
            results = asyncio.run(load(base, queries, names, args.clients, args.seconds))
            load_after = os.getloadavg()[0]
        finally:
            server.terminate()
            server.wait(10)
        publish(report(results, args.clients, args.seconds, db, load_before, load_after, args.workers, args.cache_mb),
                args.append)


if __name__ == "__main__":
    main()
