"""Session 35: with the anchor rule, a join needs a shared specific anchor — two road accidents from one template stay apart.

The rule was measured and left off (docs/STORIES.md, "Session 35, stories round 2"): these tests turn it on.

The articles are made up: one accident template (the way outlets write every crash), filled in with
other roads, hospitals and figures. Eight earlier accidents make the template's words common, as
they are in the corpus; what tells one accident from another is its place, not its words.
"""

from __future__ import annotations

import pytest

import khabar.stories.stories as stories
from khabar.stories.stories import ArticleFeatures, StoryIndex

RED_CRESCENT = "en:saudi red crescent authority"


def accident(killed: str, injured: str, road: str, hospital: str) -> str:
    return (f"لقي {killed} أشخاص مصرعهم وأصيب {injured} آخرون في حادث تصادم مروع بين سيارتين على طريق {road}، "
            f"وباشرت فرق الهلال الأحمر والدفاع المدني الحادث ونقلت المصابين إلى {hospital}، فيما باشرت الجهات "
            "الأمنية التحقيق في أسباب الحادث وحصر الأضرار.")


EARLIER = [("ثلاثة", "خمسة", "المدينة المنورة ينبع", "مستشفى الملك فهد بالمدينة", "en:medina"),
           ("أربعة", "ستة", "القصيم حائل", "مستشفى الملك خالد بحائل", "en:hail"),
           ("خمسة", "اثنين", "الدمام الأحساء", "مستشفى الملك فهد بالهفوف", "en:al-ahsa"),
           ("ثلاثة", "أربعة", "تبوك ضباء", "مستشفى الملك خالد بتبوك", "en:tabuk"),
           ("شخصين", "ثلاثة", "نجران شرورة", "مستشفى نجران العام", "en:najran"),
           ("أربعة", "خمسة", "عرعر رفحاء", "مستشفى عرعر المركزي", "en:arar"),
           ("ثلاثة", "سبعة", "الباحة بلجرشي", "مستشفى الملك فهد بالباحة", "en:al bahah"),
           ("خمسة", "ثلاثة", "بيشة خميس مشيط", "مستشفى بيشة العام", "en:bisha")]

TAIF = accident("ثلاثة", "خمسة", "الطائف الرياض السريع", "مستشفى الملك فيصل بالطائف")
JAZAN = accident("أربعة", "ستة", "جازان أبو عريش", "مستشفى الملك فهد المركزي بجازان")
TAIF_AGAIN = ("نقلت فرق الهلال الأحمر خمسة مصابين إلى مستشفى الملك فيصل بالطائف بعد تصادم سيارتين على طريق الطائف "
              "الرياض السريع أودى بحياة ثلاثة أشخاص، وقال المتحدث إن الطريق أغلق ساعتين حتى رفعت السيارات.")


@pytest.fixture(autouse=True)
def anchor_rule(monkeypatch):
    monkeypatch.setattr(stories, "ANCHOR_RULE", 1)
    monkeypatch.setattr(stories, "ANCHOR_WORD_SHARE", 0.001)


def index_after_earlier_accidents() -> StoryIndex:
    index = StoryIndex()
    for i, (killed, injured, road, hospital, place) in enumerate(EARLIER):
        index.add(100 + i, "2015-08-01", ArticleFeatures.of(accident(killed, injured, road, hospital), {place, RED_CRESCENT}))
    return index


def test_two_accidents_from_one_template_without_a_shared_place_stay_apart():
    index = index_after_earlier_accidents()
    taif = index.add(1, "2015-08-10", ArticleFeatures.of(TAIF, {"en:taif", RED_CRESCENT}))
    jazan = index.add(2, "2015-08-11", ArticleFeatures.of(JAZAN, {"en:jazan", RED_CRESCENT}))
    assert taif != jazan


def test_another_report_of_the_same_accident_still_joins_through_its_place():
    index = index_after_earlier_accidents()
    taif = index.add(1, "2015-08-10", ArticleFeatures.of(TAIF, {"en:taif", RED_CRESCENT}))
    assert index.add(2, "2015-08-10", ArticleFeatures.of(TAIF_AGAIN, {"en:taif", RED_CRESCENT})) == taif


def test_shared_anchors_counts_specific_names_and_words_only():
    index = index_after_earlier_accidents()
    story = index.stories[index.add(1, "2015-08-10", ArticleFeatures.of(TAIF, {"en:taif", RED_CRESCENT}))]
    jazan = ArticleFeatures.of(JAZAN, {"en:jazan", RED_CRESCENT})
    index.count(jazan)
    assert index.shared_anchors(story, index.vector(jazan), jazan.names) == (0, 0)  # the Red Crescent is in every one
    again = ArticleFeatures.of(TAIF_AGAIN, {"en:taif", RED_CRESCENT})
    index.count(again)
    names, words = index.shared_anchors(story, index.vector(again), again.names)
    assert names == 1 and words >= 1  # Taif, and the road and hospital words
