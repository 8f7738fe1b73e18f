"""``khabar eval stories``: pairwise precision and recall of stories on hand-labelled SaudiNewsNet pairs.

Stories need the analysis (entities, figures), so the evaluation reads a
store into which SaudiNewsNet was ingested (``khabar ingest
../shared/data/news/saudinewsnet --db news.db``; ``khabar stories --rebuild``
for a store ingested before stories existed). Each gold pair (``a``, ``b``:
day file#index, with the content's sha1) is looked up through the ``inputs``
table; the pair is predicted "same story" when both articles are in one story.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from khabar.evaluation.copies import score_pairs
from khabar.evaluation.goldsets import content_hash, read_day

GOLD_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "stories_gold.json"
SAMPLE_SEED = 20158


def article_keys(store: Any, refs: list[str]) -> dict[str, int | None]:
    """``day.zip#index`` → the stored article's key (``articles.n``), None when it was not stored."""
    found: dict[str, int | None] = {}
    for ref in refs:
        zip_name, index = ref.split("#")
        pattern = f"%{zip_name}:{zip_name[:-4]}.json#{int(index)}"
        rows = store._read(
            "SELECT a.n FROM inputs i JOIN articles a ON a.id = i.article_id WHERE i.origin LIKE ? LIMIT 1", (pattern,))
        found[ref] = rows[0][0] if rows else None
    return found


def story_of(store: Any, keys: list[int]) -> dict[int, int]:
    found = {}
    for n in keys:
        rows = store._read("SELECT story FROM story_articles WHERE article = ?", (n,))
        if rows:
            found[n] = rows[0][0]
    return found


def check_hashes(shared: Path, pairs: list[dict]) -> None:
    """Raise when the shared data's text is not the text the pairs were labelled on."""
    days: dict[str, list[dict]] = {}
    for pair in pairs:
        for side in ("a", "b"):
            zip_name, index = pair[side].split("#")
            if zip_name not in days:
                days[zip_name] = read_day(shared, zip_name)
            if content_hash(days[zip_name][int(index)].get("content") or "") != pair[f"{side}_sha1"]:
                raise ValueError(f"{pair[side]}: content hash differs from the gold's; the shared data changed")


def evaluate_stories(db: str, shared: Path | None = None, gold_path: Path | str | None = None) -> dict[str, Any]:
    """Pairwise precision/recall of "same story" on the gold pairs (dev, test and all)."""
    from khabar.store import Store

    pairs = json.loads(Path(gold_path or GOLD_PATH).read_text(encoding="utf-8"))["pairs"]
    if shared is not None and (shared / "news" / "saudinewsnet").is_dir():
        check_hashes(shared, pairs)
    with Store(db, readonly=True) as store:
        keys = article_keys(store, sorted({p[s] for p in pairs for s in ("a", "b")}))
        stories = story_of(store, [k for k in keys.values() if k is not None])
    if not stories:
        raise ValueError(f"{db}: no stories for the gold articles: ingest SaudiNewsNet into it, "
                         "then run `khabar stories --rebuild` if it was ingested before stories existed")
    usable = [p for p in pairs if keys.get(p["a"]) in stories and keys.get(p["b"]) in stories]
    predicted = [stories[keys[p["a"]]] == stories[keys[p["b"]]] for p in usable]
    report: dict[str, Any] = {"pairs": len(pairs), "missing": len(pairs) - len(usable)}
    for split in ("dev", "test", "all"):
        chosen = [(pr, p) for pr, p in zip(predicted, usable) if split == "all" or p["split"] == split]
        report[split] = score_pairs([pr for pr, _ in chosen], [bool(p["same"]) for _, p in chosen])
    report["errors"] = [{"a": p["a"], "b": p["b"], "gold": p["same"], "reason": p["reason"]}
                        for pr, p in zip(predicted, usable) if pr != bool(p["same"])]
    return report


def format_stories_report(report: dict[str, Any]) -> str:
    lines = [f"{report['pairs']} hand-labelled pairs ({report['missing']} with an article not in the store)",
             f"{'split':<6}{'pairs':>6}{'same':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for split in ("dev", "test", "all"):
        s = report[split]
        lines.append(f"{split:<6}{s['pairs']:>6}{s['positive']:>6}{100 * s['precision']:>8.1f}"
                     f"{100 * s['recall']:>8.1f}{100 * s['f1']:>8.1f}")
    return "\n".join(lines)


def draw_story_pairs(store: Any, per_kind: int = 30, seed: int = SAMPLE_SEED) -> list[tuple[str, int, int]]:
    """Candidate pairs to label, of four kinds (``kind``, n, n), drawn reproducibly from a store with stories:

    ``same``: two originals of one story; ``shared``: articles of different
    stories within 3 days that share a rare entity (the hard negatives and
    missed merges); ``near``: two originals of different stories, same day;
    ``apart``: two originals of one story at least 2 days apart.
    """
    rng = random.Random(seed)
    originals = "a.duplicate_of IS NULL"
    same = store._read(
        "SELECT x.article, y.article FROM story_articles x JOIN story_articles y ON y.story = x.story AND y.article > x.article"
        f" JOIN articles a ON a.n = x.article JOIN articles b ON b.n = y.article WHERE {originals} AND b.duplicate_of IS NULL"
        " AND x.story IN (SELECT story FROM story_articles GROUP BY story HAVING count(*) BETWEEN 2 AND 60)")
    shared = store._read(
        "SELECT DISTINCT x.article, y.article FROM article_entities x JOIN entities e ON e.id = x.entity AND e.n_articles"
        " BETWEEN 3 AND 60 AND x.type IN ('PER', 'ORG', 'LOC') JOIN article_entities y ON y.entity = x.entity"
        " AND y.article > x.article JOIN articles a ON a.n = x.article JOIN articles b ON b.n = y.article"
        " JOIN story_articles sx ON sx.article = x.article JOIN story_articles sy ON sy.article = y.article"
        f" WHERE sx.story != sy.story AND {originals} AND b.duplicate_of IS NULL"
        " AND abs(julianday(a.published) - julianday(b.published)) <= 3")
    days = store._read(f"SELECT a.n, a.published FROM articles a WHERE {originals}")
    by_day: dict[str, list[int]] = {}
    for n, day in days:
        by_day.setdefault(day, []).append(n)
    near = []
    for _ in range(per_kind * 4):
        day = rng.choice(sorted(by_day))
        near.append(tuple(sorted(rng.sample(by_day[day], 2))))
    apart = [(x, y) for x, y in same if abs(_julian(store, x) - _julian(store, y)) >= 2] if len(same) < 200_000 else []
    chosen = []
    for kind, pool in (("same", same), ("shared", shared), ("near", near), ("apart", apart)):
        pool = sorted(set(pool))
        chosen += [(kind, x, y) for x, y in rng.sample(pool, min(per_kind, len(pool)))]
    return chosen


def _julian(store: Any, n: int) -> float:
    return store._read("SELECT julianday(published) FROM articles WHERE n = ?", (n,))[0][0] or 0.0
