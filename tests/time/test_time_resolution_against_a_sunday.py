"""Tables of values read against the article's date (Sunday 26 July 2015): halves and quarters of a year,
seasons with their year, ranges of days and years, one unit without a number, vague references, clock
times that name a day only when the text does, relative days and Hijri years. These tests depend on that
date; each on short made-up Arabic news sentences."""

import pytest
from time_rows import time_rows

PUB = "2015-07-26"  # a Sunday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ارتفعت الصادرات خلال النصف الأول من 2015 بنسبة 4%", ("خلال النصف الأول من 2015", "range", "2015-H1")),
        ("تراجع العجز في النصف الأول من السنة الحالية", ("في النصف الأول من السنة الحالية", "range", "2015-H1")),
        ("مقارنة بالنصف الثاني من العام الماضي", ("النصف الثاني من العام الماضي", "range", "2014-H2")),
        ("سجلت الشركة أرباحا في الربع الثاني للعام", ("في الربع الثاني للعام", "range", "2015-Q2")),
        ("نمت المبيعات في الربع الثالث من عام 2014", ("في الربع الثالث من عام 2014", "range", "2014-Q3")),
        ("وتوقع التقرير تحسنا في الربع الأخير", ("في الربع الأخير", "range", "2015-Q4")),
    ],
)
def test_halves_and_quarters_of_a_year(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أقيمت فعاليات صيف 1436هـ في أبها", ("صيف 1436هـ", "range", "2015-SU")),
        ("تنطلق الأنشطة صيف هذا العام 1436هـ", ("صيف هذا العام 1436هـ", "range", "2015-SU")),
        ("بدأت الأزمة في خريف 2008", ("خريف 2008", "range", "2008-FA")),
        ("انتقل إلى النادي صيف العام 2013", ("صيف العام 2013", "range", "2013-SU")),
        ("التحق بالفريق الصيف الماضي", ("الصيف الماضي", "range", "2014-SU")),
    ],
)
def test_seasons_with_their_year(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "تقام البطولة في الفترة من 14 يونيو (حزيران) إلى 15 يوليو (تموز) 2018 في روسيا",
            ("من 14 يونيو (حزيران) إلى 15 يوليو (تموز) 2018", "range", "2018-06-14/2018-07-15"),
        ),
        ("يستمر المعرض من 20 ديسمبر إلى 5 يناير 2016", ("من 20 ديسمبر إلى 5 يناير 2016", "range", "2015-12-20/2016-01-05")),
        ("تقام الدورة يومي 20 و21 من شهر شوال", ("يومي 20 و21 من شهر شوال", "range", "2015-08-05/2015-08-06")),
        ("ينعقد المؤتمر بين 3 و5 مارس 2016", ("بين 3 و5 مارس 2016", "range", "2016-03-03/2016-03-05")),
        ("ينعقد المؤتمر من 7-9 محرم 1437ه بالرياض", ("من 7-9 محرم 1437ه", "range", "2015-10-20/2015-10-22")),
        ("عقد المجلس جلستين يومي الثلاثاء والأربعاء", ("يومي الثلاثاء والأربعاء", "range", "2015-07-21/2015-07-22")),
        ("شغل المنصب من 1977 إلى 1981", ("من 1977 إلى 1981", "range", "1977/1981")),
        ("القبول للعام الجامعي 1437/1436هـ", ("للعام الجامعي 1437/1436هـ", "range", "H1436/H1437")),
    ],
)
def test_ranges_of_days_and_years(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أغلق المتجر لمدة شهر", ("لمدة شهر", "duration", "P1M")),
        ("يصدر القرار خلال سنة", ("خلال سنة", "duration", "P1Y")),
        ("ستعلن النتائج خلال أسبوع من الآن", ("خلال أسبوع من الآن", "duration", "P1W")),
        ("افتتح المسرح قبل عام في فيينا", ("قبل عام", "year", "2014")),
        ("غادر البلاد منذ شهر", ("منذ شهر", "month", "2015-06")),
        ("سافر بعد يوم واحد", ("بعد يوم واحد", "duration", "P1D")),
        ("وقع الاتفاق قبل عام من الانتخابات", ("قبل عام", "duration", "P1Y")),
    ],
)
def test_one_unit_without_a_number(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت الوزارة في وقت سابق أن", ("في وقت سابق", "date", None)),
        ("وصل الوفد في وقت لاحق اليوم", ("في وقت لاحق اليوم", "date", "2015-07-26")),
        # (not "على الفور" nor "فورا", immediately: times51, times61)
        ("سيعلن عن الأسماء قريبا", ("قريبا", "date", None)),
        ("ويتوقع تحسن الأسعار خلال الفترة المقبلة", ("الفترة المقبلة", "range", None)),
        ("كان التنظيم يخطط لذلك منذ فترة طويلة", ("منذ فترة طويلة", "duration", None)),
        ("الخدمة متاحة على مدار الساعة", ("على مدار الساعة", "set", None)),
        ("ارتفعت الأسعار لأيام عيد الفطر السعيد", ("أيام عيد الفطر السعيد", "range", None)),
        ("تراجعت الحركة في الأشهر الأخيرة", ("في الأشهر الأخيرة", "range", None)),
    ],
)
def test_vague_references_are_kept_without_a_value(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يبدأ الدوام من الساعة الثامنة صباحا", ("الساعة الثامنة صباحا", "time", "T08:00")),
        ("وتستمر المقابلات حتى الـ12 ظهرًا", ("الـ12 ظهرًا", "time", "T12:00")),
        # a span of two clock times is one time, as three of the four such spans on dev
        ("من الساعة 12:30 ظهرا إلى الـ 4 عصرًا", ("من الساعة 12:30 ظهرا إلى الـ 4 عصرًا", "time", "T12:30/T16:00")),
        ("تفتح الأبواب الخامسة عصراً", ("الخامسة عصراً", "time", "T17:00")),
        ("//انتهى// 18:27 ت م", ("18:27 ت م", "time", "2015-07-26T18:27")),
        ("وقع الانفجار ظهر الأربعاء الماضي", ("ظهر الأربعاء الماضي", "time", "2015-07-22TMI")),
    ],
)
def test_clock_times_name_a_day_only_when_the_text_does(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تقام المباراة يوم غد الأحد", ("يوم غد الأحد", "date", "2015-07-26")),  # written on Saturday
        ("سجلت الوزارة 79 حالة منذ مطلع العام الهجري الحالي", ("مطلع العام الهجري الحالي", "date", "2014-10-25")),
        ("انتهت ميزانية العام الهجري الماضي", ("العام الهجري الماضي", "year", "H1435")),
    ],
)
def test_relative_days_and_hijri_years(text, expected):
    assert expected in times(text)
