"""Times, thirty-sixth pass (b) (issue 5): "the month" with no relative word after an edge of it
(في مطلع الشهر، في وقت سابق من الشهر، نهاية الشهر) is the month named last, else the article's
month. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-05"  # a Wednesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_earlier_in_the_month_is_this_month():
    rows = times("وكانت الشركة قد أعلنت في وقت سابق من الشهر عن خطة لخفض التكاليف.")
    assert rows_of(rows, "في وقت سابق من الشهر") == [("month", "2015-08")]


def test_start_of_the_month_is_this_month():
    rows = times("ونشرت البلدية في مطلع الشهر صورا جديدة للمشروع.")
    assert rows_of(rows, "في مطلع الشهر") == [("month", "2015-08")]


def test_end_of_the_month_after_a_named_month_is_that_month():
    rows = times("وبدأت الحملة في مارس الماضي، وفي أواخر الشهر توقفت بسبب الأمطار.")
    assert rows_of(rows, "في أواخر الشهر") == [("month", "2015-03")]


def test_earlier_in_the_month_on_the_first_is_the_month_ended():
    rows = times("وكان الوزير قد زار المصنع في وقت سابق من الشهر برفقة وفد.", "2015-09-01")
    assert rows_of(rows, "في وقت سابق من الشهر") == [("month", "2015-08")]


def test_the_month_with_a_relative_word_is_unchanged():
    rows = times("ويعود الفريق إلى التدريبات في منتصف الشهر المقبل بعد الإجازة.")
    assert rows_of(rows, "في منتصف الشهر المقبل") == [("month", "2015-09")]


def test_the_holy_month_is_not_the_calendar_month():
    rows = times("وتكثر الزيارات في أواخر الشهر الفضيل من كل عام.")
    assert ("month", "2015-08") not in [(t, v) for _, t, v in rows]
