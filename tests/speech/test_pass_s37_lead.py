"""Session 37, the lead's pass (docs/evaluation/quotes.md, "Session 37, lead"):

- lead37a: an unnamed source described again later with his rank but without what placed him ("وأضاف المسؤول
  الرفيع المستوى" after "مسؤول أميركي") is longer, not fuller: the speaker stays the first description, unless
  the later one holds every word of it ("المصدر الأمني المسؤول" after "مصدر أمني") (speakers.py, ``link``);
- lead37c: the speaker's own text written with his pronoun right after the verb ("واختتم رسالته: «…»"، "يختم
  خطابه بهذه العبارة") is its object and ends the speaker phrase (np_stops in word_classes.tsv).
"""

from entity_quotes import analysed, speaker


def test_an_unnamed_source_redescribed_by_rank_keeps_his_first_description():
    text = ("وفرضت واشنطن عقوبات جديدة، في خطوة وصفها مسؤول أميركي بأنها «مهمة في منع تمويل الإرهاب». "
            "وأضاف المسؤول الرفيع المستوى الذي طلب عدم الكشف عن هويته: «لن نسمح لأي جماعة بجمع الأموال».")
    found = analysed(text)
    assert speaker(found, "وصفها") == "مسؤول أميركي"
    assert speaker(found, "وأضاف") == "مسؤول أميركي"


def test_a_later_description_holding_the_first_is_fuller():
    text = ("وقال مصدر أمني إن الحادث قيد التحقيق. وأضاف المصدر الأمني المسؤول في وزارة الداخلية أن "
            "التحقيقات ما زالت جارية.")
    found = analysed(text)
    assert speaker(found, "وأضاف") == "المصدر الأمني المسؤول في وزارة الداخلية"


def test_the_speakers_own_text_after_the_verb_is_its_object_not_its_speaker():
    text = ("وبعث رئيس النادي خالد البلطان برسالة إلى الجماهير بعد الخسارة. واختتم رسالته: «سنعود أقوى في "
            "الموسم المقبل بإذن الله».")
    found = analysed(text)
    assert speaker(found, "واختتم") in ("خالد البلطان", "رئيس النادي خالد البلطان")
