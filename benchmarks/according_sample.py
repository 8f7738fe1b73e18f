"""A random sample of according-to cues ("بحسب", "وفقا لـ", "نقلا عن" …) in articles outside the gold, each
shown with khabar's quotes around it, for judging by hand: session 39's pass acc39 (docs/evaluation/quotes.md)
judged 160 of them, drawn from day files 5:9 with seed 4200, before and after its rules.

    python benchmarks/according_sample.py --days 5:9 --seed 4200 --n 160 > /tmp/sample.txt

Every occurrence of :data:`CUE` in the raw content of the non-gold articles of ``--days`` is counted, and
``--n`` of them drawn with ``--seed`` (so an article with many cues is drawn more often). Each is read again
with the code on ``PYTHONPATH`` and printed with the text around it, the cue in ``{{…}}``, then every quote of
khabar's whose content or cue lies within :data:`NEAR` characters of it: kind, cue, source and content. The
reader says whether the cue attributes a clause (ANNOTATION.md: an according-to quote) and whether khabar found
it, with the right clause and source — detection precision and recall, and their strict form, on unseen text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import khabar
from khabar.evaluation.goldsets import GOLD_PATH, read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
# The cue words of ANNOTATION.md's according-to, with و / ف and the ما of "بحسب ما" / "حسبما"
CUE = re.compile(r"(?<![\w])[وف]?(?:ب?حسب(?:ما)?|وفق[اًٌ]*|طبق[اًٌ]*|تبع[اًٌ]*|نقل[اًٌ]* عن|استناد[اًٌ]*|على حد|"
                 r"كما جاء في|كما ورد في)")
NEAR = 120  # characters around a cue within which a quote of khabar's is shown beside it


def occurrences(articles: dict[str, str]) -> list[tuple[str, int, str]]:
    """Every cue in the texts ``articles`` (id → text): (article id, its rank in that text, the cue as written)."""
    return [(gold_id, rank, match.group()) for gold_id, text in articles.items()
            for rank, match in enumerate(CUE.finditer(text))]


def draw(found: list[tuple[str, int, str]], seed: int, n: int) -> list[tuple[str, int, str]]:
    """``n`` of the occurrences ``found``, drawn with ``seed``."""
    return random.Random(seed).sample(found, min(n, len(found)))


def shown(text: str, start: int, end: int, quotes: list[dict]) -> list[str]:
    """The cue at ``[start, end)`` of ``text`` in its context, then the quotes near it, one line each."""
    lines = [(text[max(0, start - 200):start] + "{{" + text[start:end] + "}}" + text[end:end + 200]).replace("\n", " ⏎ ")]
    for quote in quotes:
        cue = quote.get("cue") or {}
        edges = [quote["start"], quote["end"]] + [cue[key] for key in ("start", "end") if cue.get(key) is not None]
        if min(edges) - NEAR <= start and end <= max(edges) + NEAR:
            source = (quote.get("speaker") or {}).get("text")
            lines.append(f"    {quote['kind']} | cue {cue.get('text')} | source {source} | {quote['text'][:120]}")
    return lines


def non_gold_articles(data: Path, days: slice) -> dict[str, dict]:
    """The articles outside the gold of the day files ``days`` (in name order), by gold-style id."""
    gold = {entry["gold_id"] for entry in json.loads(GOLD_PATH.read_text(encoding="utf-8"))}
    out = {}
    for day in sorted((data / "news" / "saudinewsnet").glob("*.zip"))[days]:
        for index, article in enumerate(read_day(data, day.name)):
            gold_id = f"{day.name}#{index}"
            if gold_id not in gold and (article.get("content") or "").strip():
                out[gold_id] = article
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", default="5:9", help="day files, a slice of their sorted names (default 5:9)")
    parser.add_argument("--seed", type=int, default=4200)
    parser.add_argument("--n", type=int, default=160)
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    first, last = (int(part) if part else None for part in args.days.split(":"))
    articles = non_gold_articles(args.data, slice(first, last))
    found = occurrences({gold_id: article["content"] for gold_id, article in articles.items()})
    picks = draw(found, args.seed, args.n)
    print(f"# {len(found)} cues in {len({gold_id for gold_id, _, _ in found})} articles; {len(picks)} shown")
    for number, (gold_id, rank, cue) in enumerate(picks, 1):
        article = articles[gold_id]
        doc = khabar.analyze(article["content"], published=(article.get("date_extracted") or "")[:10] or None)
        matches = list(CUE.finditer(doc.text))  # the clean text: the cue's rank, not its raw offset
        if rank >= len(matches):
            print(f"{number}\t{gold_id}\t{cue}\t(not found again in the clean text)")
            continue
        lines = shown(doc.text, matches[rank].start(), matches[rank].end(), doc.quotes)
        print(f"{number}\t{gold_id}\t{cue}\n    " + "\n".join(lines))


if __name__ == "__main__":
    main()
