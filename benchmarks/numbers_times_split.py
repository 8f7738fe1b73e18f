"""Where the times + numbers stages spend their time, each part timed where it is called inside the loop.

    python benchmarks/numbers_times_split.py [--sample 200] [--repeat 5] [--rules]

``bench_numbers_times.py --parts`` times each part alone (its caches cold or warm as it happens); this
wraps the stages' own functions in place (``perf_counter_ns`` around each call, on the same first
``--sample`` SaudiNewsNet articles, ``--repeat`` passes after one warm pass) so the shares add up to one
run of both stages. It prints µs an article for each stage and each wrapped function, and with
``--rules`` the numbers stage's per-quantity rule functions with their calls an article (session 41's
pass sp41, docs/BENCHMARKS.md). The wrappers add their own cost (≈ 0.2 µs a call): read the shares, not
the sum.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import bench_numbers_times as bench

from khabar.numbers import facts, matching, quantities
from khabar.time import expressions

PARTS = [(quantities, "number_phrases"), (quantities, "_quantity"), (facts, "classify"), (facts, "link_facts"),
         (facts, "find_quantities"), (expressions, "_matches"), (expressions, "_post_passes"),
         (matching, "matching_form")]
RULES = [(quantities, name) for name in (
    "_attach_noun", "_modifier_before", "_unit", "_plausible_count", "_is_label", "_modifier_after", "_far_modifier",
    "_drop_label_lists", "_more_than_one", "_lone_fractions", "_group_nouns", "_share_units", "_in_not_numbers",
    "_list_marker", "_is_range")] + [(facts, name) for name in (
    "_trigger_before", "_trigger_after", "_object_of_verb", "_noun_type", "_subject_type", "_partitive_type",
    "_sports_score", "_duration", "_grade", "_several", "_noun", "link_facts", "_frequency", "_clock")]


def wrap(targets, spent: collections.Counter, calls: collections.Counter) -> None:
    """Replace each ``(module, name)`` by a wrapper adding its time and calls to the counters."""
    clock = time.perf_counter_ns
    for module, name in targets:
        if not hasattr(module, name):
            continue
        func = getattr(module, name)

        def timed(*args, _func=func, _name=name, **kwargs):
            started = clock()
            result = _func(*args, **kwargs)
            spent[_name] += clock() - started
            calls[_name] += 1
            return result

        setattr(module, name, timed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=bench.REPO.parent / "shared" / "data")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rules", action="store_true", help="the numbers stage's rule functions instead of the parts")
    args = parser.parse_args(argv)
    docs = bench.segmented(bench.load_sample(args.data, args.sample))
    times, numbers = bench.STAGES["times"].func, bench.STAGES["numbers"].func
    bench.compile_time_scanners()
    spent, calls = collections.Counter(), collections.Counter()
    wrap(RULES if args.rules else PARTS, spent, calls)
    for doc in docs:  # warm: every cache and lazily compiled pattern filled once
        doc.meta.clear()
        times(doc)
        numbers(doc)
    spent.clear()
    calls.clear()
    in_times = in_numbers = 0
    for _ in range(args.repeat):
        for doc in docs:
            doc.meta.clear()
            started = time.perf_counter_ns()
            times(doc)
            middle = time.perf_counter_ns()
            numbers(doc)
            in_times += middle - started
            in_numbers += time.perf_counter_ns() - middle
    n = args.repeat * len(docs)
    print(f"{len(docs)} articles × {args.repeat}; µs an article (wrappers included)")
    print(f"times stage {in_times / n / 1000:.1f}, numbers stage {in_numbers / n / 1000:.1f}")
    for name, ns in spent.most_common():
        print(f"{name:28s} {ns / n / 1000:7.1f} µs  {calls[name] / n:5.2f} calls")


if __name__ == "__main__":
    main()
