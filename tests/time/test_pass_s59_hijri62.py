"""Session 59, pass hijri62: "الربع السابق" (the previous quarter) is the quarter before the one named last
("في الربع الثاني … عن الربع السابق" → 2015-Q1), null when no calendar quarter is named before it; a
"الربع المماثل من العام السابق" after it still repeats the reported quarter, not the compared one."""

import pytest
from time_rows import rows_of, time_rows

PREVIOUS_QUARTER = [
    # (sentence, published, found, value)
    (
        "وبلغ صافي ربح المصرف في الربع الثاني 820 مليون ريال، بارتفاع 12 في المائة عن الربع السابق",
        "2015-07-22",
        "الربع السابق",
        "2015-Q1",
    ),
    (
        "وسجلت مبيعات الشركة خلال الربع الثاني من العام الجاري نموا بنسبة 9 في المائة مقارنة مع الربع السابق",
        "2015-08-02",
        "الربع السابق",
        "2015-Q1",
    ),
    (
        "وارتفعت قيمة الصفقات خلال الربع الأول من عام 2015 بنحو 4 في المائة عن قيمتها في الربع السابق",
        "2015-07-30",
        "في الربع السابق",
        "2014-Q4",
    ),
]


@pytest.mark.parametrize("text, published, found, value", PREVIOUS_QUARTER)
def test_previous_quarter_is_the_one_before_the_quarter_named(text, published, found, value):
    assert rows_of(time_rows(text, published), found) == [("range", value)]


def test_each_previous_quarter_of_a_list_reads_the_same_quarter():
    text = (
        "وحققت الشركة في الربع الثاني أرباحا بلغت 40 مليون ريال بزيادة 8 في المائة عن الربع السابق، "
        "فيما ارتفعت إيراداتها 5 في المائة عن الربع السابق"
    )
    assert rows_of(time_rows(text, "2015-07-26"), "الربع السابق") == [("range", "2015-Q1"), ("range", "2015-Q1")]


def test_previous_quarter_with_no_quarter_named_has_no_value():
    rows = time_rows("وتراجع مكرر الأرباح للسوق مقارنة بالربع السابق نتيجة ارتفاع الأرباح المجمعة", "2015-08-06")
    assert rows_of(rows, "الربع السابق") == [("range", None)]


def test_guard_same_quarter_last_year_after_the_previous_quarter_keeps_the_reported_quarter():
    text = (
        "وبلغ صافي الربح في الربع الثاني من العام الجاري 300 مليون ريال، أعلى من الربع السابق بنسبة 5 في المائة، "
        "وأقل من الربع المماثل من العام السابق بنسبة 2 في المائة"
    )
    rows = time_rows(text, "2015-07-24")
    assert rows_of(rows, "الربع المماثل من العام السابق") == [("range", "2014-Q2")]
    assert rows_of(rows, "الربع السابق") == [("range", "2015-Q1")]


def test_guard_an_ordinal_quarter_is_unchanged():
    rows = time_rows("وتوقعت الشركة تحسن هوامش الربح في الربع الثالث من العام الحالي", "2015-07-24")
    assert rows == [("في الربع الثالث من العام الحالي", "range", "2015-Q3")]


def test_guard_a_previous_half_is_no_time():
    rows = time_rows("وتقدم الفريق في النصف الثاني بعد أداء متواضع في النصف السابق", "2015-07-24")
    assert not [row for row in rows if "السابق" in row[0]]
