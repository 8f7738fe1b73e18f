"""Values read against the article's date (Tuesday 21 July 2015): "yesterday" with the weekday of the
article's own day, "since" a year with its era and since the start of this year run to the article's
date, a dash between two days of a month, a hundred and a dual unit, more or less than one unit,
throughout the year or the day, "the two months of", a frequency adverb before من. These tests depend on
that date; each on short made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- أمس + the weekday of the article's own day: أمس wins (ANNOTATION.md: published − 1)


def test_yesterday_with_the_weekday_of_the_article_day_is_yesterday():
    # the feed stamped the article on the day it calls "yesterday": not a week back
    assert times("وقال الوزير في مؤتمر صحافي عقده أمس الثلاثاء إن المشروع سيكتمل") == [
        ("أمس الثلاثاء", "date", "2015-07-20")
    ]
    assert times("وشارك مساء أمس الثلاثاء في حفل التخرج") == [("مساء أمس الثلاثاء", "time", "2015-07-20TEV")]
    # the day before yesterday with yesterday's or today's weekday: the same
    assert times("وصل الوفد أول أمس الاثنين إلى جدة") == [("أول أمس الاثنين", "date", "2015-07-19")]


def test_yesterday_with_an_earlier_weekday_still_follows_the_weekday():
    # an earlier weekday than yesterday's is the story's day (the gold's reading on dev)
    assert times("وكان الحادث قد وقع أمس الأحد قرب الحدود") == [("أمس الأحد", "date", "2015-07-19")]
    assert times("وأعلنت الوزارة أمس الاثنين نتائج الاختبارات") == [("أمس الاثنين", "date", "2015-07-20")]


# --- منذ + a year with its era


def test_since_a_year_with_a_gregorian_era_is_that_year():
    assert times("ويعمل المركز منذ عام 2010م على تأهيل الشباب") == [("منذ عام 2010م", "year", "2010")]
    assert times("وتعيش الأسرة في المدينة منذ العام 1995 ميلادية") == [
        ("منذ العام 1995 ميلادية", "year", "1995")
    ]


# --- two days joined by a dash, with no يومي/من before them


def test_a_dash_between_two_days_of_a_month_is_a_range():
    assert times("وتقام البطولة خلال الفترة 2-3 سبتمبر المقبل في جدة") == [
        ("2-3 سبتمبر المقبل", "range", "2015-09-02/2015-09-03")
    ]
    assert times("وزار الوفد المملكة خلال الفترة 1-4 يونيو 2015م") == [("1-4 يونيو 2015م", "range", "2015-06-01/2015-06-04")]
    assert times("وسجلت البلاغات في الفترة من تاريخ 12-17 من شهر شوال الجاري") == [
        ("12-17 من شهر شوال الجاري", "range", "2015-07-28/2015-08-02")
    ]


# --- since the start of this year


def test_since_the_start_of_this_year_is_this_year():
    # (a range to the article's date until session 48, times48: the gold reads the year, 6 of 11 dev spans)
    assert times("وارتفعت أسعار الأسهم منذ بداية العام الحالي بنسبة كبيرة") == [("منذ بداية العام الحالي", "year", "2015")]
    assert times("وسجلت الهيئة ومنذ مطلع هذا العام مئات المخالفات") == [("منذ مطلع هذا العام", "year", "2015")]


def test_the_start_of_a_year_without_since_or_of_another_year_is_unchanged():
    assert times("ويبدأ تطبيق النظام في بداية العام المقبل") == [("في بداية العام المقبل", "year", "2016")]
    assert times("وتراجعت المبيعات منذ بداية العام الماضي") == [("بداية العام الماضي", "year", "2014")]
    # the Hijri year's start is a day (the gold's reading)
    assert times("وسجلت الوزارة منذ مطلع العام الهجري الحالي عشرات الحالات") == [
        ("مطلع العام الهجري الحالي", "date", "2014-10-25")
    ]


# --- a hundred and two years


def test_a_hundred_and_a_dual_unit_is_one_count():
    assert times("وتأسست الجمعية في المدينة منذ مائة وعامين تقريبا") == [("منذ مائة وعامين", "duration", "P102Y")]
    assert times("وبني الجسر قبل مئة وعامين على يد مهندسين") == [("قبل مئة وعامين", "year", "1913")]
    # a dual alone keeps its count
    assert times("ويعمل في الشركة منذ عامين") == [("منذ عامين", "duration", "P2Y")]


def test_the_two_months_of_are_no_monthly():
    # (thirteenth pass: the two months named are one range, as the dev gold's "خلال شهري رجب وشعبان")
    assert times("ويقام المهرجان خلال شهري يونيو ويوليو") == [("خلال شهري يونيو ويوليو", "range", "2015-06/2015-07")]
    assert [row for row in times("وتكثر الرحلات في شهري الصيف") if row[1] == "set"] == []


# --- more or less than one unit


def test_more_or_less_than_one_unit_is_a_duration():
    assert times("وأنجز المشروع في أقل من أسبوع") == [("أقل من أسبوع", "duration", "P1W")]
    assert times("واستمرت عملية التنظيف أكثر من ساعة بسبب الغبار") == [("أكثر من ساعة", "duration", "PT1H")]
    assert times("وتعاني من فشل كلوي منذ أكثر من عام ونصف") == [("أكثر من عام ونصف", "duration", "P1Y6M")]
    # a named month or day after the unit is no duration
    assert times("وعمل أكثر من شهر رمضان كله") == [("شهر رمضان", "month", "H1436-09")]


# --- throughout the year / the day


def test_throughout_the_year_or_the_day_lasts_one_unit():
    assert times("وتستقبل الحديقة الزوار على مدار العام") == [("على مدار العام", "duration", "P1Y")]
    assert times("والفاكهة متوفرة في الأسواق طول السنة") == [("طول السنة", "duration", "P1Y")]
    assert times("وبقي المحل مغلقا طوال اليوم") == [("طوال اليوم", "duration", "P1D")]
    # with a relative word it is that year
    assert times("وتراجعت المبيعات طوال العام الماضي") == [("طوال العام الماضي", "year", "2014")]
    assert times("وارتفعت الأسعار طوال السنة الماضية") == [("طوال السنة الماضية", "year", "2014")]
    # round the clock stays a set
    assert times("والخدمة متاحة على مدار الساعة") == [("على مدار الساعة", "set", None)]


# --- a frequency adverb before من is complete


def test_a_frequency_adverb_before_min_is_a_set():
    assert times("لاستيعاب الأعداد المتزايدة سنوياً من خريجي الثانوية") == [("سنوياً", "set", "P1Y")]
    assert times("ويستقبل المستشفى يوميا من المراجعين أكثر من ألف") == [("يوميا", "set", "P1D")]
    assert times("ويعمل حاليا من منزله في جدة") == [("حاليا", "date", "2015-07-21")]


def test_a_phrase_before_min_still_opens_a_longer_one():
    # "في وقت سابق من" opens "في وقت سابق من الشهر الجاري", not "earlier" alone
    assert times("وأعلنت الشركة في وقت سابق من الشهر الجاري عن خطتها") == [
        ("في وقت سابق من الشهر الجاري", "month", "2015-07")
    ]
