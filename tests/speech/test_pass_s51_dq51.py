"""Session 51, pass dq51 (docs/evaluation/quotes.md, "Session 51, dq51"): direct quotes' speakers on unseen news.

- dq51a: an adverb of "then" ("حينها"، "وقتها"، "آنذاك"، "يومها"; ``then_after_verb`` in word_classes.tsv) right after a direct quote's reporting verb says when
  the words were said, never who said them (phrases.py ``then_adverb_after_verb``): "رد القاضي … على التقرير. قال
  حينها: «…»" — the judge, not "حينها"; "ويقال إنها قالت وقتها: «…»" — the queen; with a subject written after it
  ("وقال حينها وزير الخارجية X: «…»") the adverb is stepped over and the subject kept.
"""

import pytest
from entity_quotes import speaker_of_words

BEFORE = "وقال المحامي سامي الخطيب: «القضاء مستقل تماما». "

THEN_ALONE = (
    BEFORE + "ورد القاضي السابق جون ميلر بقوة على تقرير الحكومة في محاضرة ألقاها في الجامعة. قال حينها: "
    "“عندما تكون لديك متطلبات فعليك أن تعمل من أجلها”."
)
THEN_FEMININE = (
    "وقال المؤرخ فهد الدوسري: «كانت الملكة حزينة على فقدان المدينة». ويقال إن الملكة ماري قالت وقتها: "
    "«عندما أموت ستجدون اسم المدينة محفورا على قلبي»."
)
# guards: "يومها" after the verb was already stepped over; "حينها" after the speaker phrase, before the colon,
# still ends the phrase (lead39f)
THEN_DAY = BEFORE + "وافتتح رئيس الهيئة خالد العمري المعرض الأول للكتاب في المدينة. وقال يومها: «هذا حلم تحقق أخيرا»."
THEN_BEFORE_SUBJECT = (
    BEFORE + "ووصل الوفد إلى العاصمة مساء الخميس. وقال حينها وزير الخارجية خالد العمري: «نحن هنا من أجل السلام»."
)
# guard: "آلان" (Alan) is normalised as "الآن" (now), which is not stepped over after the verb
ALAN = BEFORE + "وقال آلان ستيرن كبير الباحثين في معهد ساوث ويست: «لم تكن لدينا أي فكرة عن هذا السطح»."
THEN_AFTER_SUBJECT = BEFORE + "وقال وزير الخارجية خالد العمري حينها: «نحن هنا من أجل السلام»."


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (THEN_ALONE, "عندما تكون لديك", "جون ميلر"),
        (THEN_FEMININE, "عندما أموت", "الملكة ماري"),
    ],
    ids=["then-alone", "then-feminine"],
)
def test_then_adverb_is_no_speaker(text, words, expected):
    found = speaker_of_words(text, words) or ""
    assert expected in found
    assert not found.startswith(("حينها", "وقتها", "يومها"))


def test_then_adverb_before_subject_is_stepped_over():
    assert speaker_of_words(THEN_BEFORE_SUBJECT, "نحن هنا من أجل") == "وزير الخارجية خالد العمري"


def test_then_adverb_after_subject_ends_phrase():
    assert speaker_of_words(THEN_AFTER_SUBJECT, "نحن هنا من أجل") == "وزير الخارجية خالد العمري"


def test_then_day_keeps_narrated_subject():
    assert "خالد العمري" in (speaker_of_words(THEN_DAY, "هذا حلم تحقق") or "")


def test_alan_is_a_name_not_now():
    assert "ستيرن" in (speaker_of_words(ALAN, "لم تكن لدينا") or "")
