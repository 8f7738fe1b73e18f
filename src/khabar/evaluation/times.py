"""Time expressions scored against the hand-annotated SaudiNewsNet gold set.

Each gold article is analysed as in :mod:`khabar.evaluation.facts`; predicted
time spans are mapped back onto the raw ``content`` and paired one to one with
the gold times by span overlap (largest overlaps first). Reported: span
precision, recall and F1 of that pairing; value accuracy (the ISO value is
exactly the gold's) and type accuracy among the pairs; and, for comparison
with other taggers, the F1 of pairs whose value is right. The same scorer
takes any tagger's output (:func:`score_times`), which the benchmark uses
for dateparser.

The held-out ``test`` split must not be used to tune anything: tune on ``dev``.

Usage: ``khabar eval times [--split dev|test|all] [--details]``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.evaluation.align import ContentAligner
from khabar.evaluation.facts import (
    Accuracy,
    Pairing,
    analyze_article,
    default_shared,
    pair_spans,
    repair_repeated_spans,
)
from khabar.evaluation.goldsets import load_article, load_gold, ref_of

# A tagger: (content, published) → [(start, end, value, type)] with offsets into the content.
Tagger = Callable[[str, str | None], list[tuple[int, int, str | None, str | None]]]


@dataclass
class TimesTally:
    pairing: Pairing
    value: Accuracy
    type: Accuracy

    def to_dict(self) -> dict[str, Any]:
        p = self.pairing
        return {
            "gold": p.gold,
            "predicted": p.predicted,
            "matched": p.matched,
            "span": Pairing.f1(p.matched, p.predicted, p.gold),
            "with_value": Pairing.f1(self.value.right, p.predicted, p.gold),
            "value_accuracy": self.value.value,
            "type_accuracy": self.type.value,
        }


def khabar_tagger(content: str, published: str | None) -> list[tuple[int, int, str | None, str | None]]:
    """khabar's times, with offsets mapped onto ``content``."""
    doc = analyze_article(content, published)
    aligner = ContentAligner(content, doc.text)
    out = []
    for t in doc.times:
        span = aligner.locate(t["start"], t["end"])
        if span is not None:
            out.append((span[0], span[1], t["value"], t["type"]))
    return out


def score_times(
    tagger: Tagger,
    entries: list[dict[str, Any]],
    shared: Path,
    *,
    details: bool = False,
) -> dict[str, Any]:
    """Score ``tagger`` on gold ``entries`` (see module docstring)."""
    tally = TimesTally(Pairing(), Accuracy(), Accuracy())
    by_type: dict[str, Accuracy] = {}
    rows = []
    seconds = 0.0
    for entry in entries:
        content = load_article(shared, ref_of(entry))["content"]
        started = time.perf_counter()
        predicted = tagger(content, entry.get("published"))
        seconds += time.perf_counter() - started
        gold = repair_repeated_spans(entry["times"], content)
        pairs = pair_spans([g["span"] for g in gold], [(p[0], p[1]) for p in predicted])
        tally.pairing.gold += len(gold)
        tally.pairing.predicted += len(predicted)
        tally.pairing.matched += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            right = g.get("value") == p[2]
            tally.value.add(right)
            tally.type.add(g.get("type") == p[3])
            by_type.setdefault(g["type"], Accuracy()).add(right)
        if details:
            rows.append(_details(entry, content, gold, predicted, pairs))
    report = {
        "articles": len(entries),
        "times": tally.to_dict(),
        "value_accuracy_by_gold_type": {k: {"n": v.total, "accuracy": v.value} for k, v in sorted(by_type.items())},
        "seconds": round(seconds, 2),
    }
    if details:
        report["details"] = rows
    return report


def evaluate_times(
    gold_path: Path | None = None,
    shared_dir: Path | None = None,
    split: str = "test",
    *,
    details: bool = False,
    draw: int | None = None,
    tagger: Tagger | None = None,
) -> dict[str, Any]:
    """Score khabar's time expressions (or another ``tagger``'s) on one split of the gold set."""
    shared = Path(shared_dir) if shared_dir else default_shared()
    entries = load_gold(gold_path, split=split, draw=draw)
    report = score_times(tagger or khabar_tagger, entries, shared, details=details)
    return {"split": split, **report}


def _details(entry, content, gold, predicted, pairs) -> dict[str, Any]:
    def text(span):
        return content[span[0]:span[1]]

    paired = dict(pairs)
    used = set(paired.values())
    items = []
    for gi, g in enumerate(gold):
        pi = paired.get(gi)
        p = predicted[pi] if pi is not None else None
        items.append({
            "gold": {"text": text(g["span"]), "type": g["type"], "value": g.get("value")},
            "pred": None if p is None else {"text": text(p[:2]), "type": p[3], "value": p[2]},
        })
    extra = [{"text": text(p[:2]), "type": p[3], "value": p[2]} for i, p in enumerate(predicted) if i not in used]
    return {"gold_id": entry["gold_id"], "published": entry.get("published"), "rows": items, "false_positives": extra}


def format_times_report(report: dict[str, Any], name: str = "khabar") -> str:
    """A Markdown summary of :func:`evaluate_times`' report."""
    t = report["times"]
    s, v = t["span"], t["with_value"]
    def fmt(x):
        return "–" if x is None else f"{x:.3f}"

    lines = [
        f"times ({name}) — split {report['split']}, {report['articles']} articles, {t['gold']} gold, {t['predicted']} predicted",
        "",
        "| metric | value |",
        "|---|---|",
        f"| span P / R / F1 (overlap) | {s['p']:.3f} / {s['r']:.3f} / {s['f1']:.3f} |",
        f"| with correct value P / R / F1 | {v['p']:.3f} / {v['r']:.3f} / {v['f1']:.3f} |",
        f"| value accuracy (matched) | {fmt(t['value_accuracy'])} |",
        f"| type accuracy (matched) | {fmt(t['type_accuracy'])} |",
        "",
        "| gold type | matched | value accuracy |",
        "|---|---|---|",
    ]
    for kind, row in report["value_accuracy_by_gold_type"].items():
        lines.append(f"| {kind} | {row['n']} | {fmt(row['accuracy'])} |")
    lines.append(f"\ntagging time: {report['seconds']:.2f} s")
    return "\n".join(lines)
