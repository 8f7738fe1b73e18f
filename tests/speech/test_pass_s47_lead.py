"""Session 47, the lead's pass on quotes (docs/evaluation/quotes.md, "Session 47, lead47a"), from the blind draw
20194's dev articles, read after the draw joined the gold:

- lead47a: between a reporting verb's outlet and its إن / أن only the one who spoke stands, so the plain words
  there are the subject even when neither the lexicon nor the tagger knows them: an occupation ("الصراف"،
  "النحال"), a name whose first word is also a preposition ("علي"), a name the gazetteer lacks (phrases.py
  ``subject_before_that``). A time or a preposition's phrase there is no subject.
Made-up sentences in the news' style.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, speaker


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "وقال لـ«الاقتصادية» الصراف فهد بامطرف، إن محال الصرافة شهدت طلبا كبيرا على الدولار خلال الموسم.",
            "وقال",
            "الصراف فهد بامطرف",
        ),
        (
            'من جانبه، قال لـ"الاقتصادية" حميد الشمري؛ مصرفي سعودي، إن أغلب المقترضين من موظفي القطاع العام.',
            "قال",
            "حميد الشمري",
        ),
        ("وأكد لـ«عكاظ» النحال سعود المطيري أن أغلب العسل المعروض في الأسواق مغشوش.", "وأكد", "النحال سعود المطيري"),
        (
            "وقال لـ«الاقتصادية» علي القحطاني محلل فني إن السوق ستتماسك خلال الأيام المقبلة.",
            "وقال",
            "علي القحطاني محلل فني",
        ),
    ],
)
def test_the_words_between_the_outlet_and_that_are_the_speaker(text, cue, expected):
    assert speaker(analysed(text), cue) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("أكد لـ«الاقتصادية» في وقت سابق، أن الشركة تعتزم تنفيذ مشاريع النقل بالحافلات.", "أكد"),
        ("وقالت لـ«الشرق الأوسط» قبل أيام بأن إدارة النادي كثفت تحركاتها لإغلاق الملف.", "وقالت"),
    ],
)
def test_a_time_after_the_outlet_is_no_speaker(text, cue):
    found = speaker(analysed(text), cue)
    assert found is None or not any(word in found for word in ("وقت", "أيام"))
