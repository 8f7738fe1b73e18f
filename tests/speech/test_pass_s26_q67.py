"""Session 26, pass q67: a reporting verb that is the predicate of the reported clause does not cut it.

"وكشفت مصادر رسمية أن عمان أبلغت الأمم المتحدة موافقتها على «الخطة» …": after أن / إن / بأن and the one or
two words of the clause's subject, or right after a relative pronoun ("الخلية التي أعلنت الشرطة …"), the verb
belongs to the clause already reported; before, a quotation later in the sentence made it a new
attribution and the content stopped at the subject.
"""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str | None, str]]:
    doc = khabar.analyze(text, published="2015-08-01")
    return [(q["cue"]["text"] if q["cue"] else None, q["text"]) for q in doc.quotes]


def test_verb_after_the_subject_of_that_stays_in_the_content() -> None:
    text = ("وكشفت مصادر حكومية لـ«الصحيفة»، أن عمان أبلغت الأمم المتحدة موافقتها على خطة «السلام» "
            "المقترحة في جنيف. وتابعت المصادر أن المحادثات مستمرة.")
    found = quotes(text)
    assert ("وكشفت", "عمان أبلغت الأمم المتحدة موافقتها على خطة «السلام» المقترحة في جنيف") in found


def test_guard_verb_after_a_two_word_subject_stays_in_the_content() -> None:
    text = "وقال مسؤول في الوزارة إن الحكومة المحلية أعلنت حالة «الطوارئ» في ثلاث مدن ساحلية."
    found = quotes(text)
    assert ("وقال", "الحكومة المحلية أعلنت حالة «الطوارئ» في ثلاث مدن ساحلية") in found


def test_verb_after_a_relative_pronoun_stays_in_the_content() -> None:
    text = ("قال مصدر أمني إن الخلية التي أعلنت الشرطة أمس القبض على أفرادها “لا صلة لها” "
            "بالهجوم الذي وقع في السوق الشهر الماضي.")
    found = quotes(text)
    content = ("الخلية التي أعلنت الشرطة أمس القبض على أفرادها “لا صلة لها” "
               "بالهجوم الذي وقع في السوق الشهر الماضي")
    assert ("قال", content) in found


def test_guard_a_new_attribution_after_a_comma_still_ends_the_content() -> None:
    text = "وأكد الوزير أن المشروع سينتهي قريبا، وأضاف: «سنفتتح المرحلة الأولى في الشتاء»."
    found = quotes(text)
    assert ("وأكد", "المشروع سينتهي قريبا") in found


def test_guard_a_verb_opening_the_next_sentence_is_its_own_quote() -> None:
    text = "وأكد الوزير أن المشروع سينتهي قريبا. وقالت الوزارة إن «المرحلة الأولى» ستفتتح في الشتاء."
    found = quotes(text)
    assert ("وأكد", "المشروع سينتهي قريبا") in found
    assert ("وقالت", "«المرحلة الأولى» ستفتتح في الشتاء") in found
