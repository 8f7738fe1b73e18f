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
import math
import random
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from khabar.evaluation.copies import score_pairs
from khabar.evaluation.goldsets import content_hash, read_day

GOLD_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "stories_gold.json"
SAMPLE_SEED = 20158
NEIGHBOUR_MIN_WORDS = 40  # a drawn original has at least this many content words: shorter ones are captions and briefs
NEIGHBOUR_DAYS = 3  # its neighbours are published within this many days of it (the stories' window)


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
    groups = sorted({_group(p) for p in usable})
    if len(groups) > 1:
        report["groups"] = {}
        for group in groups:
            for split in ("dev", "test", "all"):
                chosen = [(pr, p) for pr, p in zip(predicted, usable)
                          if _group(p) == group and (split == "all" or p["split"] == split)]
                report["groups"][f"{split} {group}"] = score_pairs([pr for pr, _ in chosen],
                                                                   [bool(p["same"]) for _, p in chosen])
    report["errors"] = [{"a": p["a"], "b": p["b"], "gold": p["same"], "reason": p["reason"]}
                        for pr, p in zip(predicted, usable) if pr != bool(p["same"])]
    return report


def format_stories_report(report: dict[str, Any]) -> str:
    lines = [f"{report['pairs']} hand-labelled pairs ({report['missing']} with an article not in the store)",
             f"{'split':<18}{'pairs':>6}{'same':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for split in ("dev", "test", "all"):
        s = report[split]
        lines.append(f"{split:<18}{s['pairs']:>6}{s['positive']:>6}{100 * s['precision']:>8.1f}"
                     f"{100 * s['recall']:>8.1f}{100 * s['f1']:>8.1f}")
    for name, s in (report.get("groups") or {}).items():
        lines.append(f"{name:<18}{s['pairs']:>6}{s['positive']:>6}{100 * s['precision']:>8.1f}"
                     f"{100 * s['recall']:>8.1f}{100 * s['f1']:>8.1f}")
    return "\n".join(lines)


def _group(pair: dict) -> str:
    """The draw a gold pair came from: ``draw 20161`` for pairs that name theirs, ``first 180`` for the others."""
    return f"draw {pair['draw']}" if pair.get("draw") else "first 180"


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


def draw_neighbour_pairs(store: Any, count: int, seed: int, *, exclude: set[frozenset[str]] | None = None,
                         gold_path: Path | str | None = None, min_words: int = NEIGHBOUR_MIN_WORDS) -> list[dict[str, Any]]:
    """Pairs to label drawn independent of any clustering, as the last 60 pairs of the gold were.

    Random originals (no copies) of ``min_words`` content words or more
    (:data:`NEIGHBOUR_MIN_WORDS`), each paired with its nearest neighbour (three pairs in four) or
    its third nearest (the fourth: a harder, less similar pair) by TF-IDF
    cosine among the originals published within :data:`NEIGHBOUR_DAYS` days.
    Words are the stories' words (:func:`~khabar.stories.stories.story_terms`),
    weighed ``(1 + log tf) × idf`` over the originals, full vectors. A pair
    already in the gold (``exclude``: unordered reference pairs; by default
    read from ``gold_path``) or drawn before is skipped with its original.
    Every third pair is split ``test``. Returns ``{"a", "b", "kind", "split",
    "a_n", "b_n", "cosine"}`` with ``a``/``b`` as ``day.zip#index``, ``a`` the
    earlier (by store key).
    """
    from khabar.stories.stories import story_terms

    if exclude is None:
        gold = json.loads(Path(gold_path or GOLD_PATH).read_text(encoding="utf-8"))["pairs"]
        exclude = {frozenset((p["a"], p["b"])) for p in gold}
    refs: dict[int, str] = {}
    for origin, n in store._read(
            "SELECT i.origin, a.n FROM inputs i JOIN articles a ON a.id = i.article_id ORDER BY a.n, i.origin"):
        ref = _day_ref(origin)
        if ref is not None and n not in refs:
            refs[n] = ref
    rows = store._read("SELECT n, published, text FROM articles WHERE duplicate_of IS NULL AND published IS NOT NULL"
                       " ORDER BY n")
    terms: dict[int, Counter[str]] = {}
    days: dict[int, date] = {}
    for n, published, text in rows:
        day = _date(published)
        if n in refs and day is not None:
            terms[n] = story_terms(text or "")
            days[n] = day
    df: Counter[str] = Counter()
    for counts in terms.values():
        df.update(counts.keys())
    documents = len(terms)
    idf = {w: math.log((documents + 1) / (f + 1)) + 1.0 for w, f in df.items()}
    vectors: dict[int, dict[str, float]] = {}
    postings: dict[str, list[tuple[int, float]]] = {}
    for n, counts in terms.items():
        weights = {w: (1 + math.log(c)) * idf[w] for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
        vectors[n] = {w: x / norm for w, x in weights.items()}
        for w, x in vectors[n].items():
            postings.setdefault(w, []).append((n, x))
    eligible = sorted(n for n, counts in terms.items() if sum(counts.values()) >= min_words)
    rng = random.Random(seed)
    taken = set(exclude)
    chosen: list[dict[str, Any]] = []
    for n in rng.sample(eligible, len(eligible)):
        if len(chosen) >= count:
            break
        kind = "third" if len(chosen) % 4 == 3 else "nearest"
        scores: Counter[int] = Counter()
        for w, x in vectors[n].items():
            for other, y in postings[w]:
                scores[other] += x * y
        ranked = sorted(((s, o) for o, s in scores.items()
                         if o != n and abs((days[o] - days[n]).days) <= NEIGHBOUR_DAYS), key=lambda t: (-t[0], t[1]))
        rank = 2 if kind == "third" else 0
        if len(ranked) <= rank:
            continue
        cosine, other = ranked[rank]
        a, b = sorted((n, other))
        key = frozenset((refs[a], refs[b]))
        if key in taken:
            continue
        taken.add(key)
        chosen.append({"a": refs[a], "b": refs[b], "kind": kind, "split": "test" if len(chosen) % 3 == 2 else "dev",
                       "a_n": a, "b_n": b, "cosine": round(cosine, 4)})
    return chosen


def pairs_to_label(pairs: list[dict[str, Any]], shared: Path) -> list[dict[str, Any]]:
    """The drawn pairs with what a labeller reads: both titles and contents from the day files, and their sha1."""
    day_files: dict[str, list[dict]] = {}
    out = []
    for pair in pairs:
        row: dict[str, Any] = {}
        for side in ("a", "b"):
            zip_name, index = pair[side].split("#")
            if zip_name not in day_files:
                day_files[zip_name] = read_day(shared, zip_name)
            article = day_files[zip_name][int(index)]
            row[side] = pair[side]
            row[f"{side}_sha1"] = content_hash(article.get("content") or "")
        row["kind"], row["split"] = pair["kind"], pair["split"]
        for side in ("a", "b"):
            article = day_files[pair[side].split("#")[0]][int(pair[side].split("#")[1])]
            row[f"{side}_title"] = article.get("title") or ""
            row[f"{side}_content"] = article.get("content") or ""
        out.append(row)
    return out


def _day_ref(origin: str) -> str | None:
    """``…/2015-07-21.zip:2015-07-21.json#12`` → ``2015-07-21.zip#12`` (None for other inputs)."""
    head, _, index = origin.rpartition("#")
    path = head.split(":", 1)[0]
    if not path.endswith(".zip") or not index.isdigit():
        return None
    return f"{Path(path).name}#{index}"


def _date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(str(published)[:10])
    except (TypeError, ValueError):
        return None
