""""According to" attributions: the clause they attribute, before or after the cue, closing or fronted,
and "حسب قوله" after the speaker's own words. The fixture tests read a segmented text; those through
``analysed`` run the whole pipeline (``article_quotes``). Where a source begins and ends, and what is
no source: test_speech_according_sources.py."""

from __future__ import annotations

import pytest
from article_quotes import analysed


@pytest.mark.parametrize("cue", ["وفقا ل", "وفقاً لـ", "بحسب ", "حسب ", "طبقا ل", "نقلا عن "])
def test_cue_after_the_clause(quotes, cue):
    [q] = quotes(f"وارتفع عدد المصابين إلى أربعين شخصا، {cue}وزارة الصحة.")
    assert q["kind"] == "according_to"
    assert q["text"] == "ارتفع عدد المصابين إلى أربعين شخصا"
    assert q["speaker"]["text"] == "وزارة الصحة"
    assert q["cue"]["text"].startswith(cue.strip()[:3])


def test_cue_before_the_clause_with_comma_and_fa_inna(quotes):
    [q] = quotes("وبحسب شهود عيان، فإن الانفجار وقع قرب السوق المركزي.")
    assert (q["kind"], q["text"], q["speaker"]["text"], q["speaker"]["anonymous"]) == (
        "according_to", "الانفجار وقع قرب السوق المركزي", "شهود عيان", True
    )


def test_cue_before_the_clause_without_comma(quotes):
    [q] = quotes("ووفقا للشرطة فإن المشتبه به اعتقل فجر اليوم.")
    assert q["text"] == "المشتبه به اعتقل فجر اليوم"


def test_hasbama_with_a_verb(quotes):
    [q] = quotes("وقتل ثلاثة أشخاص في الهجوم، حسبما أفادت وكالة الأنباء الرسمية.")
    assert q["cue"]["text"] == "حسبما أفادت"
    assert q["speaker"]["text"] == "وكالة الأنباء الرسمية"
    assert q["text"] == "قتل ثلاثة أشخاص في الهجوم"


def test_kama_jaa_fi(quotes):
    [q] = quotes("وتبلغ الكلفة الإجمالية مليار ريال، كما جاء في بيان الشركة.")
    assert q["speaker"]["text"] == "بيان الشركة"


def test_ala_hadd_qawlih_is_the_speaker_of_the_sentence(quotes):
    found = quotes("وقال المزارع إن الموسم جيد. والمحصول هذا العام هو الأفضل منذ عقد، على حد قوله.")
    assert found[1]["kind"] == "according_to"
    assert found[1]["speaker"]["text"] == "المزارع"


@pytest.mark.parametrize("text", [
    "وتختلف الأسعار حسب الموقع والمساحة.",
    "وتم توزيع المقاعد وفق الجداول المعتمدة.",
    "ويشمل البرنامج عدة مزايا وفقا لوثيقة التأمين.",
])
def test_not_a_source(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,speaker,content", [
    ("وارتفع عدد القتلى إلى 30 شخصا، كما قالت الشرطة.", "الشرطة", "ارتفع عدد القتلى إلى 30 شخصا"),
    ("وقتل جندي في هجوم بقاذفة صواريخ، بحسب دوغان.", "دوغان", "قتل جندي في هجوم بقاذفة صواريخ"),
    ("وعثر المحققون على الحاسوب في غابة، بحسب القرار الاتهامي.", "القرار الاتهامي", "عثر المحققون على الحاسوب في غابة"),
])
def test_closing_attributions(text, speaker, content):
    [q] = analysed(text)
    assert (q["kind"], q["speaker"]["text"], q["text"]) == ("according_to", speaker, content)


def test_according_to_before_a_colon_attributes_what_follows():
    [q] = analysed("وفي نهاية شهر يونيو وبحسب (واس): لجنة من الإمارة تزور المستشفى فجأة.")
    assert q["kind"] == "according_to"
    assert q["text"] == "لجنة من الإمارة تزور المستشفى فجأة"
    assert q["speaker"]["text"] == "(واس)"


@pytest.mark.parametrize("text,speaker,via", [
    ("واضافت القناة نقلا عن الشرطة، ان اثنين من ركاب الطائرة قتلوا.", "الشرطة", "القناة"),
    ("وقالت تانيا سانريب، وهي كبيرة المحامين في المركز، وفقا لسكاي نيوز عربية، إن التصريح لن يصدر.",
     "تانيا سانريب", "سكاي نيوز عربية"),
])
def test_a_source_cue_inside_a_reporting_clause_keeps_the_verb_quote(text, speaker, via):
    [q] = analysed(text)
    assert (q["kind"], q["speaker"]["text"], q["via_text"]["text"]) == ("indirect", speaker, via)


def test_an_attribution_standing_alone_after_a_sentence():
    [q] = analysed("وقتل ثلاثة أشخاص في الانفجار. بحسب البي بي سي.")
    assert (q["kind"], q["text"]) == ("according_to", "قتل ثلاثة أشخاص في الانفجار")


def test_a_fronted_according_to_with_fa():
    [q] = analysed("وبحسب وصف المدعي العام في القضية فقد اجتمع الأطراف الأربعة في غرفة فندقية.")
    assert q["kind"] == "according_to" and q["speaker"]["text"] == "وصف المدعي العام في القضية"


def test_a_reporting_verb_closed_by_bihasb_keeps_its_speaker_and_gets_a_via():
    [q] = analysed("وتوقعت هيئة الأرصاد الجوية استمرار هطول الأمطار حتى نهاية الشهر الجاري، بحسب وكالة الأنباء السودانية.")
    assert (q["kind"], q["speaker"]["text"]) == ("indirect", "هيئة الأرصاد الجوية")
    assert q["text"] == "استمرار هطول الأمطار حتى نهاية الشهر الجاري"
    assert q["via_text"]["text"] == "وكالة الأنباء السودانية"


@pytest.mark.parametrize("cue", ["حسب قوله", "بحسب تعبيره", "وفق روايته"])
def test_the_speakers_own_words_after_the_content(cue):
    found = analysed(f"وقال مدير الشرطة إن الحادث وقع فجرا. وأصيب ثلاثة أشخاص بجروح طفيفة، {cue}.")
    q = found[-1]
    assert q["kind"] == "according_to"
    assert q["cue"]["text"] == cue
    assert q["speaker"]["text"] == "مدير الشرطة"
    assert q["text"].endswith("بجروح طفيفة")
