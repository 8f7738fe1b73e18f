"""Lead pass lead50b (session 50): a weekday with a day and a month and no year ("الثلاثاء 10/12") is the
date on that weekday.

Saudi notices write the Hijri day and month after a weekday, day first or month first ("الأربعاء 28/9" is
Ramadan 28, "الثلاثاء 10/12" Shawwal 12); main read the weekday alone, as the last one before publication
(blind draw 20197's dev, 2015-07-26#1203). Of the readings of the two figures as a Hijri or Gregorian day
and month near publication, the one date on the weekday named is its value; none or several, and the
weekday is read alone.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from time_rows import analysed_times

DATED_WEEKDAYS = [
    # month first: Shawwal 12-14, 1436 (Tuesday to Thursday), each day with its own date
    (
        "وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 والخميس 10/14 مواعيد لمراجعة المرشحين.",
        "2015-07-26",
        [("الثلاثاء 10/12", "2015-07-28"), ("الأربعاء 10/13", "2015-07-29"), ("الخميس 10/14", "2015-07-30")],
    ),
    # day first: Ramadan 28, 1436, a Wednesday
    ("وتلقى الدفاع المدني بلاغا يوم الأربعاء 28/9 عن حريق شاحنة.", "2015-07-21", [("يوم الأربعاء 28/9", "2015-07-15")]),
    # a Gregorian day and month on its weekday
    ("وعقد المجلس جلسته يوم الخميس 23/7 في مقره بالرياض.", "2015-07-26", [("يوم الخميس 23/7", "2015-07-23")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATED_WEEKDAYS)
def test_a_weekday_with_a_day_and_month_is_that_date(text, published, expected):
    assert analysed_times(text, published) == expected


GUARDS = [
    # figures on no reading's weekday: the weekday alone, as before
    ("وعقد المجلس جلسته يوم الخميس 26/7 في مقره بالرياض.", "2015-07-26", [("يوم الخميس", "2015-07-23")]),
    # two weekdays in a row with no figures stay one stretch of two days
    ("وتستقبل الكلية المرشحين يومي الثلاثاء والأربعاء.", "2015-07-26", None),
]


@pytest.mark.parametrize(("text", "published", "expected"), GUARDS)
def test_a_weekday_without_its_date_reads_as_before(text, published, expected):
    rows = analysed_times(text, published)
    if expected is None:
        assert len(rows) == 1 and "/" in rows[0][1]
    else:
        assert rows == expected
