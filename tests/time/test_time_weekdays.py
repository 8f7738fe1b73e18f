"""Weekdays and the article's date: today or yesterday with its weekday, and a weekday that undoes a jump
to next year. Each on short made-up Arabic news sentences (two weekdays side by side:
test_time_weekday_pairs.py)."""

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def test_today_with_its_weekday_dates_the_article():
    # "today, Tuesday" in a feed stamped two days late: today is that Tuesday
    assert times("أكدت الوزارة اليوم الثلاثاء أن المليشيات تتراجع، وقالت إن الوضع اليوم أفضل") == [
        ("اليوم الثلاثاء", "date", "2015-08-04"),
        ("اليوم", "date", "2015-08-04"),
    ]
    # so does "tomorrow, Sunday" (written on the Saturday)
    assert times("يلتقي الفريقان غدا الأحد في مباراة الدرع، ويرغب أرسنال في الفوز في مباراة الغد", "2015-08-02") == [
        ("غدا الأحد", "date", "2015-08-02"),
        ("الغد", "date", "2015-08-02"),
    ]


def test_yesterday_with_its_weekday_leaves_the_article_on_its_date():
    # the gold keeps the other اليوم and حاليا of such articles on the publication date
    assert times("وأكدت في بيان أصدرته اليوم بمناسبة تحرير القاعدة في عملية نوعية أمس الاثنين") == [
        ("اليوم", "date", "2015-08-06"),
        ("أمس الاثنين", "date", "2015-08-03"),
    ]
    assert times("وقال المتحدث أمس (الاثنين) إن الوضع حاليا مستقر", "2015-07-22") == [
        ("أمس (الاثنين)", "date", "2015-07-20"),
        ("حاليا", "date", "2015-07-22"),
    ]


def test_a_weekday_undoes_a_jump_to_next_year():
    # 8 June 2015 was a Monday: a future sentence read late must not send it to 2016
    assert times("وستكون المقابلات يوم الاثنين 8 يونيو بمقر الشركة", "2015-07-21", future=True) == [
        ("يوم الاثنين 8 يونيو", "date", "2015-06-08")
    ]
    # a weekday that fits neither year keeps the ordinary reading
    assert times("وستكون المقابلات يوم الأحد 8 يونيو", "2015-07-21", future=True) == [
        ("يوم الأحد 8 يونيو", "date", "2016-06-08")
    ]
