"""Times, thirty-seventh pass (a) (issue 5): "في هذه الأيام" is a stretch around the writing with no
value (a null range), as "خلال هذه الأيام" is; bare "هذه الأيام" stays the article's day. Made-up
sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-04"


def times(text, published=PUB):
    return time_rows(text, published)


def test_in_these_days_is_a_null_range():
    rows = times("ويقبل المتسوقون في هذه الأيام على شراء مستلزمات المدارس بكميات كبيرة.")
    assert rows_of(rows, "في هذه الأيام") == [("range", None)]


def test_in_these_days_without_hamza_is_a_null_range():
    rows = times("وقال أحد الباعة إن الطلب يرتفع كثيرا في هذه الايام بسبب موسم الأعراس.")
    assert rows_of(rows, "في هذه الايام") == [("range", None)]


def test_in_these_past_days_is_a_null_range():
    rows = times("وعاشت المدينة في هذه الأيام الماضية أجواء احتفالية بعد عودة الحجاج.")
    assert rows_of(rows, "في هذه الأيام") == [("range", None)]


def test_guard_bare_these_days_stays_the_article_day():
    rows = times("ويشهد الكورنيش هذه الأيام إقبالا كبيرا من الزوار والعائلات.")
    assert rows_of(rows, "هذه الأيام") == [("date", "2015-08-04")]


def test_guard_during_these_days_stays_a_null_range():
    rows = times("وتكثف الفرق الميدانية جولاتها خلال هذه الأيام في الأحياء الشعبية.")
    assert rows_of(rows, "خلال هذه الأيام") == [("range", None)]


def test_guard_at_this_time_of_year_stays_a_null_range():
    rows = times("ويزداد الطلب على التمور في مثل هذه الأيام مع اقتراب شهر رمضان.")
    assert rows_of(rows, "في مثل هذه الأيام") == [("range", None)]
