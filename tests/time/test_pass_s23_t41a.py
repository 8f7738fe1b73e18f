"""Times pass 41a (session 23): a late or early hour of a part of a named day ("في وقت متأخر من
مساء أمس"، "في ساعة مبكرة من فجر أمس") is that part of the day, TIMEX3's …TEV / …TMO, as the part
alone is (the convention of docs/ANNOTATING.md, section 5). Guards: a late hour without a part, a
late hour of the night, the part alone, a clock time of a part. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_late_hour_of_yesterday_evening_with_its_weekday_is_the_evening():
    rows = times("وأعلنت الشرطة القبض على المتهمين في وقت متأخر من مساء أمس الاثنين بعد مطاردة قصيرة.")
    assert rows_of(rows, "في وقت متأخر من مساء أمس الاثنين") == [("time", "2015-07-20TEV")]


def test_early_hour_of_yesterday_dawn_is_the_morning():
    rows = times("وشنت الطائرات غارات في ساعة مبكرة من فجر أمس، استهدفت مواقع على أطراف المدينة.")
    assert rows_of(rows, "في ساعة مبكرة من فجر أمس") == [("time", "2015-07-20TMO")]


def test_late_hour_of_yesterday_evening_is_the_evening():
    rows = times("ووصل الوفد الوزاري إلى العاصمة في ساعة متأخرة من مساء أمس قادما من القاهرة.")
    assert rows_of(rows, "في ساعة متأخرة من مساء أمس") == [("time", "2015-07-20TEV")]


def test_late_hour_of_a_weekday_evening_is_the_evening():
    rows = times("وقال المتحدث في وقت متأخر من مساء الأحد، إن المفاوضات ستستأنف قريبا.")
    assert rows_of(rows, "في وقت متأخر من مساء الأحد") == [("time", "2015-07-19TEV")]


def test_guard_late_hour_without_a_part_keeps_the_day():
    rows = times("وأفرج عن الصحفي في وقت متأخر أمس الاثنين بعد احتجاز دام يومين.")
    assert rows_of(rows, "في وقت متأخر أمس الاثنين") == [("date", "2015-07-20")]


def test_guard_late_hour_of_last_night_stays_the_night():
    rows = times("واندلع الحريق في ساعة متأخرة من ليلة أمس في أحد المستودعات.")
    assert rows_of(rows, "في ساعة متأخرة من ليلة أمس") == [("time", "2015-07-20TNI")]


def test_guard_part_alone_is_the_part():
    rows = times("وعقد المجلس جلسته مساء أمس برئاسة المحافظ.")
    assert rows_of(rows, "مساء أمس") == [("time", "2015-07-20TEV")]


def test_guard_clock_time_of_this_evening_keeps_the_hour():
    rows = times("وتنطلق الفعاليات في الساعة الثامنة من مساء اليوم في الحديقة العامة.")
    values = [value for _, _, value in rows]
    assert "2015-07-21T20:00" in values and "2015-07-21TEV" not in values
