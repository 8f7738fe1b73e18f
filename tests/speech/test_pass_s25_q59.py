"""Quote finder, pass q59 (session 25): a quotation further on leaves the noun object before it.

"أعلن مكتب الادعاء توقيف خمسة موظفين … في قضية «الملف الأسود»"، "أعلنت الوزارة مقتل جنديين … «قرابة
الساعة العاشرة»": a verb whose object is a noun (أعلن، أكد، أبدى، أظهر …) says its content with the
verbal noun right after its subject; a quotation later in that clause is part of what was said. The
finder read the whole phrase up to the quotation as the subject, met the quotation, and left the
sentence to the direct pass, which took nothing: the indirect quote was lost. A quotation inside the
subject or the medium, a verb with no subject after it and a question are left as they were.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _indirect(text: str) -> list[dict]:
    return of_kind(text, "indirect")


def _one(text: str, opening: str) -> dict:
    found = [q for q in _indirect(text) if q["text"].startswith(opening)]
    assert len(found) == 1, _indirect(text)
    return found[0]


def test_arrests_with_a_quoted_nickname():
    text = ("أعلن مكتب الادعاء العام توقيف خمسة موظفين للاشتباه بتورطهم في تسريب وثائق قضية «الملف الأسود» "
            "إلى الصحافة. وتتواصل التحقيقات منذ أسبوعين.")
    quote = _one(text, "توقيف خمسة موظفين")
    assert quote["cue"]["text"] == "أعلن"
    assert quote["speaker"]["text"] == "مكتب الادعاء العام"
    assert "«الملف الأسود»" in quote["text"]


def test_casualties_with_a_quoted_time():
    text = ("من جهتها، أعلنت وزارة الدفاع مقتل جنديين وإصابة ثلاثة آخرين أمس «قرابة الساعة العاشرة» "
            "بالتوقيت المحلي في منطقة حدودية.")
    quote = _one(text, "مقتل جنديين")
    assert quote["speaker"]["text"] == "وزارة الدفاع"
    assert quote["text"].endswith("في منطقة حدودية")


def test_operations_with_a_quoted_aim():
    text = "وأعلنت القوات الحكومية توسيع عملياتها في الريف الغربي بهدف «تطهير» القرى المحيطة بالسد."
    quote = _one(text, "توسيع عملياتها")
    assert quote["speaker"]["text"] == "القوات الحكومية"


def test_regret_with_a_quoted_slogan():
    text = ("وأبدى الخبير في مركز الدراسات الإقليمية سامر حداد أسفه للتصريحات المتسرعة من سياسيين "
            "تحدثوا عن «حماية الحدود» دون خطة واضحة.")
    quote = _one(text, "أسفه للتصريحات")
    assert quote["speaker"]["text"] == "الخبير في مركز الدراسات الإقليمية سامر حداد"


# --- guards: what must not change ---------------------------------------------------------------


def test_quoted_party_name_in_the_subject_gives_no_object():
    text = ("ودعا نائب الرئيس في حزب «التجمع الوطني» سليم حداد في حفل عيد الفطر أقامه الحزب الحاكم "
            "«التجمع الوطني» إلى الحفاظ على وحدة الصف.")
    assert not any(q["text"].startswith("أقامه") for q in _indirect(text))


def test_question_is_not_a_report():
    text = ("فكيف تنفي الحكومة تقارير مهاجمة «الميليشيا» للقرية ثم تقوم طائراتها بقصف «الميليشيا» نفسها؟")
    assert not any(q["cue"]["text"] == "تنفي" for q in _indirect(text))


def test_quotation_right_after_the_subject_is_left_to_the_direct_pass():
    text = "وأكد الوزير في كلمته: «العمل مستمر في جميع المشاريع دون توقف»."
    assert _indirect(text) == []


def test_object_without_quotation_unchanged():
    text = "وأعلنت الوزارة إطلاق حملة جديدة لمكافحة التدخين في المدارس."
    quote = _one(text, "إطلاق حملة")
    assert quote["speaker"]["text"] == "الوزارة"
