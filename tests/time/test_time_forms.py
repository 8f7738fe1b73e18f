"""Absolute dates and years: double month names without a slash, Hijri months with a Gregorian year,
Moroccan month names, year ranges with بين, a year closing a name or a clause, a year after a relatively
named year, the sentence's full stop before a final year, a year laid out right to left, "currently" as
the article's date, and noon on a named day."""

import pytest
from time_rows import time_rows

from khabar.time.expressions import find_times


def values(text, published="2015-08-04"):
    return [(t.text, t.value) for t in find_times(text, published)]


PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize("text, expected", [
    ("سيعقد الاجتماع في 26 فبراير شباط 2016 في زيوريخ", [("26 فبراير شباط 2016", "2016-02-26")]),
    ("اعتبارا من 15 أغسطس آب الجاري", [("15 أغسطس آب الجاري", "2015-08-15")]),
    ("في رمضان 2015", [("رمضان 2015", "H1436-09")]),
    ("نمت الصادرات بين 2014 و2018 في المنطقة", [("بين 2014 و2018", "2014/2018")]),
    ("يعمل حاليا على مشروع جديد", [("حاليا", "2015-08-04")]),
    ("وقع الانفجار ظهر اليوم الثلاثاء", [("ظهر اليوم الثلاثاء", "2015-08-04TMI")]),
])
def test_forms(text, expected):
    assert values(text) == expected


def test_a_count_between_two_year_like_numbers_is_not_a_time():
    assert values("شارك بين 1900 و2000 شخص في المسيرة") == []


def test_a_day_range_ends_after_it_starts():
    assert values("خلال الفترة من 6 إلى 15 أغسطس", "2015-08-06") == [("من 6 إلى 15 أغسطس", "2015-08-06/2015-08-15")]


def test_now_is_the_article_date():
    assert values("يعمل الآن على مشروع جديد") == [("الآن", "2015-08-04")]


# --- a year closing a name or a clause


def test_a_year_after_a_name_is_a_year():
    assert times("يقام المونديال في نسختيه المقبلتين بروسيا 2018، وقطر 2022، مثلما كان في مونديال 2014 بالبرازيل.") == [
        ("2018", "year", "2018"),
        ("2022", "year", "2022"),
        ("مونديال 2014", "year", "2014"),
    ]
    assert times("كما كان متوقعا في قانون المالية (موازنة) 2015، وذلك بفضل تحسن القطاع") == [("2015", "year", "2015")]


def test_a_count_is_no_year():
    assert times("ولا يقل الحد الأدنى للتعويض عن مبلغ 2000 ريال شهريا") == [("شهريا", "set", "P1M")]
    assert times("وبلغت المبيعات 1.2015، في") == []


# --- "عام .2016": the sentence's full stop before the year that ends it


def test_a_stop_before_a_final_year_keeps_the_year():
    rows = times("وأعلن الحزب أنه سيخوض الانتخابات الرئاسية عام .2016\nوقال المتحدث باسمه إن القرار نهائي.")
    assert ("عام .2016", "year", "2016") in rows


def test_a_stop_before_a_final_year_closes_a_range():
    rows = times("وتولى رئاسة الحكومة خلال الفترة من 2009 إلى .2011 \nثم اعتزل العمل السياسي.")
    assert ("خلال الفترة من 2009 إلى .2011", "range", "2009/2011") in rows


def test_a_stop_before_a_month_year():
    assert ("آذار/مارس .2011", "month", "2011-03") in times("وقعت الكارثة في آذار/مارس .2011\nوبدأ الإعمار بعدها.")


def test_a_decimal_is_no_year():
    assert times("وبلغ المؤشر 3.2015 نقطة عند الإغلاق.") == []


@pytest.mark.parametrize("text, expected", [
    ("تنفذ الوزارة خلال العام الجاري 1436هـ عشرة مشاريع", ("خلال العام الجاري 1436هـ", "year", "H1436")),
    ("بلغت الإيرادات في العام الحالي 2015م نحو مليار", ("العام الحالي 2015م", "year", "2015")),
    ("حتى نهاية هذا العام (2015) تقريبا", ("نهاية هذا العام (2015)", "year", "2015")),
])
def test_a_year_written_after_a_relative_year_is_read_with_it(text, expected):
    assert times(text) == [expected]


def test_a_number_after_a_relative_year_that_is_not_that_year_stays_a_count():
    assert times("سجلت المستشفيات العام الماضي 2000 حالة") == [("العام الماضي", "year", "2014")]
    # and a year range after it is left whole to the range reader
    assert ("1436 / 1437هـ", "range", "H1436/H1437") in times("الخطة التشغيلية لهذا العام 1436 / 1437هـ")


# --- regional words: Moroccan month names


def test_moroccan_month_names_are_months():
    assert times("وأعلنت الوزارة أن الامتحانات ستجرى في 15 شتنبر المقبل، بعد أن صادق المجلس في دجنبر 2014 على القانون.", "2015-08-10") == [
        ("15 شتنبر المقبل", "date", "2015-09-15"),
        ("دجنبر 2014", "month", "2014-12"),
    ]


def test_a_decimal_laid_out_right_to_left_is_turned_back():
    # "3.\u200f1" is 1.3 on the page, as the numbers stage reads "24.\u200f49 دولار"
    assert times("توقف البث لمدة 3.\u200f1 ساعة") == [("لمدة 3.\u200f1 ساعة", "duration", "PT1.3H")]
    assert times("توقف البث لمدة 3.1 ساعة") == [("لمدة 3.1 ساعة", "duration", "PT3.1H")]
