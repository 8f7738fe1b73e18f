"""The facts scorer, on a small synthetic gold set (articles written for the test)."""

import json
import zipfile

import pytest

from khabar.evaluation.facts import (
    evaluate_facts,
    format_facts_report,
    pair_spans,
    repair_repeated_spans,
    value_right,
)
from khabar.evaluation.goldsets import content_hash

ARTICLES = [
    "أعلنت الشرطة مقتل 3 أشخاص وإصابة 12 آخرين في حادث سير أمس.\nوقدرت الخسائر بنحو 5 ملايين ريال.",
    "قال الوزير إن الإنتاج ارتفع 20 في المئة الشهر الماضي، وإن المصنع وظف أكثر من 400 عامل.",
]


def span(text, snippet, start=0):
    at = text.index(snippet, start)
    return [at, at + len(snippet)]


def fact(text, snippet, kind, value=None, minimum=None, maximum=None, approximate=False, noun=None):
    return {"span": span(text, snippet), "type": kind, "value": value, "min": minimum, "max": maximum,
            "approximate": approximate, "noun": span(text, noun) if noun else None, "source_speaker": None}


@pytest.fixture()
def gold_set(tmp_path):
    shared = tmp_path / "shared"
    folder = shared / "news" / "saudinewsnet"
    folder.mkdir(parents=True)
    records = [{"content": text, "date_extracted": "2024-05-06 10:00:00"} for text in ARTICLES]
    with zipfile.ZipFile(folder / "2024-05-06.zip", "w") as archive:
        archive.writestr("2024-05-06.json", json.dumps(records, ensure_ascii=False))
    a, b = ARTICLES
    gold = [
        {"gold_id": "2024-05-06.zip#0", "zip": "2024-05-06.zip", "index": 0, "sha1": content_hash(a), "split": "dev",
         "published": "2024-05-06", "quotes": [],
         "facts": [fact(a, "3 أشخاص", "killed", 3, noun="أشخاص"),
                   fact(a, "12 آخرين", "injured", 12, noun="آخرين"),
                   fact(a, "نحو 5 ملايين ريال", "money", 5000000, approximate=True, noun="ريال")],
         "times": [{"span": span(a, "أمس"), "type": "date", "value": "2024-05-05"}]},
        {"gold_id": "2024-05-06.zip#1", "zip": "2024-05-06.zip", "index": 1, "sha1": content_hash(b), "split": "test",
         "published": "2024-05-06", "quotes": [],
         "facts": [fact(b, "20 في المئة", "percent", 20),
                   fact(b, "أكثر من 400 عامل", "other", minimum=400, noun="عامل"),
                   fact(b, "قال", "other", 3)],  # no prediction overlaps it: a deliberate miss
         "times": [{"span": span(b, "الشهر الماضي"), "type": "month", "value": "2024-04"}]},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path, shared


def test_dev_split_scores_perfectly(gold_set):
    path, shared = gold_set
    report = evaluate_facts(path, shared, "dev")
    f = report["facts"]
    assert (f["gold"], f["predicted"], f["matched"]) == (3, 3, 3)
    assert f["detection"]["f1"] == 1.0
    assert f["with_value"]["f1"] == 1.0
    assert f["type_accuracy"] == 1.0
    assert f["noun_accuracy"] == 1.0


def test_test_split_counts_a_miss(gold_set):
    path, shared = gold_set
    report = evaluate_facts(path, shared, "test")
    f = report["facts"]
    assert (f["gold"], f["matched"]) == (3, 2)
    assert f["detection"]["r"] == pytest.approx(2 / 3, abs=1e-3)
    assert "facts — split test" in format_facts_report(report)


def test_all_and_bad_split(gold_set):
    path, shared = gold_set
    assert evaluate_facts(path, shared, "all")["articles"] == 2
    with pytest.raises(ValueError):
        evaluate_facts(path, shared, "train")


def test_pairing_is_one_to_one_largest_overlap_first():
    assert pair_spans([[0, 10], [20, 30]], [(5, 25), (0, 9)]) == [(0, 1), (1, 0)]
    assert pair_spans([[0, 5]], [(6, 9)]) == []


def test_values_compare_min_and_max():
    assert value_right({"value": None, "min": 1400, "max": None}, {"value": None, "min": 1400.0, "max": None})
    assert not value_right({"value": None, "min": 1400, "max": None}, {"value": 1400, "min": None, "max": None})


def test_a_gold_fraction_written_rounded_matches_the_exact_value():
    third = {"value": 1 / 3, "min": None, "max": None}
    assert value_right({"value": 0.3333, "min": None, "max": None}, third)
    assert not value_right({"value": 0.25, "min": None, "max": None}, third)
    assert not value_right({"value": 1400, "min": None, "max": None}, {"value": 1401, "min": None, "max": None})
    assert not value_right({"value": 2.5, "min": None, "max": None}, {"value": 2.54, "min": None, "max": None})


def test_repeated_gold_snippets_get_their_own_occurrence():
    content = "اليوم قال ... ثم اليوم"
    items = [{"span": [0, 5]}, {"span": [0, 5]}]
    assert [i["span"] for i in repair_repeated_spans(items, content)] == [[0, 5], [17, 22]]


def test_a_source_given_as_the_name_is_judged_with_the_gold_quote_holding_the_figure():
    from khabar.evaluation.facts import gold_source

    text = "وقال نائب رئيس الوزراء، سالم العبدلي، إن 40 مصنعا أغلقت. وذكر تقرير أن 7 مصانع فتحت."
    quotes = [
        {"kind": "indirect", "content": span(text, "40 مصنعا أغلقت"), "speaker": span(text, "نائب رئيس الوزراء، سالم العبدلي"),
         "speaker_name": span(text, "سالم العبدلي")},
        {"kind": "indirect", "content": span(text, "7 مصانع فتحت"), "speaker": span(text, "تقرير"), "speaker_name": None},
    ]
    named = dict(fact(text, "40 مصنعا", "other", 40), source_speaker=span(text, "سالم العبدلي"))
    # the quote's whole speaker phrase comes with the name, so "نائب رئيس الوزراء" can be judged right
    assert gold_source(quotes, named, text) == {"speaker": quotes[0]["speaker"], "speaker_name": quotes[0]["speaker_name"]}
    # a source no gold quote holding the figure names stands alone
    elsewhere = dict(fact(text, "7 مصانع", "other", 7), source_speaker=span(text, "سالم العبدلي"))
    assert gold_source(quotes, elsewhere, text) == {"speaker": span(text, "سالم العبدلي"), "speaker_name": None}
    assert gold_source(quotes, fact(text, "7 مصانع", "other", 7), text) is None
