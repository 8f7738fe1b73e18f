"""A random sample of khabar's direct quotes in articles outside the gold, shown for judging by hand.

    python benchmarks/snapshot.py dump --days 4:6 --per-day 0 --outside-gold /tmp/base.jsonl
    python benchmarks/direct_sample.py /tmp/base.jsonl --seed 38 --n 150 > /tmp/sample.txt
    python benchmarks/direct_sample.py /tmp/base.jsonl --seed 38 --no-speaker > /tmp/nospeaker.txt
    python benchmarks/direct_sample.py /tmp/base.jsonl --seed 38 --missed 60 > /tmp/missed.txt

The dump (``snapshot.py dump``) says which articles hold direct quotes; the ``--n`` drawn with ``--seed``
(over all direct quotes of the dump, so an article with many quotes is drawn more often) are read again
with the code on ``PYTHONPATH`` and each printed with the text before it, the speaker span in ``[[…]]``
and the cue in ``{{…}}``, so a reader can judge the speaker by ../shared/spec/ANNOTATION.md (right,
wrong, none where one exists). ``--no-speaker`` prints every direct quote with no speaker instead.
``--missed N`` reads N random articles of the dump with a quotation mark and prints each quoted passage
(three words or more) that no quote of khabar's overlaps while a reporting verb or a colon stands just
before it or a reporting verb just after it: the candidates for missed direct quotes. Session 38's dq38
pass (docs/evaluation/quotes.md) judged its sample this way.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import khabar
from khabar.evaluation.goldsets import read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
QUOTED = re.compile(r"«([^«»]{3,600})»|“([^“”]{3,600})”|\"([^\"\n]{3,600})\"")
VERB = re.compile(r"(قال|يقول|تقول|أضاف|تضيف|يضيف|أكد|أوضح|تابع|وتابع|ختم|اختتم|أشار|صرح|ذكر|أعلن|كتب|مضيفا|قائلا|"
                  r"مؤكدا|موضحا|بقوله|بالقول|متسائلا|معتبرا|يرى|ترى|رأى|قالت|أضافت|أكدت|أوضحت|أعرب|أفاد|ردد|هتف|غرد)")


def _article(data: Path, gold_id: str, cache: dict) -> dict:
    day, _, index = gold_id.partition("#")
    if day not in cache:
        cache[day] = read_day(data, day)
    return cache[day][int(index)]


def _analyze(article: dict):
    return khabar.analyze(article["content"], published=(article.get("date_extracted") or "")[:10] or None)


def _show(doc, quote: dict, before: int = 220) -> str:
    text, marks = doc.text, []
    speaker, cue = quote.get("speaker") or {}, quote.get("cue") or {}
    starts = [quote["start"]] + [s["start"] for s in (speaker, cue) if s.get("start") is not None]
    ends = [quote["end"]] + [s["end"] for s in (speaker, cue) if s.get("end") is not None]
    lo, hi = max(0, min(starts) - before), min(len(text), max(ends) + 60)
    for span, (left, right) in ((speaker, ("[[", "]]")), (cue, ("{{", "}}"))):
        if span.get("start") is not None:
            marks += [(span["start"], left), (span["end"], right)]
    marks += [(quote["start"], "<Q>"), (quote["end"], "</Q>")]
    out, last = [], lo
    for at, mark in sorted(marks, key=lambda m: (m[0], m[1] in ("]]", "}}", "</Q>"))):
        if lo <= at <= hi:
            out += [text[last:at], mark]
            last = at
    out.append(text[last:hi])
    shown = "".join(out).replace("\n", " ⏎ ")
    q = shown.find("<Q>"), shown.find("</Q>")
    if q[1] - q[0] > 260:  # a long quotation: its opening and close are enough
        shown = shown[: q[0] + 140] + " … " + shown[q[1] - 80:]
    return shown


def draw(records: list[dict], seed: int, n: int, no_speaker: bool = False) -> list[tuple[str, int]]:
    """(gold id, quote index) of the direct quotes of a dump to show: ``n`` drawn with ``seed`` over all of them
    (sorted), or with ``no_speaker`` every one whose speaker is empty."""
    drawn = [(r["id"], i) for r in records for i, q in enumerate(r["quotes"]) if q[0] == "direct"
             and (not no_speaker or not q[3])]
    return sorted(drawn if no_speaker else random.Random(seed).sample(drawn, min(n, len(drawn))))


def missed_passages(doc) -> list[tuple[str, str, str]]:
    """(text before, passage, text after) of each quoted passage of three words or more that no quote of
    ``doc`` overlaps while a reporting verb or a colon stands just before it or a reporting verb just after."""
    found = []
    spans = [(q["start"], q["end"]) for q in doc.quotes]
    for match in QUOTED.finditer(doc.text):
        inner = next(g for g in match.groups() if g is not None)
        if len(inner.split()) < 3 or any(s < match.end() and e > match.start() for s, e in spans):
            continue
        left, right = doc.text[max(0, match.start() - 70): match.start()], doc.text[match.end(): match.end() + 40]
        if VERB.search(left[-45:]) or left.rstrip().endswith(":") or VERB.search(right[:25]):
            found.append((left, inner, right))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--no-speaker", action="store_true")
    parser.add_argument("--missed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.dump.open(encoding="utf-8")]
    cache: dict = {}
    if args.missed:
        with_marks = [r["id"] for r in records]
        random.Random(args.seed).shuffle(with_marks)
        shown = 0
        for gold_id in with_marks:
            article = _article(args.data, gold_id, cache)
            if shown >= args.missed or not QUOTED.search(article.get("content") or ""):
                continue
            shown += 1
            for left, inner, right in missed_passages(_analyze(article)):
                print(f"{gold_id}\t…{left}⟦{inner[:160]}⟧{right}…".replace("\n", " ⏎ "))
        return
    picks = draw(records, args.seed, args.n, args.no_speaker)
    print(f"# {sum(q[0] == 'direct' for r in records for q in r['quotes'])} direct quotes in {len(records)} articles; "
          f"{len(picks)} shown")
    for number, (gold_id, index) in enumerate(picks, 1):
        doc = _analyze(_article(args.data, gold_id, cache))
        quote = doc.quotes[index] if index < len(doc.quotes) else None
        if quote is None or quote["kind"] != "direct":
            print(f"{number}\t{gold_id}\t(quote {index} not found again)")
            continue
        speaker = quote.get("speaker") or {}
        print(f"{number}\t{gold_id}\tq{index}\tSPK={speaker.get('text')}\tanon={speaker.get('anonymous')}\n    "
              + _show(doc, quote))


if __name__ == "__main__":
    main()
