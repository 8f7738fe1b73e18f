"""Facts (counted quantities) scored against the hand-annotated SaudiNewsNet gold set.

Each gold article (``tests/data/gold_news.json``, offsets into the raw
``content``; format in ``tests/data/GOLD_FORMAT.md``) is analysed with
:func:`khabar.analyze`; the times, numbers and quotes stages are run on the
document when the default pipeline does not hold them yet. Predicted spans
are mapped back onto the content (:mod:`khabar.evaluation.align`) and paired
one to one with the gold facts by span overlap (largest overlaps first).
Reported:

- detection: precision, recall and F1 of that pairing;
- with value: the same, a pair counting only when its value is right
  (``value``, ``min`` and ``max`` all equal: "أكثر من 1400" is min 1400);
- value, type, noun and approximate accuracy among the pairs (the noun is right
  when the spans overlap or the words agree without article and clitics);
- source: among pairs whose gold fact has a source speaker, or whose predicted
  fact has a quote, the predicted quote's speaker is the gold one, judged as the quote
  scorer judges speakers (the same mention, another mention of the same entity, or the
  same name words) against the speaker phrase and name of the gold quote holding the
  figure (the annotators write the source as either).

The held-out ``test`` split must not be used to tune anything: tune on ``dev``.

Usage: ``khabar eval facts [--split dev|test|all] [--details]``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluation.align import ContentAligner, overlap
from khabar.evaluation.goldsets import load_article, load_gold, ref_of


@dataclass
class Pairing:
    """Counts of a span matching: pairs, predictions, gold items."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @staticmethod
    def f1(hits: int, predicted: int, gold: int) -> dict[str, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class FactsTally:
    pairing: Pairing = field(default_factory=Pairing)
    value: Accuracy = field(default_factory=Accuracy)
    type: Accuracy = field(default_factory=Accuracy)
    noun: Accuracy = field(default_factory=Accuracy)
    approximate: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)

    def to_dict(self) -> dict[str, Any]:
        p = self.pairing
        return {
            "gold": p.gold,
            "predicted": p.predicted,
            "matched": p.matched,
            "detection": Pairing.f1(p.matched, p.predicted, p.gold),
            "with_value": Pairing.f1(self.value.right, p.predicted, p.gold),
            "value_accuracy": self.value.value,
            "type_accuracy": self.type.value,
            "noun_accuracy": self.noun.value,
            "noun_n": self.noun.total,
            "approximate_accuracy": self.approximate.value,
            "source_accuracy": self.source.value,
            "source_n": self.source.total,
        }


def default_shared() -> Path:
    """../shared/data next to the repository, or ``$KHABAR_SHARED_DATA``."""
    env = os.environ.get("KHABAR_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[4] / "shared" / "data"


def analyze_article(content: str, published: str | None):
    """The analysed document of one article, with times, facts and (if available) quotes.

    Stages the default pipeline does not run yet are run here, in the order
    the pipeline will run them: times, numbers, quotes, facts_link.
    """
    import khabar
    from khabar.numbers.facts import facts_of, link_facts
    from khabar.pipeline import default_stage_names
    from khabar.time.stage import find_times_stage

    doc = khabar.analyze(content, published=published)
    stages = set(default_stage_names())
    if "times" not in stages:
        find_times_stage(doc)
    if "numbers" not in stages:
        doc.facts = facts_of(doc)
    if "quotes" not in stages and not doc.quotes:
        try:
            from khabar.speech import find_quotes
        except ImportError:  # the quotes stage is not there yet: no source scores
            find_quotes = None
        if find_quotes is not None:
            doc.quotes = find_quotes(doc)
    link_facts(doc, doc.facts)
    return doc


def repair_repeated_spans(items: list[dict[str, Any]], content: str, key: str = "span") -> list[dict[str, Any]]:
    """Give repeated gold snippets their own occurrences.

    The gold converter searched each snippet from the previous one's start, so
    a snippet annotated twice ("اليوم" … "اليوم") got the first occurrence's
    offsets both times. A repeated span is moved to the next occurrence of the
    same text after the previous one (reading order), when there is one.
    """
    repaired, seen = [], set()
    for item in items:
        span = item.get(key)
        if span and tuple(span) in seen:
            snippet = content[span[0]:span[1]]
            cursor = max(e for s, e in seen if content[s:e] == snippet)
            at = content.find(snippet, cursor)
            if at >= 0:
                item = {**item, key: [at, at + len(snippet)]}
                span = item[key]
        if span:
            seen.add(tuple(span))
        repaired.append(item)
    return repaired


def pair_spans(gold: list[tuple[int, int] | None], predicted: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, prediction index)`` pairs of overlapping spans, largest overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = overlap(g, p)
            if shared > 0:
                candidates.append((shared, -abs(p[0] - g[0]), gi, pi))
    candidates.sort(reverse=True)
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def same_number(a: float | None, b: float | None) -> bool:
    """Whether gold ``a`` and predicted ``b`` are one number. A fraction that never ends (ثلث) is
    written rounded in the gold (0.3333): a gold with three decimals or more is compared at its own
    decimals; one with fewer (2.5) must be met exactly, so 2.54 is not 2.5."""
    if a is None or b is None:
        return a is None and b is None
    decimals = _decimals(a)
    if decimals >= ROUNDED_DECIMALS and round(float(b), decimals) == round(float(a), decimals):
        return True
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))


ROUNDED_DECIMALS = 3


def _decimals(number: float) -> int:
    """How many decimals a gold number was written with (0.3333 → 4; 1400 → 0)."""
    written = repr(float(number))
    if "e" in written or written.endswith(".0"):
        return 0
    return len(written.split(".")[1])


def value_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return all(same_number(gold.get(k), pred.get(k)) for k in ("value", "min", "max"))


def bare_word(text: str) -> str:
    """A noun without article, proclitics, case alef or ta marbuta, for comparing nouns."""
    from khabar.numbers.lexicon import match_form

    words = []
    for word in match_form(text).split():
        for prefix in ("وال", "بال", "لل", "ال", "و", "ب"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix):]
                break
        words.append(word.rstrip("اه") or word)
    return " ".join(words)


def noun_right(content: str, gold_noun, pred_span, pred_noun: str | None) -> bool:
    if gold_noun is None:
        return pred_noun is None
    if pred_span is not None and overlap(gold_noun, pred_span) > 0:
        return True
    if pred_noun is None:
        return False
    gold_words, pred_words = bare_word(content[gold_noun[0]:gold_noun[1]]), bare_word(pred_noun)
    return bool(gold_words) and (gold_words == pred_words or gold_words.split()[0] == pred_words.split()[0])


def _mapped(aligner: ContentAligner, start: int | None, end: int | None) -> tuple[int, int] | None:
    if start is None or end is None:
        return None
    return aligner.locate(start, end)


def gold_source(quotes: list[dict[str, Any]], fact: dict[str, Any], content: str) -> dict[str, Any] | None:
    """The gold source of ``fact`` as the quote scorer reads a gold speaker: the annotators give
    the source as the speaker name *or* the speaker phrase of the gold quote holding the figure,
    so that quote's phrase and name are both taken (the innermost such quote); a source no gold
    quote names stands alone. Without this a speaker right for the quote scorer ("نائب رئيس الوزراء"
    for "…، بهاء الأعرجي") would be wrong for the source."""
    source = fact.get("source_speaker")
    if not source:
        return None
    words = content[source[0]:source[1]]

    def names_source(span: list[int] | None) -> bool:
        return bool(span) and (overlap(span, source) > 0 or content[span[0]:span[1]] == words)

    holding = [q for q in quotes if q.get("content") and overlap(q["content"], fact["span"]) > 0
               and (names_source(q.get("speaker")) or names_source(q.get("speaker_name")))]
    if not holding:
        return {"speaker": source, "speaker_name": None}
    quote = min(holding, key=lambda q: q["content"][1] - q["content"][0])
    return {"speaker": quote.get("speaker") or source, "speaker_name": quote.get("speaker_name")}


def source_right(doc, aligner: ContentAligner, content: str, gold_source: dict[str, Any] | None,
                 fact: dict[str, Any]) -> bool:
    """Whether the fact's quote is by the gold source (:func:`gold_source`), judged as quote
    speakers are (:func:`khabar.evaluation.quotes.speaker_right`): the gold names the speaker at
    one mention, khabar may give another mention of the same speaker (its entity, or the same
    name words)."""
    from khabar.evaluation.quotes import Prediction, speaker_right

    if not gold_source or not fact.get("quote"):
        return False
    quote = next((q for q in doc.quotes if q.get("id") == fact["quote"]), None)
    if quote is None:
        return False
    speaker = quote.get("speaker") or {}
    entity = speaker.get("entity")
    mentions = [aligner.locate(m["start"], m["end"]) for e in doc.entities or [] if e.get("id") == entity
                for m in e.get("mentions") or []]
    prediction = Prediction(kind=quote.get("kind"), content=None, cue=None, speaker=source_span(doc, aligner, fact),
                            entity=entity, anonymous=bool(speaker.get("anonymous")), via=None,
                            record={"_mentions": [m for m in mentions if m]})
    return speaker_right(gold_source, prediction, content)


def source_span(doc, aligner: ContentAligner, fact: dict[str, Any]) -> tuple[int, int] | None:
    """Content span of the speaker of the quote a fact is attributed to."""
    if not fact.get("quote"):
        return None
    for quote in doc.quotes:
        if quote.get("id") == fact["quote"]:
            speaker = quote.get("speaker") or {}
            return _mapped(aligner, speaker.get("start"), speaker.get("end"))
    return None


def evaluate_facts(
    gold_path: Path | None = None,
    shared_dir: Path | None = None,
    split: str = "test",
    *,
    details: bool = False,
    draw: int | None = None,
) -> dict[str, Any]:
    """Score facts on one split (``dev``, ``test`` or ``all``) of the gold set."""
    shared = Path(shared_dir) if shared_dir else default_shared()
    entries = load_gold(gold_path, split=split, draw=draw)
    tally = FactsTally()
    by_type: dict[str, Pairing] = {}
    rows: list[dict[str, Any]] = []
    seconds = 0.0
    for entry in entries:
        content = load_article(shared, ref_of(entry))["content"]
        started = time.perf_counter()
        doc = analyze_article(content, entry.get("published"))
        seconds += time.perf_counter() - started
        aligner = ContentAligner(content, doc.text)
        predicted = doc.facts
        spans = [aligner.locate(f["start"], f["end"]) for f in predicted]
        gold = repair_repeated_spans(entry["facts"], content)
        pairs = pair_spans([g["span"] for g in gold], spans)
        tally.pairing.gold += len(gold)
        tally.pairing.predicted += len(predicted)
        tally.pairing.matched += len(pairs)
        for g in gold:
            by_type.setdefault(g["type"], Pairing()).gold += 1
        for p in predicted:
            by_type.setdefault(p["type"], Pairing()).predicted += 1
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            tally.value.add(value_right(g, p))
            tally.type.add(g["type"] == p["type"])
            if g["type"] == p["type"]:
                by_type[g["type"]].matched += 1
            tally.approximate.add(bool(g.get("approximate")) == bool(p.get("approximate")))
            if g.get("noun") is not None:
                noun_span = _mapped(aligner, p.get("noun_start"), p.get("noun_end"))
                tally.noun.add(noun_right(content, g["noun"], noun_span, p.get("noun")))
            if g.get("source_speaker") or p.get("quote"):
                source = gold_source(entry["quotes"], g, content)
                tally.source.add(source_right(doc, aligner, content, source, p))
        if details:
            rows.append(_details(entry, content, gold, predicted, spans, pairs))
    report = {
        "split": split,
        "articles": len(entries),
        "facts": tally.to_dict(),
        "types": {k: {"gold": v.gold, "predicted": v.predicted, **Pairing.f1(v.matched, v.predicted, v.gold)}
                  for k, v in sorted(by_type.items())},
        "seconds": round(seconds, 2),
    }
    if details:
        report["details"] = rows
    return report


def _details(entry, content, gold, predicted, spans, pairs) -> dict[str, Any]:
    def text(span):
        return content[span[0]:span[1]] if span else None

    paired = {gi: pi for gi, pi in pairs}
    used = set(paired.values())
    items = []
    for gi, g in enumerate(gold):
        pi = paired.get(gi)
        p = predicted[pi] if pi is not None else None
        items.append({
            "gold": {"text": text(g["span"]), "type": g["type"], "value": g.get("value"), "min": g.get("min"),
                     "max": g.get("max"), "approximate": g.get("approximate"), "noun": text(g.get("noun"))},
            "pred": None if p is None else {k: p.get(k) for k in ("text", "type", "value", "min", "max", "approximate", "noun")},
        })
    extra = [{k: predicted[i].get(k) for k in ("text", "type", "value", "min", "max", "noun")}
             for i in range(len(predicted)) if i not in used]
    return {"gold_id": entry["gold_id"], "rows": items, "false_positives": extra}


def format_facts_report(report: dict[str, Any]) -> str:
    """A Markdown summary of :func:`evaluate_facts`' report."""
    f = report["facts"]
    d, v = f["detection"], f["with_value"]
    lines = [
        f"facts — split {report['split']}, {report['articles']} articles, {f['gold']} gold, {f['predicted']} predicted",
        "",
        "| metric | value |",
        "|---|---|",
        f"| detection P / R / F1 (span overlap) | {d['p']:.3f} / {d['r']:.3f} / {d['f1']:.3f} |",
        f"| with correct value P / R / F1 | {v['p']:.3f} / {v['r']:.3f} / {v['f1']:.3f} |",
        f"| value accuracy (matched) | {_fmt(f['value_accuracy'])} |",
        f"| type accuracy (matched) | {_fmt(f['type_accuracy'])} |",
        f"| noun accuracy (matched, gold noun given: {f['noun_n']}) | {_fmt(f['noun_accuracy'])} |",
        f"| approximate accuracy (matched) | {_fmt(f['approximate_accuracy'])} |",
        f"| source accuracy ({f['source_n']} with a gold source or a predicted quote) | {_fmt(f['source_accuracy'])} |",
        "",
        "| type | gold | predicted | P | R | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for kind, t in report["types"].items():
        lines.append(f"| {kind} | {t['gold']} | {t['predicted']} | {t['p']:.2f} | {t['r']:.2f} | {t['f1']:.2f} |")
    lines.append(f"\nanalysis time: {report['seconds']:.2f} s")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
