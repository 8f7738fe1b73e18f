"""The entity-level NER scorer on hand cases, and the quality gate on ANERcorp and AQMAR."""

from __future__ import annotations

import pytest

from khabar.entities.tagger_train import clean_tag, read_conll
from khabar.evaluation.ner import entity_set, evaluate_ner, format_report, score_tags

# What the shipped CRF reaches (docs/EVALUATION_NER.md), less a margin: the gate fails on a regression.
ANERCORP_FLOOR = 0.67
AQMAR_FLOOR = 0.48


def score(gold: list[str], predicted: list[str]):
    return score_tags([(gold, predicted)])


def test_exact_span_and_type_is_a_match():
    report = score(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC"])
    assert (report.overall.matched, report.overall.predicted, report.overall.gold) == (2, 2, 2)
    assert report.overall.f1 == 1.0


def test_wrong_type_is_a_miss_and_a_false_alarm():
    report = score(["B-PER", "I-PER"], ["B-ORG", "I-ORG"])
    assert report.overall.matched == 0
    assert report.by_type["PER"].gold == 1 and report.by_type["PER"].predicted == 0
    assert report.by_type["ORG"].predicted == 1 and report.by_type["ORG"].gold == 0
    assert report.overall.f1 == 0.0


def test_partial_span_is_a_miss():
    report = score(["B-PER", "I-PER", "I-PER", "O"], ["B-PER", "I-PER", "O", "O"])
    assert report.overall.matched == 0
    assert report.overall.precision == 0.0 and report.overall.recall == 0.0


def test_i_without_b_starts_an_entity_as_in_conlleval():
    assert entity_set(["O", "I-LOC", "I-LOC", "O"]) == {(1, 3, "LOC")}
    assert entity_set(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}
    report = score(["O", "B-LOC", "I-LOC"], ["O", "I-LOC", "I-LOC"])
    assert report.overall.matched == 1


def test_b_after_i_of_the_same_type_starts_a_new_entity():
    assert entity_set(["B-PER", "I-PER", "B-PER"]) == {(0, 2, "PER"), (2, 3, "PER")}


def test_micro_average_over_types():
    report = score_tags(
        [
            (["B-PER", "O", "B-LOC", "B-ORG"], ["B-PER", "O", "B-LOC", "O"]),
            (["B-MISC", "O"], ["B-MISC", "B-PER"]),
        ]
    )
    overall = report.overall
    assert (overall.matched, overall.predicted, overall.gold) == (3, 4, 4)
    assert overall.precision == pytest.approx(0.75) and overall.recall == pytest.approx(0.75)
    assert report.by_type["PER"].precision == pytest.approx(0.5)
    assert report.by_type["ORG"].recall == 0.0


def test_kept_types_drop_the_others_from_gold_and_prediction():
    report = score_tags([(["B-MISC", "B-PER"], ["O", "B-PER"])], keep=("PER", "LOC", "ORG"))
    assert report.overall.f1 == 1.0
    assert "MISC" not in report.by_type


def test_tags_are_read_in_khabar_classes():
    assert clean_tag("B-PERS") == "B-PER"
    assert clean_tag("I-MIS1") == "I-MISC"
    assert clean_tag("B-MIS1`") == "B-MISC"
    assert clean_tag("I--ORG") == "I-ORG"
    assert clean_tag("B-ENGLISH") == "O"
    assert clean_tag("IO") == "O"
    assert clean_tag("O") == "O"


def test_read_conll_splits_sentences_at_blank_lines(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text("\ufeffقال O\nبايدن B-PERS\n\nفي O\nواشنطن B-LOC\n\n\n", encoding="utf-8")
    assert read_conll(path) == [(["قال", "بايدن"], ["O", "B-PER"]), (["في", "واشنطن"], ["O", "B-LOC"])]


def test_format_report_has_a_line_per_type_and_overall():
    report = score(["B-PER", "O", "B-LOC"], ["B-PER", "O", "O"])
    lines = format_report(report).splitlines()
    assert lines[0].split() == ["type", "P", "R", "F1", "support"]
    assert lines[1].split() == ["PER", "100.00", "100.00", "100.00", "1"]
    assert lines[2].split() == ["LOC", "0.00", "0.00", "0.00", "1"]
    assert lines[-1].split() == ["overall", "100.00", "50.00", "66.67", "2"]


@pytest.mark.shared
def test_anercorp_test_quality_gate(shared_data):
    report = evaluate_ner("anercorp", data_dir=shared_data)
    assert report.tokens == 25007  # token lines in the file (its README says 25,008 words)
    assert report.overall.f1 >= ANERCORP_FLOOR, format_report(report)


@pytest.mark.shared
def test_aqmar_quality_gate(shared_data):
    report = evaluate_ner("aqmar", data_dir=shared_data)
    assert set(report.by_type) == {"PER", "LOC", "ORG"}
    assert report.overall.f1 >= AQMAR_FLOOR, format_report(report)
