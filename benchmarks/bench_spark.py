"""The Spark job in local mode against the single-process ingest, on the same SaudiNewsNet articles.

Usage: python benchmarks/bench_spark.py [--data ../shared/data] [--limit 1000] [--master local[2]] [--append FILE]

Writes the first ``limit`` articles as JSONL, then times
* ``khabar.ingest`` with 1 worker and with all cores, then ``export_parquet``
  (what a single machine does to get the Parquet tables), and
* ``khabar.spark.run_job`` in ``--master`` (the Spark session is started and
  warmed on a few articles first, so JVM start-up is not counted).
Wall seconds (the machine's load average is given: it is shared), articles/s, CPU seconds of
every process involved (for Spark: the driver, the JVM and its Python workers, read from /proc),
and the Parquet output's bytes per article, which the cluster plan in
docs/SPARK.md scales up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED_DATA, commit, publish


def write_jsonl(data: Path, limit: int, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for day in sorted((data / "news" / "saudinewsnet").glob("*.zip")):
            with zipfile.ZipFile(day) as archive:
                for name in sorted(archive.namelist()):
                    for record in json.loads(archive.read(name)):
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        count += 1
                        if count >= limit:
                            return count
    return count


def tree_cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and every live descendant: the JVM, Spark's Python workers.

    Spark's workers outlive a job (they are reused), so the difference over a job is that job's CPU.
    """
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        ticks[pid] = int(fields[11]) + int(fields[12])
    mine = {os.getpid()}
    grew = True
    while grew:
        new = {pid for pid, parent in parents.items() if parent in mine and pid not in mine}
        mine |= new
        grew = bool(new)
    return sum(ticks.get(pid, 0) for pid in mine) / os.sysconf("SC_CLK_TCK")


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.parquet"))


def time_ingest(jsonl: Path, folder: Path, workers: int) -> tuple[float, int, int]:
    from khabar.ingest import ingest
    from khabar.store.api import Store
    from khabar.store.export import export_parquet

    db = folder / f"kb{workers}.db"
    started, cpu = time.perf_counter(), time.process_time()
    summary = ingest([str(jsonl)], str(db), workers=workers, progress=False)
    with Store(str(db)) as store:
        export_parquet(store, str(folder / f"parquet{workers}"))
    # CPU: this process (with 1 worker the analysis runs here) plus the pool's workers, reaped at its end
    cpu = time.process_time() - cpu
    return time.perf_counter() - started, summary.stored, folder_bytes(folder / f"parquet{workers}"), cpu


def time_spark(jsonl: Path, warm: Path, folder: Path, master: str) -> tuple[float, dict[str, int], int]:
    from khabar import spark as kspark

    session = kspark.session(master, app="khabar-bench", config={"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    session.sparkContext.setLogLevel("ERROR")
    kspark.run_job(session, [str(warm)], str(folder / "warm"))
    started, cpu = time.perf_counter(), tree_cpu_seconds()
    counts = kspark.run_job(session, [str(jsonl)], str(folder / "spark"))
    seconds, cpu = time.perf_counter() - started, tree_cpu_seconds() - cpu
    session.stop()
    return seconds, counts, folder_bytes(folder / "spark"), cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--master", default=f"local[{os.cpu_count() or 1}]")
    parser.add_argument("--append", type=Path)
    args = parser.parse_args()
    if not (args.data / "news" / "saudinewsnet").is_dir():
        sys.exit(f"SaudiNewsNet not found under {args.data}: pass --data")
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        jsonl, warm = folder / "articles.jsonl", folder / "warm.jsonl"
        count = write_jsonl(args.data, args.limit, jsonl)
        write_jsonl(args.data, 20, warm)
        one = time_ingest(jsonl, folder, 1)
        many = time_ingest(jsonl, folder, cores) if cores > 1 else one
        spark_seconds, counts, spark_bytes, spark_cpu = time_spark(jsonl, warm, folder, args.master)
    load_after = os.getloadavg()[0]
    stored = counts["articles"]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = [
        f"| ingest + export_parquet, 1 worker | {one[0]:.1f} | {one[1] / one[0]:.1f} | {1000 * one[3] / one[1]:.1f} | "
        f"{one[1] / one[3]:.0f} | {one[2] / one[1] / 1024:.1f} KB |",
        f"| ingest + export_parquet, {cores} workers | {many[0]:.1f} | {many[1] / many[0]:.1f} | – | – | "
        f"{many[2] / many[1] / 1024:.1f} KB |",
        f"| Spark `{args.master}` (`khabar.spark.run_job`) | {spark_seconds:.1f} | {stored / spark_seconds:.1f} | "
        f"{1000 * spark_cpu / stored:.1f} | {stored / spark_cpu:.0f} | {spark_bytes / stored / 1024:.1f} KB |",
    ]
    result = "\n".join([
        f"### Spark local mode against one process — {when}, commit {commit()}",
        f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}; {count} SaudiNewsNet "
        f"records as JSONL ({stored} articles stored; the others are repeats or have no text). Wall seconds: "
        f"load average {load_before:.1f} before, {load_after:.1f} after (the machine is shared).",
        "",
        "| run | wall s | articles/s | CPU ms/article (all processes) | articles/s per core | Parquet bytes per article |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "Rows per table (Spark): " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + ".",
        "",
    ])
    publish(result, args.append)


if __name__ == "__main__":
    main()
