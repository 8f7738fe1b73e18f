""""According to" attributions: the clause they attribute, before or after the cue."""

from __future__ import annotations

import pytest


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
