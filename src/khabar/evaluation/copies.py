"""``khabar eval copies``: republished copies on SaudiNewsNet.

Every article of the 18 day files goes through :class:`khabar.stories.copies.CopyIndex`
in time order (day file, then index in it: the order ``khabar ingest`` stores them).
Two gold sets score it:

* **exact duplicates**: articles whose normalised content is the same; every
  pair of such articles must end in one copy group (recall);
* **hand-checked pairs** (``tests/data/copies_gold.json``): candidate pairs
  drawn across the whole range of similarity by :func:`draw_pairs`, each read
  and judged "copy" (the later article's text is the earlier one's,
  republished with edits, cuts or boilerplate) or not; a pair is predicted a
  copy when both articles end in the same copy group (what a reader of
  ``duplicate_of`` sees).

The headline gold is the *adjudicated* label of each pair (:func:`majority_label`:
the majority of three blind labellings, ``against_adjudicated_labels``); the
first labeller's labels (``dev``/``test``/``all``) are printed beside it.
The labels are directional, the groups are not: each run is scored two ways,
side by side. ``dev``/``test``/``all`` take the first labels as they are. The
``one_release`` scores also count a pair labelled "not a copy" as one when
both of its texts are republished from one third article (:func:`one_release`:
a cut first and the fuller release later); such a pair is then right in one
group and missed in two. docs/STORIES.md gives the reasons.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from khabar.evaluation.goldsets import GoldRef, content_hash, read_day

GOLD_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "copies_gold.json"
SAMPLE_SEED = 20157
RELEASE_CONTAINMENT = 0.8  # share of each text's shingles in a third one: both are that text republished
RELEASE_DAYS = 3  # ... published on the later one's day or this many days before
# Strata of containment (share of the later article's shingles in the earlier) the sample is drawn from.
STRATA = ((0.15, 0.4), (0.4, 0.5), (0.5, 0.55), (0.55, 0.6), (0.6, 0.65), (0.65, 0.7), (0.7, 0.8), (0.8, 0.95), (0.95, 1.01))


@dataclass(frozen=True)
class CorpusArticle:
    n: int  # position in time order
    ref: GoldRef
    published: str
    outlet: str
    title: str
    content: str


def read_corpus(shared: Path) -> list[CorpusArticle]:
    """Every SaudiNewsNet article, in the order an ingest stores them."""
    folder = shared / "news" / "saudinewsnet"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} not found: pass --data with the shared data folder")
    articles = []
    for path in sorted(folder.glob("*.zip")):
        for index, item in enumerate(read_day(shared, path.name)):
            content = item.get("content") or ""
            articles.append(CorpusArticle(
                len(articles), GoldRef(path.name, index, content_hash(content)), path.stem,
                item.get("source") or "", item.get("title") or "", content,
            ))
    return articles


def group_copies(articles: list[CorpusArticle], threshold: float | None = None,
                 rare_threshold: float | None = None, memo: dict | None = None, **options) -> dict[int, int]:
    """Each article's copy group (the ``n`` of its original), from one incremental pass.

    With a ``memo`` (a dict, filled by the first pass), later passes with
    other thresholds replay the measured candidates instead of reading again.
    ``options`` go to :class:`CopyIndex` (``name_swaps``, ``figure_swaps``,
    ``join_back``, ``merge_groups``, ``formula_groups``, ``formula_share``).
    """
    from khabar.stories.copies import COPY_CONTAINMENT, RARE_CONTAINMENT, CopyIndex

    index = CopyIndex(threshold=COPY_CONTAINMENT if threshold is None else threshold,
                      rare_threshold=RARE_CONTAINMENT if rare_threshold is None else rare_threshold, memo=memo,
                      **options)
    for article in articles:
        index.add(article.n, article.published, article.content)
    return {article.n: index.root(article.n) for article in articles}


def exact_duplicate_pairs(articles: list[CorpusArticle]) -> Iterator[tuple[int, int]]:
    """Pairs of articles with the same normalised, non-empty content."""
    from khabar.stories.copies import content_words

    groups: dict[str, list[int]] = defaultdict(list)
    for article in articles:
        words = content_words(article.content)
        if words:
            groups[" ".join(words)].append(article.n)
    for members in groups.values():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                yield first, second


def candidate_pairs(articles: list[CorpusArticle]) -> list[tuple[int, int, float]]:
    """(earlier, later, containment of the later in the earlier) for every LSH candidate pair, exact duplicates left out."""
    from datasketch import MinHashLSH

    from khabar.stories.copies import (
        LSH_THRESHOLD,
        NUM_PERM,
        containment,
        minhash_of,
        word_shingles,
    )

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    shingles = [word_shingles(a.content) for a in articles]
    pairs = []
    for article in articles:
        own = shingles[article.n]
        if not own:
            continue
        signature = minhash_of(own)
        for other in lsh.query(signature):
            if shingles[other] != own:
                pairs.append((other, article.n, containment(own, shingles[other])))
        lsh.insert(article.n, signature)
    return pairs


def draw_pairs(articles: list[CorpusArticle], per_stratum: int = 24, seed: int = SAMPLE_SEED) -> list[tuple[int, int, float]]:
    """A reproducible sample of candidate pairs, ``per_stratum`` from each band of :data:`STRATA`."""
    pairs = sorted(candidate_pairs(articles))
    rng = random.Random(seed)
    sample = []
    for low, high in STRATA:
        band = [p for p in pairs if low <= p[2] < high]
        sample += rng.sample(band, min(per_stratum, len(band)))
    return sample


def _position(by_ref: dict[str, CorpusArticle], gold_id: str, sha1: str) -> int:
    article = by_ref.get(gold_id)
    if article is None or article.ref.sha1 != sha1:
        raise ValueError(f"{gold_id}: not found or its content hash differs from the gold's; the shared data changed")
    return article.n


def score_pairs(predicted: list[bool], gold: list[bool]) -> dict[str, float | int]:
    tp = sum(p and g for p, g in zip(predicted, gold))
    fp = sum(p and not g for p, g in zip(predicted, gold))
    fn = sum(g and not p for p, g in zip(predicted, gold))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(gold), "positive": sum(gold), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate_copies(shared: Path, gold_path: Path | str | None = None,
                    settings: list[tuple] | None = None) -> dict:
    """Exact-duplicate recall and hand-checked pair precision/recall, for each setting.

    A setting is ``(containment, rare-word share)`` or ``(containment, rare-word
    share, options)`` with ``options`` a dict for :class:`CopyIndex`
    (``{"name_swaps": 99, "figure_swaps": 99}`` turns the substitution test off).
    The first setting measures the corpus, the others replay its memo.
    """
    from khabar.stories.copies import COPY_CONTAINMENT, RARE_CONTAINMENT

    articles = read_corpus(shared)
    by_ref = {a.ref.gold_id: a for a in articles}
    document = json.loads(Path(gold_path or GOLD_PATH).read_text(encoding="utf-8"))
    gold = document["pairs"]
    positions = [(_position(by_ref, g["a"], g["a_sha1"]), _position(by_ref, g["b"], g["b_sha1"])) for g in gold]
    release = one_release(articles, positions, gold)
    exact = list(exact_duplicate_pairs(articles))
    report = {"articles": len(articles), "exact_duplicate_pairs": len(exact), "runs": [],
              "label_agreement": label_agreement(gold, document.get("population"))}
    memo: dict = {}
    for setting in settings or [(COPY_CONTAINMENT, RARE_CONTAINMENT)]:
        threshold, rare, options = (*setting, {})[:3]
        groups = group_copies(articles, threshold, rare, memo, **options)
        predicted = [groups[a] == groups[b] for a, b in positions]
        report["runs"].append({
            "threshold": threshold,
            "rare_threshold": rare,
            "options": options,
            "copies": sum(1 for n, root in groups.items() if root != n),
            "exact_recall": round(sum(groups[a] == groups[b] for a, b in exact) / len(exact), 4) if exact else 1.0,
            **{split: score_pairs([p for p, g in zip(predicted, gold) if split == "all" or g["split"] == split],
                                  [bool(g["copy"]) for g in gold if split == "all" or g["split"] == split])
               for split in ("dev", "test", "all")},
            "one_release": {split: score_pairs([p for p, g in zip(predicted, gold) if split == "all" or g["split"] == split],
                                               [e for e, g in zip(release, gold) if split == "all" or g["split"] == split])
                           for split in ("dev", "test", "all")},
            "corpus_estimate": weighted_estimate(predicted, gold, document.get("population")),
            "against_second_labels": against_second_labels(predicted, gold),
            "against_adjudicated_labels": against_adjudicated_labels(predicted, gold, document.get("population")),
            "errors": [{"a": g["a"], "b": g["b"], "gold": g["copy"], "reason": g.get("reason")}
                       for g, p in zip(gold, predicted) if p != bool(g["copy"])],
        })
    return report


def label_agreement(gold: list[dict], population: dict | None) -> dict | None:
    """A second, blind labelling of the pairs (``second_copy``) scored against the first as khabar is:
    how far two labellers agree on this sample, the ceiling the copy figures are read against."""
    if not gold or any("second_copy" not in g for g in gold):
        return None
    second = [bool(g["second_copy"]) for g in gold]
    agreement = {split: score_pairs([s for s, g in zip(second, gold) if split == "all" or g["split"] == split],
                                    [bool(g["copy"]) for g in gold if split == "all" or g["split"] == split])
                 for split in ("dev", "test", "all")}
    agreement["corpus_estimate"] = weighted_estimate(second, gold, population)
    agreement["kappa"] = cohens_kappa([bool(g["copy"]) for g in gold], second)
    return agreement


def cohens_kappa(first: list[bool], second: list[bool]) -> float:
    """Agreement of two labellings beyond what their rates of "copy" would give by chance."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    p_first, p_second = sum(first) / n, sum(second) / n
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    return round((observed - chance) / (1 - chance), 4) if chance < 1 else 1.0


def against_second_labels(predicted: list[bool], gold: list[dict]) -> dict | None:
    """khabar scored against the second labelling, and how many of its disagreements with the first
    fall on pairs both labellers read alike (khabar's errors, not label noise)."""
    if not gold or any("second_copy" not in g for g in gold):
        return None
    second = [bool(g["second_copy"]) for g in gold]
    scores = {split: score_pairs([p for p, g in zip(predicted, gold) if split == "all" or g["split"] == split],
                                 [s for s, g in zip(second, gold) if split == "all" or g["split"] == split])
              for split in ("dev", "test", "all")}
    wrong = [bool(g["copy"]) == s for p, g, s in zip(predicted, gold, second) if p != bool(g["copy"])]
    scores["errors"] = len(wrong)
    scores["errors_where_labellers_agree"] = sum(wrong)
    return scores


def majority_label(pair: dict) -> bool | None:
    """The adjudicated label of a pair: the two labellers' where they agree, else the third's (the
    majority of three); None where a disagreement has no third label yet."""
    first, second = bool(pair["copy"]), pair.get("second_copy")
    if second is None or bool(second) == first:
        return first
    third = pair.get("third_copy")
    return None if third is None else bool(third)


def against_adjudicated_labels(predicted: list[bool], gold: list[dict], population: dict | None = None) -> dict | None:
    """khabar scored against the majority of three blind labels (see :func:`majority_label`): the
    gold with the first labeller's judgement calls outvoted where the other two agree. The headline."""
    majority = [majority_label(g) for g in gold]
    if not gold or any(m is None for m in majority):
        return None
    scores = {split: score_pairs([p for p, g in zip(predicted, gold) if split == "all" or g["split"] == split],
                                 [m for m, g in zip(majority, gold) if split == "all" or g["split"] == split])
              for split in ("dev", "test", "all")}
    scores["changed_labels"] = sum(m != bool(g["copy"]) for m, g in zip(majority, gold))
    scores["corpus_estimate"] = weighted_estimate(predicted, gold, population, majority)
    return scores


def one_release(articles: list[CorpusArticle], positions: list[tuple[int, int]], gold: list[dict]) -> list[bool]:
    """Each gold pair read as "do A and B print one release?" (the question a copy group answers).

    A pair labelled a copy is one. A pair labelled not a copy is one when a
    third article, published on B's day or up to :data:`RELEASE_DAYS` before,
    holds at least :data:`RELEASE_CONTAINMENT` of A's shingles and of B's:
    both are then that text republished (cuts allowed), so by the labelling
    definition each is a copy of it, and one group holding the three is what
    the definition implies. Measured on the texts alone, not on khabar's
    decisions: the third article is looked for among every article of those days.
    """
    from khabar.stories.copies import containment, word_shingles

    shingles: dict[int, set[str]] = {}

    def of(n: int) -> set[str]:
        if n not in shingles:
            shingles[n] = word_shingles(articles[n].content)
        return shingles[n]

    by_day: dict[str, list[int]] = defaultdict(list)
    for article in articles:
        by_day[article.published].append(article.n)
    answers = []
    for (a, b), g in zip(positions, gold):
        if g["copy"]:
            answers.append(True)
            continue
        last = date.fromisoformat(articles[b].published[:10])
        days = [(last - timedelta(days=back)).isoformat() for back in range(RELEASE_DAYS + 1)]
        around = [n for day in days for n in by_day.get(day, ()) if n not in (a, b)]
        first, second = of(a), of(b)
        answers.append(any(containment(first, of(n)) >= RELEASE_CONTAINMENT
                           and containment(second, of(n)) >= RELEASE_CONTAINMENT for n in around))
    return answers


def weighted_estimate(predicted: list[bool], gold: list[dict], population: dict | None,
                      labels: list[bool] | None = None) -> dict | None:
    """Precision and recall over all candidate pairs of the corpus: each band's sample weighs its band's size.

    The sample over-represents the borderline bands on purpose; this weighs
    them back to how often they occur. ``labels`` are the gold's ``copy``
    (the first labels) unless given.
    """
    if not population:
        return None
    labels = [bool(g["copy"]) for g in gold] if labels is None else labels
    totals = {"tp": 0.0, "fp": 0.0, "fn": 0.0}
    for band in population["per_stratum"]:
        members = [(p, c) for p, g, c in zip(predicted, gold, labels)
                   if band["low"] <= g["containment"] < band["high"] or (band["high"] >= 1.0 and g["containment"] >= 1.0)]
        if not members:
            continue
        weight = band["pairs"] / len(members)
        totals["tp"] += weight * sum(p and c for p, c in members)
        totals["fp"] += weight * sum(p and not c for p, c in members)
        totals["fn"] += weight * sum(c and not p for p, c in members)
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    return {"precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0}


def format_copies_report(report: dict) -> str:
    lines = [(f"{report['articles']:,} articles, {report['exact_duplicate_pairs']:,} exact-duplicate pairs; "
              "hand-checked pairs: P/R on dev, test (held out), all; and weighed back to the corpus"),
             "labels: adjudicated (the majority of three blind labellings, the headline), first (the first labeller's)",
             (f"{'shingles':>8} {'rare':>5} {'copies':>7} {'exact R':>8} {'labels':>11} {'dev P':>6} {'dev R':>6} {'test P':>6}"
              f" {'test R':>6} {'all P':>6} {'all R':>6} {'corpus P':>8} {'corpus R':>8}")]
    nan = {"precision": float("nan"), "recall": float("nan")}
    for run in report["runs"]:
        adjudicated = run.get("against_adjudicated_labels")
        rows = ([("adjudicated", adjudicated, adjudicated.get("corpus_estimate"))] if adjudicated else []) + [
            ("first", run, run["corpus_estimate"])]
        for number, (labels, scores, estimate) in enumerate(rows):
            estimate = estimate or nan
            lead = (f"{run['threshold']:>8.2f} {run['rare_threshold']:>5.2f} {run['copies']:>7,} {100 * run['exact_recall']:>8.2f}"
                    if number == 0 else f"{'':>8} {'':>5} {'':>7} {'':>8}")
            lines.append(lead + f" {labels:>11}"
                         + "".join(f" {100 * scores[s]['precision']:>6.1f} {100 * scores[s]['recall']:>6.1f}"
                                   for s in ("dev", "test", "all"))
                         + f" {100 * estimate['precision']:>8.1f} {100 * estimate['recall']:>8.1f}")
    lines.append("read as one release (a pair whose two texts are both inside a third article counts as one; first labels): "
                 "P/R on dev, test, all")
    for run in report["runs"]:
        lines.append(f"{run['threshold']:>8.2f} {run['rare_threshold']:>5.2f} {'':>7} {'':>8} {'':>11}"
                     + "".join(f" {100 * run['one_release'][s]['precision']:>6.1f} {100 * run['one_release'][s]['recall']:>6.1f}"
                               for s in ("dev", "test", "all")))
    agreement = report.get("label_agreement")
    if agreement:
        estimate = agreement["corpus_estimate"] or {"precision": float("nan"), "recall": float("nan")}
        lines.append("a second labeller, blind, against the first (the labels' own agreement): P/R on dev, test, all; corpus")
        lines.append(f"{'':>8} {'':>5} {'':>7} {'':>8} {'':>11}"
                     + "".join(f" {100 * agreement[s]['precision']:>6.1f} {100 * agreement[s]['recall']:>6.1f}"
                               for s in ("dev", "test", "all"))
                     + f" {100 * estimate['precision']:>8.1f} {100 * estimate['recall']:>8.1f}"
                     + f"   kappa {agreement['kappa']:.2f}")
    for run in report["runs"]:
        second = run.get("against_second_labels")
        if second:
            lines.append(f"khabar against the second labels ({second['errors_where_labellers_agree']} of its "
                         f"{second['errors']} disagreements with the first are on pairs both labellers read alike)")
            lines.append(f"{run['threshold']:>8.2f} {run['rare_threshold']:>5.2f} {'':>7} {'':>8} {'':>11}"
                         + "".join(f" {100 * second[s]['precision']:>6.1f} {100 * second[s]['recall']:>6.1f}"
                                   for s in ("dev", "test", "all")))
    changed = next((run["against_adjudicated_labels"]["changed_labels"] for run in report["runs"]
                    if run.get("against_adjudicated_labels")), None)
    if changed is not None:
        lines.append(f"(the adjudicated labels differ from the first on {changed} pair{'' if changed == 1 else 's'})")
    return "\n".join(lines)
