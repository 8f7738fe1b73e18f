"""Pass neg66 (session 56): the sign of a figure. A minus glued before a percentage ("تراجعت
المبيعات -2.4%"، "(-7.5 في المائة)"، "و-0.8%"، inside a bracket also spaced: "(- 1.2 في المائة)") or
before degrees ("و -15 درجة مئوية") makes it negative, and so do تحت الصفر / بالسالب after degrees
("190 درجة تحت الصفر"). Ranges ("15 % -25 %"، "8 -12%"), a list's dash after a stop, an aside between
two dashes ("شهري -18 في المئة-") and counts after a dash ("-35 عاما-") keep their figures. Shape from
dev 2015-08-07#896 (-0.6 %، -6.0%). Made-up sentences in the style of the news, through
``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["value"], f["min"], f["max"]) for f in analysed_facts(text)]


RULE = [
    ("وتراجع معدل النمو في الربع الثاني إلى -2.4 %.", [("-2.4 %", -2.4, None, None)]),
    ("وسجلت صادرات المعادن أكبر تراجع (-7.5 في المائة) بعد عام جيد.", [("-7.5 في المائة", -7.5, None, None)]),
    ("وبلغت قيمة الواردات 3.2 مليار يورو (- 1.2 في المائة مقارنة بالعام الماضي).",
     [("3.2 مليار يورو", 3200000000, None, None), ("- 1.2 في المائة", -1.2, None, None)]),
    ("وواصلت الإيجارات انخفاضها -3% للمكاتب و-0.8% للمستودعات.", [("-3%", -3, None, None), ("-0.8%", -0.8, None, None)]),
    ("وينصح بحفظ اللحوم المجمدة في درجة حرارة -15 درجة مئوية.", [("-15 درجة", -15, None, None)]),
    ("وتنخفض حرارة سطح القمر ليلا إلى 190 درجة تحت الصفر.", [("190 درجة تحت الصفر", -190, None, None)]),
    ("وسجلت المحطة في الشتاء 40 درجة مئوية تحت الصفر.", [("40 درجة مئوية تحت الصفر", -40, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _rows(text) == expected


UNCHANGED = [
    # a range, a dash after a percent sign or a figure
    ("وارتفعت أسعار الخضار بنسبة 15 % -25 % خلال الأسبوع.", [("15 %", 15, None, None), ("25 %", 25, None, None)]),
    ("وتتراوح الزيادة السنوية بين 8 -12% من قيمة العقد.", [("8 -12%", None, 8, 12)]),
    # a list's dash after a stop, an aside between two dashes, a count after a dash
    ("ما رأيك في النتائج؟ - 64 % من المشاركين راضون.", [("64 %", 64, None, None)]),
    ("وسجل المؤشر أكبر هبوط شهري -18 في المئة- منذ عام.", [("18 في المئة", 18, None, None)]),
    ("وعثر على الشاب أحمد -35 عاما- قرب منزله.", []),
    # degrees without a sign, and the minus written after the figure before في المائة, as before
    ("وتصل درجة الحرارة في الظهيرة إلى 48 درجة مئوية.", [("48 درجة", 48, None, None)]),
    ("وتراجعت صناعة النسيج بـ2.1 – في المائة.", [("بـ2.1 – في المائة", -2.1, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _rows(text) == expected
