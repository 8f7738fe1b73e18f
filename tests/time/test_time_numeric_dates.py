"""Numeric dates: days joined by إلى or حتى before a day-first numeric date (Hijri or Gregorian) are a
range of days, and a larger first number is none. Each on short made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- days before a day-first numeric date


def test_days_joined_by_ila_before_a_numeric_hijri_date():
    rows = times("ويعقد البرنامج التدريبي خلال الفترة من 19 إلى 21 / 10 / 1436هـ في مقر الجامعة.", "2015-07-23")
    assert rows == [("19 إلى 21 / 10 / 1436هـ", "range", "2015-08-04/2015-08-06")]


def test_days_joined_by_hatta_before_a_numeric_date():
    rows = times("ويستمر التسجيل من 3 حتى 9/11/1436هـ عبر البوابة الإلكترونية.", "2015-07-23")
    assert rows == [("3 حتى 9/11/1436هـ", "range", "2015-08-18/2015-08-24")]


def test_a_larger_first_number_is_no_day_range():
    rows = times("وارتفع العدد من 25 إلى 21 / 10 / 1436هـ", "2015-07-23")
    assert rows == [("21 / 10 / 1436هـ", "date", "2015-08-06")]


# --- two days before one numeric month and year


def test_two_days_of_a_numeric_hijri_date_are_a_range():
    assert times("وتستقبل المعارض زوارها خلال الفترة من 7-9 /10 /1436هـ مساء.")[0] == (
        "7-9 /10 /1436هـ",
        "range",
        "2015-07-23/2015-07-25",
    )


def test_a_number_before_a_later_day_is_no_first_day():
    assert times("وصدر القرار رقم 12-5/10/1436هـ بتكليف اللجنة.") == [("5/10/1436هـ", "date", "2015-07-21")]
