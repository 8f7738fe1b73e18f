"""One random SaudiNewsNet article outside the gold, with khabar's quotes: the lead's reading (docs/RULE_PASSES.md).

    python benchmarks/read_random.py SEED [--max-chars 2500]

Prints the article's id and outlet, its clean text, then one line per quote: kind, cue, speaker, whether
the speaker is anonymous, the via, and the content's first words. The seed picks the article, so a
reading can be repeated; articles of the gold, longer than ``--max-chars``, or with no reporting verb or
quotation mark are passed over. Reading such output one article at a time is how the lead passes of
docs/evaluation/quotes.md found their shapes, each then checked on the whole corpus with
``benchmarks/snapshot.py dump --per-day 0 --outside-gold``.
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


def pick(data: Path, seed: int, max_chars: int) -> tuple[str, dict]:
    """The gold id and article object the seed draws."""
    gold = {entry["gold_id"] for entry in load_gold()}
    days = sorted(p.name for p in (data / "news" / "saudinewsnet").glob("*.zip"))
    rng = random.Random(seed)
    while True:
        day = rng.choice(days)
        articles = read_day(data, day)
        index = rng.randrange(len(articles))
        gold_id, content = f"{day}#{index}", articles[index].get("content") or ""
        if gold_id not in gold and len(content) <= max_chars and QUOTED_OR_REPORTED.search(content):
            return gold_id, articles[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", type=int)
    parser.add_argument("--max-chars", type=int, default=2500)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    gold_id, article = pick(args.data, args.seed, args.max_chars)
    doc = khabar.analyze(article["content"], published=(article.get("date_extracted") or "")[:10] or None)
    print(gold_id, article.get("source"))
    print(doc.text)
    print("----")
    for quote in doc.quotes:
        speaker = quote.get("speaker") or {}
        cue = (quote.get("cue") or {}).get("text")
        print(f"{quote['kind'][:3]} | {cue} | {speaker.get('text')} | anonymous {speaker.get('anonymous')} | "
              f"via {quote.get('via_text')} || {quote['text'][:70]}")


if __name__ == "__main__":
    main()
