"""Direct quotes: every quotation style, broken and nested marks, speaker before or after. The fixture
tests read a segmented text; those through ``analysed`` run the whole pipeline (``article_quotes``).
More on what quotation marks hold: test_speech_quotation_marks.py and test_speech_nested.py."""

from __future__ import annotations

import pytest
from article_quotes import analysed

STYLES = [
    ("وقال الوزير: «سنبدأ العمل الأسبوع المقبل».", "سنبدأ العمل الأسبوع المقبل"),
    ("وقال الوزير: “سنبدأ العمل الأسبوع المقبل”.", "سنبدأ العمل الأسبوع المقبل"),
    ("وقال الوزير: ”سنبدأ العمل الأسبوع المقبل“.", "سنبدأ العمل الأسبوع المقبل"),
    ("وقال الوزير: „سنبدأ العمل الأسبوع المقبل“.", "سنبدأ العمل الأسبوع المقبل"),
    ('وقال الوزير: "سنبدأ العمل الأسبوع المقبل".', "سنبدأ العمل الأسبوع المقبل"),
    ("وقال الوزير: 'سنبدأ العمل الأسبوع المقبل'.", "سنبدأ العمل الأسبوع المقبل"),
    ("وقال الوزير: ‘سنبدأ العمل الأسبوع المقبل’.", "سنبدأ العمل الأسبوع المقبل"),
]


@pytest.mark.parametrize("text,content", STYLES)
def test_every_quotation_style(quotes, text, content):
    found = quotes(text)
    assert [(q["kind"], q["text"], q["speaker"]["text"], q["cue"]["text"]) for q in found] == [
        ("direct", content, "الوزير", "وقال")
    ]


def test_speaker_before_with_colon(quotes):
    [q] = quotes("وقالت رئيسة اللجنة سلمى الخطيب: «لن نقبل بأي تأخير في التنفيذ».")
    assert q["speaker"]["text"] == "رئيسة اللجنة سلمى الخطيب"
    assert q["text"] == "لن نقبل بأي تأخير في التنفيذ"


def test_speaker_after_the_quote(quotes):
    [q] = quotes("«لن نتراجع عن هذا القرار مهما كانت الضغوط»، قال رئيس الوزراء.")
    assert (q["kind"], q["cue"]["text"], q["speaker"]["text"]) == ("direct", "قال", "رئيس الوزراء")
    assert q["text"] == "لن نتراجع عن هذا القرار مهما كانت الضغوط"


def test_according_to_after_the_quote(quotes):
    [q] = quotes("«الوضع الأمني تحت السيطرة» بحسب المتحدث باسم الشرطة.")
    assert (q["kind"], q["cue"]["text"], q["speaker"]["text"]) == ("direct", "بحسب", "المتحدث باسم الشرطة")


def test_speaker_and_colon_without_verb(quotes):
    [q] = quotes("وزير المالية: «الموازنة الجديدة ستخفض العجز إلى النصف خلال عامين».")
    assert q["speaker"]["text"] == "وزير المالية"
    assert q["cue"] is None


def test_nested_quotation_marks_stay_inside(quotes):
    [q] = quotes("وقال المدرب: «قلت للاعبين \"لا تستسلموا\" وقد فعلوا ذلك حتى النهاية».")
    assert q["text"] == 'قلت للاعبين "لا تستسلموا" وقد فعلوا ذلك حتى النهاية'


def test_quote_over_several_sentences(quotes):
    [q] = quotes("وقالت الطبيبة: «المرض ينتشر بسرعة. علينا أن نتحرك الآن. لا وقت للانتظار».")
    assert q["text"] == "المرض ينتشر بسرعة. علينا أن نتحرك الآن. لا وقت للانتظار"


def test_quote_over_several_paragraphs(quotes):
    text = "وقال المهندس: «المشروع في مرحلته الأخيرة.\n\n«وسنسلمه للبلدية قبل نهاية الصيف».\n\nثم غادر الموقع."
    [q] = quotes(text)
    assert q["text"].startswith("المشروع في مرحلته الأخيرة.")
    assert q["text"].endswith("وسنسلمه للبلدية قبل نهاية الصيف")


def test_quote_closed_in_the_next_paragraph(quotes):
    [q] = quotes("وقال الحارس: «لم نر أحدا يدخل\n\nالمبنى تلك الليلة». وانتهى التحقيق.")
    assert q["text"] == "لم نر أحدا يدخل\n\nالمبنى تلك الليلة"


def test_opening_mark_never_closed_runs_to_the_end_of_the_paragraph(quotes):
    [q] = quotes("وقالت المتحدثة باسم الشركة: «نعمل على إصلاح العطل في أسرع وقت ممكن\n\nوفي خبر آخر افتتح متحف.")
    assert q["text"] == "نعمل على إصلاح العطل في أسرع وقت ممكن"


def test_closing_mark_never_opened_starts_at_the_colon(quotes):
    [q] = quotes("وأضاف المسؤول: لن نسمح بتكرار ما حدث في الموسم الماضي» ثم غادر القاعة.")
    assert q["kind"] == "direct"
    assert q["text"] == "لن نسمح بتكرار ما حدث في الموسم الماضي"
    assert q["cue"]["text"] == "وأضاف"


@pytest.mark.parametrize("text", [
    "أقيم الحفل تحت شعار «وطن السلام» في مدينة جدة.",
    "يقع الحي فيما يعرف بـ\"مثلث العند\" جنوب المدينة.",
    "وشارك في المعرض تنظيم \"داعش\" بحسب زعمهم.",
    "وعرض فيلم «الرسالة» في الافتتاح، ونشرت صحيفة «الحياة» تقريرا عنه.",
    "وصدر كتاب بعنوان «رحلة في تاريخ المدن العربية القديمة» عن دار النشر.",
])
def test_scare_quotes_and_titles_are_not_quotes(quotes, text):
    assert quotes(text) == []


def test_short_quote_right_after_a_colon_is_speech(quotes):
    [q] = quotes("وسئل عن الموعد فقال: «قريبا».")
    assert q["text"] == "قريبا"


def test_quoted_name_of_the_speaker_is_not_the_quote(quotes):
    [q] = quotes('وقال المواطن "سالم العتيبي" إن الأسعار ارتفعت كثيرا.')
    assert q["kind"] == "indirect"
    assert q["speaker"]["text"] == 'المواطن "سالم العتيبي"'


def test_long_quoted_passage_after_an_attributed_one(quotes):
    found = quotes(
        "وقال اللاعب: «كانت مباراة صعبة».\n\n«لقد لعبنا بعشرة لاعبين طوال الشوط الثاني ولم نستسلم أبدا»."
    )
    assert [q["kind"] for q in found] == ["direct", "direct"]
    assert found[1]["speaker"]["text"] == "اللاعب"


def test_quote_with_verb_and_words_in_between(quotes):
    [q] = quotes("وقال قائد الفريق في مؤتمر صحفي عقده بعد المباراة \"سنعود أقوى في الموسم المقبل بإذن الله\".")
    assert q["speaker"]["text"] == "قائد الفريق"
    assert q["audience"] == "في مؤتمر صحفي"


def test_verb_with_bil_qawl(quotes):
    [q] = quotes("وعلقت الممثلة على الخبر بالقول: «لم أتلق أي عرض حتى الآن».")
    assert q["kind"] == "direct"
    assert q["text"] == "لم أتلق أي عرض حتى الآن"


def test_a_long_quotation_after_an_institution_word_is_speech():
    [q] = analysed('وقال آصف مخاطبا البرلمان " بوسعي أن أؤكد أن الملا عمر لم يمت في باكستان كما لم يدفن هنا".')
    assert q["kind"] == "direct" and q["speaker"]["text"] == "آصف"
    assert q["cue"]["text"] == "وقال"
