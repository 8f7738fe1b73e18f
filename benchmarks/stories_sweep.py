"""Replay the stories of an analysed store from cached features and score settings on the dev gold pairs.

A ``khabar stories --rebuild`` takes minutes; the stories alone (``StoryIndex``,
fed the cached words and names of every article in publication order, copies
joining their original's story as the store recorded them) take well under
one. Only the dev pairs are scored (held-out pairs are never read here).

    python benchmarks/stories_sweep.py --db news.db --cache features.pkl [--set NAME=VALUE ...]

``--set`` changes a module constant of ``khabar.stories.stories`` for the
replay (``--set JOIN_SCORE=0.35``); several ``--grid`` lines are scored one
row each (``--grid "JOIN_SCORE=0.3 ANCHOR_RULE=1"``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from khabar.evaluation.copies import score_pairs
from khabar.evaluation.stories import GOLD_PATH, article_keys


def build_cache(db: str, cache: Path) -> dict:
    """Words, names, dates and copy links of every stored article, in publication order, and the gold keys."""
    from khabar.store import Store
    from khabar.stories.across import stored_names
    from khabar.stories.stories import story_terms

    pairs = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["pairs"]
    with Store(db, readonly=True) as store:
        conn = store.conn
        rows = conn.execute("SELECT n, published, text, duplicate_of FROM articles"
                            " ORDER BY published IS NULL, published, n").fetchall()
        articles = [(n, published, story_terms(text or ""), stored_names(conn, n), dup, len(text or ""))
                    for n, published, text, dup in rows]
        keys = article_keys(store, sorted({p[s] for p in pairs for s in ("a", "b")}))
    data = {"articles": articles, "keys": keys}
    cache.write_bytes(pickle.dumps(data))
    return data


def replay(data: dict, settings: dict[str, float]) -> tuple[dict[int, int], int]:
    """Article key → story id after feeding every article through a fresh :class:`StoryIndex` with ``settings``."""
    import khabar.stories.stories as stories

    saved = {name: getattr(stories, name) for name in settings}
    try:
        for name, value in settings.items():
            setattr(stories, name, value)
        index = stories.StoryIndex(join_score=stories.JOIN_SCORE)  # the default argument was bound at import
        last_day = None
        for n, published, terms, names, dup, _ in data["articles"]:
            if published and published[:10] != last_day and last_day is not None:
                index.close_before(published[:10])
            last_day = published[:10] if published else last_day
            index.add(n, published, stories.ArticleFeatures(terms, set(names)), copy_of=dup)
        return index.article_story, index.next_id - 1
    finally:
        for name, value in saved.items():
            setattr(stories, name, value)


def score(data: dict, article_story: dict[int, int], gold: Path, split: str = "dev",
          draws: tuple[str, ...] = ("old", "new")) -> dict[str, dict]:
    """Pairwise P/R on the ``split`` pairs: the first 180 pairs ("old"), the later ones ("new"), both ("all")."""
    pairs = json.loads(gold.read_text(encoding="utf-8"))["pairs"]
    keys = data["keys"]
    out = {}
    groups = {"old": pairs[:180], "new": pairs[180:], "all": pairs}
    for name in (*draws, "all"):
        chosen = [p for p in groups[name] if p["split"] == split and keys.get(p["a"]) in article_story
                  and keys.get(p["b"]) in article_story]
        predicted = [article_story[keys[p["a"]]] == article_story[keys[p["b"]]] for p in chosen]
        out[name] = score_pairs(predicted, [bool(p["same"]) for p in chosen])
        out[name]["wrong"] = [(p["a"], p["b"], p["same"], p.get("reason")) for pr, p in zip(predicted, chosen)
                              if pr != bool(p["same"])]
    return out


def parse(text: str) -> dict[str, float]:
    settings = {}
    for item in text.split():
        name, value = item.split("=")
        settings[name] = float(value) if "." in value else int(value)
    return settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="An analysed store with copies (read only).")
    parser.add_argument("--cache", type=Path, required=True, help="Feature cache (built from --db when absent).")
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--grid", action="append", default=[], help="One setting per row: NAME=VALUE ...")
    parser.add_argument("--errors", action="store_true", help="Print the wrong dev pairs of each row.")
    args = parser.parse_args()
    data = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else build_cache(args.db, args.cache)
    missing = [p for p in json.loads(args.gold.read_text(encoding="utf-8"))["pairs"] if p["a"] not in data["keys"]
               or p["b"] not in data["keys"]]
    if missing and args.db:
        from khabar.store import Store

        with Store(args.db, readonly=True) as store:
            data["keys"].update(article_keys(store, sorted({p[s] for p in missing for s in ("a", "b")})))
        args.cache.write_bytes(pickle.dumps(data))
    for row in args.grid or [""]:
        began = time.process_time()
        article_story, stories = replay(data, parse(row))
        result = score(data, article_story, args.gold)
        cells = "  ".join(f"{k} {100 * v['precision']:.1f}/{100 * v['recall']:.1f}/{100 * v['f1']:.1f}"
                          f" ({v['pairs']}, {v['positive']})" for k, v in result.items())
        print(f"{row or 'start'} | stories {stories:,} | {cells} | {time.process_time() - began:.0f} s", flush=True)
        if args.errors:
            for name in ("old", "new"):
                for wrong in result[name]["wrong"]:
                    print("   ", name, *wrong)


if __name__ == "__main__":
    main()
