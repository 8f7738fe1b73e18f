"""The copies scorer's second reading of the gold pairs: one release, whichever text came first."""

from __future__ import annotations

from khabar.evaluation.copies import (
    CorpusArticle,
    against_adjudicated_labels,
    against_second_labels,
    cohens_kappa,
    format_copies_report,
    label_agreement,
    majority_label,
    one_release,
    score_pairs,
    weighted_estimate,
)
from khabar.evaluation.goldsets import GoldRef

FIRE = "أعلن مدير عام الدفاع المدني بمنطقة جازان اليوم أن فرق الإنقاذ تمكنت من إخماد حريق اندلع في مستودع للأخشاب بحي الشامية دون تسجيل إصابات بشرية"
FIRE_CALL = "وأوضح أن البلاغ ورد إلى غرفة العمليات عند الساعة الثالثة فجرا وباشرته ست فرق إطفاء مدعومة بصهاريج المياه"
FIRE_INQUIRY = ("وأشار إلى أن لجنة فنية شكلت لمعرفة أسباب الحريق وحصر الأضرار التي لحقت بالمستودع والمحلات المجاورة له داعيا"
                " أصحاب المستودعات إلى الالتزام باشتراطات السلامة وتوفير طفايات الحريق وأنظمة الإنذار المبكر")
FLOOD = ("حذرت الرئاسة العامة للأرصاد وحماية البيئة من أمطار رعدية غزيرة على مرتفعات منطقة عسير تصحبها رياح نشطة"
         " وتدني في مدى الرؤية الأفقية ودعت المواطنين إلى الابتعاد عن مجاري السيول والأودية")


def corpus(*texts: tuple[str, str]) -> list[CorpusArticle]:
    return [CorpusArticle(n, GoldRef("day.zip", n, ""), day, "outlet", "", text) for n, (day, text) in enumerate(texts)]


def test_a_cut_and_the_fuller_release_printed_whole_elsewhere_are_one_release():
    full = f"{FIRE} {FIRE_CALL} {FIRE_INQUIRY}"
    articles = corpus(("2015-08-05", full), ("2015-08-06", FIRE), ("2015-08-06", full + " والله الموفق"),
                      ("2015-08-06", FLOOD))
    gold = [{"copy": False}, {"copy": False}, {"copy": True}]
    # the cut (1) and the fuller text (2): labelled not a copy, both are the release (0) republished
    # the cut (1) and the weather warning (3): no text holds both
    assert one_release(articles, [(1, 2), (1, 3), (0, 2)], gold) == [True, False, True]


def test_a_pair_is_one_release_only_through_a_third_text_of_those_days():
    full = f"{FIRE} {FIRE_CALL} {FIRE_INQUIRY}"
    # the cut first, the fuller text later, nothing else: the label stands (the later adds text of its own)
    assert one_release(corpus(("2015-08-06", FIRE), ("2015-08-06", full)), [(0, 1)], [{"copy": False}]) == [False]
    # the full release printed a week earlier is too far back to count
    articles = corpus(("2015-07-28", full), ("2015-08-06", FIRE), ("2015-08-06", full + " والله الموفق"))
    assert one_release(articles, [(1, 2)], [{"copy": False}]) == [False]


def test_scores_count_true_and_false_copies():
    scores = score_pairs([True, True, False, False], [True, False, True, False])
    assert (scores["tp"], scores["fp"], scores["fn"], scores["precision"], scores["recall"]) == (1, 1, 1, 0.5, 0.5)


def test_a_second_labelling_is_scored_against_the_first_by_split_and_weighed_to_the_corpus():
    gold = [{"copy": True, "second_copy": True, "split": "dev", "containment": 0.9},
            {"copy": True, "second_copy": False, "split": "dev", "containment": 0.6},  # the second misses one
            {"copy": False, "second_copy": True, "split": "test", "containment": 0.6},  # … and adds one
            {"copy": False, "second_copy": False, "split": "test", "containment": 0.3}]
    population = {"per_stratum": [{"low": 0.15, "high": 0.5, "pairs": 100}, {"low": 0.5, "high": 0.8, "pairs": 10},
                                  {"low": 0.8, "high": 1.0, "pairs": 50}]}
    agreement = label_agreement(gold, population)
    assert (agreement["dev"]["precision"], agreement["dev"]["recall"]) == (1.0, 0.5)
    assert (agreement["test"]["tp"], agreement["test"]["fp"]) == (0, 1)
    assert (agreement["all"]["precision"], agreement["all"]["recall"]) == (0.5, 0.5)
    # the 0.5–0.8 band holds both disagreements but only 10 pairs of the corpus; the 0.8–1.0 band 50 agreeing ones
    assert agreement["corpus_estimate"]["precision"] == round(50 / 55, 4)
    assert label_agreement([{"copy": True, "split": "dev", "containment": 0.9}], population) is None


def test_kappa_discounts_the_agreement_chance_gives():
    # 8 of 10 alike: by chance alone two labellers that say "copy" half the time agree 5 in 10
    first = [True] * 5 + [False] * 5
    second = [True] * 4 + [False] + [True] + [False] * 4
    assert cohens_kappa(first, second) == 0.6
    assert cohens_kappa(first, first) == 1.0


def test_khabar_errors_are_split_by_whether_the_labellers_agree():
    gold = [{"copy": True, "second_copy": True, "split": "dev"},     # khabar misses an agreed copy
            {"copy": False, "second_copy": True, "split": "dev"},    # khabar takes a disputed one
            {"copy": False, "second_copy": False, "split": "test"}]  # khabar right
    scores = against_second_labels([False, True, False], gold)
    assert (scores["errors"], scores["errors_where_labellers_agree"]) == (2, 1)
    assert (scores["all"]["tp"], scores["all"]["fn"], scores["all"]["fp"]) == (1, 1, 0)


def test_the_third_label_decides_only_where_the_first_two_differ():
    assert majority_label({"copy": True, "second_copy": True, "third_copy": False}) is True
    assert majority_label({"copy": False, "second_copy": True, "third_copy": True}) is True
    assert majority_label({"copy": True, "second_copy": False, "third_copy": False}) is False
    assert majority_label({"copy": True, "second_copy": False}) is None  # not adjudicated yet


def test_khabar_is_scored_against_the_majority_of_three_labels():
    gold = [{"copy": False, "second_copy": True, "third_copy": True, "split": "dev"},   # outvoted: a copy
            {"copy": True, "second_copy": True, "split": "dev"},
            {"copy": True, "second_copy": False, "third_copy": False, "split": "test"}]  # outvoted: not one
    scores = against_adjudicated_labels([True, False, True], gold)
    assert scores["changed_labels"] == 2
    assert (scores["all"]["tp"], scores["all"]["fp"], scores["all"]["fn"]) == (1, 1, 1)
    assert (scores["test"]["fp"], scores["dev"]["fn"]) == (1, 1)
    assert against_adjudicated_labels([True], [{"copy": True, "second_copy": False, "split": "dev"}]) is None


def test_the_first_table_leads_with_the_adjudicated_labels_and_prints_the_first_beside():
    gold = [{"copy": True, "second_copy": False, "third_copy": False, "split": "dev", "containment": 0.6},  # outvoted
            {"copy": True, "second_copy": True, "split": "dev", "containment": 0.9},
            {"copy": False, "second_copy": False, "split": "test", "containment": 0.3},
            {"copy": True, "second_copy": True, "split": "test", "containment": 0.9}]
    population = {"per_stratum": [{"low": 0.15, "high": 0.5, "pairs": 100}, {"low": 0.5, "high": 0.8, "pairs": 10},
                                  {"low": 0.8, "high": 1.0, "pairs": 50}]}
    predicted = [True, True, False, True]  # right by the first labels, one false copy by the adjudicated
    first = {split: score_pairs([p for p, g in zip(predicted, gold) if split == "all" or g["split"] == split],
                                [g["copy"] for g in gold if split == "all" or g["split"] == split])
             for split in ("dev", "test", "all")}
    adjudicated = against_adjudicated_labels(predicted, gold, population)
    # weighed back: the outvoted pair's band (10 pairs) is one false copy
    assert adjudicated["corpus_estimate"]["precision"] == round(50 / 60, 4)
    assert weighted_estimate(predicted, gold, population)["precision"] == 1.0
    run = {"threshold": 0.48, "rare_threshold": 0.7, "copies": 3, "exact_recall": 1.0, **first,
           "corpus_estimate": weighted_estimate(predicted, gold, population), "one_release": first,
           "against_second_labels": None, "against_adjudicated_labels": adjudicated}
    lines = format_copies_report({"articles": 4, "exact_duplicate_pairs": 0, "runs": [run]}).splitlines()
    rows = [line.split() for line in lines if line.split()[:1] == ["0.48"] or line.split()[:1] == ["first"]]
    assert rows[0][4] == "adjudicated" and rows[0][5:7] == ["50.0", "100.0"]  # dev: one true, one false copy
    assert rows[1][0] == "first" and rows[1][1:3] == ["100.0", "100.0"]
    assert lines[-1] == "(the adjudicated labels differ from the first on 1 pair)"
