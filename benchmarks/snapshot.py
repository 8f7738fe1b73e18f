"""Before/after check for rules: the quotes, figures and times of a fixed sample of SaudiNewsNet articles.

A rule tuned on the gold's dev articles may change output anywhere; this dumps, for the first
``--per-day`` articles of every day file (60 × 18 days = 1,080 by default), each quote's kind,
content, cue and speaker, each fact's text, type, value and bounds, each time's text, type and
value, each quote's speaker entity, anonymous flag and via (``speakers``) and each entity mention with its
type and canonical name (``entities``), so two dumps — before and after a change — can be compared
and the differences read::

    python benchmarks/snapshot.py dump /tmp/before.jsonl
    # … change a rule …
    python benchmarks/snapshot.py dump /tmp/after.jsonl
    python benchmarks/snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl            # quotes
    python benchmarks/snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl --what facts  # or times, speakers, entities

``compare`` prints each item that went (-) or came (+), article by article, and how many articles
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
                names = {e["id"]: e["name"] for e in doc.entities}
                record = {
                    "id": f"{day.name}#{index}",
                    "quotes": [[q["kind"], q["text"], q["cue"]["text"] if q["cue"] else None, q["speaker"]["text"]]
                               for q in doc.quotes],
                    "facts": [[f["text"], f["type"], f["value"], f["min"], f["max"]] for f in doc.facts],
                    "times": [[t["text"], t["type"], t["value"]] for t in doc.times],
                    # what the quotes' own view leaves out: the speaker's entity and anonymous flag
                    "speakers": [[q["cue"]["text"] if q["cue"] else None, q["speaker"]["text"],
                                  names.get(q["speaker"]["entity"]), q["speaker"]["anonymous"],
                                  (q.get("via_text") or {}).get("text")] for q in doc.quotes],
                    "entities": [[m["text"], e["type"], (e.get("canonical") or {}).get("en"), m["start"]]
                                 for e in doc.entities for m in e["mentions"]],
                }
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def compare(before: Path, after: Path, what: str = "quotes") -> int:
    """Print the ``what`` (quotes, facts, times; speakers: each quote's cue, speaker, speaker entity,
    anonymous flag and via; entities: each mention with its type and canonical name) that differ, article by
    article; return how many articles changed. A dump older than a view has none of its items."""
    old = {r["id"]: r.get(what, []) for r in map(json.loads, before.open(encoding="utf-8"))}
    new = {r["id"]: r.get(what, []) for r in map(json.loads, after.open(encoding="utf-8"))}
    changed = 0
    for article in sorted(old.keys() | new.keys()):
        was, now = {tuple(item) for item in old.get(article, [])}, {tuple(item) for item in new.get(article, [])}
        if was == now:
            continue
        changed += 1
        for sign, items in (("-", was - now), ("+", now - was)):
            for item in sorted(items, key=str):
                print(f"{sign} {article} " + " | ".join(_shown(field) for field in _readable(what, item)))
    print(f"{changed} articles changed")
    return changed


def _readable(what: str, item: tuple) -> tuple:
    """A quote as kind | cue | speaker | content (its content cut short); facts and times as dumped."""
    if what != "quotes":
        return item
    kind, text, cue, speaker = item
    return kind, cue, speaker, (text or "")[:70]


def _shown(field) -> str:
    return "None" if field is None else str(field)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write the quotes, facts and times of the sample to a JSONL file")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--data", type=Path, default=SHARED_DATA)
    dumping.add_argument("--per-day", type=int, default=60)
    comparing = commands.add_parser("compare", help="print the quotes (facts, times) that differ between two dumps")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--what", choices=("quotes", "facts", "times", "speakers", "entities"), default="quotes")
    args = parser.parse_args(argv)
    if args.command == "dump":
        if not (args.data / "news" / "saudinewsnet").is_dir():
            sys.exit(f"no SaudiNewsNet under {args.data}: pass --data")
        print(f"{dump(args.data, args.out, args.per_day)} articles")
    else:
        compare(args.before, args.after, args.what)


if __name__ == "__main__":
    main()
