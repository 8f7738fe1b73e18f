"""Lead pass lead52 (session 52): "مابين" written as one word opens a range; "العشرة الأواخر" is Ramadan's last
ten days, as "العشر الأواخر" is.

Blind draw 20199's dev (2015-07-24#836) reads "تراجع … إلى مابين 200 و400 ألف درهم" and "بدأ من العشرة الأواخر من
رمضان": main read the range as two figures (200 dirhams and 400,000) and the ten days as a count of ten. Made-up
sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

import khabar

RANGES = [
    ("وتراجعت المبيعات إلى مابين 200 و400 ألف درهم في اليوم.", 200000, 400000),
    ("وتتراوح تكلفة المشروع مابين 3 و5 ملايين ريال بحسب التقديرات.", 3000000, 5000000),
    ("وتصدر المجلة مابين 48 صفحة و60 صفحة كل شهر.", 48, 60),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_joined_ma_bayna_opens_a_range(text, low, high):
    facts = analysed_facts(text, published="2015-07-24")
    assert [(f["min"], f["max"], f["value"]) for f in facts] == [(low, high, None)]


def test_spaced_ma_bayna_reads_as_before():
    facts = analysed_facts("وتراوحت الأرباح ما بين 200 و400 ألف ريال.", published="2015-07-24")
    assert [(f["min"], f["max"]) for f in facts] == [(200000, 400000)]


LAST_TEN = [
    "وانتعشت حركة السوق في العشرة الأواخر من رمضان على غير المتوقع.",
    "ويحرص المعتكفون على المكوث في المسجد طيلة العشرة الأواخر من كل عام.",
]


@pytest.mark.parametrize("text", LAST_TEN)
def test_the_last_ten_is_a_time_not_a_count(text):
    article = khabar.analyze(text, published="2015-07-24")  # figures and times of one analysis
    assert not article.facts
    assert [t["value"] for t in article.times if "الأواخر" in t["text"]] == ["2015-07-08/2015-07-16"]


def test_the_ten_first_placed_still_count():
    facts = analysed_facts("وكرمت الإدارة العشرة الأوائل من الطلاب.", published="2015-07-24")
    assert [f["value"] for f in facts] == [10]
