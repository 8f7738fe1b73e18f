"""Clock times: two clock times joined by "until", the day a clock time is on (named beside it or by the
story), Greenwich time, the minute of a match, parts of the day said as adjectives. Each on short
made-up Arabic news sentences."""

import pytest
from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يفتح المعرض أبوابه من 8 صباحًا وحتى 3 مساءً", ("من 8 صباحًا وحتى 3 مساءً", "time", "T08:00/T15:00")),
        ("وتكون المقابلات من 12,30 ظهراً إلى الرابعة عصراً", ("من 12,30 ظهراً إلى الرابعة عصراً", "time", "T12:30/T16:00")),
        # the end with no part of day, before the start, is in the afternoon
        ("الحضانة مفتوحة من الساعة 8.30 إلى الساعة 5.30", ("من الساعة 8.30 إلى الساعة 5.30", "time", "T08:30/T17:30")),
        # but a night span said with its parts of day keeps them
        ("الدوام من الساعة الثامنة مساءً إلى الثالثة فجراً", ("من الساعة الثامنة مساءً إلى الثالثة فجراً", "time", "T20:00/T03:00")),
        # the start takes the part of day of its end, said in words too
        ("الفعاليات من الساعة الرابعة حتى العاشرة مساء", ("من الساعة الرابعة حتى العاشرة مساء", "time", "T16:00/T22:00")),
    ],
)
def test_two_clock_times_joined_by_until_are_one_span(text, expected):
    assert times(text) == [expected]


def test_a_clock_time_is_on_the_day_the_story_named():
    # the story's "yesterday" dates the clock times told after it
    assert times("أعادت الولايات المتحدة وكوبا أمس فتح سفارتيهما. وتم ذلك في تمام الساعة 00.01 بالتوقيت المحلي", "2015-07-21") == [
        ("أمس", "date", "2015-07-20"),
        ("في تمام الساعة 00.01", "time", "2015-07-20T00:01"),
    ]
    assert ("في الساعة 13:00 بتوقيت غرينتش", "time", "2015-07-20T13:00Z") in times(
        "وكان المجلس قد صوت في وقت سابق أمس. وجرى التصويت في الساعة 13:00 بتوقيت غرينتش", "2015-07-21"
    )
    # a day of a schedule is not the story's day: the time of the programme stays a time of no day
    assert times("خصص يوم الاثنين الموافق 2/11/1436هـ للتدريب. يبدأ اليوم التدريبي من الساعة الثامنة صباحا", "2015-08-10") == [
        ("يوم الاثنين الموافق 2/11/1436هـ", "date", "2015-08-17"),
        ("الساعة الثامنة صباحا", "time", "T08:00"),
    ]
    assert times("وفي نفس اليوم تبدأ المقابلات التاسعة صباحا")[-1] == ("التاسعة صباحا", "time", "T09:00")


def test_clock_times_in_greenwich_time_end_in_z():
    assert times("ارتفع النفط أمس بحلول الساعة 13:19 بتوقيت غرينتش بعدما تراجع") == [
        ("أمس", "date", "2015-08-05"),
        ("الساعة 13:19 بتوقيت غرينتش", "time", "2015-08-05T13:19Z"),
    ]
    # with no day beside it, of the article's day (times61)
    assert times("يبدأ البث عند 12.00 توقيت غرينتش") == [("عند 12.00 توقيت غرينتش", "time", "2015-08-06T12:00Z")]
    assert times("ارتفع السهم إلى 12.50 دولار") == []
    # a wire stamp in Mecca time is the article's own day
    assert times("// انتهى // 16:44 ت م") == [("16:44 ت م", "time", "2015-08-06T16:44")]


def test_a_clock_time_takes_the_day_named_beside_it_in_its_sentence():
    assert times("ورد بلاغ إلى شرطة المحافظة في 11:30 مساء، أمس، يفيد بتعرض مواطنة للاعتداء") == [
        ("في 11:30 مساء", "time", "2015-08-05T23:30"),
        ("أمس", "date", "2015-08-05"),
    ]
    assert times("ينظم النادي الأدبي أمسية الساعة التاسعة من مساء الأحد") == [
        ("الساعة التاسعة من مساء", "time", "2015-08-02T21:00"),
        ("الأحد", "date", "2015-08-02"),
    ]
    # a schedule names no day; a day in the next sentence or far after is not this clock time's
    assert times("يبدأ اليوم التدريبي من الساعة الثامنة صباحا وينتهي الساعة الواحدة ظهرا") == [
        ("الساعة الثامنة صباحا", "time", "T08:00"),
        ("الساعة الواحدة ظهرا", "time", "T13:00"),
    ]
    assert ("في تمام الساعة 00.01", "time", "T00:01") in times(
        "أعيدت العلاقات في تمام الساعة 00.01 في التوقيت المحلي، عملا باتفاق أعلن عنه في 30 يونيو"
    )


# --- the minute of a match


def test_the_minute_of_a_match_is_a_time_without_value():
    assert times("وسجل المهاجم هدف التقدم في الدقيقة 25 من الشوط الأول") == [("الدقيقة 25", "time", None)]
    assert times("وأدرك الضيوف التعادل في الدقيقة (81) بضربة رأس") == [("الدقيقة (81)", "time", None)]
    assert times("وأضاف البديل الهدف الثالث في الدقيقة 90+3") == [("الدقيقة 90+3", "time", None)]


def test_a_rate_per_minute_is_no_minute_of_a_match():
    assert times("ويضخ المصنع 300 لتر في الدقيقة الواحدة") == []


def test_parts_of_day_as_adjectives():
    # no times since session 59 (vague62): the dev gold leaves 43 of 49 such adjectives unmarked
    assert times("وستكون الدورة على فترتين صباحية ومسائية بالصالة الرياضية") == []
    assert times("وقدم البرنامج الصباحي على الشاشة") == []
    assert times("أثناء توجهها إلى الجامعة في الصباح الباكر.") == [("في الصباح الباكر", "time", None)]
    # the name حمدين صباحي
    assert times("وخاض حمدين صباحي الانتخابات") == []


def test_at_night_with_no_day_is_a_time_without_value():
    # "في الليل"، "خلال الليل": a part of the day, no day named (the gold's null time); "طوال الليل" a duration
    rows = times("ونقلت مروحيات الجيش المصابين إلى المستشفيات العسكرية خلال الليل، وفق البيان.")
    assert ("خلال الليل", "time", None) in rows
    assert ("في الليل", "time", None) in times("يفضل السكان التسوق في الليل هربا من حرارة الشمس.")
    assert ("طوال الليل", "duration", None) in times("وظل المسعفون يعملون طوال الليل.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بدأت الحملة في الثانية عشرة ليلا", ("في الثانية عشرة ليلا", "time", "T00:00")),
        ("يغلق المركز أبوابه عند الساعة 12 مساء", ("عند الساعة 12 مساء", "time", "T00:00")),
        # ending a span, midnight is the span's last instant
        ("تعمل المحلات من الساعة 9 مساء حتى الساعة 12 ليلا", ("من الساعة 9 مساء حتى الساعة 12 ليلا", "time", "T21:00/T24:00")),
        # twelve at noon stays noon
        ("وصل الوفد عند الساعة 12 ظهرا", ("عند الساعة 12 ظهرا", "time", "T12:00")),
    ],
)
def test_twelve_of_the_night_is_midnight(text, expected):
    assert times(text) == [expected]
