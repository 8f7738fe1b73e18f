"""Where the content of an indirect quote begins and ends: a place or an occasion before the object, an
adverb, a circumstance (قبل أن، دون أن), a new clause after a comma, a complement clause that goes on past
كما. Texts run through segment, ner and link (``entity_quotes.analysed``); every text is written for
these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue

# --- the content ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,content", [
    ("وأكد الوزير في مؤتمر صحفي عقد في الرياض على ضرورة التصدي لتهريب المخدرات.", "ضرورة التصدي لتهريب المخدرات"),
    ("وأكد المدير في كلمته أهمية التعاون بين الإدارات.", "أهمية التعاون بين الإدارات"),
])
def test_a_place_or_occasion_before_the_object_is_not_the_content(text, content):
    [q] = analysed(text)
    assert q["text"] == content


# --- clause ends ----------------------------------------------------------------------------------


def test_a_noun_object_ends_where_a_new_clause_opens_after_a_comma():
    [q] = analysed("واستقبل المدير الوفد، معبرين عن اللحمة الوطنية بين أبناء الوطن، كما اطلع الوفد على برامج النشاط.")
    assert q["text"] == "اللحمة الوطنية بين أبناء الوطن"


def test_a_complement_clause_is_not_cut_at_kama():
    [q] = analysed("وقال المدير إن الأسعار ارتفعت، كما ارتفعت تكاليف النقل.")
    assert q["text"] == "الأسعار ارتفعت، كما ارتفعت تكاليف النقل"


# --- "(من) دون أن", "قبل أن", "بعد أن": a circumstance, not part of what was announced ------------

def test_noun_object_ends_before_a_circumstance_clause():
    found = analysed("ويشير الكاتب التركي نعمان آرالك إلى الكثير من النقاط المشتركة بين الطرفين، من دون أن يعطي تفاصيل.")
    q = by_cue(found, "ويشير")
    assert q["text"].endswith("بين الطرفين")
    assert "يعطي" not in q["text"]


def test_threat_object_ends_before_qabla_an():
    found = analysed("وهددت المعلمة بالاعتصام خارج الجامعة قبل أن يعالجها الموت في المستشفى.")
    q = by_cue(found, "وهددت")
    assert "الموت" not in q["text"]


def test_complement_clause_is_not_cut_at_qabla_an():
    found = analysed("وقال الوزير إن الحكومة ستراجع القرار قبل أن تعلنه رسميا.")
    q = by_cue(found, "وقال")
    assert q["text"].endswith("رسميا")


def test_adverb_after_subject_is_not_the_content():
    found = analysed("وأعلن الاتحاد رسميا تعاقده مع المدرب الجديد.")
    q = by_cue(found, "وأعلن")
    assert q["speaker"]["text"] == "الاتحاد"
    assert q["text"].startswith("تعاقده")


def test_plural_verb_after_kana_takes_its_object_as_content():
    found = analysed("وقالت الشركة إنها باعت 47 مليون هاتف. لكن بعض المحللين كانوا توقعوا مبيعات تبلغ نحو 49 مليون هاتف.")
    q = by_cue(found, "توقعوا")
    assert q["speaker"]["text"] == "بعض المحللين"
    assert q["text"].startswith("مبيعات")


def test_speech_opener_after_adaf_is_the_speech_not_a_subject():
    found = analysed("وقال الوزير إن العلاقات تاريخية. وأضاف لذا تتطلع شعوب المنطقة من المملكة القيام بدورها القيادي.")
    q = by_cue(found, "وأضاف")
    assert q["text"].startswith("لذا تتطلع")
    assert q["speaker"]["text"] == "الوزير"


# Twentieth pass: a measure after وفقا لـ / حسب ("وفقا لتوجهات الوزارة", "حسب الحاجة") attributes
# nothing, so it does not end the reported clause it qualifies (the gold runs such contents on).

def test_a_directive_after_the_object_goes_on_with_the_content():
    found = analysed("وقدم الزوار شكرهم للقائمين على الجولة، مؤكدين ما تحققه من فوائد لأبناء المنطقة وفقا "
                     "لتوجهات وزارة الشؤون البلدية التي نصت على تطوير الأسواق.")
    q = by_cue(found, "مؤكدين")
    assert q["text"].endswith("نصت على تطوير الأسواق")
    assert not [x for x in found if x["kind"] == "according_to"]


def test_a_source_after_the_object_still_ends_the_content():
    found = analysed("وقدم الزوار شكرهم للقائمين على الجولة، مؤكدين ما تحققه من فوائد لأبناء المنطقة، وفقا "
                     "لبيان وزارة الشؤون البلدية.")
    q = by_cue(found, "مؤكدين")
    assert q["text"].endswith("لأبناء المنطقة")


# Twenty-second pass: scraped text often glues the next sentence to a period ("… الشمالية.من جهته
# أكد …"). A period after a word of three letters or more, right before a preposition, ends the
# sentence (the content with it); between letter names ("إيه.بي.سي") it still does not.

def test_a_period_glued_to_a_preposition_ends_the_content():
    found = analysed("وأوضح قائد المنطقة أن القوات تقدمت نحو الساحل.من جهته أكد المحافظ أن الطريق سيفتح قريبا.")
    assert by_cue(found, "وأوضح")["text"] == "القوات تقدمت نحو الساحل"
    assert by_cue(found, "أكد")["speaker"]["text"] == "المحافظ"


def test_a_period_glued_after_a_sentence_before_fi_ends_the_content():
    found = analysed("وذكر المدير أن المهرجان اختتم أمس وسط حضور كبير.في العام المقبل ستقام الدورة في جدة.")
    assert by_cue(found, "وذكر")["text"] == "المهرجان اختتم أمس وسط حضور كبير"


def test_a_period_between_letter_names_does_not_end_the_content():
    found = analysed("وقال المتحدث إن شبكة إيه.بي.سي نشرت التقرير كاملا.")
    assert by_cue(found, "وقال")["text"] == "شبكة إيه.بي.سي نشرت التقرير كاملا"
