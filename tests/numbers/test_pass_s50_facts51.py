"""Pass facts51 (session 50): two figures joined by a dash before a unit of measure are one range.

"بسرعة 15-35 كم/ساعة"، "من 2 - 3 أمتار": the weather reports' winds and waves (73 corpus articles outside
the gold). A dash range was read only after من/بين or before a scale word, a currency or a percent sign;
main dropped both figures (a dash between figures reads as a score). Now a unit of measure of
``measure_units.tsv`` after the higher figure closes the range, as it does for "44 و46 درجة". A unit of
time ("خلال 8-48 ساعة") is no unit of measure: a duration, no fact; a score stays none.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

DASH_RANGE_BEFORE_A_UNIT = [
    ("وتهب الرياح السطحية شمالية غربية بسرعة 20-40 كم/ساعة على السواحل الشمالية.", (20, 40)),
    ("وتكون الرياح على الخليج العربي شرقية بسرعة 10 - 30 كم/ساعة مساء اليوم.", (10, 30)),
    ("ويتوقع أن يتراوح ارتفاع الموج 2 – 3 أمتار على الجزء الجنوبي.", (2, 3)),
    ("وتقع البلدة على مسافة 60-70 كيلومترا شمال العاصمة.", (60, 70)),
]


@pytest.mark.parametrize(("text", "bounds"), DASH_RANGE_BEFORE_A_UNIT)
def test_a_dash_range_before_a_unit_of_measure_is_one_range(text, bounds):
    facts = analysed_facts(text)
    assert [(fact["value"], fact["min"], fact["max"]) for fact in facts] == [(None, *bounds)]


NO_RANGE = [
    "وتظهر الأعراض على المصاب خلال 8-48 ساعة من التعرض للعدوى.",
    "وفاز الفريق على ضيفه 3-1 في المباراة التي أقيمت مساء أمس.",
    "وصدر القرار رقم 12-45 عن المجلس في جلسته الأخيرة.",
]


@pytest.mark.parametrize("text", NO_RANGE)
def test_a_duration_a_score_or_a_label_stays_no_range(text):
    assert not [fact for fact in analysed_facts(text) if fact["min"] is not None]
