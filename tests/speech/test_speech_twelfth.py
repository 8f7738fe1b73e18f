"""Quote finder, twelfth pass: according-to attributions — classes from the dev errors of the
seed-20162 draw and all dev (a fronted source before a verb whose speaker is in quotation marks; a
source that is a sentence of its own after the sentence it attributes). Every text is written for
these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


def _kinds(found: list[dict], kind: str) -> list[dict]:
    return [q for q in found if q["kind"] == kind]


# --- a fronted source, then a verb whose speaker's name is in quotation marks ----------------------

def test_fronted_source_keeps_the_quoted_speaker_of_the_verb_after_it():
    found = analysed('وطبقا لـ"الفرنسية"، قال "مارك هيل" المتحدث باسم "إيرباص"، إن الخلل الذي ظهر في المحرك '
                     'لا يتعلق بنظام الوقود.')
    quote = by_cue(found, "قال")
    assert quote["kind"] == "indirect"
    assert quote["speaker"]["text"].startswith('"مارك هيل"')
    [source] = _kinds(found, "according_to")
    assert source["speaker"]["text"] == '"الفرنسية"'
    assert source["text"].startswith("قال")


def test_fronted_source_without_a_named_speaker_is_the_speaker():
    found = analysed('وطبقا لـ"الفرنسية"، قال إن الخلل الذي ظهر في المحرك لا يتعلق بنظام الوقود.')
    assert not [q for q in found if q["kind"] == "indirect" and q["speaker"]["text"] == "مارك هيل"]
    assert [q for q in found if '"الفرنسية"' in (q["speaker"]["text"] or "")]


# --- a source that is a sentence of its own, after the sentence it attributes ----------------------

def test_source_as_its_own_sentence_attributes_the_whole_sentence_before():
    found = analysed("وأوضح المدرب في مؤتمر صحفي أنه سيعتمد على اللاعبين الشباب في المباراة المقبلة.وفقا لرويترز.\n"
                     "وتقام المباراة يوم الجمعة.")
    [source] = _kinds(found, "according_to")
    assert source["speaker"]["text"] == "رويترز"
    assert "المدرب في مؤتمر صحفي أنه سيعتمد" in source["text"]
    quote = by_cue(found, "وأوضح")
    assert quote["kind"] == "indirect" and quote["speaker"]["text"] == "المدرب"
    assert quote["text"].startswith("سيعتمد")


def test_the_outlet_of_a_closing_sentence_is_not_whom_later_verbs_go_on_with():
    found = analysed("وأعلن وزير الصحة نبيل العلي أن الحملة ستشمل جميع المدارس. بحسب وكالة الأنباء الرسمية.\n"
                     "وأضاف أن عدد الطلاب المستهدفين يتجاوز مليون طالب.")
    quote = by_cue(found, "وأضاف")
    assert "نبيل العلي" in quote["speaker"]["text"] or quote["speaker"]["text"] == "وزير الصحة نبيل العلي"


def test_a_source_sentence_after_narration_attributes_it():
    found = analysed("قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار وسط المدينة. بحسب التلفزيون الرسمي.")
    [source] = _kinds(found, "according_to")
    assert source["text"].startswith("قتل ثلاثة أشخاص")
    assert source["speaker"]["text"] == "التلفزيون الرسمي"


# --- a specification or a sum is a measure, not a source -------------------------------------------

def test_specifications_and_quality_are_a_measure_not_a_source():
    found = analysed("وتختلف الأسعار حسب المواصفات والجودة من منتج لآخر، كما يتم اختيار التصميم "
                     "حسب المبلغ المتوفر لدى العميل.")
    assert not _kinds(found, "according_to")


def test_a_ministry_after_hasab_is_still_a_source():
    found = analysed("وارتفعت أسعار الحديد بنسبة عشرة في المئة خلال الشهر الماضي، حسب وزارة التجارة.")
    [source] = _kinds(found, "according_to")
    assert source["speaker"]["text"] == "وزارة التجارة"
