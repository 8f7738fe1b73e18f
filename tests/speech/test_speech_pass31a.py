"""Quote finder, thirty-first pass, speakers (quotes round 31a): right after a reporting verb that
takes an object, the verb's own masdar or speech noun ("وجدد التأكيد على …", "وختم حديث قائلاً: …")
is its object, never its speaker; the speaker is the one the verb refers back to. After قال such a
noun may still speak ("ويقول حديث شريف"). Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_renewed_emphasis_is_not_the_speaker():
    found = analysed(
        "وقال وزير الزراعة سالم الكندي إن الموسم سيكون جيدا هذا العام. "
        "وجدد التأكيد على أهمية دعم المزارعين الصغار في القرى البعيدة."
    )
    assert "الكندي" in speaker(found, "وجدد")


def test_ending_the_talk_is_not_the_speaker():
    found = analysed(
        "وقال المواطن ناصر العتيبي إن المياه انقطعت عن الحي منذ أسبوع. "
        "وختم حديث قائلاً: أطالب الجهات المعنية بحل المشكلة في أقرب وقت."
    )
    assert "العتيبي" in speaker(found, "وختم حديث قائلاً")


def test_a_named_subject_after_the_verb_stays():
    found = analysed("وجدد الوزير سالم الكندي دعوته إلى دعم المزارعين الصغار في القرى البعيدة.")
    assert "الكندي" in speaker(found, "وجدد")


def test_a_hadith_after_a_verb_of_saying_still_speaks():
    found = analysed("وقال الخطيب إن الصدق واجب. ويقول حديث شريف: «المسلم من سلم المسلمون من لسانه ويده».")
    assert speaker(found, "ويقول").startswith("حديث")
