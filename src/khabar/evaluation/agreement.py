"""How far two annotators agree: the ceiling khabar's quote, fact and time figures are read against.

``tests/data/agreement_gold.json`` holds a second annotation of dev articles of the gold set (same
format as ``gold_news.json``; see GOLD_FORMAT.md), made blind — from ANNOTATION.md alone, without the
first annotation or any system output — by annotators other than the first ones. The second
annotation is scored against the first with exactly the rules khabar is scored with
(:func:`khabar.evaluation.quotes.match` and ``tally_article``; :func:`khabar.evaluation.facts.pair_spans`,
``value_right``, ``noun_right``; :func:`khabar.evaluation.times.score_times`), so the figures are
comparable; khabar is scored on the same articles against each annotation beside them.

F1 of the second annotation against the first is the share of items two careful annotators both
mark (and agree on): a target above it asks a system to agree with one annotator more than
another annotator does.

Usage: ``khabar eval agreement``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from khabar.evaluation import facts as facts_eval
from khabar.evaluation import quotes as quotes_eval
from khabar.evaluation import times as times_eval
from khabar.evaluation.align import overlap
from khabar.evaluation.goldsets import AGREEMENT_PATH, load_article, load_gold, ref_of


def paired_annotations(second_path: Path | str | None = None) -> tuple[list[dict], list[dict]]:
    """The first annotation (from the gold) and the second, entry by entry, for the doubly annotated articles."""
    second = load_gold(second_path or AGREEMENT_PATH)
    first_by_id = {entry["gold_id"]: entry for entry in load_gold()}
    missing = [entry["gold_id"] for entry in second if entry["gold_id"] not in first_by_id]
    if missing:
        raise ValueError(f"second annotation of articles not in the gold: {', '.join(missing)}")
    return [first_by_id[entry["gold_id"]] for entry in second], second


def quote_agreement(first: list[dict], second: list[dict], shared: Path) -> dict[str, Any]:
    """The second annotation's quotes scored as predictions against the first's."""
    tallies = {kind: quotes_eval.Tally() for kind in (*quotes_eval.KINDS, "all")}
    kind_right = 0
    for a, b in zip(first, second, strict=True):
        content = load_article(shared, ref_of(a))["content"]
        predicted = [_as_prediction(q) for q in b["quotes"]]
        pairs = quotes_eval.match(a["quotes"], predicted)
        kind_right += quotes_eval.tally_article(tallies, a["quotes"], predicted, pairs, content)
    matched = tallies["all"].matched
    return {"kinds": {kind: tally.to_dict() for kind, tally in tallies.items()},
            "kind_accuracy": kind_right / matched if matched else None}


def _as_prediction(quote: dict[str, Any]) -> quotes_eval.Prediction:
    """An annotated quote in the shape of a system prediction (its speaker: the mention, else the name)."""
    def span(key: str) -> tuple[int, int] | None:
        return tuple(quote[key]) if quote.get(key) else None

    return quotes_eval.Prediction(kind=quote["kind"], content=span("content"), cue=span("cue"),
                                  speaker=span("speaker") or span("speaker_name"), entity=None,
                                  anonymous=bool(quote.get("anonymous")), via=span("via"))


def fact_agreement(first: list[dict], second: list[dict], shared: Path) -> dict[str, Any]:
    """The second annotation's facts scored against the first's, as khabar's facts are."""
    tally = facts_eval.FactsTally()
    for a, b in zip(first, second, strict=True):
        content = load_article(shared, ref_of(a))["content"]
        gold = facts_eval.repair_repeated_spans(a["facts"], content)
        other = facts_eval.repair_repeated_spans(b["facts"], content)
        pairs = facts_eval.pair_spans([g["span"] for g in gold], [o["span"] for o in other])
        tally.pairing.gold += len(gold)
        tally.pairing.predicted += len(other)
        tally.pairing.matched += len(pairs)
        for gi, oi in pairs:
            g, o = gold[gi], other[oi]
            tally.value.add(facts_eval.value_right(g, o))
            tally.type.add(g["type"] == o["type"])
            tally.approximate.add(bool(g.get("approximate")) == bool(o.get("approximate")))
            if g.get("noun") is not None:
                noun = o.get("noun")
                tally.noun.add(facts_eval.noun_right(content, g["noun"], noun, content[noun[0]:noun[1]] if noun else None))
            if g.get("source_speaker") or o.get("source_speaker"):
                tally.source.add(_same_source(g.get("source_speaker"), o.get("source_speaker"), content))
    return tally.to_dict()


def _same_source(first: list[int] | None, second: list[int] | None, content: str) -> bool:
    """Both annotators name one source: the same mention, or mentions the quote scorer calls one speaker."""
    if not first or not second:
        return False
    if overlap(first, second):
        return True
    prediction = quotes_eval.Prediction(kind="", content=None, cue=None, speaker=tuple(second), entity=None,
                                        anonymous=False, via=None)
    return quotes_eval.speaker_right({"speaker": first, "speaker_name": None}, prediction, content)


def time_agreement(first: list[dict], second: list[dict], shared: Path) -> dict[str, Any]:
    """The second annotation's times scored against the first's by :func:`~khabar.evaluation.times.score_times`."""
    by_content: dict[str, list[tuple[int, int, str | None, str | None]]] = {}
    for b in second:
        content = load_article(shared, ref_of(b))["content"]
        times = facts_eval.repair_repeated_spans(b["times"], content)
        by_content[content] = [(t["span"][0], t["span"][1], t.get("value"), t.get("type")) for t in times]
    return times_eval.score_times(lambda content, _published: by_content[content], first, shared)["times"]


def khabar_against(entries: list[dict], shared: Path) -> dict[str, Any]:
    """khabar's quote, fact and time scores against ``entries`` (one annotation of the articles)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gold.json"
        path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return {
            "quotes": quotes_eval.evaluate_quotes(path, shared, split="all")["kinds"],
            "facts": facts_eval.evaluate_facts(path, shared, split="all")["facts"],
            "times": times_eval.evaluate_times(path, shared, split="all")["times"],
        }


def evaluate_agreement(shared_dir: Path | None = None, second_path: Path | str | None = None,
                       *, with_khabar: bool = True) -> dict[str, Any]:
    """Agreement of the two annotations, and (``with_khabar``) khabar against each of them."""
    shared = Path(shared_dir) if shared_dir else facts_eval.default_shared()
    first, second = paired_annotations(second_path)
    report: dict[str, Any] = {
        "articles": len(first),
        "second_vs_first": {"quotes": quote_agreement(first, second, shared)["kinds"],
                            "facts": fact_agreement(first, second, shared),
                            "times": time_agreement(first, second, shared)},
    }
    if with_khabar:
        report["khabar_vs_first"] = khabar_against(first, shared)
        report["khabar_vs_second"] = khabar_against(second, shared)
    return report


ROWS = (  # (measure, where it is in a column's report: its first key names the part)
    ("detection F1, direct", ("quotes", "direct", "detection", "f1")),
    ("detection F1, indirect", ("quotes", "indirect", "detection", "f1")),
    ("detection F1, according_to", ("quotes", "according_to", "detection", "f1")),
    ("detection F1, all", ("quotes", "all", "detection", "f1")),
    ("exact content F1, all", ("quotes", "all", "exact", "f1")),
    ("speaker F1, direct", ("quotes", "direct", "speaker", "f1")),
    ("speaker F1, indirect", ("quotes", "indirect", "speaker", "f1")),
    ("speaker F1, all", ("quotes", "all", "speaker", "f1")),
    ("detection F1", ("facts", "detection", "f1")),
    ("count F1 with value", ("facts", "with_value", "f1")),
    ("type accuracy (matched)", ("facts", "type_accuracy")),
    ("span F1", ("times", "span", "f1")),
    ("value accuracy (matched)", ("times", "value_accuracy")),
    ("F1 with value", ("times", "with_value", "f1")),
)


def format_agreement_report(report: dict[str, Any]) -> str:
    """A Markdown table: second annotator vs first, khabar vs first, khabar vs second."""
    columns = [key for key in ("second_vs_first", "khabar_vs_first", "khabar_vs_second") if key in report]
    lines = [f"agreement — {report['articles']} dev articles annotated twice, blind", "",
             "| part | measure | " + " | ".join(c.replace("_", " ") for c in columns) + " |",
             "|---|---|" + "---:|" * len(columns)]
    for name, path in ROWS:
        cells = []
        for column in columns:
            value = report[column]
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            cells.append("–" if value is None else f"{value:.3f}")
        lines.append(f"| {path[0]} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
