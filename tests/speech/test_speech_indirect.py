"""Indirect speech: reporting verbs in every person, tense and gender, participles, noun objects, a colon
without quotation marks, clause ends, and the words spelt like a cue that report nothing. The fixture tests
read a segmented text; those through ``analysed`` run the whole pipeline (``article_quotes``). More
cues: test_speech_cues.py; more clause ends: test_speech_clause_ends.py."""

from __future__ import annotations

import pytest
from article_quotes import analysed

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


# --- what counts as a quote -----------------------------------------------------------------


@pytest.mark.parametrize("text,cue,content", [
    ("وأعلنت الوزارة وفاة ثلاثة أشخاص بالفيروس.", "وأعلنت", "وفاة ثلاثة أشخاص بالفيروس"),
    ("ونفى المتحدث وجود أي مفاوضات مع الحركة.", "ونفى", "وجود أي مفاوضات مع الحركة"),
    ("كما توقعت الأرصاد تأثر الرؤية الأفقية بالعوالق الترابية.", "توقعت", "تأثر الرؤية الأفقية بالعوالق الترابية"),
    ("وتوقع العدواني زيادة حركة المسافرين خلال الشهر المقبل.", "وتوقع", "زيادة حركة المسافرين خلال الشهر المقبل"),
    ("وأدانت الجامعة العربية الهجوم الإرهابي على المسجد.", "وأدانت", "الهجوم الإرهابي على المسجد"),
    ("وهنأ البرلمان العربي الشعب اليمني بعودة الشرعية إلى عدن.", "وهنأ", "الشعب اليمني بعودة الشرعية إلى عدن"),
])
def test_noun_objects_of_reporting_verbs(text, cue, content):
    [q] = analysed(text)
    assert (q["kind"], q["cue"]["text"], q["text"]) == ("indirect", cue, content)


@pytest.mark.parametrize("text", [
    "ذكر الطالب درسه جيدا قبل الامتحان.",
    "وهنا نلاحظ تناقضا بين البطالة والاستقدام.",
    "أوضح ذلك مشرف إدارة تقنية المعلومات بالجامعة.",
])
def test_reporting_verbs_used_otherwise_are_not_attributions(text):
    assert analysed(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("وقال الوزير: إن الاجتماع كان مثمرا.", "الوزير"),
    ("وقال رئيس النادي: الفريق جاهز للموسم الجديد.", "رئيس النادي"),
])
def test_colon_without_quotation_marks_is_indirect_with_its_speaker(text, speaker):
    [q] = analysed(text)
    assert q["kind"] == "indirect" and q["speaker"]["text"] == speaker


def test_kama_with_a_complement_stays_indirect():
    [q] = analysed("كما قال الوزير إن الاجتماع سيعقد غدا.")
    assert q["kind"] == "indirect"


def test_a_journalists_gloss_ends_the_content():
    [q] = analysed("وهنأ البرلمان العربي الشعب اليمني بعودة الشرعية إلى عدن، في إشارة للزيارة التي قام بها نائب الرئيس.")
    assert q["text"] == "الشعب اليمني بعودة الشرعية إلى عدن"


@pytest.mark.parametrize("text", ["وقدم الرئيس للمبعوث شرحا عن الأوضاع الراهنة.", "شكرا لكل من ساهم في نجاح المهرجان."])
def test_accusative_nouns_that_look_like_dual_verbs(text):
    assert analysed(text) == []


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("وقدرت الشركة أن الخسائر بلغت مليار دولار.", "وقدرت", "الشركة"),
    ("وجزم المدرب بأن الفريق سيفوز باللقب.", "وجزم", "المدرب"),
    ("وأبرز التقرير أن البطالة ارتفعت.", "وأبرز", "التقرير"),
    ("أظهرت دراسة جديدة أن الرياضة تقلص خطر الوفاة.", "أظهرت", "دراسة جديدة"),
    ("وخلص الباحثون إلى أن النشاط له تأثير إيجابي.", "وخلص", "الباحثون"),
])
def test_reporting_verbs_of_findings_and_estimates(sentence, cue, speaker):
    [q] = analysed(sentence)
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == cue
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("sentence", [
    "وكان أبرز المرشحين أن يفوز الفريق.",
    "ويظهر الفيديو شابا يضع زجاجة في حقيبته.",
    "وقدر الله وما شاء فعل.",
])
def test_the_same_letters_as_another_word_are_no_cue(sentence):
    assert analysed(sentence) == []


def test_a_participle_that_agrees_with_a_noun_is_an_adjective():
    found = analysed("وأعلنت الوزارة تسجيل حالة إصابة مؤكدة في الرياض، مشيرة إلى أنه مخالط "
                     "لحالات مؤكدة أو شبه مؤكدة.")
    assert [q["cue"]["text"] for q in found] == ["وأعلنت", "مشيرة"]
    assert found[0]["text"] == "تسجيل حالة إصابة مؤكدة في الرياض"
    assert found[1]["text"] == "مخالط لحالات مؤكدة أو شبه مؤكدة"


def test_a_participle_with_its_complement_after_a_pronoun_is_still_a_cue():
    [q] = analysed("وأصدرت الهيئة بيانا مؤكدة فيه أن القرار نهائي.")
    assert q["cue"]["text"] == "مؤكدة"
    assert q["text"] == "القرار نهائي"


def test_speech_after_a_reporting_verb_whose_colon_was_left_out():
    found = analysed("وقال الوزير إن القرار نهائي. وأضاف ستبدأ الوزارة التطبيق غدا.")
    assert [q["cue"]["text"] for q in found] == ["وقال", "وأضاف"]
    assert found[1]["text"] == "ستبدأ الوزارة التطبيق غدا"
    assert found[1]["speaker"]["text"] == "الوزير"
