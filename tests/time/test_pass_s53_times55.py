"""Session 53, times55 (docs/evaluation/facts_times.md, "Session 53, pass times55"): three readings of a
time's value. "الأول من أمس" is the day before yesterday, as "أول من أمس" (with a part of the day before it,
that day's part); "الساعة 8:20 دقيقة مساء" keeps the part of the day written after the minutes' word; a date
with its year and the same day in the other calendar without one, tied by "الموافق", take one year (the
conversion's), in either order. Guards: "أمس" and "أول أمس" alone, a clock without "دقيقة", the minutes'
word with no part of the day after it, and a yearless equivalent already in the right year. Made-up
sentences."""

import pytest
from time_rows import rows_of, time_rows

PUB = "2015-08-09"  # a Sunday


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وتوفي الأول من أمس الفنان المعروف عن عمر طويل.", "الأول من أمس", ("date", "2015-08-07")),
        ("وكان الفريق قد وصل الاول من امس إلى العاصمة.", "الاول من امس", ("date", "2015-08-07")),
        ("وأقيم الحفل مساء الأول من أمس في قاعة المدينة.", "مساء الأول من أمس", ("time", "2015-08-07TEV")),
        ("وداهمت القوات المنزل فجر الأول من أمس، واعتقلت شابين.", "فجر الأول من أمس", ("time", "2015-08-07TMO")),
        ("واستضافت البلدية يوم الأول من أمس فرقة شعبية.", "يوم الأول من أمس", ("date", "2015-08-07")),
    ],
)
def test_the_first_from_yesterday_is_two_days_back(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وعاد التيار إلى الحي في تمام الساعة 8:20 دقيقة مساء.", "في تمام الساعة 8:20 دقيقة مساء", ("time", "T20:20")),
        ("واستمر الانقطاع حتى الساعة 9:40 دقيقة صباحاً.", "الساعة 9:40 دقيقة صباحاً", ("time", "T09:40")),
        ("ووقع الانفجار في الساعة 4.15 دقيقة مساء وفق البيان.", "في الساعة 4.15 دقيقة مساء", ("time", "T16:15")),
    ],
)
def test_the_part_of_the_day_after_the_minutes_word(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a dated Hijri day, then the Gregorian one without a year: the conversion's year (2015), not last year's
        ("وتعلن القوائم يوم الأحد 17-2-1437هـ الموافق 29 نوفمبر في مقر اللجنة.", "29 نوفمبر", "2015-11-29"),
        ("وتستمر الحملة إلى الخميس 28-2-1437هـ الموافق 10 ديسمبر في كل المحافظات.", "10 ديسمبر", "2015-12-10"),
        # a dated Gregorian day, then the Hijri one without a year: that Hijri year (1433), not this one
        ("وكان الاتفاق قد وقع في 6 أغسطس 2012 الموافق 17 رمضان في مكة.", "17 رمضان", "2012-08-05"),
    ],
)
def test_a_yearless_equivalent_takes_the_conversions_year(text, span, value):
    assert [v for _, v in rows_of(time_rows(text, PUB), span)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وقال الشاهد إن الحادث وقع أمس في الحي.", "أمس", ("date", "2015-08-08")),
        ("وقال الشاهد إن الحادث وقع أول أمس في الحي.", "أول أمس", ("date", "2015-08-07")),
        ("ووصل الوفد في الساعة 8:20 مساء إلى المطار.", "في الساعة 8:20 مساء", ("time", "T20:20")),
        # the minutes' word with no part of the day after it is left out of the clock
        ("وأغلق المتجر في الساعة 8:20 دقيقة بعد وصول الشرطة.", "في الساعة 8:20", ("time", "T08:20")),
        # already in the right year: unchanged
        ("وتبدأ الدراسة يوم الأحد 7-11-1436هـ الموافق 23 أغسطس الجاري.", "23 أغسطس الجاري", ("date", "2015-08-23")),
    ],
)
def test_guards(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


def test_only_a_dated_and_a_yearless_date_read_their_gap(monkeypatch):
    """Session 60, speed63: the gap between two neighbouring expressions is normalised (``match_form``)
    only when one is a date with its year and the other a date without, the only pairs the rule changes."""
    from khabar.time import passes
    from khabar.time.model import TimeExpression

    gaps, match_form = [], passes.match_form
    monkeypatch.setattr(passes, "match_form", lambda gap: gaps.append(gap) or match_form(gap))
    text = "الأحد 2 أغسطس 2015 ثم الاثنين 3 أغسطس 2015 ثم أمس ثم اليوم ثم 5 سنوات ثم 23 أغسطس"
    found = []
    for phrase, type_, value in (
        ("2 أغسطس 2015", "date", "2015-08-02"),
        ("3 أغسطس 2015", "date", "2015-08-03"),  # both with a year
        ("أمس", "date", "2015-08-08"),  # a year, then none: read
        ("اليوم", "date", "2015-08-09"),  # neither with a year
        ("5 سنوات", "duration", "P5Y"),  # no date
        ("23 أغسطس", "date", "2015-08-23"),  # after no date
    ):
        start = text.index(phrase)
        found.append(TimeExpression(start, start + len(phrase), phrase, type_, value))
    passes._years_of_equivalents(found, text)
    assert gaps == [" ثم "]
    assert [t.value for t in found] == ["2015-08-02", "2015-08-03", "2015-08-08", "2015-08-09", "P5Y", "2015-08-23"]
