"""Instructions per article of every analysis stage (clean → facts_link), counted by callgrind.

CPU time on a shared machine moves by 10 % and more between runs (1.5–2.5× on a busy day);
instruction counts do not. One process runs under callgrind: it reads ``--warm`` + ``--sample``
SaudiNewsNet articles, passes the ``--warm`` ones through every stage (the word caches fill as
they would in a long ingest), zeroes the counters, then passes the ``--sample`` others through
the stages *stage by stage* (all articles cleaned, then all segmented, …) and dumps the counters
after each stage through callgrind's client requests (a tiny C helper, compiled with ``gcc`` into
a temporary folder, calls ``CALLGRIND_ZERO_STATS`` and ``CALLGRIND_DUMP_STATS_AT``). Give
``--src`` several times to compare checkouts (e.g. one made with
``git archive <commit> src | tar -x -C /tmp/old``), each run as ``PYTHONPATH=<src>``.

    python benchmarks/instructions_pipeline.py --src src --src /tmp/old/src

Needs valgrind (Debian's ``valgrind``, with ``/usr/include/valgrind/callgrind.h``) and gcc.
Callgrind runs Python some 50× slower: 40 + 40 articles took 8 minutes for two checkouts side by
side on a loaded 2-core machine; 200 + 200 need an idle core and well over 20 minutes. Fewer than
200 warm-up articles leave one-off work (lazily compiled time scanners and patterns) in ``times``
and ``clean``: compare those two stages only at the default sizes. Python functions are not
visible to callgrind on Python 3.11 (no perf trampoline): for where the instructions go inside a
stage, profile the same stages with cProfile (``--profile``, no valgrind).

A stage with a batch function (``ner``: the sentences of several articles decoded together) runs
over ``--batch`` articles at a time (default: ``khabar.pipeline.PIPE_BATCH``, as ``khabar ingest``
runs it); ``--batch 1`` runs it article by article, as a checkout without batch functions does.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STAGE_NAMES = ["clean", "segment", "ner", "link", "times", "numbers", "quotes", "facts_link"]

HELPER_C = r"""
#include <valgrind/callgrind.h>
void khabar_zero(void) { CALLGRIND_ZERO_STATS; }
void khabar_dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""


def compile_helper(folder: Path) -> Path:
    """The shared library whose two functions issue callgrind's client requests."""
    source, library = folder / "cg.c", folder / "cg.so"
    source.write_text(HELPER_C)
    subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def run_stages(raws, pipeline, after_stage=None, batch: int | None = None) -> list:
    """Every stage over every article, stage by stage; ``after_stage(name)`` after each.

    A stage's batch function, where it has one, runs over ``batch`` articles at a time.
    """
    from khabar.pipeline import prepare

    docs = []
    for raw in raws:
        with contextlib.suppress(Exception):  # not analysed, as the ingest would skip it
            docs.append(prepare(raw))
    docs = [doc for doc in docs if doc.language == "ar"]
    if after_stage:
        after_stage("clean")
    if batch is None:
        from khabar import pipeline as module

        batch = getattr(module, "PIPE_BATCH", 1)
    for step in pipeline.stages:
        many = getattr(step, "batch", None)
        if many is not None and batch > 1:
            for at in range(0, len(docs), batch):
                many(docs[at : at + batch])
        else:
            for doc in docs:
                step.func(doc)
        if after_stage:
            after_stage(step.name)
    return docs


def child(articles_path: str, library: str, warm: int, batch: int | None = None) -> None:
    """The counted process: warm pass, zero, counted pass with a dump after each stage."""
    from khabar.pipeline import Pipeline, tune_gc_for_batch

    with open(articles_path, "rb") as f:
        raws = pickle.load(f)
    helper = ctypes.CDLL(library)
    tune_gc_for_batch()
    pipeline = Pipeline()
    run_stages(raws[:warm], pipeline, batch=batch)
    helper.khabar_zero()
    run_stages(raws[warm:], pipeline, lambda name: helper.khabar_dump(name.encode()), batch=batch)


def profile(articles_path: str, warm: int, top: int, batch: int | None = None) -> None:
    """cProfile of the counted pass (no valgrind): where the time goes, per khabar function."""
    import cProfile
    import pstats

    from khabar.pipeline import Pipeline, tune_gc_for_batch

    with open(articles_path, "rb") as f:
        raws = pickle.load(f)
    tune_gc_for_batch()
    pipeline = Pipeline()
    run_stages(raws[:warm], pipeline, batch=batch)
    profiler = cProfile.Profile()
    profiler.enable()
    run_stages(raws[warm:], pipeline, batch=batch)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(os.environ.get("KHABAR_PROFILE_SORT", "tottime")).print_stats(top)


def stage_counts(src: str, articles_path: str, warm: int, folder: Path, library: Path,
                 batch: int | None = None) -> dict[str, int]:
    """Instructions per stage of one checkout (``sys.executable``: not a pyenv shim, which would
    run Python outside valgrind)."""
    env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
    out = folder / "cg.out"
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
         "--child", articles_path, "--library", str(library), "--warm", str(warm),
         *(["--batch", str(batch)] if batch is not None else [])],
        env=env, capture_output=True, text=True, check=True)
    counts = {}
    for dump in sorted(folder.glob("cg.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1])):
        text = dump.read_text(errors="replace")
        trigger = re.search(r"^desc: Trigger: Client Request: (\S+)", text, re.MULTILINE)
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.MULTILINE)
        if trigger and total:
            counts[trigger.group(1)] = int(total.group(1))
        dump.unlink()
    return counts


def load_articles(data: Path, count: int) -> list:
    from khabar.read import RawArticle, iter_articles

    paths = sorted(str(p) for p in (data / "news" / "saudinewsnet").glob("*.zip"))
    articles = []
    for item in iter_articles(paths):
        if isinstance(item, RawArticle):
            articles.append(item)
            if len(articles) >= count:
                break
    return articles


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", action="append", help="a checkout's src folder (repeatable); default: this one's")
    parser.add_argument("--sample", type=int, default=200, help="articles counted")
    parser.add_argument("--warm", type=int, default=200, help="articles passed first, not counted")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--profile", type=int, metavar="TOP", help="cProfile the counted pass instead (TOP rows)")
    parser.add_argument("--batch", type=int, help="articles per batch for stages with a batch function "
                        "(default: khabar.pipeline.PIPE_BATCH; 1: article by article)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.library, args.warm, args.batch)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles_path = str(folder / "articles.pkl")
        # Warm-up articles first, counted ones after (the first ``sample`` of the corpus).
        articles = load_articles(args.data, args.sample + args.warm)
        with open(articles_path, "wb") as f:
            pickle.dump(articles[args.sample:] + articles[:args.sample], f)
        if args.profile:
            profile(articles_path, args.warm, args.profile, args.batch)
            return
        library = compile_helper(folder)
        for src in args.src or [str(REPO / "src")]:
            counts = stage_counts(src, articles_path, args.warm, folder, library, args.batch)
            analysis = sum(counts.get(name, 0) for name in STAGE_NAMES)
            print(f"{src}: M instructions per article, one pass over {args.sample} articles "
                  f"({args.warm} warm-up articles before)")
            for name in STAGE_NAMES:
                print(f"  {name:<11} {counts.get(name, 0) / args.sample / 1e6:8.3f}")
            print(f"  {'analysis':<11} {analysis / args.sample / 1e6:8.3f}")


if __name__ == "__main__":
    main()
