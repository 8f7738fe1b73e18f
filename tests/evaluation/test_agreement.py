"""The agreement of two annotations, scored by the rules khabar is scored with."""

from __future__ import annotations

import copy
import json

import pytest

from khabar.evaluation.agreement import (
    AGREEMENT_PATH,
    fact_agreement,
    format_agreement_report,
    paired_annotations,
    quote_agreement,
    time_agreement,
)
from khabar.evaluation.goldsets import load_gold


@pytest.fixture(scope="module")
def annotated():
    """Eight dev articles of the gold with at least one quote, fact and time each."""
    entries = [e for e in load_gold(split="dev") if e["quotes"] and e["facts"] and e["times"]]
    return entries[:8]


def test_an_annotation_agrees_with_itself(shared_data, annotated):
    quotes = quote_agreement(annotated, copy.deepcopy(annotated), shared_data)["kinds"]
    facts = fact_agreement(annotated, copy.deepcopy(annotated), shared_data)
    times = time_agreement(annotated, copy.deepcopy(annotated), shared_data)
    assert quotes["all"]["detection"]["f1"] == quotes["all"]["speaker"]["f1"] == 1.0
    assert facts["with_value"]["f1"] == facts["type_accuracy"] == 1.0
    assert times["span"]["f1"] == times["value_accuracy"] == 1.0


def test_each_disagreement_lowers_its_own_measure(shared_data, annotated):
    second = copy.deepcopy(annotated)
    dropped = second[0]["quotes"].pop(0)  # a quote the second annotator did not mark
    other_speaker = next(q for e in second for q in e["quotes"] if q.get("speaker"))
    other_speaker["speaker"] = other_speaker["speaker_name"] = None  # … one she gave no speaker
    fact = second[1]["facts"][0]
    fact["value"], fact["min"], fact["max"] = 123456789, None, None  # … a figure read otherwise
    time = next(t for e in second for t in e["times"] if t.get("value"))
    time["value"] = "1999-01-01"  # … and a date resolved otherwise
    quotes = quote_agreement(annotated, second, shared_data)["kinds"]["all"]
    facts = fact_agreement(annotated, second, shared_data)
    times = time_agreement(annotated, second, shared_data)
    gold_quotes = sum(len(e["quotes"]) for e in annotated)
    assert quotes["detection"]["p"] == 1.0 and quotes["detection"]["r"] == pytest.approx((gold_quotes - 1) / gold_quotes)
    assert quotes["speaker"]["f1"] < quotes["detection"]["f1"]
    assert dropped["content"] not in [q["content"] for q in second[0]["quotes"]]
    assert facts["detection"]["f1"] == 1.0 and facts["with_value"]["f1"] < 1.0
    assert times["span"]["f1"] == 1.0 and times["value_accuracy"] < 1.0


def test_the_stored_second_annotation_covers_dev_articles_only(shared_data):
    if not AGREEMENT_PATH.exists():
        pytest.skip("no second annotation stored")
    first, second = paired_annotations()
    assert len(first) == len(second) >= 20
    assert {e["split"] for e in first} == {"dev"}  # the held-out articles are never read twice
    assert [e["sha1"] for e in first] == [e["sha1"] for e in second]


def test_the_report_names_every_column(tmp_path, shared_data, annotated):
    path = tmp_path / "second.json"
    path.write_text(json.dumps(annotated[:2], ensure_ascii=False), encoding="utf-8")
    from khabar.evaluation.agreement import evaluate_agreement

    report = evaluate_agreement(shared_data, path, with_khabar=False)
    text = format_agreement_report(report)
    assert "second vs first" in text and "khabar" not in text
    assert "| times | value accuracy (matched) | 1.000 |" in text
