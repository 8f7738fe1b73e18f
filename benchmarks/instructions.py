"""Instructions per article of the times + numbers stages, counted by callgrind (valgrind).

CPU time on a shared machine moves by 10 % and more between runs; instruction counts do not. This
runs, under callgrind, a process that segments ``--sample`` SaudiNewsNet articles (once, before
anything is counted, pickled to a temporary folder) and passes them through both stages once to
warm up, then again the same process with one more pass: the difference of the two totals, divided
by the articles, is what one pass costs. Give ``--src`` several times to compare checkouts (e.g. one
made with ``git archive <commit> src | tar -x -C /tmp/old``), each run as ``PYTHONPATH=<src>``.

    python benchmarks/instructions.py --src src --src /tmp/old/src

Needs valgrind (Debian's ``valgrind``); about 2 minutes per checkout for 200 articles.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))


def passes(docs_path: str, extra: bool) -> None:
    """The counted process: a warm pass over the documents, and one more when ``extra``."""
    import bench_numbers_times as bench

    from khabar.pipeline import STAGES

    with open(docs_path, "rb") as f:
        docs = pickle.load(f)
    times, numbers = STAGES["times"].func, STAGES["numbers"].func
    bench.compile_time_scanners()
    for _ in range(2 if extra else 1):
        for doc in docs:
            doc.meta.clear()
            times(doc)
            numbers(doc)


def collected(src: str, docs_path: str, extra: bool, out: Path) -> int:
    """Instructions callgrind counts for one process (``sys.executable``: not a pyenv shim, which
    would run Python outside valgrind)."""
    env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
         "--child", docs_path, *(["--extra"] if extra else [])],
        env=env, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", help="a checkout's src folder (repeatable); default: this one's")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--extra", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        passes(args.child, args.extra)
        return
    import bench_numbers_times as bench

    with tempfile.TemporaryDirectory() as tmp:
        docs_path = str(Path(tmp) / "docs.pkl")
        docs = bench.segmented(bench.load_sample(args.data, args.sample))
        with open(docs_path, "wb") as f:
            pickle.dump(docs, f)
        for src in args.src or [str(REPO / "src")]:
            base = collected(src, docs_path, False, Path(tmp) / "base.out")
            more = collected(src, docs_path, True, Path(tmp) / "more.out")
            print(f"{src}: {(more - base) / len(docs) / 1e6:.3f} M instructions per article "
                  f"(times + numbers, one pass, {len(docs)} articles)")


if __name__ == "__main__":
    main()
