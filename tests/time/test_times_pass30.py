"""Times, thirtieth pass (issue 5): "الليلة (ما) قبل الماضية" (the night before last) is the night of
the day two days before the article's, time TNI (was no time at all), as "الليلة الماضية" is the night
of the day before. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-07-23"


def times(text, published=PUB):
    return time_rows(text, published)


def test_the_night_before_last():
    rows = times("وكانت المدينة قد شهدت الليلة قبل الماضية اشتباكات متقطعة قرب السوق القديم.")
    assert rows_of(rows, "الليلة قبل الماضية") == [("time", "2015-07-21TNI")]


def test_the_night_before_last_with_ma():
    rows = times("وأطلق سراح الصحفيين الليلة ما قبل الماضية بعد مفاوضات طويلة.", "2015-08-02")
    assert rows_of(rows, "الليلة ما قبل الماضية") == [("time", "2015-07-31TNI")]


def test_last_night_is_still_the_day_before():
    rows = times("وقال المتحدث إن الليلة الماضية مرت بهدوء بعد أن توقف القصف الليلة قبل الماضية.")
    assert rows_of(rows, "الليلة الماضية") == [("time", "2015-07-22TNI")]
    assert rows_of(rows, "الليلة قبل الماضية") == [("time", "2015-07-21TNI")]
