"""The times scorer, on a small synthetic gold set (articles written for the test)."""

import json
import zipfile

import pytest

from khabar.evaluation.goldsets import content_hash
from khabar.evaluation.times import evaluate_times, format_times_report

ARTICLE = "قال الوزير أمس إن المشروع يبدأ الشهر المقبل، بعد توقف دام ثلاثة أيام في 3 آذار/مارس الماضي."


def span(snippet):
    at = ARTICLE.index(snippet)
    return [at, at + len(snippet)]


@pytest.fixture()
def gold_set(tmp_path):
    folder = tmp_path / "shared" / "news" / "saudinewsnet"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "2024-05-06.zip", "w") as archive:
        archive.writestr("d.json", json.dumps([{"content": "  " + ARTICLE + "\n"}], ensure_ascii=False))
    content = "  " + ARTICLE + "\n"
    def shift(span):
        return [span[0] + 2, span[1] + 2]

    gold = [{
        "gold_id": "2024-05-06.zip#0", "zip": "2024-05-06.zip", "index": 0, "sha1": content_hash(content),
        "split": "dev", "published": "2024-05-06", "quotes": [], "facts": [],
        "times": [
            {"span": shift(span("أمس")), "type": "date", "value": "2024-05-05"},
            {"span": shift(span("الشهر المقبل")), "type": "month", "value": "2024-06"},
            {"span": shift(span("ثلاثة أيام")), "type": "duration", "value": "P3D"},
            {"span": shift(span("3 آذار/مارس الماضي")), "type": "date", "value": "2023-03-03"},  # wrong on purpose
        ],
    }]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path, tmp_path / "shared"


def test_spans_and_values(gold_set):
    path, shared = gold_set
    report = evaluate_times(path, shared, "dev")
    t = report["times"]
    assert (t["gold"], t["matched"]) == (4, 4)
    assert t["span"]["f1"] == 1.0
    assert t["value_accuracy"] == 0.75
    assert "value accuracy" in format_times_report(report)


def test_another_tagger_is_scored_the_same_way(gold_set):
    path, shared = gold_set
    report = evaluate_times(path, shared, "dev", tagger=lambda content, published: [(0, 4, None, "date")])
    assert report["times"]["matched"] == 0
    assert report["times"]["predicted"] == 1
