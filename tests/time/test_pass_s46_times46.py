"""Session 46, pass times46: the midday of a named day ("ظهر اليوم"، "ظهر أمس الاثنين"، "ظهر الخميس")
is TIMEX3's part MI (2015-07-20TMI), and a part of the day before a calendar date ("مساء يوم 22 يونيو"،
"صباح 13 يوليو 2015"، "ليلة 15 أغسطس") is that day's part, the span taking the part in, as the
convention of docs/ANNOTATING.md section 5 reads a part of a named day; a part of the day before two
weekdays in a row ("ليل الجمعة السبت") is the first day's part. Guards: the afternoon
("بعد ظهر أمس") stays the day, a clock hour "ظهرا" stays its hour, a name like a part of the day
(صباح الخير) takes nothing, a part of a relative day keeps its own span, two weekdays joined by و
stay a range. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_midday_of_today_is_the_midday():
    rows = times("ويلتقي وزير الخارجية نظيره الفرنسي ظهر اليوم في مقر الوزارة.")
    assert rows_of(rows, "ظهر اليوم") == [("time", "2015-07-21TMI")]


def test_midday_of_yesterday_with_its_weekday_is_the_midday():
    rows = times("وشيع المئات جثمان الفقيد ظهر أمس الاثنين إلى مثواه الأخير.")
    assert rows_of(rows, "ظهر أمس الاثنين") == [("time", "2015-07-20TMI")]


def test_midday_of_a_weekday_is_the_midday():
    rows = times("وكانت الشرطة قد أغلقت الطريق ظهر الخميس بعد بلاغ عن جسم مشبوه.")
    assert rows_of(rows, "ظهر الخميس") == [("time", "2015-07-16TMI")]


def test_evening_of_a_dated_day_is_that_evening():
    rows = times("وكانت اللجنة قد اجتمعت مساء يوم 22 يونيو الماضي لبحث الملف.")
    assert rows_of(rows, "مساء يوم 22 يونيو الماضي") == [("time", "2015-06-22TEV")]


def test_morning_of_a_full_date_is_that_morning():
    rows = times("وانطلقت القافلة صباح 13 يوليو 2015 من العاصمة باتجاه الحدود.")
    assert rows_of(rows, "صباح 13 يوليو 2015") == [("time", "2015-07-13TMO")]


def test_night_of_a_date_is_that_night():
    rows = times("ويحيي الفنان حفلا ليلة 15 أغسطس المقبل في المسرح الوطني.")
    assert rows_of(rows, "ليلة 15 أغسطس المقبل") == [("time", "2015-08-15TNI")]


def test_evening_of_the_first_day_of_a_hijri_month_is_that_evening():
    rows = times("وبدأ توافد الحجاج مساء اليوم الأول من ذي الحجة 1435هـ بحسب الخطة.")
    assert rows_of(rows, "مساء اليوم الأول من ذي الحجة 1435هـ") == [("time", "2014-09-25TEV")]


def test_guard_afternoon_of_yesterday_stays_the_day():
    rows = times("وزار المحافظ المصابين بعد ظهر أمس في المستشفى.")
    assert rows_of(rows, "بعد ظهر أمس") == [("time", "2015-07-20")]


def test_guard_a_clock_hour_of_noon_keeps_its_hour():
    rows = times("وتفتح الأبواب عند الساعة 12 ظهرا أمام الجمهور.")
    assert rows_of(rows, "عند الساعة 12 ظهرا") == [("time", "T12:00")]


def test_guard_a_name_like_a_morning_takes_no_part():
    rows = times("وعرض برنامج صباح الخير 13 يوليو حلقة خاصة.")
    assert rows_of(rows, "13 يوليو") == [("date", "2015-07-13")]


def test_guard_part_of_yesterday_keeps_its_span():
    rows = times("وصل الوفد مساء أمس 20 يوليو إلى جدة.")
    assert rows_of(rows, "مساء أمس") == [("time", "2015-07-20TEV")]


def test_night_between_two_weekdays_is_the_first_nights():
    rows = times("وشنت الطائرات سلسلة غارات ليل الجمعة السبت على مواقع المسلحين.")
    assert rows_of(rows, "ليل الجمعة السبت") == [("time", "2015-07-17TNI")]


def test_evening_between_two_weekdays_with_a_dash_is_the_first_evening():
    rows = times("وأعلنت الوزارة الحصيلة مساء الأحد - الاثنين بعد انتهاء عمليات الإنقاذ.")
    assert rows_of(rows, "مساء الأحد - الاثنين") == [("time", "2015-07-19TEV")]


def test_guard_two_weekdays_joined_by_and_stay_a_range():
    rows = times("وتقام العروض مساء السبت والأحد في الساحة العامة.")
    # (the coming weekend after the event's verb تقام since session 57's wday60)
    assert rows_of(rows, "مساء السبت والأحد") == [("range", "2015-07-25/2015-07-26")]


def test_guard_the_night_of_a_hijri_day_is_left_as_the_day():
    rows = times("وأحيا المصلون ليلة 27 من شهر رمضان في المسجد الحرام.")
    assert rows_of(rows, "27 من شهر رمضان") == [("date", "2015-07-14")]
