"""One random SaudiNewsNet article outside the gold, with khabar's quotes: the lead's reading (docs/RULE_PASSES.md).

    python benchmarks/read_random.py SEED [--max-chars 2500]

Prints the article's id and outlet, its clean text, then one line per quote: kind, cue, speaker, whether
the speaker is anonymous, the via, and the content's first words. The seed picks the article, so a
reading can be repeated; articles of the gold, longer than ``--max-chars``, or with no reporting verb or
quotation mark are passed over. With ``--kinds direct,according_to`` the draw keeps only articles where khabar finds
a quote of those kinds (and no reporting verb is asked for), and prints those quotes alone, each with the text before
it, in place of the article (``--max-chars 6000`` is what session 41's lead used). Reading such output one article at a
time is how the lead passes of
docs/evaluation/quotes.md found their shapes, each then checked on the whole corpus with
``benchmarks/snapshot.py dump --per-day 0 --outside-gold``. With ``--show facts`` or ``--show times`` the draw keeps
only articles where khabar finds a figure (or a time expression) and prints the article's text, then one line per
figure (text, type, value, min, max, approximate) or time (text, type, value): the random reading of the facts and times
passes of docs/evaluation/facts_times.md (before session 46 each pass wrote its own copy of this). ``--days 5:10``
restricts the draw to a slice of the sorted day files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import khabar
from khabar.evaluation.goldsets import load_gold, read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
QUOTED_OR_REPORTED = re.compile(r"[«\"“]|قال|أضاف|أكد|أوضح")


def pick(data: Path, seed: int, max_chars: int, kinds: tuple[str, ...] = (), show: str = "",
         days: slice = slice(None)) -> tuple[str, dict]:
    """The gold id and article object the seed draws; with ``kinds``, only an article where khabar finds a quote of
    one of those kinds; with ``show`` ("facts", "times"), only one where it finds such an item."""
    gold = {entry["gold_id"] for entry in load_gold()}
    days = sorted(p.name for p in (data / "news" / "saudinewsnet").glob("*.zip"))[days]
    rng = random.Random(seed)
    while True:
        day = rng.choice(days)
        articles = read_day(data, day)
        index = rng.randrange(len(articles))
        gold_id, content = f"{day}#{index}", articles[index].get("content") or ""
        if gold_id in gold or len(content) > max_chars:
            continue
        if show:
            if content.strip() and getattr(analysed(articles[index]), show):
                return gold_id, articles[index]
            continue
        if not kinds and QUOTED_OR_REPORTED.search(content):
            return gold_id, articles[index]
        if kinds and content.strip() and any(q["kind"] in kinds for q in analysed(articles[index]).quotes):
            return gold_id, articles[index]


def analysed(article: dict):
    return khabar.analyze(article["content"], published=(article.get("date_extracted") or "")[:10] or None)


def print_kinds(doc, kinds: tuple[str, ...]) -> None:
    """Each quote of ``kinds``: its line, then the 250 characters before it and the first 80 of its words."""
    for quote in doc.quotes:
        if quote["kind"] not in kinds:
            continue
        speaker, cue = quote.get("speaker") or {}, quote.get("cue") or {}
        start = min(cue.get("start", quote["start"]), quote["start"])
        print(f"{quote['kind'][:3]} | {cue.get('text')} | {speaker.get('text')} | anonymous {speaker.get('anonymous')} | "
              f"via {(quote.get('via_text') or {}).get('text')}")
        print("   ", doc.text[max(0, start - 250): quote["start"] + 80].replace("\n", " / "))


def print_items(doc, show: str) -> None:
    """The article's figures or time expressions, one line each."""
    for item in getattr(doc, show):
        if show == "facts":
            print(f"F {item['text']} | {item['type']} | {item.get('value')} | {item.get('min')} | {item.get('max')} | "
                  f"approximate {item.get('approximate')}")
        else:
            print(f"T {item['text']} | {item['type']} | {item.get('value')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", type=int)
    parser.add_argument("--max-chars", type=int, default=2500)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--kinds", default="", help="comma-separated quote kinds (direct, indirect, according_to)")
    parser.add_argument("--show", choices=("facts", "times"), default="", help="draw and print figures or times")
    parser.add_argument("--days", default=":", help="a slice of the sorted day files (5:10)")
    args = parser.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k)
    first, _, last = args.days.partition(":")
    days = slice(int(first) if first else None, int(last) if last else None)
    gold_id, article = pick(args.data, args.seed, args.max_chars, kinds, args.show, days)
    doc = analysed(article)
    print(gold_id, article.get("source"))
    if args.show:
        print(doc.text)
        print("----")
        print_items(doc, args.show)
        return
    if kinds:
        print_kinds(doc, kinds)
        return
    print(doc.text)
    print("----")
    for quote in doc.quotes:
        speaker = quote.get("speaker") or {}
        cue = (quote.get("cue") or {}).get("text")
        print(f"{quote['kind'][:3]} | {cue} | {speaker.get('text')} | anonymous {speaker.get('anonymous')} | "
              f"via {quote.get('via_text')} || {quote['text'][:70]}")


if __name__ == "__main__":
    main()
