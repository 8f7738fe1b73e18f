"""Instructions per article of the times + numbers stages, counted by callgrind (valgrind).

CPU time on a shared machine moves by 10 % and more between runs; instruction counts do not. This
runs, under callgrind, a process that segments ``--sample`` SaudiNewsNet articles (once, before
anything is counted, pickled to a temporary folder) and passes them through both stages once to
warm up, then again the same process with one more pass: the difference of the two totals, divided
by the articles, is what one pass costs. Give ``--src`` several times to compare checkouts (e.g. one
made with ``git archive <commit> src | tar -x -C /tmp/old``), each run as ``PYTHONPATH=<src>``.

    python benchmarks/instructions.py --src src --src /tmp/old/src

With ``--numbers-only`` the numbers stage alone is counted, inside one process (session 42's method,
docs/BENCHMARKS.md "Session 42, speed pass sp42"): after the warm pass each document's times stage runs
outside the count and its numbers stage inside ``functools.reduce`` (``--toggle-collect``), the cycle
collector off, under ``setarch -R`` with each checkout copied to the same path first (dicts keyed by ids
and functions probe by address), so a count repeats to the last digit and a change of 0.1 % can be read.
``--in-process`` counts both stages that way (each document's ``times`` and ``numbers`` inside
``functools.reduce``): the default mode's difference of two processes, collector on, moves by 1–2 % between
runs of one checkout (session 48, speed48: 3.062 and 3.110 M).

Needs valgrind (Debian's ``valgrind``, and ``setarch`` for ``--numbers-only``); about 2 minutes per
checkout for 200 articles.
"""

from __future__ import annotations

import argparse
import fcntl
import functools
import gc
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# where ``--numbers-only`` copies each checkout: one fixed path, so that counts repeat across runs too
# (another path lays the interned strings out differently and moves a count by ≈ 0.2 %: session 45, sp45)
NUMBERS_TREE = Path(tempfile.gettempdir()) / "khabar-instructions-numbers"
sys.path.insert(0, str(REPO / "benchmarks"))


def _stages(docs_path: str) -> tuple[list, object, object]:
    """The pickled documents and the two stages' functions, the time scanners compiled."""
    import bench_numbers_times as bench

    from khabar.pipeline import STAGES

    with open(docs_path, "rb") as f:
        docs = pickle.load(f)
    bench.compile_time_scanners()
    return docs, STAGES["times"].func, STAGES["numbers"].func


def passes(docs_path: str, extra: bool) -> None:
    """The counted process: a warm pass over the documents, and one more when ``extra``."""
    docs, times, numbers = _stages(docs_path)
    for _ in range(2 if extra else 1):
        for doc in docs:
            doc.meta.clear()
            times(doc)
            numbers(doc)


def numbers_pass(docs_path: str, both: bool = False) -> None:
    """The counted process of ``--numbers-only``: a warm pass, then one whose numbers stage alone runs
    inside ``functools.reduce``, the only call callgrind collects in, the cycle collector off; with
    ``both`` (``--in-process``) the times stage runs inside it too."""
    docs, times, numbers = _stages(docs_path)
    for doc in docs:
        doc.meta.clear()
        times(doc)
        numbers(doc)
    gc.collect()
    gc.disable()
    for doc in docs:
        doc.meta.clear()
        if both:
            functools.reduce(lambda _, d: (times(d), numbers(d)), [doc], None)
            continue
        times(doc)
        functools.reduce(lambda _, d: numbers(d), [doc], None)


def collected(src: str, docs_path: str, extra: bool, out: Path) -> int:
    """Instructions callgrind counts for one process (``sys.executable``: not a pyenv shim, which
    would run Python outside valgrind)."""
    env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
         "--child", docs_path, *(["--extra"] if extra else [])],
        env=env, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def collected_numbers(src: str, docs_path: str, tree: Path, both: bool = False) -> int:
    """Instructions of the numbers stage alone (``--numbers-only``), ``src`` copied to ``tree`` first:
    the same path for every checkout, no address randomisation. Two runs at once (two passes of one
    session) would copy over each other's tree, so each holds a lock on it while it counts."""
    tree.parent.mkdir(parents=True, exist_ok=True)
    with open(tree.with_name(tree.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # waits for another run's count to end
        return _collected_in_tree(src, docs_path, tree, both)


def _collected_in_tree(src: str, docs_path: str, tree: Path, both: bool = False) -> int:
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(src, tree / "src", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        ["setarch", "x86_64", "-R", "valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce",
         f"--callgrind-out-file={tree / 'callgrind.out'}", sys.executable, __file__, "--child", docs_path, "--numbers-only",
         *(["--in-process"] if both else [])],
        env=env, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", help="a checkout's src folder (repeatable); default: this one's")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--extra", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--numbers-only", action="store_true", help="count the numbers stage alone (see above)")
    parser.add_argument("--in-process", action="store_true", help="count both stages as --numbers-only counts one (see above)")
    args = parser.parse_args(argv)
    if args.child:
        numbers_pass(args.child, args.in_process) if args.numbers_only else passes(args.child, args.extra)
        return
    import bench_numbers_times as bench

    with tempfile.TemporaryDirectory() as tmp:
        docs_path = str(Path(tmp) / "docs.pkl")
        docs = bench.segmented(bench.load_sample(args.data, args.sample))
        with open(docs_path, "wb") as f:
            pickle.dump(docs, f)
        for src in args.src or [str(REPO / "src")]:
            if args.numbers_only or args.in_process:
                count = collected_numbers(src, docs_path, NUMBERS_TREE, args.in_process)
                what = "times + numbers, in one process" if args.in_process else "numbers stage"
                print(f"{src}: {count / len(docs) / 1e6:.4f} M instructions per article ({what}, {len(docs)} articles)")
                continue
            base = collected(src, docs_path, False, Path(tmp) / "base.out")
            more = collected(src, docs_path, True, Path(tmp) / "more.out")
            print(f"{src}: {(more - base) / len(docs) / 1e6:.3f} M instructions per article "
                  f"(times + numbers, one pass, {len(docs)} articles)")


if __name__ == "__main__":
    main()
