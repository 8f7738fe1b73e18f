"""Copies, round 3: does a decision learned from the dev pairs beat the hand rules? (docs/STORIES.md)

Replays SaudiNewsNet through :class:`khabar.stories.copies.CopyIndex` in stored
order and, when the later article of a *dev* gold pair arrives, measures the
pair with what the index holds then (the features an ingest could use).
Held-out pairs are never measured. Then, on the 144 dev pairs only:

* the hand rules at pair level (``accepts`` and the formula test: the decision
  for that one pair, before any grouping) and at group level (what
  ``khabar eval copies`` scores);
* a small L2 logistic regression over the pair features, leave-one-out and
  10-fold for a few fixed settings, and a nested 10 x 10-fold cross-validation
  that also chooses the feature set and the penalty inside each outer fold
  (the honest figure: no setting chosen on the pairs it is scored on).

    python benchmarks/copies_cv.py --data ../shared/data    # about 3 minutes
"""

from __future__ import annotations

import argparse
import json
import math
import re
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from khabar.evaluation.copies import GOLD_PATH, _position, read_corpus
from khabar.stories.copies import (
    FORMULA_GROUPS,
    FORMULA_LOW,
    FORMULA_SHARE,
    CopyIndex,
    Text,
    containment,
    content_words,
    shingles_of,
)

SENTENCE_END = re.compile(r"[.!؟?\n]+")
OWN_RUN = 12  # words of the later text in a run this long that the earlier lacks: its own text
PENALTIES = (0.3, 1.0, 3.0)
BASE = ["share", "back", "rare", "names", "figures", "formula"]
FEATURE_SETS = {
    "base": BASE,
    "base+own words": BASE + ["length_ratio", "own_run_words", "own_run_share"],
    "base+sentences": BASE + ["length_ratio", "sentence_share", "own_sentence_words"],
    "all": BASE + ["length_ratio", "own_run_words", "own_run_share", "sentence_share", "own_sentence_words",
                   "same_outlet", "same_day", "short"],
}


def measure_dev_pairs(shared: Path) -> tuple[list[dict], list[bool], list[bool], list[bool]]:
    """Features, gold labels, hand-rule pair decisions and group decisions of every dev pair."""
    articles = read_corpus(shared)
    by_ref = {a.ref.gold_id: a for a in articles}
    gold = [g for g in json.loads(GOLD_PATH.read_text(encoding="utf-8"))["pairs"] if g["split"] == "dev"]
    positions = [(_position(by_ref, g["a"], g["a_sha1"]), _position(by_ref, g["b"], g["b_sha1"])) for g in gold]
    waiting: dict[int, list[tuple[int, int]]] = {}
    for i, (a, b) in enumerate(positions):
        waiting.setdefault(b, []).append((i, a))
    memo: dict = {}
    index = CopyIndex(memo=memo)
    features: dict[int, dict] = {}
    hand: dict[int, bool] = {}
    for article in articles:
        index.add(article.n, article.published, article.content)
        for i, a in waiting.get(article.n, ()):
            measured = memo[article.n][0]
            groups = {index.entries[o].root for o, before, m in measured if before and m.share >= FORMULA_LOW}
            earlier, later = articles[a], article
            m = index.measure(Text.of(later.content), Text.of(earlier.content))
            formula = len(groups) >= FORMULA_GROUPS
            hand[i] = index.accepts(m) and (not formula or m.share >= FORMULA_SHARE)
            features[i] = pair_features(m, formula, earlier, later)
    roots = {a.n: index.root(a.n) for a in articles}
    grouped = [roots[a] == roots[b] for a, b in positions]
    return [features[i] for i in range(len(gold))], [bool(g["copy"]) for g in gold], [hand[i] for i in range(len(gold))], grouped


def pair_features(m, formula: bool, earlier, later) -> dict[str, float]:
    """What the index measures on a pair, plus the later text's own words counted two ways."""
    first, second = content_words(earlier.content), content_words(later.content)
    own_run = own_run_words(tuple(first), tuple(second))
    sentence_share, own_sentences = sentences_found(shingles_of(first), later.content)
    return {"share": m.share, "back": m.back, "rare": 1.0 if m.rare is None else m.rare,
            "names": m.swaps.count("name"), "figures": m.swaps.count("figure"), "formula": float(formula),
            "length_ratio": math.log((len(second) + 1) / (len(first) + 1)),
            "own_run_words": math.log1p(own_run), "own_run_share": own_run / max(1, len(second)),
            "sentence_share": sentence_share, "own_sentence_words": math.log1p(own_sentences),
            "same_outlet": float(earlier.outlet == later.outlet), "same_day": float(earlier.published == later.published),
            "short": float(m.short)}


def own_run_words(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """Words of the later text in inserted or replaced runs of at least :data:`OWN_RUN` words (a word diff)."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return sum(j2 - j1 for op, _, _, j1, j2 in matcher.get_opcodes() if op in ("insert", "replace") and j2 - j1 >= OWN_RUN)


def sentences_found(earlier: set[str], later_text: str) -> tuple[float, int]:
    """Share of the later text's words in sentences mostly (≥ 50 % of shingles) in the earlier text,
    and the words of its sentences hardly in it (< 20 %): a fuller version, measured by sentences."""
    sentences = [words for words in map(content_words, SENTENCE_END.split(later_text)) if len(words) >= 4]
    if not sentences:
        return 1.0, 0
    inside = [containment(shingles_of(words), earlier) for words in sentences]
    total = sum(len(words) for words in sentences)
    found = sum(len(words) for words, c in zip(sentences, inside) if c >= 0.5)
    own = sum(len(words) for words, c in zip(sentences, inside) if c < 0.2)
    return found / total, own


def fit_logistic(x: np.ndarray, y: np.ndarray, penalty: float) -> tuple:
    """L2 logistic regression on standardised features, by Newton's method."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    weights = np.zeros(z.shape[1])
    ridge = np.diag([penalty] * (z.shape[1] - 1) + [1e-6])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(z @ weights)))
        step = np.linalg.solve(z.T @ (z * (p * (1 - p))[:, None]) + ridge, z.T @ (p - y) + ridge @ weights)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, weights


def predict(model: tuple, x: np.ndarray) -> np.ndarray:
    mean, scale, weights = model
    return 1 / (1 + np.exp(-(np.hstack([(x - mean) / scale, np.ones((len(x), 1))]) @ weights)))


def cross_validate(x: np.ndarray, y: np.ndarray, train: list[int], folds: list[list[int]], penalty: float) -> dict[int, bool]:
    decisions = {}
    for fold in folds:
        rest = [k for k in train if k not in set(fold)]
        for k, p in zip(fold, predict(fit_logistic(x[rest], y[rest], penalty), x[fold])):
            decisions[k] = bool(p >= 0.5)
    return decisions


def nested(table: dict[str, np.ndarray], y: np.ndarray, seed: int) -> tuple[list[bool], list[tuple]]:
    """Outer 10-fold; inside each, the feature set and penalty with the fewest inner 10-fold errors."""
    order = np.random.RandomState(seed).permutation(len(y))
    outer = [list(order[i::10]) for i in range(10)]
    decisions, chosen = [False] * len(y), []
    for fold in outer:
        train = [k for k in range(len(y)) if k not in set(fold)]
        inner = [train[i::10] for i in range(10)]
        errors = {(name, penalty): sum(d != y[k] for k, d in cross_validate(x, y, train, inner, penalty).items())
                  for name, x in table.items() for penalty in PENALTIES}
        name, penalty = min(errors, key=lambda key: (errors[key], key[1]))
        chosen.append((name, penalty))
        x = table[name]
        for k, p in zip(fold, predict(fit_logistic(x[train], y[train], penalty), x[fold])):
            decisions[k] = bool(p >= 0.5)
    return decisions, chosen


def stump(x: np.ndarray, y: np.ndarray) -> tuple[int, tuple]:
    """The one split (feature, threshold) with the fewest errors, each side voting its majority."""
    best = (int(min(y.sum(), len(y) - y.sum())), ("leaf", bool(y.mean() >= 0.5)))
    if len(y) < 2:
        return best
    for j in range(x.shape[1]):
        order = np.argsort(x[:, j], kind="stable")
        values, labels = x[order, j], y[order]
        left_copies = np.cumsum(labels)[:-1]
        left = np.arange(1, len(y))
        right_copies = labels.sum() - left_copies
        errors = np.minimum(left_copies, left - left_copies) + np.minimum(right_copies, len(y) - left - right_copies)
        errors[values[1:] == values[:-1]] = len(y) + 1  # no threshold between equal values
        k = int(np.argmin(errors))
        if errors[k] < best[0]:
            threshold = (values[k] + values[k + 1]) / 2
            below = x[:, j] <= threshold
            best = (int(errors[k]), ("split", j, threshold, ("leaf", bool(y[below].mean() >= 0.5)),
                                     ("leaf", bool(y[~below].mean() >= 0.5))))
    return best


def depth_two_tree(x: np.ndarray, y: np.ndarray) -> tuple:
    """The depth-2 tree with the fewest training errors (every root split, the best stump on each side)."""
    best_errors, best = stump(x, y)
    for j in range(x.shape[1]):
        values = np.unique(x[:, j])
        for threshold in (values[:-1] + values[1:]) / 2:
            below = x[:, j] <= threshold
            (left_errors, left), (right_errors, right) = stump(x[below], y[below]), stump(x[~below], y[~below])
            if left_errors + right_errors < best_errors:
                best_errors, best = left_errors + right_errors, ("split", j, threshold, left, right)
    return best


def tree_decides(tree: tuple, row: np.ndarray) -> bool:
    while tree[0] == "split":
        tree = tree[3] if row[tree[1]] <= tree[2] else tree[4]
    return tree[1]


def tree_cross_validated(x: np.ndarray, y: np.ndarray, seed: int) -> list[bool]:
    order = np.random.RandomState(seed).permutation(len(y))
    decisions = [False] * len(y)
    for fold in (list(order[i::10]) for i in range(10)):
        train = [k for k in range(len(y)) if k not in set(fold)]
        tree = depth_two_tree(x[train], y[train])
        for k in fold:
            decisions[k] = tree_decides(tree, x[k])
    return decisions


def describe(tree: tuple, columns: list[str]) -> str:
    if tree[0] == "leaf":
        return "copy" if tree[1] else "not"
    return f"({columns[tree[1]]} <= {tree[2]:.3f} ? {describe(tree[3], columns)} : {describe(tree[4], columns)})"


def scores(predicted: list[bool], gold: list[bool]) -> str:
    tp = sum(p and g for p, g in zip(predicted, gold))
    fp = sum(p and not g for p, g in zip(predicted, gold))
    fn = sum(g and not p for p, g in zip(predicted, gold))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return f"P {precision:.3f} R {recall:.3f} F1 {2 * precision * recall / (precision + recall):.3f} (tp/fp/fn {tp}/{fp}/{fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    features, gold, hand, grouped = measure_dev_pairs(args.data)
    y = np.array(gold, dtype=float)
    table = {name: np.array([[f[c] for c in columns] for f in features]) for name, columns in FEATURE_SETS.items()}
    print(f"{len(gold)} dev pairs, {sum(gold)} copies")
    print(f"hand rules, pair level (tuned on these pairs)  {scores(hand, gold)}")
    print(f"hand rules, groups (khabar eval copies, dev)    {scores(grouped, gold)}")
    everything = list(range(len(y)))
    for name, x in table.items():
        for penalty in PENALTIES:
            loo = cross_validate(x, y, everything, [[k] for k in everything], penalty)
            print(f"logistic {name:15s} L2 {penalty:<4} leave-one-out  {scores([loo[k] for k in everything], gold)}")
    for seed in (0, 1, 2):
        decisions, chosen = nested(table, y, seed)
        print(f"logistic, nested 10x10-fold (seed {seed})           {scores(decisions, gold)}; chosen: {sorted(set(chosen))}")
    for seed in (0, 1, 2):
        print(f"depth-2 tree, all features, 10-fold (seed {seed})  {scores(tree_cross_validated(table['all'], y, seed), gold)}")
    tree = depth_two_tree(table["all"], y)
    print("depth-2 tree on all dev pairs:", describe(tree, FEATURE_SETS["all"]))
    model = fit_logistic(table["all"], y, 1.0)
    print("weights (all features, L2 1, standardised):",
          ", ".join(f"{c} {w:+.2f}" for c, w in sorted(zip(FEATURE_SETS["all"], model[2]), key=lambda t: -abs(t[1]))))


if __name__ == "__main__":
    main()
