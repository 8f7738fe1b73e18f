"""Session 55, spk57: a speaker phrase cut after its first word by a verb's noun object that was not one.
After "أحد"، "بعض" (``one_of_heads``) the next word is their genitive even with a pronoun ("أحد زملائه"),
and that pronoun closes the phrase; after an indefinite title or institution a verbal noun is its genitive
("مدير تعليم"، "أمين محافظة"، "إدارة تنفيذ"), even where the tagger took the title for a given name ("أمين").
Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


def _one(text: str) -> dict:
    [q] = analysed(text)
    return q


@pytest.mark.parametrize("text, speaker, opening", [
    ("وأكد أحد جيرانه سماع إطلاق نار قرب المزرعة ليلا.", "أحد جيرانه", "سماع"),
    ("وأكد أحد زملائه حرصه الدائم على إنجاز العمل بصمت.", "أحد زملائه", "حرصه"),
    ("وأبدت إحدى قريباتها استغرابها من تأخر وصول الإسعاف.", "إحدى قريباتها", "استغرابها"),
    ("وأكد أمين محافظة الأحساء د. عادل الملحم ضرورة الالتزام بمواعيد التسليم.",
     "أمين محافظة الأحساء د. عادل الملحم", "ضرورة"),
    ("وأكد وكيل محافظة ينبع سالم الجهني أهمية توسعة الطريق الساحلي.",
     "وكيل محافظة ينبع سالم الجهني", "أهمية"),
    ("وأكد مدير تعليم منطقة حائل ناصر الشمري أهمية الانضباط في الأسبوع الأول.",
     "مدير تعليم منطقة حائل ناصر الشمري", "أهمية"),
    ("وأكد مدير تطوير الأعمال في المصرف خالد الرويلي استمرار التوسع في الفروع.",
     "مدير تطوير الأعمال في المصرف خالد الرويلي", "استمرار"),
    ("وأوضح المهندس سامي القرشي مدير إدارة تنفيذ مشاريع الطرق بأن الأعمال تسير وفق الجدول.",
     "المهندس سامي القرشي مدير إدارة تنفيذ مشاريع الطرق", "الأعمال"),
])
def test_the_genitive_stays_with_the_speaker(text, speaker, opening):
    q = _one(text)
    assert q["speaker"]["text"] == speaker
    assert q["text"].startswith(opening)


@pytest.mark.parametrize("text, speaker, opening", [
    ("وأكد مسؤول ارتياحه لسير العمل في المشروع.", "مسؤول", "ارتياحه"),
    ("وأبدى أحد المسؤولين ارتياحه لسير العمل في المشروع.", "أحد المسؤولين", "ارتياحه"),
    ("وأكد الوزير متابعة المشاريع المتعثرة بنفسه.", "الوزير", "متابعة"),
    ("وأوضح أحد أقاربه أن الشاب غادر المنزل صباحا.", "أحد أقاربه", "الشاب"),
    ("وأكد مدير مراقبة الأغذية خالد السبيعي أهمية التفتيش الدوري.", "مدير مراقبة الأغذية خالد السبيعي", "أهمية"),
])
def test_what_must_not_change(text, speaker, opening):
    q = _one(text)
    assert q["speaker"]["text"] == speaker
    assert q["text"].startswith(opening)
