"""Indirect speech: reporting verbs in every person, tense and gender, participles, clause ends."""

from __future__ import annotations

import pytest

from khabar.speech.lexicon import cue_forms, norm


@pytest.mark.parametrize("verb", [
    "قال", "وقال", "فقال", "قالت", "وقالت", "قالوا", "يقول", "تقول", "ويقول", "يقولون",
    "أضاف", "وأضافت", "ذكر", "وذكرت", "أكد", "وأكدت", "يؤكد", "أوضح", "وأوضحت", "صرح", "أعلن", "وأعلنت",
    "أفاد", "وأفادت", "نفى", "ونفت", "حذر", "وحذرت", "زعم", "كشف", "أبلغ", "لفت", "نوه", "وبين",
    "استطرد", "تابع", "اعتبر", "رأى", "ورأت",
])
def test_each_verb_form_with_a_complement(quotes, verb):
    found = quotes(f"{verb} المسؤول أن العمل في الميناء سيستأنف قريبا.")
    assert [(q["kind"], q["cue"]["text"], q["speaker"]["text"], q["text"]) for q in found] == [
        ("indirect", verb, "المسؤول", "العمل في الميناء سيستأنف قريبا")
    ]


@pytest.mark.parametrize("complementizer", ["إن", "أن", "بأن", "إنه", "أنها"])
def test_complementizers_are_left_out_of_the_content(quotes, complementizer):
    [q] = quotes(f"وقال المدير {complementizer} الخطة جاهزة للتنفيذ.")
    assert q["text"] == "الخطة جاهزة للتنفيذ"


def test_masculine_feminine_past_present(quotes):
    found = quotes("قالت الوزيرة إن الخطة جاهزة. وتقول الوزارة إن التنفيذ يبدأ غدا. ويقول الخبراء إن الكلفة عالية.")
    assert [q["speaker"]["text"] for q in found] == ["الوزيرة", "الوزارة", "الخبراء"]


def test_morphology_generates_forms():
    forms = cue_forms()
    for written, gender, plural in [("قالت", "f", False), ("يقولون", "m", True), ("وأضافت", "f", False), ("مشيرة", "f", False), ("مؤكدين", "m", True)]:
        form = forms[norm(written)]
        assert (form.gender, form.plural) == (gender, plural), written
    assert forms[norm("وقال")].prefix == "و"
    assert norm("بين") not in forms  # "between", not "he explained"
    assert norm("وبين") in forms


@pytest.mark.parametrize("participle,prep", [
    ("مؤكدا", ""), ("مشيرا", " إلى"), ("موضحا", ""), ("مضيفا", ""), ("لافتا", " إلى"),
    ("مشددا", " على"), ("مشيرة", " إلى"), ("مؤكدين", ""),
])
def test_participial_cues(quotes, participle, prep):
    found = quotes(f"قال المدير إن المصنع سيفتح، {participle}{prep} أن الإنتاج سيبدأ في الربيع.")
    assert [(q["kind"], q["text"]) for q in found] == [
        ("indirect", "المصنع سيفتح"), ("indirect", "الإنتاج سيبدأ في الربيع")
    ]
    assert found[1]["cue"]["text"] == participle
    assert found[1]["speaker"]["text"] == "المدير"


def test_participle_with_noun_object(quotes):
    found = quotes("وأكد الأمين العام أن الاجتماع ناجح، مشددا على ضرورة تنفيذ القرارات.")
    assert found[1]["text"] == "ضرورة تنفيذ القرارات"


def test_content_stops_before_a_new_attribution(quotes):
    found = quotes("وأضاف المتحدث أن الحريق اندلع ليلا، مضيفا أن فرق الإطفاء وصلت بسرعة، وفقا لما نقلته الإذاعة.")
    assert found[0]["text"] == "الحريق اندلع ليلا"
    assert found[1]["text"] == "فرق الإطفاء وصلت بسرعة"


def test_content_stops_at_the_end_of_the_sentence_not_the_paragraph(quotes):
    found = quotes("وقال الطبيب إن المريض تحسن. ونقل لاحقا إلى جناح آخر في المستشفى.")
    assert found[0]["text"] == "المريض تحسن"


def test_colon_without_quotation_marks_is_indirect(quotes):
    [q] = quotes("وقال المدرب: الفريق جاهز للمباراة النهائية.")
    assert (q["kind"], q["text"]) == ("indirect", "الفريق جاهز للمباراة النهائية")


def test_verbs_with_a_noun_object(quotes):
    found = quotes("وأكد رئيس الجامعة أهمية البحث العلمي في التنمية. وأعرب عن سعادته بالنتائج. ودعا الطلاب إلى المشاركة.")
    assert [q["text"] for q in found] == [
        "أهمية البحث العلمي في التنمية", "سعادته بالنتائج", "الطلاب إلى المشاركة"
    ]
    assert {q["speaker"]["text"] for q in found} == {"رئيس الجامعة"}


@pytest.mark.parametrize("text", [
    "يذكر أن المشروع بدأ قبل عامين.",
    "ويشار إلى أن الطريق مغلق منذ أمس.",
    "وجلس بين الحضور عدد من المسؤولين.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
    "واستمر الاجتماع ساعتين بعد أن وصل الوفد.",
])
def test_not_attributions(quotes, text):
    assert quotes(text) == []
