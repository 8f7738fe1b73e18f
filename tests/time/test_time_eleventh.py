"""Value classes found on dev in the eleventh pass (issue 5): two weekdays side by side, the second the
day after the first (السبت والأحد، ليل الأربعاء/الخميس), are one range of two days. Each on short
made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-08-04"  # a Tuesday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- two consecutive weekdays are one range


def test_a_weekend_named_by_its_two_days_is_a_range():
    assert times("وشهدت العاصمة احتجاجات واسعة السبت والأحد ضد غلاء الأسعار.") == [
        ("السبت والأحد", "range", "2015-08-01/2015-08-02"),
    ]


def test_a_night_between_two_days_is_a_range():
    assert times("وقال شهود إن القصف استمر ليل الأحد/الاثنين على الأحياء الشرقية.") == [
        ("ليل الأحد/الاثنين", "range", "2015-08-02/2015-08-03"),
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


# --- two days before one numeric month and year


def test_two_days_of_a_numeric_hijri_date_are_a_range():
    assert times("وتستقبل المعارض زوارها خلال الفترة من 7-9 /10 /1436هـ مساء.")[0] == (
        "7-9 /10 /1436هـ",
        "range",
        "2015-07-23/2015-07-25",
    )


def test_a_number_before_a_later_day_is_no_first_day():
    assert times("وصدر القرار رقم 12-5/10/1436هـ بتكليف اللجنة.") == [("5/10/1436هـ", "date", "2015-07-21")]


# --- "for the two years X and Y" after the preposition ل


def test_two_years_after_the_preposition_li_are_a_range():
    assert times("وتراجعت أرباح الشركة للعامين 2012 و2013 بسبب الركود.") == [
        ("للعامين 2012 و2013", "range", "2012/2013"),
    ]
    assert times("وأقر المجلس ميزانية لعامي 2016 و2017.") == [("لعامي 2016 و2017", "range", "2016/2017")]
