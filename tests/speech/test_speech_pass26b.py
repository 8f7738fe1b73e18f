"""Quote finder, twenty-sixth pass, speakers (quotes round 26b): "المصادر" does not refer back to a single
source. Every text is written for these tests.

* "وأكدت المصادر" after "وصرح مصدر مسؤول": the plural anaphor names sources, not the one source quoted
  before; with no unnamed group before it, it stands alone as the speaker.
* After a group ("مصادر مطلعة", "مسؤولون في الوزارة") it still refers back; "المصدر" after a single
  source still does.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_sources_after_a_single_source_stand_alone():
    found = analysed("وصرح مصدر مسؤول في النادي بأن المفاوضات اقتربت من الحسم. "
                     "وأكدت المصادر لـ«الصحيفة» أن اللاعب سيحضر المعسكر.")
    assert speaker(found, "وصرح") == "مصدر مسؤول في النادي"
    assert speaker(found, "وأكدت") == "المصادر"


def test_sources_after_sources_refer_back():
    found = analysed("وقالت مصادر مطلعة إن الاجتماع تأجل. وأضافت المصادر أن موعدا جديدا سيحدد.")
    assert speaker(found, "وأضافت") == "مصادر مطلعة"


def test_sources_after_a_plural_of_officials_refer_back():
    found = analysed("أعلن مسؤولون في الوزارة أن الخطة جاهزة. وأوضحت المصادر أن التنفيذ يبدأ قريبا.")
    assert speaker(found, "وأوضحت") == "مسؤولون في الوزارة"


def test_the_source_after_a_single_source_refers_back():
    found = analysed("وقال مصدر أمني إن الهجوم وقع فجرا. وأضاف المصدر أن التحقيقات مستمرة.")
    assert speaker(found, "وأضاف") == "مصدر أمني"
