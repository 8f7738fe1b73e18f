"""Cleaning is idempotent on real articles: clean every SaudiNewsNet article, clean the result again, count
the articles whose text changes the second time (there should be none).

    python benchmarks/clean_twice.py [--days 0:12]

The property test (tests/clean/test_clean_properties.py) draws made-up texts; this reads the corpus, where
session 37 found one article (a trailing right-to-left mark after cut tags) that the tests had not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khabar.clean import clean_text
from khabar.evaluation.goldsets import read_day

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", default="0:12", help="day files, as a slice of the sorted files")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    args = parser.parse_args()
    first, last = (int(x) if x else None for x in args.days.split(":"))
    days = sorted(p.name for p in (args.data / "news" / "saudinewsnet").glob("*.zip"))[first:last]
    read = changed = 0
    for day in days:
        for index, article in enumerate(read_day(args.data, day)):
            once = clean_text(article.get("content") or "")
            read += 1
            if clean_text(once.text).text != once.text:
                changed += 1
                print(f"{day}#{index}: {once.text[-80:]!r}")
    print(f"{read:,} articles cleaned twice, {changed} changed by the second pass")


if __name__ == "__main__":
    main()
