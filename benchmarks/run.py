"""The benchmark suite in one command: every result appended to docs/BENCHMARKS.md.

Usage: python benchmarks/run.py [--only stages,spark] [--quick] [--no-append] [--data ../shared/data]

Runs, one after the other (never at once: they measure the same cores):

* ``stages`` — bench_stages.py: per stage (read, clean, segment, ner, link,
  times, numbers, quotes, facts_link, store) and end to end, CPU and wall time,
  articles/s and tokens/s per core, peak RSS, scaling from 1 to all cores;
* ``spark`` — bench_spark.py: the Spark job in local mode against one process;
* ``prepare``, ``pipeline``, ``numbers_times``, ``store`` — the earlier
  benchmarks (``store`` ingests all 31,030 articles: minutes);
* ``store_write`` — bench_store_write.py: the store write alone, one article a
  transaction against ``khabar ingest``'s batches;
* ``memory`` — bench_memory.py: one worker's resident memory over 16,000 articles.

The default is ``stages,spark``. A header with the date, the machine, the
commit (``+``: with uncommitted changes in src/) and the load average comes
first, so the figures that follow can be read against it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import SHARED_DATA, commit, machine

DOCS = HERE.parent / "docs" / "BENCHMARKS.md"
SUITE = {
    "stages": ("bench_stages.py", [], ["--limit", "500"]),
    "spark": ("bench_spark.py", [], ["--limit", "300"]),
    "prepare": ("bench_prepare.py", [], ["--limit", "3000"]),
    "pipeline": ("bench_pipeline.py", [], ["--limit", "500"]),
    "numbers_times": ("bench_numbers_times.py", [], ["--sample", "50"]),
    "store": ("bench_store.py", [], ["--limit", "2"]),
    "store_write": ("bench_store_write.py", [], ["--articles", "500"]),
    "memory": ("bench_memory.py", [], ["--articles", "3000"]),
}
DEFAULT = "stages,spark"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=DEFAULT, help=f"comma-separated, from: {', '.join(SUITE)}")
    parser.add_argument("--quick", action="store_true", help="smaller samples (a smoke test of the suite)")
    parser.add_argument("--no-append", action="store_true", help="print only; leave docs/BENCHMARKS.md alone")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SUITE]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}: choose from {', '.join(SUITE)}")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    header = (f"\n## Benchmark suite — {when}, commit {commit()}\n\nCommand: `python benchmarks/run.py --only {','.join(names)}"
              f"{' --quick' if args.quick else ''}`. Machine: {machine()}. Load average at the start: {load}.\n")
    print(header)
    if not args.no_append:
        with DOCS.open("a", encoding="utf-8") as out:
            out.write(header + "\n")
    failed = []
    for name in names:
        script, extra, quick = SUITE[name]
        command = [sys.executable, str(HERE / script), "--data", str(args.data), *extra, *(quick if args.quick else [])]
        if not args.no_append:
            command += ["--append", str(DOCS)]
        print(f"--- {name}: {' '.join(command[1:])}", flush=True)
        if subprocess.run(command).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
