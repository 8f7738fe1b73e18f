"""Session 50, times50 (docs/evaluation/facts_times.md, "Session 50, pass times50"): a clock time and the
today, yesterday or tomorrow written right after it are one expression, that day at that hour ("عند الساعة
5:45 مساء اليوم"، "في الساعة 6:00 صباح أمس"، "الساعة السابعة من مساء أمس الجمعة"), as the dev gold writes them
(the clock and the day were read apart, and "مساء هذا اليوم" took a day named before); a clock time of the
same story after such a one keeps its day. A yearless date or month right after "المقرر في" (scheduled for)
is the coming one within half a year ("قبل الاجتماع الدوري المقرر في ديسمبر" written in August). The end of a
Hijri month not yet gone by is its last day ("حتى نهاية شوال الجاري" 2015-08-15). Guards: a
clock time before a weekday alone, or before "اليوم التالي", stays apart; "كان … المقرر في مايو" keeps the
past; a bare month in a past story keeps last year's; the end of a Hijri month gone by, and of a Gregorian
month, stay months. Made-up sentences."""

from time_rows import analysed_times, rows_of, time_rows

PUB = "2015-08-11"


def times(text, published=PUB):
    return time_rows(text, published)


def test_clock_then_evening_of_today_is_one_time():
    rows = times("ويجري الفريق تدريبه الأخير عند الساعة 5:45 مساء اليوم على ملعب المباراة.")
    assert ("عند الساعة 5:45 مساء اليوم", "time", "2015-08-11T17:45") in rows
    assert not rows_of(rows, "اليوم")


def test_clock_then_evening_of_this_day_takes_today_not_a_day_named_before():
    rows = times("ويلتقي الفريقان غدا الأربعاء، فيما يجري الفريق تدريبه عند الساعة 5:45 مساء هذا اليوم في الملعب.")
    assert ("عند الساعة 5:45 مساء هذا اليوم", "time", "2015-08-11T17:45") in rows


def test_clock_then_part_of_yesterday_is_one_time():
    rows = times("وأوضح المتحدث أنه في الساعة 6:30 صباح أمس تلقت غرفة العمليات بلاغا عن الحادث.")
    assert ("في الساعة 6:30 صباح أمس", "time", "2015-08-10T06:30") in rows
    assert not rows_of(rows, "صباح أمس")


def test_clock_then_afternoon_of_today_is_in_the_afternoon():
    rows = times("وقال الشهود إن الانفجار وقع عند الساعة الرابعة عصر اليوم قرب السوق.")
    assert ("عند الساعة الرابعة عصر اليوم", "time", "2015-08-11T16:00") in rows


def test_clock_of_the_evening_of_yesterday_with_its_weekday():
    rows = times("وانطلقت الاحتفالات في الساعة السابعة من مساء أمس الاثنين في الحديقة العامة.")
    assert ("في الساعة السابعة من مساء أمس الاثنين", "time", "2015-08-10T19:00") in rows


def test_clock_of_tomorrow_morning_is_one_time():
    rows = times("ويفتتح المعرض أبوابه عند الساعة التاسعة والنصف من صباح يوم غد للزوار.")
    assert ("عند الساعة التاسعة والنصف من صباح يوم غد", "time", "2015-08-12T09:30") in rows


def test_a_later_clock_of_the_same_story_keeps_the_day():
    rows = times(
        "وأوضح أنه في تمام الساعة 1:50 صباح اليوم باشرت الفرق بلاغا عن سقوط مقذوف. "
        "وأضاف أن الفرق باشرت في نفس اليوم وفي تمام الساعة 12:30 ظهرا بلاغا آخر."
    )
    assert ("في تمام الساعة 1:50 صباح اليوم", "time", "2015-08-11T01:50") in rows
    assert ("في تمام الساعة 12:30 ظهرا", "time", "2015-08-11T12:30") in rows


def test_scheduled_meeting_month_alone_is_the_coming_one():
    rows = analysed_times(
        "وقال مندوبون إن المنظمة لا تنوي عقد اجتماع طارئ قبل الاجتماع الدوري المقرر في ديسمبر.", "2015-08-10"
    )
    assert ("ديسمبر", "2015-12") in rows


def test_scheduled_vote_day_and_month_is_the_coming_one():
    rows = analysed_times("ويجب حشد الأصوات لعرقلة الاتفاق خلال التصويت المقرر في الرابع من نوفمبر.", "2015-08-10")
    assert ("الرابع من نوفمبر", "2015-11-04") in rows


def test_guard_clock_before_a_weekday_alone_stays_apart():
    rows = times("وتنطلق البطولة عند الساعة العاشرة مساء يوم الخميس في الصالة.")
    assert ("يوم الخميس", "date", "2015-08-06") in rows


def test_guard_clock_before_the_day_after_stays_apart():
    rows = times("وتقلع الرحلة الساعة 8 مساء لتصل في اليوم التالي.")
    assert not [row for row in rows if "اليوم التالي" in row[0] and row[2] and row[2][:1].isdigit()]


def test_guard_scheduled_month_gone_by_keeps_the_past():
    rows = analysed_times("وكان الاجتماع المقرر في مايو قد تأجل بسبب الخلافات.", "2015-08-10")
    assert ("مايو", "2015-05") in rows


def test_guard_bare_month_of_a_past_story_keeps_last_year():
    rows = analysed_times("وكان الحوثيون قد استولوا على المدينة في نوفمبر بعد معارك عنيفة.", "2015-08-10")
    assert ("نوفمبر", "2014-11") in rows


def test_end_of_this_hijri_month_is_its_last_day():
    rows = analysed_times("ويستمر استقبال طلبات التسجيل حتى نهاية شوال الجاري عبر البوابة.", "2015-08-06")
    assert ("نهاية شوال الجاري", "2015-08-15") in rows


def test_end_of_next_hijri_month_is_its_last_day():
    rows = analysed_times("وتستمر أعمال الصيانة حتى نهاية شهر ذي القعدة المقبل.", "2015-08-07")
    assert ("نهاية شهر ذي القعدة المقبل", "2015-09-13") in rows


def test_end_of_a_hijri_month_with_its_year_is_its_last_day():
    rows = analysed_times("وحددت الوزارة موعدا أقصاه نهاية شهر شوال 1436هـ لتسليم الوثائق.", "2015-07-26")
    assert ("نهاية شهر شوال 1436هـ", "2015-08-15") in rows


def test_guard_end_of_a_hijri_month_gone_by_stays_the_month():
    rows = analysed_times("وارتفعت المبيعات حتى نهاية شهر رمضان الماضي بنسبة كبيرة.", "2015-08-06")
    assert ("نهاية شهر رمضان الماضي", "H1436-09") in rows


def test_guard_end_of_a_gregorian_month_stays_the_month():
    rows = analysed_times("ويستمر العرض حتى نهاية ديسمبر المقبل.", "2015-08-06")
    assert ("نهاية ديسمبر المقبل", "2015-12") in rows
