"""Instructions per article of the numbers stage alone, counted by callgrind inside one process.

``instructions.py`` counts the times and numbers stages together; this counts only the numbers
stage (session 42's method, docs/BENCHMARKS.md "Session 42, speed pass sp42"): ``--sample``
SaudiNewsNet articles are segmented once, then one process under callgrind runs both stages over
them to warm up and once more with only the numbers stage counted: each document's times stage runs
outside the count, its numbers stage inside ``functools.reduce`` (``--toggle-collect``), the cycle
collector off. Under ``setarch -R`` (no address randomisation), ``PYTHONHASHSEED=0`` and with each
checkout copied to the same path first (dicts keyed by ids and functions probe by address), a count
repeats to the last digit, so a change of 0.1 % can be read. Give ``--src`` several times to compare
checkouts (``git archive <commit> src | tar -x -C /tmp/old``).

    python benchmarks/instructions_numbers.py --src /tmp/old/src --src src [--sample 60]

Needs valgrind and setarch; a few minutes per checkout for 60 articles.
"""

from __future__ import annotations

import argparse
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
sys.path.insert(0, str(REPO / "benchmarks"))


def counted_pass(docs_path: str) -> None:
    """The process under callgrind: a warm pass, then one with only the numbers stage counted."""
    import bench_numbers_times as bench

    from khabar.pipeline import STAGES

    with open(docs_path, "rb") as f:
        docs = pickle.load(f)
    times, numbers = STAGES["times"].func, STAGES["numbers"].func
    bench.compile_time_scanners()
    for doc in docs:
        doc.meta.clear()
        times(doc)
        numbers(doc)
    gc.collect()
    gc.disable()
    for doc in docs:
        doc.meta.clear()
        times(doc)
        functools.reduce(lambda _, d: numbers(d), [doc], None)  # (the only call callgrind counts)


def collected(src: str, docs_path: str, tree: Path) -> int:
    """Instructions of the counted pass, ``src`` copied to ``tree`` first (the same path for every checkout)."""
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(src, tree / "src", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [
            "setarch",
            "x86_64",
            "-R",
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={tree / 'callgrind.out'}",
            sys.executable,
            __file__,
            "--child",
            docs_path,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", help="a checkout's src folder (repeatable); default: this one's")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        counted_pass(args.child)
        return
    import bench_numbers_times as bench

    with tempfile.TemporaryDirectory() as tmp:
        docs_path = str(Path(tmp) / "docs.pkl")
        docs = bench.segmented(bench.load_sample(args.data, args.sample))
        with open(docs_path, "wb") as f:
            pickle.dump(docs, f)
        for src in args.src or [str(REPO / "src")]:
            count = collected(src, docs_path, Path(tmp) / "tree")
            print(
                f"{src}: {count / len(docs) / 1e6:.4f} M instructions per article (numbers stage, {len(docs)} articles)"
            )


if __name__ == "__main__":
    main()
