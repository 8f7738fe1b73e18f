"""Session 57, pass desc60: an unnamed one the lede describes ("أوضح مختص، أن …") is the named person
who speaks next ("وقال المحلل الاقتصادي فضل …"): one speaker, named, not anonymous."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, containing

LINKED = [
    (  # a specialist in the lede, the economic analyst named in the next sentence
        "أوضح مختص، أن دمج المدن الصناعية تحت مظلة واحدة سيسرع إنجاز المشاريع الكبرى. "
        "وقال المحلل الاقتصادي فهد المطيري لـ«الجزيرة»، إن الشراكة مع القطاع الخاص ضرورية للمرحلة المقبلة.",
        "دمج المدن الصناعية",
        "المحلل الاقتصادي فهد المطيري",
    ),
    (  # a judge in the lede after a dateline, named with her title in the next sentence
        "عين اليوم – لندن\n"
        "قالت قاضية بريطانية أمس الأربعاء إن مطالب منح الحيوانات حقوقا محدودة قد تنجح يوما ما. "
        "وقالت القاضية مارغريت هولتون بالمحكمة العليا في لندن \"القانون لا يعترف بذلك بعد\".",
        "مطالب منح الحيوانات",
        "القاضية مارغريت هولتون بالمحكمة العليا في لندن",
    ),
]

KEPT = [
    (  # a source hides a name on purpose: not the official named next
        "كشف مصدر، أن المشروع سيكتمل قبل نهاية العام الجاري. "
        "وقال مدير المشروع المهندس خالد العتيبي، إن العمل يسير وفق الجدول.",
        "المشروع سيكتمل",
        "مصدر",
    ),
    (  # the named one comes in by "according to": a source of his own
        "أعلن مسؤول في خفر السواحل اليوم الأحد أن قراصنة استولوا على سفينة شحن في المياه الإقليمية. "
        "وفقدت السفينة الاتصال بالميناء مساء السبت، حسبما أفاد ناصر الهاشمي، نائب مدير العمليات في خفر السواحل.",
        "قراصنة استولوا",
        "مسؤول في خفر السواحل",
    ),
    (  # the lede's description said by "according to": the person named next is another one
        "هبطت أول طائرة مدنية في مطار المدينة بعد أربعة أشهر من توقف الرحلات، بحسب ما أفاد مسؤول ملاحي. "
        "وقال مدير المطار سالم الكعبي لوكالة الأنباء إن الرحلات ستعود تدريجيا.",
        "هبطت أول طائرة",
        "مسؤول ملاحي",
    ),
    (  # someone else spoke since the lede: the one named after is not the lede's
        "حذر طبيب، من انتشار الحمى بين الأطفال خلال أشهر الصيف. "
        "وقالت وزارة الصحة في بيان إن فرقها الميدانية مستعدة. "
        "وقال الدكتور فيصل العنزي إن الوقاية تبدأ من المنزل.",
        "انتشار الحمى",
        "طبيب",
    ),
    (  # experts in the plural: a group, not the one analyst named next
        "أكد خبراء، أن أسعار النفط ستواصل التراجع خلال الربع المقبل. "
        "وقال المحلل النفطي فهد المطيري، إن الطلب العالمي يتباطأ.",
        "أسعار النفط ستواصل",
        "خبراء",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LINKED + KEPT, ids=["analyst", "judge", "source", "according_to_named", "according_to_lede", "spoke_between", "plural"])
def test_lede_description_speaker(text: str, words: str, speaker: str) -> None:
    quote = containing(analysed(text), words)
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), LINKED, ids=["analyst", "judge"])
def test_lede_description_named_not_anonymous(text: str, words: str, speaker: str) -> None:
    found = analysed(text)
    lede = containing(found, words)
    assert lede["speaker"]["anonymous"] is False
    # every quote of the article goes to the one person
    assert {q["speaker"]["text"] for q in found} == {speaker}
