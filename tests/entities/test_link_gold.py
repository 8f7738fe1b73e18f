"""The linking gold set, and the quality gate on it (needs ../shared/data; skipped without it)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from khabar.entities.gazetteer import load_gazetteer
from khabar.evaluation.linking import (
    DEFAULT_GOLD,
    LinkingReport,
    evaluate_linking,
    format_linking_report,
)

# Floors a little below the figures measured when the gold set was made (docs/EVALUATION_LINKING.md),
# linker alone (no tagger), raw content. Raise them when the linker improves; never lower them silently.
FLOORS = {
    "all": {"mention_linking_accuracy": 0.72, "canonical_precision": 0.92, "detection_precision": 0.90,
            "canonical_mentions": 0.93, "bcubed_f1": 0.92},
    "test": {"mention_linking_accuracy": 0.60, "canonical_precision": 0.90, "detection_precision": 0.88,
             "canonical_mentions": 0.88, "bcubed_f1": 0.88},
}


def load_gold() -> dict:
    return json.loads(Path(DEFAULT_GOLD).read_text(encoding="utf-8"))


def test_gold_has_at_least_30_articles_with_a_held_out_split() -> None:
    articles = load_gold()["articles"]
    assert len(articles) >= 30
    assert {a["split"] for a in articles} == {"dev", "test"}
    assert len({a["gold_id"] for a in articles}) == len(articles)


def test_gold_stores_references_and_offsets_only() -> None:
    for article in load_gold()["articles"]:
        assert set(article) == {"gold_id", "zip", "index", "sha1", "published", "split", "entities"}
        for entity in article["entities"]:
            assert set(entity) == {"label", "type", "mentions"}
            for start, end, form in entity["mentions"]:
                assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
                assert form in ("name", "nisba", "nominal")


def test_gold_mentions_do_not_overlap() -> None:
    for article in load_gold()["articles"]:
        spans = sorted((s, e) for entity in article["entities"] for s, e, _ in entity["mentions"])
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, article["gold_id"]


def test_gold_labels_name_gazetteer_entries_or_local_clusters() -> None:
    entries = load_gazetteer().entries
    for article in load_gold()["articles"]:
        labels = [e["label"] for e in article["entities"]]
        assert len(labels) == len(set(labels)), article["gold_id"]
        for entity in article["entities"]:
            assert entity["type"] in ("PER", "ORG", "LOC")
            assert entity["label"].startswith("#") or entity["label"] in entries, entity["label"]


def test_report_of_nothing_is_zero() -> None:
    report = LinkingReport()
    assert report.mention_linking_accuracy == 0.0 and report.bcubed_f1 == 0.0
    assert "0 SaudiNewsNet articles" in format_linking_report(report)


@pytest.mark.shared
@pytest.mark.parametrize("split", ["all", "test"])
def test_linking_quality_gate(shared_data: Path, split: str) -> None:
    report = evaluate_linking(shared_dir=shared_data, split=None if split == "all" else split)
    assert not report.skipped, report.skipped
    floors = FLOORS[split]
    figures = {
        "mention_linking_accuracy": report.mention_linking_accuracy,
        "canonical_precision": report.canonical_precision.ratio,
        "detection_precision": report.detection_precision,
        "canonical_mentions": report.by_kind["canonical"].ratio,
        "bcubed_f1": report.bcubed_f1,
    }
    low = {name: round(value, 3) for name, value in figures.items() if value < floors[name]}
    assert not low, f"below the floor on {split}: {low}\n{format_linking_report(report)}"


@pytest.mark.shared
def test_evaluation_through_the_pipeline_agrees(shared_data: Path) -> None:
    """The same articles through khabar's pipeline (cleaning, offsets mapped back) score close."""
    raw = evaluate_linking(shared_dir=shared_data, split="test")
    piped = evaluate_linking(shared_dir=shared_data, split="test", pipeline="analyze")
    assert piped.articles == raw.articles
    assert piped.mention_linking_accuracy >= raw.mention_linking_accuracy - 0.1
