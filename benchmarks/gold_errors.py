"""khabar's errors on the dev gold, one line each: where a rule pass starts (docs/RULE_PASSES.md).

    python benchmarks/gold_errors.py quotes|facts|times [--draw SEED] [--out FILE] [--json FILE]

Each line is a tag, the gold id, the publication date, then the gold item and khabar's as JSON:
quotes MISS (gold, nothing found) / EXTRA (found, not in the gold) / WRONG (paired, speaker wrong) /
SPAN (paired, content not exact); facts MISS / EXTRA / VALUE / TYPE; times MISS / EXTRA / VALUE.
Only the dev split: the held-out split is scored in aggregate (`khabar eval … --split test`), never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.quotes import evaluate_quotes
from khabar.evaluation.times import evaluate_times

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EVALUATORS = {"quotes": evaluate_quotes, "facts": evaluate_facts, "times": evaluate_times}


def _bounds(item: dict[str, Any]) -> tuple[float | None, ...]:
    return tuple(None if item.get(k) is None else round(float(item[k]), 6) for k in ("value", "min", "max"))


def quote_tag(row: dict[str, Any]) -> str | None:
    if row["pred"] is None:
        return "MISS"
    if not row["speaker_ok"]:
        return "WRONG"
    return None if row["exact_ok"] else "SPAN"


def fact_tag(row: dict[str, Any]) -> str | None:
    gold, pred = row["gold"], row["pred"]
    if pred is None:
        return "MISS"
    if _bounds(gold) != _bounds(pred):
        return "VALUE"
    return "TYPE" if gold["type"] != pred["type"] else None


def time_tag(row: dict[str, Any]) -> str | None:
    if row["pred"] is None:
        return "MISS"
    return "VALUE" if row["gold"].get("value") != row["pred"].get("value") else None


TAGGERS = {"quotes": quote_tag, "facts": fact_tag, "times": time_tag}


def write_errors(task: str, report: dict[str, Any], sink: TextIO) -> int:
    """Write one line per error of ``report``'s details; return how many."""
    tag_of = TAGGERS[task]
    count = 0
    for article in report["details"]:
        where = f"{article['gold_id']}\t{article.get('published') or ''}"
        for row in article["rows"]:
            tag = tag_of(row)
            if tag:
                gold, pred = (json.dumps(row[k], ensure_ascii=False) for k in ("gold", "pred"))
                print(f"{tag}\t{where}\tgold={gold}\tpred={pred}", file=sink)
                count += 1
        for extra in article["false_positives"]:
            print(f"EXTRA\t{where}\tpred={json.dumps(extra, ensure_ascii=False)}", file=sink)
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=sorted(EVALUATORS))
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--draw", type=int, help="only the articles of one draw of the gold, by its seed")
    parser.add_argument("--out", type=Path, help="write the lines here (default: standard output)")
    parser.add_argument("--json", type=Path, help="also write the whole report with its details")
    args = parser.parse_args(argv)
    report = EVALUATORS[args.task](shared_dir=args.data, split="dev", details=True, draw=args.draw)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    with (args.out.open("w", encoding="utf-8") if args.out else sys.stdout) as sink:
        count = write_errors(args.task, report, sink)
    print(f"{count} errors on {report['articles']} dev articles", file=sys.stderr)


if __name__ == "__main__":
    main()
