"""Speaker choice, an experiment: can a chooser learned from the dev quotes beat the hand rules?

Dev only (``load_gold(split="dev")``); no held-out quote is read. For every dev gold quote that
khabar matches (content overlap >= 50 %, as ``khabar eval quotes`` matches), the speaker
candidates a chooser could pick from are collected with khabar's own parts
(:class:`khabar.speech.extract.Finder`): the entity mentions and the speaker phrases (a speaker
head word and ``parse_np``, the subject after each reporting verb, ``sentence_subject``) of the
cue's sentence and the two sentences before it, the previous quote's speaker, the rules' own
choice and "no speaker". Each candidate is scored right or wrong with
:func:`khabar.evaluation.quotes.speaker_right`, exactly as the evaluation scores the rules.

1. Candidate recall: the rules' speaker accuracy on these quotes, the oracle (some candidate
   right) and the share of rule errors whose right speaker is a candidate.
2. A logistic regression over (quote, candidate) rows picks the highest-scoring candidate per
   quote. Scored by 10-fold cross-validation grouped by article (3 seeds, the penalty chosen by an
   inner 5-fold CV on the training articles only: nested) and by the split that mimics unseen text
   (train on the dev articles of draws <= 20163, test on those of draws 20164-20166).

    python benchmarks/speaker_cv.py --data ../shared/data            # about 4 minutes
    python benchmarks/speaker_cv.py --data ../shared/data --cache /tmp/spkcv/rows.pkl   # reuse rows
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # small matrices: a threaded BLAS only fights over the shared cores

import argparse
import math
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

from khabar.evaluation.align import ContentAligner
from khabar.evaluation.goldsets import DRAWS, load_article, load_gold, ref_of
from khabar.evaluation.quotes import (
    KINDS,
    Prediction,
    analyze_article,
    match,
    predictions_in_content,
    speaker_right,
)
from khabar.speech import lexicon as lx
from khabar.speech.candidates import COMMAS, MAX_NP, Candidate
from khabar.speech.extract import Finder

SENTENCES_BEFORE = 2
PENALTIES = (0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0)
SEEDS = (1, 2, 3)
OUTER_FOLDS, INNER_FOLDS = 10, 3
UNSEEN_DRAWS = (20164, 20165, 20166)
HEADS = ("title", "anon", "org", "media", "doc", "pronoun", "honorific")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
SOURCES = ("entity", "phrase", "after_verb", "sentence_subject", "rule", "previous", "null")


# --- candidates ----------------------------------------------------------------------------------


def draw_of_entries() -> dict[str, int]:
    """gold_id → the draw (seed) it came from."""
    entries = load_gold(split="all")
    out, start = {}, 0
    for seed, count in DRAWS:
        for e in entries[start:start + count]:
            out[e["gold_id"]] = seed
        start += count
    return out


def candidate_of_record(finder: Finder, records: list[dict]) -> dict[int, Candidate]:
    """Record index → the finder candidate it was written from (same original span and kind)."""
    by_span: dict[tuple, Candidate] = {}
    for cand in finder.candidates:
        s, e = finder.x.original_span(*cand.content)
        by_span.setdefault((s, e, cand.kind), cand)
    return {i: by_span.get((r["start"], r["end"], r["kind"])) for i, r in enumerate(records)}


def window_of(finder: Finder, k: int) -> tuple[int, int]:
    """Tokens of the sentence of token ``k`` and the SENTENCES_BEFORE sentences before it."""
    first, end = finder.x.sentence_bounds(k)
    for _ in range(SENTENCES_BEFORE):
        if first <= 0:
            break
        first, _ = finder.x.sentence_bounds(first - 1)
    return first, end


def token_spans(finder: Finder, first: int, end: int) -> dict[tuple[int, int], set[str]]:
    """Token ranges of every speaker candidate in [first, end), with what proposed each."""
    spans: dict[tuple[int, int], set[str]] = {}
    x, words = finder.x, finder.words

    def add(a, b, source):
        if b > a:
            spans.setdefault((a, b), set()).add(source)

    for ms, me, _eid, _etype in finder.entities:
        a = x.token_at(x.normalized_offset(ms))
        b = x.token_at(max(x.normalized_offset(me) - 1, 0)) + 1
        if first <= a and b <= end:
            add(a, b, "entity")
    for m in range(first, end):
        if not finder.is_word(m):
            continue
        if lx.head_kind(words[m]) in ("title", "anon", "org", "media", "doc", "honorific"):
            add(m, finder.parse_np(m, min(end, m + MAX_NP), noun_object=True), "phrase")
        form = finder.cues.get(m)
        if form is not None and form.kind == "verb" and m + 1 < end:
            add(m + 1, finder.subject_end(m + 1, min(end, m + 1 + MAX_NP), form), "after_verb")
    return spans


def who_tokens(finder: Finder, who) -> tuple[int, int]:
    return finder.x.token_at(who.start), max(finder.x.token_at(max(who.end - 1, who.start)) + 1, finder.x.token_at(who.start) + 1)


def describe(finder: Finder, a: int, b: int):
    """khabar's own reading of a phrase: its Who (head kind, gender, number, entity)."""
    tmp = Candidate("x", (0, 0), np=finder.span(a, b), np_tokens=(a, b))
    return finder.make_who(tmp)


def entity_type(finder: Finder, eid: str | None) -> str | None:
    if eid is None:
        return None
    return next((m[3] for m in finder.entities if m[2] == eid), None)


def quote_rows(finder, cand, previous, g, p, content, aligner, mentions, doc_text) -> list[dict]:
    """The candidates of one matched quote: features, whether each is right, the rules' choice."""
    x = finder.x
    anchor = cand.cue[0] if cand.cue is not None else cand.content[0]
    k = min(x.token_at(anchor), finder.count - 1)
    cue_end = x.token_at(cand.cue[1] - 1) + 1 if cand.cue is not None else k
    first, end = window_of(finder, k)
    spans = token_spans(finder, first, end)
    sub = finder.sentence_subject(x.sentence_bounds(k)[0], k) if k < finder.count else None
    if sub is not None:
        spans.setdefault(sub, set()).add("sentence_subject")
    whos = {}
    if cand.who is not None:
        t = who_tokens(finder, cand.who)
        spans.setdefault(t, set()).add("rule")
        whos[t] = cand.who
    if previous is not None and previous.who is not None:
        t = who_tokens(finder, previous.who)
        spans.setdefault(t, set()).add("previous")
        whos.setdefault(t, previous.who)
    content_first, content_end = x.token_at(cand.content[0]), x.token_at(max(cand.content[1] - 1, cand.content[0])) + 1
    rows = []
    for (a, b), sources in spans.items():
        who = whos.get((a, b)) or describe(finder, a, b)
        eid = who.entity if who is not None else None
        exact = whos.get((a, b))
        s, e = x.original_span(exact.start, exact.end) if exact is not None else x.original_span(*finder.span(a, b))
        located = aligner.locate(s, e)
        guess = Prediction(kind=cand.kind, content=None, cue=None, speaker=located, entity=eid, anonymous=False, via=None,
                           record={"_mentions": mentions.get(eid, [])})
        rows.append(features(finder, cand, previous, a, b, sources, who, k, cue_end, content_first, content_end)
                    | {"_right": speaker_right(g, guess, content), "_text": doc_text[s:e]})
    null = Prediction(kind=cand.kind, content=None, cue=None, speaker=None, entity=None, anonymous=False, via=None)
    rows.append(features(finder, cand, previous, None, None, {"null"}, None, k, cue_end, content_first, content_end)
                | {"_right": speaker_right(g, null, content), "_text": "∅"})
    if cand.who is None:
        rows[-1]["rule"] = 1.0
    return rows


def features(finder, cand, previous, a, b, sources, who, k, cue_end, content_first, content_end) -> dict[str, float]:
    f: dict[str, float] = {f"src_{s}": float(s in sources) for s in SOURCES}
    f["rule"] = float("rule" in sources)
    f["previous"] = float("previous" in sources)
    f["null"] = float(a is None)
    for kind in KINDS:
        f[f"kind_{kind}"] = float(cand.kind == kind)
        f[f"rule×{kind}"] = f["rule"] * f[f"kind_{kind}"]
    for resolve in ("explicit", "previous", "sentence"):
        f[f"rule×resolve_{resolve}"] = f["rule"] * float(cand.resolve == resolve)
    f["null×has_cue"] = f["null"] * float(cand.cue is not None)
    if a is None:
        return f
    x, words = finder.x, finder.words
    before = b <= k
    gap = (k - b) if before else max(0, a - cue_end)
    f["before_cue"] = float(before)
    f["right_after_cue"] = float(a == cue_end)
    f["log_words_away"] = math.log1p(max(0, gap))
    f["sentences_back"] = float(min(5, max(0, x.sentence[min(k, finder.count - 1)] - x.sentence[min(a, finder.count - 1)])))
    lo, hi = (b, k) if before else (cue_end, a)
    f["same_clause"] = float(not any(words[m] in COMMAS or x.is_sentence_end(m) for m in range(lo, min(hi, finder.count))))
    f["inside_content"] = float(content_first <= a and b <= content_end)
    f["log_length"] = math.log1p(b - a)
    etype = entity_type(finder, who.entity) if who is not None else None
    for t in ENTITY_TYPES:
        f[f"entity_{t}"] = float(etype == t)
    f["entity_none"] = float(etype is None)
    head = who.kind if who is not None else None
    for h in HEADS:
        f[f"head_{h}"] = float(head == h)
    f["head_none"] = float(head is None)
    f["anonymous"] = float(bool(who and who.anonymous))
    form = cand.form
    gender = who.gender if who is not None else None
    f["gender_agrees"] = float(bool(form and form.gender and gender and form.gender == gender))
    f["gender_clashes"] = float(bool(form and form.gender and gender and form.gender != gender))
    f["number_clashes"] = float(bool(form and who is not None and form.plural != who.plural))
    f["after_verb×right_after"] = f["src_after_verb"] * f["right_after_cue"]
    f["prev×no_subject"] = f["previous"] * float(cand.resolve != "explicit")
    if etype is not None and who is not None:
        f["log_mentions"] = math.log1p(sum(1 for m in finder.entities if m[2] == who.entity))
    return f


def collect(shared: Path, cache: Path | None, limit: int | None = None) -> list[dict]:
    """One group per matched dev quote: {article, draw, kind, rule_right, rows}."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    draws = draw_of_entries()
    groups = []
    for entry in load_gold(split="dev")[:limit]:
        content = load_article(shared, ref_of(entry))["content"]
        doc = analyze_article(content, entry.get("published"))
        finder = Finder(doc)
        records = finder.run()
        doc.quotes = records
        predicted = predictions_in_content(doc, content)
        aligner = ContentAligner(content, doc.text)
        mentions = {}
        for entity in doc.entities or []:
            spans = [aligner.locate(m["start"], m["end"]) for m in entity.get("mentions") or [] if m.get("start") is not None]
            mentions[entity.get("id")] = [s for s in spans if s]
        cands = candidate_of_record(finder, records)
        order = {id(c): i for i, c in enumerate(finder.candidates)}
        for gi, pi in match(entry["quotes"], predicted):
            g, p, cand = entry["quotes"][gi], predicted[pi], cands.get(pi)
            if cand is None:
                continue
            i = order[id(cand)]
            previous = finder.candidates[i - 1] if i > 0 else None
            rows = quote_rows(finder, cand, previous, g, p, content, aligner, mentions, doc.text)
            groups.append({"article": entry["gold_id"], "draw": draws.get(entry["gold_id"]), "kind": g["kind"],
                           "pred_kind": p.kind, "rule_right": speaker_right(g, p, content), "rows": rows,
                           "gold": content[g["speaker"][0]:g["speaker"][1]] if g.get("speaker") else "∅"})
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(groups))
    return groups


# --- (1) candidate recall -------------------------------------------------------------------------


def recall_table(groups: list[dict]) -> None:
    print("(1) candidate recall on matched dev quotes (gold kind)")
    print(f"{'kind':<13}{'quotes':>7}{'rules':>8}{'oracle':>8}{'cands/q':>9}{'errs':>6}{'err w/ right cand':>19}")
    for kind in (*KINDS, "all"):
        gs = [g for g in groups if kind == "all" or g["kind"] == kind]
        if not gs:
            continue
        rules = sum(g["rule_right"] for g in gs)
        oracle = sum(any(r["_right"] for r in g["rows"]) for g in gs)
        errors = [g for g in gs if not g["rule_right"]]
        fixable = sum(any(r["_right"] for r in g["rows"]) for g in errors)
        print(f"{kind:<13}{len(gs):>7}{rules / len(gs):>8.3f}{oracle / len(gs):>8.3f}"
              f"{np.mean([len(g['rows']) for g in gs]):>9.1f}{len(errors):>6}{fixable:>8} ({fixable / max(1, len(errors)):.0%})")
    # the oracle counts a one-word candidate right when it is a word of the gold phrase ("نانتير" for
    # "النيابة العامة في نانتير"): the stricter reading lets only candidates of two words or more fix an error
    errors = [g for g in groups if not g["rule_right"]]
    strict = sum(any(r["_right"] and r.get("log_length", 0.0) >= math.log1p(2) for r in g["rows"]) for g in errors)
    print(f"rule errors a candidate of 2+ words fixes: {strict}/{len(errors)}; "
          f"oracle so counted {(len(groups) - len(errors) + strict) / len(groups):.3f}")
    consistent = sum(g["rule_right"] == any(r["_right"] and r["rule"] for r in g["rows"]) for g in groups)
    print(f"rule candidate scored like the rules' prediction in {consistent}/{len(groups)} quotes")
    by_source = Counter()
    for g in groups:
        if not g["rule_right"]:
            for s in SOURCES:
                if any(r["_right"] and r[f"src_{s}"] for r in g["rows"]):
                    by_source[s] += 1
    print("rule errors with a right candidate, by what proposed it:", dict(by_source))


# --- (2) the learned chooser ----------------------------------------------------------------------


def matrix(groups: list[dict]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    columns = sorted({k for g in groups for r in g["rows"] for k in r if not k.startswith("_")})
    rows = [r for g in groups for r in g["rows"]]
    x = np.array([[r.get(c, 0.0) for c in columns] for r in rows])
    y = np.array([float(r["_right"]) for r in rows])
    group_of = np.repeat(np.arange(len(groups)), [len(g["rows"]) for g in groups])
    return columns, x, y, group_of


def fit_logistic(x: np.ndarray, y: np.ndarray, group_of: np.ndarray, penalty: float) -> tuple:
    """L2 logistic regression, each (quote, candidate) row on its own, on standardised features, by
    Newton's method (as copies_cv.py); the chooser then takes the best-scored candidate."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    weights = np.zeros(z.shape[1])
    ridge = np.diag([penalty] * (z.shape[1] - 1) + [1e-6])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ weights, -30, 30)))
        step = np.linalg.solve(z.T @ (z * (p * (1 - p))[:, None]) + ridge, z.T @ (p - y) + ridge @ weights)
        weights -= step
        if np.abs(step).max() < 1e-7:
            break
    return mean, scale, weights


def fit_choice(x: np.ndarray, y: np.ndarray, group_of: np.ndarray, penalty: float) -> tuple:
    """L2 conditional logit: a softmax over each quote's candidates, trained to put its mass on the
    right ones (quotes with no right candidate teach nothing and are left out), by Newton's method.
    This fits the choice itself, where the row-wise regression fits each row alone."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / scale
    _, g = np.unique(group_of, return_inverse=True)
    right_per_group = np.bincount(g, weights=y)
    keep = right_per_group[g] > 0
    z, y, g = z[keep], y[keep], g[keep]
    _, g = np.unique(g, return_inverse=True)
    target = y / np.bincount(g, weights=y)[g]  # several right candidates share the mass
    groups = g.max() + 1 if len(g) else 0
    weights = np.zeros(z.shape[1])
    for _ in range(50):
        score = z @ weights
        score -= np.bincount(g, weights=score, minlength=groups)[g] / np.bincount(g, minlength=groups)[g]
        e = np.exp(np.clip(score, -50, 50))
        p = e / np.bincount(g, weights=e, minlength=groups)[g]
        weighted = np.zeros((groups, z.shape[1]))
        np.add.at(weighted, g, z * p[:, None])
        hessian = (z * p[:, None]).T @ z - weighted.T @ weighted + penalty * np.eye(z.shape[1])
        gradient = z.T @ (p - target) + penalty * weights
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-7:
            break
    return mean, scale, np.append(weights, 0.0)


MODELS = {"logistic (rows)": fit_logistic, "conditional logit": fit_choice}


def choose(model: tuple, x: np.ndarray, y: np.ndarray, group_of: np.ndarray, quotes: np.ndarray) -> dict[int, int]:
    """Quote index → row index of the candidate the model scores highest (ties: the first row)."""
    mean, scale, weights = model
    rows = np.isin(group_of, quotes)
    score = np.hstack([(x[rows] - mean) / scale, np.ones((rows.sum(), 1))]) @ weights
    chosen: dict[int, int] = {}
    best: dict[int, float] = {}
    for r, q, s in zip(np.flatnonzero(rows), group_of[rows], score):
        if q not in best or s > best[q] + 1e-12:
            best[q], chosen[q] = s, r
    return chosen


def accuracy(chosen: dict[int, int], y: np.ndarray) -> float:
    return float(np.mean([y[r] for r in chosen.values()])) if chosen else 0.0


def article_folds(groups: list[dict], quotes: np.ndarray, folds: int, rng) -> list[np.ndarray]:
    articles = sorted({groups[q]["article"] for q in quotes})
    rng.shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    return [np.array([q for q in quotes if fold_of[groups[q]["article"]] == f]) for f in range(folds)]


def rows_of(group_of: np.ndarray, quotes: np.ndarray) -> np.ndarray:
    return np.isin(group_of, quotes)


def fit_nested(groups, x, y, group_of, train: np.ndarray, rng, fit=fit_logistic) -> tuple[tuple, float]:
    """The penalty chosen by an inner grouped CV on ``train`` only, then the model on all of it."""
    inner = article_folds(groups, train, INNER_FOLDS, rng)
    scores = {}
    for penalty in PENALTIES:
        hits = []
        for fold in inner:
            rest = np.setdiff1d(train, fold)
            rows = rows_of(group_of, rest)
            model = fit(x[rows], y[rows], group_of[rows], penalty)
            hits += [y[r] for r in choose(model, x, y, group_of, fold).values()]
        scores[penalty] = np.mean(hits)
    penalty = max(PENALTIES, key=lambda p: (scores[p], p))
    rows = rows_of(group_of, train)
    return fit(x[rows], y[rows], group_of[rows], penalty), penalty


def nested_cv(groups, x, y, group_of, fit) -> tuple[dict[int, list[int]], Counter]:
    """Quote → the row chosen for it in each seed's outer fold (the nested grouped CV)."""
    chosen_by_quote: dict[int, list[int]] = {}
    penalties = Counter()
    everything = np.arange(len(groups))
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        for fold in article_folds(groups, everything, OUTER_FOLDS, rng):
            model, penalty = fit_nested(groups, x, y, group_of, np.setdiff1d(everything, fold), rng, fit)
            penalties[penalty] += 1
            for q, r in choose(model, x, y, group_of, fold).items():
                chosen_by_quote.setdefault(q, []).append(r)
    return chosen_by_quote, penalties


def by_penalty(groups, x, y, group_of, fit) -> None:
    """Grouped 10-fold CV (seed 1) at each fixed penalty: not an honest figure (the best of six is
    chosen on the quotes it is scored on), but it shows whether less shrinkage would help."""
    everything = np.arange(len(groups))
    folds = article_folds(groups, everything, OUTER_FOLDS, np.random.default_rng(SEEDS[0]))
    cells = []
    for penalty in PENALTIES:
        hits = []
        for fold in folds:
            rows = rows_of(group_of, np.setdiff1d(everything, fold))
            hits += [y[r] for r in choose(fit(x[rows], y[rows], group_of[rows], penalty), x, y, group_of, fold).values()]
        cells.append(f"L2 {penalty:g}: {np.mean(hits):.3f}")
    print("fixed penalty, grouped 10-fold, all kinds: " + ", ".join(cells))


def compare(label: str, groups, quotes, chosen: dict[int, int], y) -> None:
    for kind in (*KINDS, "all"):
        qs = [q for q in quotes if kind == "all" or groups[q]["kind"] == kind]
        if not qs:
            continue
        rules = np.mean([groups[q]["rule_right"] for q in qs])
        learned = np.mean([y[chosen[q]] for q in qs])
        oracle = np.mean([any(r["_right"] for r in groups[q]["rows"]) for q in qs])
        print(f"{label:<24}{kind:<13}{len(qs):>6}{rules:>8.3f}{learned:>9.3f}{learned - rules:>+8.3f}{oracle:>8.3f}")


def trades(groups, quotes, chosen, y, rows_text, limit: int = 12) -> None:
    won = [q for q in quotes if y[chosen[q]] and not groups[q]["rule_right"]]
    lost = [q for q in quotes if not y[chosen[q]] and groups[q]["rule_right"]]
    print(f"errors traded: fixed {len(won)}, broken {len(lost)}")
    for title, qs in (("fixed", won), ("broken", lost)):
        print(f"  {title} by kind: {dict(Counter(groups[q]['kind'] for q in qs))}")
        for q in qs[:limit]:
            rule = next((r["_text"] for r in groups[q]["rows"] if r["rule"]), "∅")
            print(f"    [{groups[q]['kind'][:3]}] gold «{groups[q]['gold'][:40]}» rules «{rule[:40]}» learned «{rows_text[chosen[q]][:40]}»")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the candidate rows (written, then reused)")
    parser.add_argument("--examples", type=int, default=12)
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev articles (a quick try)")
    args = parser.parse_args()
    groups = collect(args.data, args.cache, args.limit)
    print(f"dev: {len({g['article'] for g in groups})} articles with matched quotes, {len(groups)} matched quotes\n")
    recall_table(groups)
    columns, x, y, group_of = matrix(groups)
    rows_text = [r["_text"] for g in groups for r in g["rows"]]
    print(f"\n(2) learned chooser: {x.shape[0]} (quote, candidate) rows, {len(columns)} features")
    quotes = np.arange(len(groups))
    train = np.array([q for q in quotes if groups[q]["draw"] not in UNSEEN_DRAWS])
    test = np.array([q for q in quotes if groups[q]["draw"] in UNSEEN_DRAWS])
    for name, fit in MODELS.items():
        print(f"\n== {name} ==")
        header = f"{'split':<26}{'kind':<13}{'quotes':>6}{'rules':>8}{'learned':>9}{'diff':>8}{'oracle':>8}"
        print(header + "\n" + "-" * len(header))
        chosen_by_quote, penalties = nested_cv(groups, x, y, group_of, fit)
        for s, seed in enumerate(SEEDS):
            compare(f"nested CV, seed {seed}", groups, quotes, {q: rs[s] for q, rs in chosen_by_quote.items()}, y)
        print(f"L2 penalties chosen in the 30 outer folds: {dict(penalties)}")
        by_penalty(groups, x, y, group_of, fit)
        model, penalty = fit_nested(groups, x, y, group_of, train, np.random.default_rng(0), fit)
        chosen = choose(model, x, y, group_of, test)
        compare(f"draws {UNSEEN_DRAWS[0]}-{UNSEEN_DRAWS[-1] % 100} (L2 {penalty:g})", groups, test, chosen, y)
        compare("draws <= 20163 (fit on)", groups, train, choose(model, x, y, group_of, train), y)
        print("heaviest weights (standardised features, the draw split's model):")
        weights = model[2][:-1]
        for c in np.argsort(-np.abs(weights))[:14]:
            print(f"  {columns[c]:<26}{weights[c]:+.2f}")
        print("the draw split's test quotes:")
        trades(groups, test, chosen, y, rows_text, args.examples)
        print("nested CV, seed 1, all dev quotes:")
        trades(groups, quotes, {q: rs[0] for q, rs in chosen_by_quote.items()}, y, rows_text, 0)

if __name__ == "__main__":
    main()
