"""Session 53, pass ent53 (issue #4, speakers): a place named by its place word ("بمنطقة حائل"، "في محافظة جدة")
ends the speaker phrase like a definite word does. A proper name takes no genitive, so after a verb that takes a
noun object the plain noun that follows ("وقوع"، "سرعة") is the object, not more of the speaker; before, an
indefinite place name ("حائل"، "جدة") let the phrase run on ("… بمنطقة حائل وقوع مثل"). And a place that is
shaped like a verbal noun of تفعّل ("تبوك"، "تونس") is not read as the start of the verb's object, which cut the
speaker before it ("أمير"، "إدارة التعليم بمنطقة"). Verbal nouns of the simple verb that open what a verb with a
noun object reports ("وقوع"، "حدوث"، "سقوط"، "نجاح"، "فشل"، "ثبوت") join the ``content`` words of markers.tsv: their
pattern is no derived one, so "وأكد مصدر أمني وقوع انفجار" read "مصدر أمني وقوع" as the speaker.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "واستنكرت المديرية العامة للشؤون الصحية بمنطقة حائل وقوع مثل هذه الحوادث، موضحة أن المستشفى سيتخذ الإجراءات.",
            "واستنكرت",
            "المديرية العامة للشؤون الصحية بمنطقة حائل",
        ),
        (
            "وأكدت إدارة التعليم بمحافظة جدة وقوع الحريق في المدرسة، مشيرة إلى أن الفرق سيطرت عليه.",
            "وأكدت",
            "إدارة التعليم بمحافظة جدة",
        ),
        (
            "وأكدت شرطة منطقة نجران سرعة ضبط الجناة، موضحة أن التحقيق ما زال جاريا.",
            "وأكدت",
            "شرطة منطقة نجران",
        ),
        (
            "وأكد أمير تبوك استمرار العمل في المشروعات، مشيرا إلى أن الأعمال ستنتهي قريبا.",
            "وأكد",
            "أمير تبوك",
        ),
        (
            "وأعلنت المقاومة الشعبية في محافظة تعز بداية معركة التحرير، مؤكدة أن المعركة ستستمر.",
            "وأعلنت",
            "المقاومة الشعبية في محافظة تعز",
        ),
        (
            "وأكدت إدارة التعليم بمنطقة تبوك استمرار الدراسة، مشيرة إلى أن الطلاب سيعودون غدا.",
            "وأكدت",
            "إدارة التعليم بمنطقة تبوك",
        ),
    ],
)
def test_place_after_place_word_ends_speaker(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("وأكد مصدر أمني وقوع انفجار قرب السوق، مشيرا إلى أن التحقيقات جارية.", "وأكد", "مصدر أمني"),
        ("ونفت مصادر طبية حدوث وفيات بين المصابين، موضحة أن حالتهم مستقرة.", "ونفت", "مصادر طبية"),
        ("ورجح مسؤول أمريكي سقوط ضحايا في الهجوم، مشيرا إلى أن الحصيلة غير نهائية.", "ورجح", "مسؤول أمريكي"),
    ],
)
def test_simple_verbal_noun_opens_object(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: a definite place was already complete; a title then its holder's name still go on;
        # a place with no place word before it keeps the old reading
        (
            "واستنكرت المديرية العامة للشؤون الصحية بمنطقة الرياض وقوع مثل هذه الحوادث، موضحة أن المستشفى سيتخذ الإجراءات.",
            "واستنكرت",
            "المديرية العامة للشؤون الصحية بمنطقة الرياض",
        ),
        (
            "وأكد أمير منطقة حائل الأمير سعود بن عبدالمحسن أهمية المشروع، مشيرا إلى أنه سينتهي قريبا.",
            "وأكد",
            "أمير منطقة حائل الأمير سعود بن عبدالمحسن",
        ),
        ("وقال مدير التعليم بمنطقة حائل إن الدراسة ستبدأ الأحد.", "وقال", "مدير التعليم بمنطقة حائل"),
        # a word of direction goes on with the place (markers.tsv ``direction``)
        ("وأعلنت الشرطة في مدينة سكاكا شمال المملكة ضبط المتهمين، مشيرة إلى أن التحقيق مستمر.", "وأعلنت",
         "الشرطة في مدينة سكاكا شمال المملكة"),
        ("وأكد وزير الخارجية السعودي عادل الجبير أهمية الحوار، مشيرا إلى أنه السبيل الوحيد.", "وأكد",
         "وزير الخارجية السعودي عادل الجبير"),
    ],
)
def test_speakers_unchanged(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected
