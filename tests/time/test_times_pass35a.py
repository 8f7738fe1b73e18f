"""Times, thirty-fifth pass (a) (issue 5): "بعد الظهر"، "بعد الظهيرة"، "في فترة ما بعد الظهيرة" with no
day in them are the afternoon (TAF) of the day named beside them or of the story's day, dated as a
clock time is, else of the last dated expression before them or the article's day; after a clock
hour ("الثالثة بعد الظهر") they are no afternoon alone, and "بعيد الفطر" (ب + عيد) is still the
feast. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-03"  # a Monday


def times(text, published=PUB):
    return time_rows(text, published)


def test_the_afternoon_of_the_story_day():
    rows = times("وصل الوفد إلى العاصمة اليوم، وعقد اجتماعا مع الوزير بعد الظهر في مقر الوزارة.")
    assert rows_of(rows, "بعد الظهر") == [("time", "2015-08-03TAF")]


def test_the_afternoon_of_yesterday():
    rows = times("وأغلقت الشرطة الطريق أمس، ثم أعادت فتحه بعد الظهيرة أمام السيارات.")
    assert rows_of(rows, "بعد الظهيرة") == [("time", "2015-08-02TAF")]


def test_the_afternoon_with_no_day_before_is_the_article_day():
    rows = times("وتتوقع الهيئة أجواء حارة تتخللها سحب ركامية بعد الظهيرة على المناطق الجنوبية.")
    assert rows_of(rows, "بعد الظهيرة") == [("time", "2015-08-03TAF")]


def test_in_the_afternoon_period_takes_the_whole_span():
    rows = times("ويتوقع أن تهب رياح نشطة اليوم، وفي فترة ما بعد الظهيرة تتكون سحب رعدية على المرتفعات.")
    assert rows_of(rows, "في فترة ما بعد الظهيرة") == [("time", "2015-08-03TAF")]


def test_the_afternoon_of_a_clock_hour_is_not_read_alone():
    rows = times("وانطلقت القافلة في الثالثة بعد الظهر من أمام المبنى.")
    assert rows_of(rows, "بعد الظهر") == []


def test_the_feast_after_bi_is_still_read():
    rows = times("وهنأ الأمير المواطنين بعيد الفطر المبارك في كلمة مساء أمس.")
    assert rows_of(rows, "عيد الفطر المبارك") != []
