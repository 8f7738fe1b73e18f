"""Quote finder, thirty-fourth pass, speakers (quotes round 34b): "أما X فـ<verb>" — the phrase after
أما is the subject of the reporting verb with ف (or after "فقد") that answers it, whatever is set off
after it (a dash aside) and whatever noun follows the verb (its object); a preposition after أما opens
no subject, and a speaker written after the verb keeps its place.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_topic_with_a_dash_aside_speaks():
    found = analysed("وقالت الطبيبة منى الراشد إن الحالات تزايدت هذا العام. وحذرت من شراء الألعاب. "
                     "أضرار الأصوات أما السيدة نوال العتيبي –معلمة في مدرسة ابتدائية- فتقول: إن الأسواق تبيعها للأطفال دون رقابة.")
    assert speaker(found, "فتقول") == "السيدة نوال العتيبي"


def test_topic_before_faqad_is_the_subject_not_the_object():
    found = analysed("وطالب مغردون بمعاقبة المسؤول عن القرار. "
                     "أما سلمان الحربي فقد برر معاقبة المسؤول بأنه أخطأ في حق الموظفين.")
    assert speaker(found, "برر") == "سلمان الحربي"


def test_preposition_after_amma_opens_no_subject():
    found = analysed("وقال وزير المالية خالد الصالح إن الميزانية تحسنت. "
                     "أما عن الإيرادات فقال الوزير إنها ارتفعت بنسبة كبيرة.")
    assert "الإيرادات" not in speaker(found, "فقال")


def test_speaker_after_the_verb_keeps_its_place():
    found = analysed("وأعلنت الشركة أرباحها أمس. أما وزارة التجارة فقال متحدث باسمها إن الأسعار ستبقى كما هي.")
    assert speaker(found, "فقال") == "متحدث باسمها"
