"""Session 55, times57 (docs/evaluation/facts_times.md, "Session 55, pass times57"): an hour in words
followed by its minutes ("الساعة العاشرة وعشرين دقيقة"، "الساعة الثالثة و9 دقائق") is one clock time, the
part of the day after the minutes read with it and the day of the sentence added as for any clock; before,
the hour was read alone (T10:00) and the minutes as a duration (PT20M). Guards: a duration of an hour and
minutes, a clock whose minutes are a later duration, the fractions (والنصف، إلا ربعا) and a digital clock
with the minutes' word. Made-up sentences."""

import pytest
from time_rows import analysed_times, rows_of, time_rows

PUB = "2015-08-08"  # a Saturday


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وأقلعت الرحلة الساعة الرابعة وعشرين دقيقة صباحا.", "الساعة الرابعة وعشرين دقيقة صباحا", ("time", "T04:20")),
        ("وبدأ الحفل في تمام الساعة الثامنة وخمس دقائق مساء.", "في تمام الساعة الثامنة وخمس دقائق مساء", ("time", "T20:05")),
        ("وانطلق السباق عند الساعة السادسة و12 دقيقة.", "عند الساعة السادسة و12 دقيقة", ("time", "T06:12")),
        ("ووصل الموكب الساعة الحادية عشرة وعشر دقائق.", "الساعة الحادية عشرة وعشر دقائق", ("time", "T11:10")),
        ("وسجل الزلزال الساعة الثانية وخمس وثلاثين دقيقة فجرا.", "الساعة الثانية وخمس وثلاثين دقيقة فجرا", ("time", "T02:35")),
        ("وتوقف القطار في الساعة ٣ و٩ دقائق مساء.", "في الساعة ٣ و٩ دقائق مساء", ("time", "T15:09")),
    ],
)
def test_an_hour_and_its_minutes_are_one_clock_time(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأفاد المتحدث أنه عند الساعة السابعة وعشرين دقيقة من مساء أمس الجمعة تعرضت دورية لإطلاق نار.",
            ("عند الساعة السابعة وعشرين دقيقة من مساء أمس الجمعة", "2015-08-07T19:20"),
        ),
        (
            "وتلقت الفرق بلاغا في الساعة التاسعة و15 دقيقة صباح اليوم عن حريق في مستودع.",
            ("في الساعة التاسعة و15 دقيقة صباح اليوم", "2015-08-08T09:15"),
        ),
    ],
)
def test_the_clock_takes_the_day_said_after_it(text, expected):
    assert expected in analysed_times(text, PUB)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a duration of an hour and minutes, no clock
        ("واستغرقت الرحلة ساعة و20 دقيقة.", [("20 دقيقة", "duration", "PT20M")]),
        # the minutes are a later delay, not the clock's
        (
            "وبدأت الجلسة الساعة العاشرة وتأخرت 10 دقائق.",
            [("الساعة العاشرة", "time", "T10:00"), ("10 دقائق", "duration", "PT10M")],
        ),
        ("وأغلقت الأسواق الساعة الثامنة والنصف مساء.", [("الساعة الثامنة والنصف مساء", "time", "T20:30")]),
        ("ووصل الوفد الساعة التاسعة إلا ربعا.", [("الساعة التاسعة إلا ربعا", "time", "T08:45")]),
        ("وعاد التيار في تمام الساعة 7:25 دقيقة مساء.", [("في تمام الساعة 7:25 دقيقة مساء", "time", "T19:25")]),
    ],
)
def test_what_stays(text, rows):
    assert time_rows(text, PUB) == rows
