"""khabar's times and numbers stages against dateparser (and puckling) on SaudiNewsNet.

Usage:
    python benchmarks/bench_numbers_times.py [--data ../shared/data] [--sample 200]
        [--puckling-python /path/to/python3.13]   # a Python ≥ 3.13 with `pip install puckling`
        [--repeat 3] [--append docs/BENCHMARKS.md]

Speed: articles per second of CPU time (``time.process_time``, so that other
processes on a shared machine do not count; the fastest of ``--repeat`` runs
per tool) on the same articles, read from the SaudiNewsNet
day files (``content``, ``date_extracted`` as the publication date).
dateparser's ``search_dates`` (``languages=['ar']``, ``RELATIVE_BASE`` =
publication) is slow, so every tool is timed on the same ``--sample``
articles; khabar is also timed on the whole corpus. khabar's figure is the
``times`` + ``numbers`` stages on segmented documents (cleaning and
segmentation are timed by bench_prepare.py); the others get the raw content.

The times stage is also timed alone (it computes the matching form and the
word pass the numbers stage then reuses): dateparser only reads dates.

Accuracy: on the hand-annotated gold times (tests/data/gold_news.json, all
its articles and the held-out third), scored by
:func:`khabar.evaluation.times.score_times`: span F1 (overlap), value
accuracy among matched spans (the ISO value equals the gold's), and F1 of
spans with the right value. dateparser returns a datetime for every match,
written here as an ISO date; puckling's values are written at their grain
(day → date, month → 2024-06, year, week, hour → datetime).

Prints a Markdown table; ``--append docs/BENCHMARKS.md`` adds it there (``benchmarks/run.py --only
numbers_times`` passes it).

``--parts`` times only khabar, part by part, on the ``--sample`` articles (best and median of
``--repeat`` passes): the matching form, the word pass, each stage alone and both together. Run it
under two checkouts (``PYTHONPATH=/path/to/other/src``) to compare two versions of the code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import platform
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from pathlib import Path

from common import commit, publish

import khabar.numbers.stage
import khabar.time.stage  # noqa: F401
from khabar.evaluation.goldsets import GOLD_PATH, load_gold
from khabar.evaluation.times import khabar_tagger, score_times
from khabar.pipeline import STAGES, Pipeline
from khabar.read import RawArticle

try:
    from khabar.time.expressions import scanners_by_opening as compile_time_scanners
except ImportError:  # an older checkout (--parts under PYTHONPATH=…) dispatches on the first letter only
    from khabar.time.expressions import scanners_by_first_char as compile_time_scanners

REPO = Path(__file__).resolve().parents[1]


def iter_articles(data: Path):
    """SaudiNewsNet articles in day order, ``{content, published}``, read a day file at a time."""
    for path in sorted((data / "news" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for record in json.loads(archive.read(archive.namelist()[0])):
                content = record.get("content") or ""
                if content.strip():
                    yield {"content": content, "published": (record.get("date_extracted") or "")[:10] or None}


def load_articles(data: Path) -> list[dict]:
    """Every SaudiNewsNet article."""
    return list(iter_articles(data))


def segmented(articles: list[dict]) -> list:
    prepare = Pipeline(["segment"])
    docs = []
    for article in articles:
        try:
            docs.append(prepare(RawArticle(text=article["content"]), published=article["published"]))
        except Exception as error:
            print(f"skipped: {error}", file=sys.stderr)
    return docs


def time_khabar(docs: list) -> tuple[float, int]:
    """Seconds for times + numbers over ``docs``, and words: every time scanner compiled and the
    first 50 documents run once beforehand (one-time costs, as dateparser's first call)."""
    times, numbers = STAGES["times"].func, STAGES["numbers"].func
    compile_time_scanners()  # compiled lazily, a few hundredths of a second each: not per article
    for doc in docs[:50]:
        times(doc)
        numbers(doc)
    started = time.process_time()
    for doc in docs:
        doc.meta.clear()
        times(doc)
        numbers(doc)
    return time.process_time() - started, sum(len(doc.text.split()) for doc in docs)


def time_times_alone(docs: list) -> float:
    """Seconds for the times stage alone over ``docs`` (the second of two runs)."""
    times = STAGES["times"].func
    for doc in docs[:50]:
        times(doc)
    started = time.process_time()
    for doc in docs:
        doc.meta.clear()
        times(doc)
    return time.process_time() - started


def time_tagger(tag, articles: list[dict]) -> float:
    """Seconds of CPU time for ``tag`` over the raw ``articles``."""
    started = time.process_time()
    for article in articles:
        tag(article["content"], article["published"])
    return time.process_time() - started


def dateparser_tagger():
    from dateparser.search import search_dates

    def tag(content: str, published: str | None):
        base = dt.datetime.fromisoformat(published) if published else dt.datetime.now()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(content, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
        out, cursor = [], 0
        for snippet, when in found:
            at = content.find(snippet, cursor)
            if at < 0:
                at = content.find(snippet)
            if at < 0:
                continue
            cursor = at + len(snippet)
            out.append((at, at + len(snippet), when.date().isoformat(), "date"))
        return out

    return tag


PUCKLING_RUNNER = r'''
import datetime as dt, json, sys, time
import puckling
from puckling import Context, Lang, Locale, Options

def iso(value, grain):
    if grain in ("year",):
        return f"{value.year:04d}", "year"
    if grain in ("month", "quarter"):
        return f"{value.year:04d}-{value.month:02d}", "month"
    if grain == "week":
        y, w, _ = value.isocalendar()
        return f"{y}-W{w:02d}", "week"
    if grain in ("hour", "minute", "second"):
        return value.strftime("%Y-%m-%dT%H:%M"), "time"
    return value.date().isoformat(), "date"

articles = json.load(sys.stdin)
results, started = [], time.process_time()
for article in articles:
    ref = dt.datetime.fromisoformat(article["published"] or "2015-08-01").replace(hour=12, tzinfo=dt.timezone.utc)
    ctx = Context(reference_time=ref, locale=Locale(Lang.AR, None))
    spans = []
    try:
        entities = puckling.parse(article["content"], ctx, Options(parse_timeout_ms=None), dims=("time", "duration"))
    except Exception:
        entities = []
    for e in entities:
        value, kind = None, "date"
        primary = getattr(e.value, "primary", None)
        if primary is not None and hasattr(primary, "value") and hasattr(primary, "grain"):
            value, kind = iso(primary.value, getattr(primary.grain, "value", str(primary.grain)))
        elif e.dim == "duration":
            kind = "duration"
        spans.append([e.start, e.end, value, kind])
    results.append(spans)
print(json.dumps({"seconds": time.process_time() - started, "results": results}))
'''


def run_puckling(python: str, articles: list[dict]) -> tuple[float, list] | None:
    """Seconds and spans of puckling over ``articles``, run by a Python ≥ 3.13 that has it."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(PUCKLING_RUNNER)
    done = subprocess.run([python, script.name], input=json.dumps(articles), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"puckling failed: {done.stderr[-500:]}", file=sys.stderr)
        return None
    out = json.loads(done.stdout)
    return out["seconds"], out["results"]


def puckling_tagger(python: str, shared: Path, entries: list[dict]):
    from khabar.evaluation.goldsets import load_article, ref_of

    articles = [{"content": load_article(shared, ref_of(e))["content"], "published": e.get("published")} for e in entries]
    ran = run_puckling(python, articles)
    if ran is None:
        return None
    by_content = {a["content"]: [tuple(s) for s in spans] for a, spans in zip(articles, ran[1])}
    return lambda content, published: by_content.get(content, [])


def load_sample(data: Path, count: int) -> list[dict]:
    """The first ``count`` articles, read from as few day files as that takes."""
    return list(itertools.islice(iter_articles(data), count))


def time_parts(docs: list, repeat: int) -> dict[str, list[float]]:
    """Seconds per pass over ``docs`` of each part of the two stages (``repeat`` passes each)."""
    from khabar.numbers import matching

    times, numbers = STAGES["times"].func, STAGES["numbers"].func
    compile_time_scanners()
    for doc in docs[:50]:
        doc.meta.clear()
        times(doc)
        numbers(doc)
    texts = [doc.text for doc in docs]
    forms = [matching.matching_form(text).text for text in texts]

    def word_pass() -> None:
        for form in forms:
            fresh = form + " "  # a new string: the cached pass is not reused
            matching.word_columns(fresh)
            matching.unlettered_words(fresh)

    def times_alone() -> None:
        for doc in docs:
            doc.meta.clear()
            times(doc)

    def numbers_alone() -> None:  # after times_alone: the matching form is kept, the word pass redone
        for doc in docs:
            numbers(doc)

    def both() -> None:
        for doc in docs:
            doc.meta.clear()
            times(doc)
            numbers(doc)

    parts = {
        "matching form": lambda: [matching.matching_form(text) for text in texts],
        "word pass (and words holding a digit)": word_pass,
        "times stage": times_alone,
        "numbers stage (word pass redone)": numbers_alone,
        "times + numbers": both,
    }
    runs: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(repeat):
        for name, run in parts.items():
            started = time.process_time()
            run()
            runs[name].append(time.process_time() - started)
    return runs


def print_parts(args: argparse.Namespace) -> None:
    import khabar

    docs = segmented(load_sample(args.data, args.sample))
    runs = time_parts(docs, args.repeat)
    print(f"khabar from {Path(khabar.__file__).parent}; {len(docs)} articles; CPU ms per article, {args.repeat} passes\n")
    print("| part | best | median |")
    print("|---|---|---|")
    for name, seconds in runs.items():
        print(f"| {name} | {min(seconds) / len(docs) * 1000:.3f} | {_median(seconds) / len(docs) * 1000:.3f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs over the sample per tool; the fastest counts")
    parser.add_argument("--puckling-python", default=None, help="a Python ≥ 3.13 with puckling installed")
    parser.add_argument("--append", type=Path, help="append the results to this Markdown file (docs/BENCHMARKS.md)")
    parser.add_argument("--parts", action="store_true", help="time khabar's parts only (no dateparser, nothing appended)")
    args = parser.parse_args(argv)
    if args.parts:
        print_parts(args)
        return

    articles = load_articles(args.data)
    sample = articles[: args.sample]
    docs_all = segmented(articles)
    docs_sample = segmented(sample)
    k_runs = sorted(time_khabar(docs_sample) for _ in range(args.repeat))
    k_sample, words_sample = k_runs[0]
    t_sample = min(time_times_alone(docs_sample) for _ in range(args.repeat))
    k_all, words_all = time_khabar(docs_all)

    tag = dateparser_tagger()
    tag(sample[0]["content"], sample[0]["published"])  # load dateparser's language data first
    d_runs = sorted(time_tagger(tag, sample) for _ in range(args.repeat))
    d_sample = d_runs[0]

    p_sample = None
    if args.puckling_python:
        ran = run_puckling(args.puckling_python, sample)
        p_sample = ran[0] if ran else None

    gold_all, gold_test = load_gold(GOLD_PATH, "all"), load_gold(GOLD_PATH, "test")
    scores = {
        "khabar": [score_times(khabar_tagger, g, args.data) for g in (gold_all, gold_test)],
        "dateparser": [score_times(tag, g, args.data) for g in (gold_all, gold_test)],
    }
    if args.puckling_python:
        tagger = puckling_tagger(args.puckling_python, args.data, gold_all)
        if tagger is not None:
            scores["puckling"] = [score_times(tagger, g, args.data) for g in (gold_all, gold_test)]

    def rate(n: int, seconds: float) -> float:
        return n / seconds if seconds else float("inf")

    speeds = {
        "khabar": (rate(len(docs_sample), k_sample), rate(len(docs_all), k_all)),
        "dateparser": (rate(len(sample), d_sample), None),
    }
    if p_sample:
        speeds["puckling"] = (rate(len(sample), p_sample), None)

    lines: list[str] = []
    out = lines.append
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out(f"### Numbers and times vs dateparser{' and puckling' if 'puckling' in scores else ''} — {when}, commit {commit()}\n")
    out(f"{dt.date.today().isoformat()}, Python {platform.python_version()}, {platform.machine()}, one process, "
        f"CPU time, fastest of {args.repeat} runs per tool (medians given below). Speed on the first {len(sample)} SaudiNewsNet articles (khabar: times + numbers stages; "
        f"{words_sample / max(1, len(docs_sample)):.0f} words per article) and on all {len(docs_all):,} for khabar "
        f"({k_all / max(1, words_all) * 400 * 1000:.2f} ms per 400 words). Accuracy on the gold times: all "
        f"{len(gold_all)} articles / the held-out {len(gold_test)}.\n")
    out("| tool | articles/s (sample) | articles/s (all) | span F1 (all / test) | value accuracy (all / test) | F1 with value (all / test) |")
    out("|---|---|---|---|---|---|")
    for name, (fast, full) in speeds.items():
        if name not in scores:
            continue
        a, t = (s["times"] for s in scores[name])
        out(f"| {name} | {fast:,.0f} | {'–' if full is None else f'{full:,.0f}'} | "
            f"{a['span']['f1']:.3f} / {t['span']['f1']:.3f} | {_f(a['value_accuracy'])} / {_f(t['value_accuracy'])} | "
            f"{a['with_value']['f1']:.3f} / {t['with_value']['f1']:.3f} |")
    ratio = speeds["khabar"][0] / speeds["dateparser"][0]
    out(f"\nkhabar (times + numbers) is {ratio:,.1f}× faster than dateparser on the same articles; "
        f"{k_sample / len(docs_sample) * 1000:.2f} ms per article against {d_sample / len(sample) * 1000:.2f} ms "
        f"(medians of the {args.repeat} runs: {_median([k for k, _ in k_runs]) / len(docs_sample) * 1000:.2f} ms against "
        f"{_median(d_runs) / len(sample) * 1000:.2f} ms, "
        f"{(_median(d_runs) / len(sample)) / (_median([k for k, _ in k_runs]) / len(docs_sample)):,.1f}×).")
    times_alone = rate(len(docs_sample), t_sample)
    out(f"khabar's times stage alone: {times_alone:,.0f} articles/s ({t_sample / len(docs_sample) * 1000:.2f} ms per "
        f"article), {times_alone / speeds['dateparser'][0]:,.1f}× dateparser.")
    if "puckling" in speeds:
        out(f"khabar is {speeds['khabar'][0] / speeds['puckling'][0]:,.0f}× faster than puckling on the same articles.")
    elif not args.puckling_python:
        out("puckling (Python ≥ 3.13) not run: pass --puckling-python to include it.")

    publish("\n".join(lines), args.append)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


if __name__ == "__main__":
    main()
