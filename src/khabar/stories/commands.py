"""The bodies of ``khabar stories``, ``khabar eval copies`` and ``khabar eval stories`` (cli.py only reads options)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

STORY_COLUMNS = [("id", "story"), ("first_published", "from"), ("last_published", "to"), ("articles", "articles"),
                 ("outlets", "outlets"), ("title", "title"), ("entities", "key entities")]


def story_rows(stories: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """Stories flattened for a table or CSV (JSON keeps the API's shape)."""
    if fmt == "json":
        return stories
    return [{**s, "outlets": "، ".join(s["outlets"]),
             "entities": "، ".join(e.get("name") or e.get("en") or "" for e in s["entities"])} for s in stories]


def print_stories(store: Any, fmt: str, **filters: Any) -> None:
    from khabar.store.render import emit

    stories = store.stories(**filters)
    emit(story_rows(stories, fmt), STORY_COLUMNS, fmt, title="stories")


def rebuild_store(db: str) -> dict[str, Any]:
    """Recompute the copies and stories of the store at ``db``; one line of progress on stderr per 10 %."""
    from khabar.store import Store

    shown = [0]

    def progress(done: int, total: int, seconds: float) -> None:
        if done * 10 // max(total, 1) > shown[0] or done == total:
            shown[0] = done * 10 // max(total, 1)
            print(f"stories: {done:,}/{total:,} articles ({seconds:.1f} s for the last batch)", file=sys.stderr)

    with Store(db) as store:
        result = store.rebuild_stories(progress=progress)
        store.checkpoint()
    print(f"{result['articles']:,} articles: {result['copies']:,} copies, {result['stories']:,} stories → {db}",
          file=sys.stderr)
    return result


def run_eval_copies(shared: Path, as_json: bool) -> None:
    from khabar.evaluation.copies import evaluate_copies, format_copies_report

    report = evaluate_copies(shared)
    print(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_copies_report(report))


def run_eval_stories(db: str, shared: Path, as_json: bool) -> None:
    from khabar.evaluation.stories import evaluate_stories, format_stories_report

    report = evaluate_stories(db, shared)
    print(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_stories_report(report))
