"""Before/after check for quote rules: the quotes of a fixed sample of SaudiNewsNet articles.

A rule tuned on the gold's dev articles may change quotes anywhere; this dumps, for the first
``--per-day`` articles of every day file (60 × 18 days = 1,080 by default), each quote's kind,
content, cue and speaker, so two dumps — before and after a change — can be compared and the
differences read::

    python benchmarks/quotes_snapshot.py dump /tmp/before.jsonl
    # … change a rule …
    python benchmarks/quotes_snapshot.py dump /tmp/after.jsonl
    python benchmarks/quotes_snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl

``compare`` prints each quote that went (-) or came (+), article by article, and how many articles
changed. Every quote rule of docs/evaluation/quotes.md was checked this way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import khabar
from khabar.evaluation.goldsets import read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def dump(data: Path, out: Path, per_day: int) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for day in sorted((data / "news" / "saudinewsnet").glob("*.zip")):
            for index, article in enumerate(read_day(data, day.name)[:per_day]):
                text = article.get("content") or ""
                if not text.strip():
                    continue
                doc = khabar.analyze(text, published=(article.get("date_extracted") or "")[:10] or None)
                quotes = [[q["kind"], q["text"], q["cue"]["text"] if q["cue"] else None, q["speaker"]["text"]]
                          for q in doc.quotes]
                sink.write(json.dumps({"id": f"{day.name}#{index}", "quotes": quotes}, ensure_ascii=False) + "\n")
                count += 1
    return count


def compare(before: Path, after: Path) -> int:
    old = {r["id"]: r["quotes"] for r in map(json.loads, before.open(encoding="utf-8"))}
    new = {r["id"]: r["quotes"] for r in map(json.loads, after.open(encoding="utf-8"))}
    changed = 0
    for article in sorted(old.keys() | new.keys()):
        was, now = {tuple(q) for q in old.get(article, [])}, {tuple(q) for q in new.get(article, [])}
        if was == now:
            continue
        changed += 1
        for sign, quotes in (("-", was - now), ("+", now - was)):
            for kind, text, cue, speaker in sorted(quotes, key=str):
                print(f"{sign} {article} {kind} | {cue} | {speaker} | {(text or '')[:70]}")
    print(f"{changed} articles changed")
    return changed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write the quotes of the sample to a JSONL file")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--data", type=Path, default=SHARED_DATA)
    dumping.add_argument("--per-day", type=int, default=60)
    comparing = commands.add_parser("compare", help="print the quotes that differ between two dumps")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        if not (args.data / "news" / "saudinewsnet").is_dir():
            sys.exit(f"no SaudiNewsNet under {args.data}: pass --data")
        print(f"{dump(args.data, args.out, args.per_day)} articles")
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
