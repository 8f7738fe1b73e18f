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

The same dump reads a corpus check, the articles outside the gold of some day files (every article
of each: ``--per-day 0``), or only those whose content matches a regular expression::

    python benchmarks/snapshot.py dump --days 0:4 --per-day 0 --outside-gold /tmp/before.jsonl
    python benchmarks/snapshot.py dump --per-day 0 --outside-gold --match "صلى الله عليه" /tmp/before.jsonl

An article khabar refuses (empty once cleaned) is left out and counted on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import khabar
from khabar.errors import InputError
from khabar.evaluation.goldsets import GOLD_PATH, read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def dump(data: Path, out: Path, per_day: int, days: slice = slice(None), *, match: str | None = None,
         outside_gold: bool = False) -> int:
    """Write one record per article (see the module doc); ``per_day`` 0 reads every article of a day."""
    count = refused = 0
    pattern = re.compile(match) if match else None
    gold = {entry["gold_id"] for entry in json.loads(GOLD_PATH.read_text(encoding="utf-8"))} if outside_gold else set()
    with out.open("w", encoding="utf-8") as sink:
        for day in sorted((data / "news" / "saudinewsnet").glob("*.zip"))[days]:
            articles = read_day(data, day.name)
            for index, article in enumerate(articles[:per_day] if per_day else articles):
                text = article.get("content") or ""
                if not text.strip() or f"{day.name}#{index}" in gold or (pattern and not pattern.search(text)):
                    continue
                try:
                    doc = khabar.analyze(text, published=(article.get("date_extracted") or "")[:10] or None)
                except InputError:
                    refused += 1
                    continue
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
    if refused:
        print(f"{refused} articles refused (nothing left once cleaned)", file=sys.stderr)
    return count


def day_slice(text: str) -> slice:
    """``"0:4"`` → the first four day files (Python's slice of the sorted day files)."""
    first, _, last = text.partition(":")
    return slice(int(first) if first else None, int(last) if last else None)


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
    dumping.add_argument("--per-day", type=int, default=60, help="articles read from each day file (0: all)")
    dumping.add_argument("--days", type=day_slice, default=slice(None), help="day files, as a slice of the sorted files (0:4)")
    dumping.add_argument("--match", help="only articles whose content matches this regular expression")
    dumping.add_argument("--outside-gold", action="store_true", help="leave out the articles of the gold")
    comparing = commands.add_parser("compare", help="print the quotes (facts, times) that differ between two dumps")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--what", choices=("quotes", "facts", "times", "speakers", "entities"), default="quotes")
    args = parser.parse_args(argv)
    if args.command == "dump":
        if not (args.data / "news" / "saudinewsnet").is_dir():
            sys.exit(f"no SaudiNewsNet under {args.data}: pass --data")
        count = dump(args.data, args.out, args.per_day, args.days, match=args.match, outside_gold=args.outside_gold)
        print(f"{count} articles")
    else:
        compare(args.before, args.after, args.what)


if __name__ == "__main__":
    main()
