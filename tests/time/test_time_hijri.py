"""Hijri months and years: "this holy month" and "next blessed Ramadan", a Hijri month alone, two Hijri
months as one stretch of Gregorian days, a month with its year after مبارك, the days of a feast and the
last ten days of Ramadan, "since" a Hijri year. Each on short made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- "this holy month" is Ramadan


def test_this_holy_month_is_not_the_calendar_month():
    assert times("وتستقبل الطرق آلاف المعتمرين في هذا الشهر المبارك من كل عام.", "2015-07-24")[0] == (
        "هذا الشهر المبارك",
        "month",
        None,
    )


def test_this_month_without_a_holy_epithet_is_the_calendar_month():
    assert times("وارتفعت أسعار الخضار هذا الشهر بنسبة كبيرة.", "2015-07-24") == [("هذا الشهر", "month", "2015-07")]


# --- an epithet between a Hijri month and its relative word


def test_next_blessed_ramadan_is_next_years():
    assert times("ويبدأ تطبيق القرار مع حلول شهر رمضان المبارك المقبل في جميع المناطق.", "2015-08-10") == [
        ("شهر رمضان المبارك المقبل", "month", "H1437-09"),
    ]


def test_blessed_ramadan_alone_is_this_years():
    assert times("وتزداد الحركة التجارية في شهر رمضان المبارك.", "2015-08-10") == [("شهر رمضان المبارك", "month", "H1436-09")]


def test_a_hijri_month_alone_keeps_its_reading():
    # Dhu al-Qadah follows Shawwal, but the rule is for Gregorian months only
    rows = times("وأقيم الملتقى في ذي القعدة بحضور المسؤولين.")
    assert rows == [("ذي القعدة", "month", "H1435-11")]


# --- "the two months" named


def test_two_hijri_months_are_one_stretch_in_gregorian_days():
    rows = times("وضبطت الهيئة كميات من الأغذية الفاسدة خلال شهري رجب وشعبان في المنافذ.", "2015-07-27")
    assert rows == [("خلال شهري رجب وشعبان", "range", "2015-04-20/2015-06-17")]


def test_a_month_with_its_year_after_mubarak():
    # Ramadan 1436 ended on 16 July: with its year said it is not the coming one
    assert times("ساهم في تسهيل الحركة خلال شهر رمضان المبارك لعام 1436 على الطرق", "2015-07-21", future=True) == [
        ("خلال شهر رمضان المبارك لعام 1436", "month", "H1436-09")
    ]
    assert times("ارتفعت الحرارة في شهر حزيران/يونيو لعام 2015") == [("شهر حزيران/يونيو لعام 2015", "month", "2015-06")]
    # a count after the month is no year
    assert times("تلقت العمليات خلال شهر رمضان المبارك ٢٤٦٧ بلاغا", "2015-07-21") == [
        ("خلال شهر رمضان المبارك", "month", "H1436-09")
    ]


# --- the days of a feast, and the last ten days of Ramadan


def test_the_days_of_the_feast():
    assert times("يلتقي الفنان جمهوره في أول أيام العيد، حيث", "2015-07-21") == [("في أول أيام العيد", "date", "2015-07-17")]
    assert times("قبل أن يفجر نفسه ثالث أيام عيد الفطر المبارك", "2015-07-21") == [
        ("ثالث أيام عيد الفطر المبارك", "date", "2015-07-19")
    ]
    # written on the eve of the feast, the coming one (not last year's)
    assert times("وأعلنت السعودية أن غدا الجمعة هو أول أيام عيد الفطر", "2015-07-16") == [
        ("غدا الجمعة", "date", "2015-07-17"),
        ("أول أيام عيد الفطر", "date", "2015-07-17"),
    ]
    assert times("وتبدأ الإجازة بعد عيد الفطر المبارك", "2015-07-12") == [("عيد الفطر المبارك", "date", "2015-07-17")]
    # the days of the feast as a whole keep their null range
    assert times("وتزدحم المتنزهات خلال أيام العيد", "2015-07-21") == [("خلال أيام العيد", "range", None)]


def test_the_last_ten_days_of_ramadan():
    assert times("انتقل إلى جوار ربه في الأيام العشر الأواخر من شهر رمضان المبارك ، بعد حياة حافلة", "2015-07-23") == [
        ("في الأيام العشر الأواخر من شهر رمضان المبارك", "range", "2015-07-08/2015-07-16")
    ]
    assert times("وارتفعت نسبته في العشر الأواخر، بحجم تداول كبير", "2015-07-21") == [
        ("في العشر الأواخر", "range", "2015-07-08/2015-07-16")
    ]


def test_since_a_hijri_year_stays_a_year():
    assert times("ويعمل المركز منذ عام 1430هـ على تأهيل الشباب") == [("عام 1430هـ", "year", "H1430")]
