"""Double month names without a slash, Hijri months with a Gregorian year, year ranges with بين,
"currently" as the article's date, and noon on a named day."""

import pytest

from khabar.time.expressions import find_times


def values(text, published="2015-08-04"):
    return [(t.text, t.value) for t in find_times(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("سيعقد الاجتماع في 26 فبراير شباط 2016 في زيوريخ", [("26 فبراير شباط 2016", "2016-02-26")]),
    ("اعتبارا من 15 أغسطس آب الجاري", [("15 أغسطس آب الجاري", "2015-08-15")]),
    ("في رمضان 2015", [("رمضان 2015", "H1436-09")]),
    ("نمت الصادرات بين 2014 و2018 في المنطقة", [("بين 2014 و2018", "2014/2018")]),
    ("يعمل حاليا على مشروع جديد", [("حاليا", "2015-08-04")]),
    ("وقع الانفجار ظهر اليوم الثلاثاء", [("ظهر اليوم الثلاثاء", "2015-08-04T12:00")]),
])
def test_forms(text, expected):
    assert values(text) == expected


def test_a_count_between_two_year_like_numbers_is_not_a_time():
    assert values("شارك بين 1900 و2000 شخص في المسيرة") == []


def test_a_day_range_ends_after_it_starts():
    assert values("خلال الفترة من 6 إلى 15 أغسطس", "2015-08-06") == [("من 6 إلى 15 أغسطس", "2015-08-06/2015-08-15")]


def test_now_is_the_article_date():
    assert values("يعمل الآن على مشروع جديد") == [("الآن", "2015-08-04")]
