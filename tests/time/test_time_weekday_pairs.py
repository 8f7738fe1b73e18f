"""Two weekdays side by side, the second the day after the first (السبت والأحد، ليل الأربعاء/الخميس), are one
range of two days, resolved against an article of Tuesday 4 August 2015; two days before one numeric
month and year, and two years after the preposition ل. Each on short made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-08-04"  # a Tuesday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- two consecutive weekdays are one range


def test_a_weekend_named_by_its_two_days_is_a_range():
    assert times("وشهدت العاصمة احتجاجات واسعة السبت والأحد ضد غلاء الأسعار.") == [
        ("السبت والأحد", "range", "2015-08-01/2015-08-02"),
    ]


def test_a_night_between_two_days_is_the_first_days_night():  # session 46, times46 (was the range)
    assert times("وقال شهود إن القصف استمر ليل الأحد/الاثنين على الأحياء الشرقية.") == [
        ("ليل الأحد/الاثنين", "time", "2015-08-02TNI"),
    ]


def test_two_weekdays_apart_stay_two_dates():
    assert times("وعقد المجلس جلستين الأحد والثلاثاء لمناقشة الموازنة.") == [
        ("الأحد", "date", "2015-08-02"),
        ("الثلاثاء", "date", "2015-08-04"),
    ]


def test_a_weekday_beside_its_calendar_date_is_still_one_date():
    assert times("وتبدأ الدراسة يوم الأحد 23 أغسطس في جميع المدارس.") == [
        ("يوم الأحد 23 أغسطس", "date", "2015-08-23"),
    ]
