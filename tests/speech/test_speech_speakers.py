"""Who speaks: the phrase after (or before) the verb, its boundaries, back-references, anonymity."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("tail,speaker", [
    ("للصحفيين إن", "وزير الخارجية عادل الجبير"),
    ("لرويترز إن", "وزير الخارجية عادل الجبير"),
    ("يوم الأحد إن", "وزير الخارجية عادل الجبير"),
    ("أمس إن", "وزير الخارجية عادل الجبير"),
    ("في تصريح لـ«عكاظ» إن", "وزير الخارجية عادل الجبير"),
    ("في بيان إن", "وزير الخارجية عادل الجبير"),
    ("إن", "وزير الخارجية عادل الجبير"),
])
def test_speaker_phrase_ends_before_via_time_and_cue_words(quotes, tail, speaker):
    [q] = quotes(f"وقال وزير الخارجية عادل الجبير {tail} الزيارة ناجحة.")
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("speaker", [
    "مسؤول أمريكي كبير",
    "مصدر مطلع",
    "السلطات الإسرائيلية",
    "وزارة الصحة التابعة لحركة حماس",
    "بيان للوزارة",
    "المتحدث باسم الجيش",
    "رئيس بلدية المدينة المهندس خالد السالم",
])
def test_descriptions_and_names(quotes, speaker):
    [q] = quotes(f"وذكر {speaker} أن الطريق سيفتح غدا.")
    assert q["speaker"]["text"] == speaker


def test_apposition_after_a_comma(quotes):
    [q] = quotes("وقال المهندس سامر الحداد، مدير المشروع، إن الأعمال تسير وفق الخطة.")
    assert q["speaker"]["text"] == "المهندس سامر الحداد، مدير المشروع"


def test_subject_before_the_verb(quotes):
    [q] = quotes("الوزير قال إن الحكومة ستدعم المزارعين.")
    assert q["speaker"]["text"] == "الوزير"


def test_topicalised_with_amma(quotes):
    [q] = quotes('أما "هدى السالم" فتقول: المدينة تحتاج إلى حدائق أكثر.')
    assert q["speaker"]["text"] == '"هدى السالم"'


def test_relative_clause_subject(quotes):
    [q] = quotes("وحضر الحفل مدير التعليم سعد الناصر الذي أوضح أن العام الدراسي يبدأ مبكرا.")
    assert q["speaker"]["text"] == "مدير التعليم سعد الناصر"


def test_wa_adaf_resolves_to_the_previous_speaker(quotes):
    found = quotes("قال وزير الطاقة سامي الحديدي إن الإنتاج سيرتفع. وأضاف: «سنصدر الفائض». وتابع أن الأسعار مستقرة.")
    assert [q["speaker"]["text"] for q in found] == ["وزير الطاقة سامي الحديدي"] * 3
    assert found[1]["speaker"]["start"] == found[0]["speaker"]["start"]


def test_same_head_noun_resolves_to_the_official_introduced_before(quotes):
    found = quotes("وقال مسؤول أمريكي كبير إن المحادثات متعثرة. وذكر المسؤول أن الوفد سيعود الأسبوع المقبل.")
    assert found[1]["speaker"]["text"] == "مسؤول أمريكي كبير"
    assert found[1]["speaker"]["anonymous"] is True


def test_surname_resolves_to_the_full_name(quotes):
    found = quotes("قالت الكاتبة ريم الفهد إن الرواية اكتملت. وأوضحت الفهد أنها ستنشر في الخريف.")
    assert found[1]["speaker"]["text"] == "الكاتبة ريم الفهد"


def test_feminine_verb_skips_a_masculine_speaker(quotes):
    found = quotes("قالت المديرة هند سالم إن المدرسة جاهزة. وقال الحارس إن الأبواب فتحت. وأضافت أن الدروس تبدأ غدا.")
    assert found[2]["speaker"]["text"] == "المديرة هند سالم"


def test_plural_verb_resolves_to_the_plural_speaker(quotes):
    found = quotes("وقال سكان في الحي إن المياه انقطعت. وقال المحافظ إن الإصلاح جار. وأضافوا أن الانقطاع متكرر.")
    assert found[2]["speaker"]["text"] == "سكان في الحي"


def test_newspaper_nominal_resolves_to_the_paper(quotes):
    found = quotes("وذكرت صحيفة الرياض أن المشروع تأخر. وأشارت الصحيفة إلى أن الكلفة زادت.")
    assert found[1]["speaker"]["text"] == "صحيفة الرياض"


@pytest.mark.parametrize("text,anonymous", [
    ("وقال مصدر مطلع إن القرار صدر.", True),
    ("وقالت مصادر دبلوماسية إن القرار صدر.", True),
    ("وقال مسؤول في الوزارة إن القرار صدر.", True),
    ("وقال شهود عيان إن القرار صدر.", True),
    ("وقال المتحدث باسم الوزارة إن القرار صدر.", False),
    ("وقال وزير المالية إن القرار صدر.", False),
    ("وقالت وزارة المالية إن القرار صدر.", False),
    ("وقال موظف، طلب عدم الكشف عن اسمه، إن القرار صدر.", True),
    ("وقال مدير في الشركة شريطة عدم الكشف عن هويته إن القرار صدر.", True),
    ("وقال ضابط رفض الكشف عن هويته إن القرار صدر.", True),
])
def test_anonymous(quotes, text, anonymous):
    [q] = quotes(text)
    assert q["speaker"]["anonymous"] is anonymous


def test_a_title_with_a_definite_adjective_refers_to_the_named_person_written_earlier():
    from khabar.document import Document
    from khabar.speech import find_quotes
    from khabar.text.segment import split_sentences, tokenize

    text = 'باشرت اللجنة التحقيق في قضية المعلمة "رحمة الحويطي" التي توفيت في حرم الجامعة. وكانت المعلمة المتوفاة قد اتهمت الجامعة بتغيير رغبات ابنتها.'
    start = text.index("رحمة")
    doc = Document(text=text)
    doc.sentences, doc.tokens = split_sentences(text), tokenize(text)
    doc.entities = [{"id": "e1", "type": "MISC", "name": "رحمة الحويطي",
                     "mentions": [{"start": start, "end": start + len("رحمة الحويطي"), "text": "رحمة الحويطي"}]}]
    [quote] = find_quotes(doc)
    assert quote["speaker"]["text"] == 'المعلمة "رحمة الحويطي"'
    assert quote["speaker"]["entity"] == "e1"
