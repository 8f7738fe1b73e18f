"""Session 56, times58 (docs/evaluation/facts_times.md, "Session 56, pass times58"): three readings of a
date's value. A yearless date or month right after an event's present-tense verb ("التي تبدأ في 28 سبتمبر"،
"يقام يوم 9 نوفمبر") is the coming one up to half a year ahead (time/data/event_verbs.tsv); two days of a month
named relatively ("ما بين العاشر والثالث عشر من الشهر الماضي") are one range; the first or last day of a month
("أول أيام رمضان"، "في آخر يوم من شهر ذي القعدة المقبل") is that day. Guards: a past verb keeps last year's
date, a date further ahead than half a year stays a year back, a single day of the relative month stays a date,
the month alone, a feast's first day and a month with its year in figures keep their readings. Made-up sentences."""

import pytest
from time_rows import rows_of, time_rows

PUB = "2015-08-04"  # a Tuesday, in Shawwal 1436


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وتناقش اجتماعات المنظمة التي تبدأ في 28 سبتمبر ملف المناخ.", "28 سبتمبر", ("date", "2015-09-28")),
        ("وحدد المهرجان دورته الجديدة التي تفتتح يوم 11 نوفمبر بفيلم محلي.", "11 نوفمبر", ("date", "2015-11-11")),
        ("ويكرم الفائزون في حفل يقام في 9 نوفمبر بالعاصمة.", "9 نوفمبر", ("date", "2015-11-09")),
        ("وأمام اللجنة مهلة تنتهي في 20 اكتوبر لتقديم تقريرها.", "20 اكتوبر", ("date", "2015-10-20")),
        ("ويتوقع المزارعون موسما جيدا ينطلق في أكتوبر بعد الأمطار.", "أكتوبر", ("month", "2015-10")),
        ("وتستمر الحملة ستة أسابيع وتنتهي في 30 سبتمبر وفق الوزارة.", "30 سبتمبر", ("date", "2015-09-30")),
    ],
)
def test_an_event_verb_sets_the_coming_date(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وبدأت الاجتماعات في 28 سبتمبر بحضور الوزراء.", "28 سبتمبر", ("date", "2014-09-28")),
        ("وألقى الرئيس كلمته في 28 سبتمبر أمام الجمعية.", "28 سبتمبر", ("date", "2014-09-28")),
        ("وتنتهي المهلة في 20 مارس وفق القانون.", "20 مارس", ("date", "2015-03-20")),
    ],
)
def test_guard_no_event_verb_or_too_far_ahead(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("ووقعت الاشتباكات ما بين العاشر والثالث عشر من الشهر الماضي قرب الحدود.",
         "بين العاشر والثالث عشر من الشهر الماضي", ("range", "2015-07-10/2015-07-13")),
        ("ويقام المعرض في الفترة من العاشر إلى العشرين من الشهر الجاري.",
         "في الفترة من العاشر إلى العشرين من الشهر الجاري", ("range", "2015-08-10/2015-08-20")),
        ("ويستقبل الموقع الطلبات خلال الفترة من 10 إلى 12 الشهر الجاري.",
         "خلال الفترة من 10 إلى 12 الشهر الجاري", ("range", "2015-08-10/2015-08-12")),
        ("ويغيب اللاعب عن مباراتي الفريق يومي 14، و17 من الشهر الجاري.",
         "يومي 14، و17 من الشهر الجاري", ("range", "2015-08-14/2015-08-17")),
        ("وعرضت الأفلام ما بين العشرين والخامس والعشرين من الشهر الماضي.",
         "بين العشرين والخامس والعشرين من الشهر الماضي", ("range", "2015-07-20/2015-07-25")),
    ],
)
def test_two_days_of_a_relative_month_are_one_range(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("ووقع الحادث في الحادي والعشرين من الشهر الماضي.", "الحادي والعشرين من الشهر الماضي", ("date", "2015-07-21")),
        ("وتبدأ الدراسة في العاشر من الشهر المقبل.", "العاشر من الشهر المقبل", ("date", "2015-09-10")),
    ],
)
def test_guard_one_day_of_a_relative_month(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وبقيت الرؤوس معلقة في الساحة حتى أول أيام رمضان.", "أول أيام رمضان", ("date", "2015-06-18")),
        ("ففي آخر أيام شهر رمضان المبارك خرج الشاب من منزله.", "في آخر أيام شهر رمضان المبارك", ("date", "2015-07-16")),
        ("وتستقبل اللجنة المشاركات حتى آخر يوم من شهر ذي القعدة المقبل.",
         "آخر يوم من شهر ذي القعدة المقبل", ("date", "2015-09-13")),
        ("وتنطلق الحملة في أول يوم من ذي القعدة المقبل.", "في أول يوم من ذي القعدة المقبل", ("date", "2015-08-16")),
    ],
)
def test_the_first_or_last_day_of_a_month(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]


@pytest.mark.parametrize(
    ("text", "span", "row"),
    [
        ("وتزدحم الأسواق في رمضان من كل عام.", "رمضان", ("month", "H1436-09")),
        ("وارتفعت الأسعار في أول أيام العيد.", "في أول أيام العيد", ("date", "2015-07-17")),
        # a year in figures after the month: the month of that year, as before
        ("واجتاحت القوات البلاد في آخر أيام شهر يوليو (تموز) من عام 1990.", "شهر يوليو (تموز) من عام 1990", ("month", "1990-07")),
    ],
)
def test_guard_month_alone_and_feast_day(text, span, row):
    assert rows_of(time_rows(text, PUB), span) == [row]
