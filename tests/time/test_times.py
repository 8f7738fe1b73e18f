"""Time expressions: every month system, Hijri, numeric dates, relative expressions, durations, sets."""

import datetime

import pytest
from time_rows import time_rows

from khabar.time import hijri, resolve
from khabar.time.expressions import find_times
from khabar.time.lexicon import months

PUB = "2024-05-06"  # a Monday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def value(text, published=PUB):
    found = times(text, published)
    assert len(found) == 1, found
    return found[0][2]


@pytest.mark.parametrize(
    "text, iso",
    [
        # Egyptian/Gulf names and their spellings
        ("27 يناير 2023", "2023-01-27"), ("27 فبراير 2023", "2023-02-27"), ("27 مارس 2023", "2023-03-27"),
        ("27 أبريل 2023", "2023-04-27"), ("27 ابريل 2023", "2023-04-27"), ("27 إبريل 2023", "2023-04-27"),
        ("27 مايو 2023", "2023-05-27"), ("27 يونيو 2023", "2023-06-27"), ("27 يونيه 2023", "2023-06-27"),
        ("27 يوليو 2023", "2023-07-27"), ("27 أغسطس 2023", "2023-08-27"), ("27 اغسطس 2023", "2023-08-27"),
        ("27 سبتمبر 2023", "2023-09-27"), ("27 أكتوبر 2023", "2023-10-27"), ("27 اكتوبر 2023", "2023-10-27"),
        ("27 نوفمبر 2023", "2023-11-27"), ("27 ديسمبر 2023", "2023-12-27"),
        # Levantine / Iraqi
        ("27 كانون الثاني 2023", "2023-01-27"), ("27 شباط 2023", "2023-02-27"), ("27 آذار 2023", "2023-03-27"),
        ("27 نيسان 2023", "2023-04-27"), ("27 أيار 2023", "2023-05-27"), ("27 حزيران 2023", "2023-06-27"),
        ("27 تموز 2023", "2023-07-27"), ("27 آب 2023", "2023-08-27"), ("27 أيلول 2023", "2023-09-27"),
        ("27 تشرين الأول 2023", "2023-10-27"), ("27 تشرين الثاني 2023", "2023-11-27"), ("27 كانون الأول 2023", "2023-12-27"),
        # Maghrebi
        ("27 جانفي 2023", "2023-01-27"), ("27 فيفري 2023", "2023-02-27"), ("27 أفريل 2023", "2023-04-27"),
        ("27 ماي 2023", "2023-05-27"), ("27 جوان 2023", "2023-06-27"), ("27 جويلية 2023", "2023-07-27"),
        ("27 أوت 2023", "2023-08-27"),
        # double forms
        ("27 أكتوبر/تشرين الأول 2023", "2023-10-27"), ("11 سبتمبر (أيلول) 2001", "2001-09-11"),
        ("٢٧ أكتوبر ٢٠٢٣", "2023-10-27"), ("الأول من يناير 2024", "2024-01-01"),
        # numeric
        ("2023/10/27", "2023-10-27"), ("27-10-2023", "2023-10-27"), ("27/10/2023", "2023-10-27"), ("27 / 10 / 2023", "2023-10-27"),
    ],
)
def test_absolute_dates(text, iso):
    assert value(text) == iso


def test_every_month_word_is_in_the_lexicon():
    assert len({(m.number, m.calendar) for m in months().values()}) == 24


@pytest.mark.parametrize(
    "text, iso",
    [
        ("12 ربيع الثاني 1445 هـ", "2023-10-27"),
        ("12 ربيع الآخر 1445هـ", "2023-10-27"),
        ("25 شوال 1436هـ", "2015-08-10"),
        ("1 محرم 1445 هـ", "2023-07-19"),
        ("10 ذو الحجة 1444 هـ", "2023-06-28"),
        ("10 ذي الحجة 1444هـ", "2023-06-28"),
        ("1 جمادى الأولى 1445هـ", "2023-11-15"),
        ("1 جمادى الآخرة 1445هـ", "2023-12-14"),
        ("1436/10/25هـ", "2015-08-10"),
        ("25/10/1436هـ", "2015-08-10"),
    ],
)
def test_hijri_dates_convert(text, iso):
    assert value(text) == iso


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1436هـ", ("year", "H1436")),
        ("عام 1436 هـ", ("year", "H1436")),
        ("رمضان 1436هـ", ("month", "H1436-09")),
        ("عام 2015", ("year", "2015")),
        ("العام 2015", ("year", "2015")),
        ("أكتوبر 2023", ("month", "2023-10")),
        ("بين عامي 2010 و2015", ("range", "2010/2015")),
        ("1428 - 1429هـ", ("range", "H1428/H1429")),
    ],
)
def test_years_and_months(text, expected):
    assert times(text)[0][1:] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اليوم", ("date", "2024-05-06")),
        ("صباح اليوم", ("time", "2024-05-06TMO")),
        ("مساء اليوم", ("time", "2024-05-06TEV")),
        ("أمس", ("date", "2024-05-05")),
        ("بالأمس", ("date", "2024-05-05")),
        ("أول أمس", ("date", "2024-05-04")),
        ("أمس الأول", ("date", "2024-05-04")),
        ("غدا", ("date", "2024-05-07")),
        ("غداً", ("date", "2024-05-07")),
        ("يوم الجمعة", ("date", "2024-05-03")),
        ("الجمعة", ("date", "2024-05-03")),
        ("الاثنين", ("date", "2024-05-06")),
        ("الجمعة المقبل", ("date", "2024-05-10")),
        ("الجمعة الماضي", ("date", "2024-05-03")),
        ("الأسبوع الماضي", ("week", "2024-W18")),
        ("الأسبوع الجاري", ("week", "2024-W19")),
        ("الأسبوع المقبل", ("week", "2024-W20")),
        ("الشهر الماضي", ("month", "2024-04")),
        ("الشهر الجاري", ("month", "2024-05")),
        ("الشهر المقبل", ("month", "2024-06")),
        ("في وقت سابق من الشهر الجاري", ("month", "2024-05")),
        ("العام الماضي", ("year", "2023")),
        ("العام الحالي", ("year", "2024")),
        ("العام المقبل", ("year", "2025")),
        ("السنة الماضية", ("year", "2023")),
        ("منذ ثلاثة أيام", ("date", "2024-05-03")),
        ("قبل يومين", ("date", "2024-05-04")),
        ("منذ ثلاثة أشهر", ("duration", "P3M")),
        ("منذ عامين", ("duration", "P2Y")),
        ("7 أكتوبر", ("date", "2023-10-07")),
        ("3 آذار/مارس الماضي", ("date", "2024-03-03")),
        ("أغسطس المقبل", ("month", "2024-08")),
    ],
)
def test_relative_expressions(text, expected):
    assert times(text)[0][1:] == expected


def test_relative_expressions_across_month_and_year_boundaries():
    assert value("أمس", "2024-01-01") == "2023-12-31"
    assert value("غدا", "2023-12-31") == "2024-01-01"
    assert value("الشهر الماضي", "2024-01-15") == "2023-12"
    assert value("الشهر المقبل", "2023-12-15") == "2024-01"
    assert value("الأسبوع الماضي", "2024-01-03") == "2023-W52"
    assert value("يوم الجمعة", "2024-03-02") == "2024-03-01"
    assert value("منذ ثلاثة أيام", "2024-03-01") == "2024-02-27"
    assert value("25 ديسمبر", "2024-01-10") == "2023-12-25"
    assert value("5 يناير", "2023-12-20") == "2024-01-05"  # a date in the coming weeks is the coming one


def test_the_article_names_its_own_weekday():
    # stamped Tuesday, written on Monday: "اليوم الاثنين" fixes the date of every relative expression
    found = times("قال اليوم الاثنين إن الهجوم وقع أمس", "2024-05-07")
    assert [v for _, _, v in found] == ["2024-05-06", "2024-05-05"]


def test_unresolvable_without_publication():
    assert times("أمس", None) == [("أمس", "date", None)]
    assert value("27 أكتوبر 2023", None) == "2023-10-27"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("لمدة ثلاثة أيام", ("duration", "P3D")),
        ("لمدة ساعتين", ("duration", "PT2H")),
        ("لمدة 45 دقيقة", ("duration", "PT45M")),
        ("خلال الأعوام الخمسة الماضية", ("duration", "P5Y")),
        ("الساعات الـ24 الماضية", ("duration", "PT24H")),
        ("العامين الماضيين", ("duration", "P2Y")),
        ("منذ سنوات", ("duration", None)),
        ("لعدة أيام", ("duration", None)),
        ("يبلغ من العمر 30 عاما", ("duration", "P30Y")),
        ("عن عمر يناهز 68 عاما", ("duration", "P68Y")),
        ("كل يوم جمعة", ("set", "XXXX-WXX-5")),
        ("كل يوم", ("set", "P1D")),
        ("كل ثلاثة أشهر", ("set", "P3M")),
        ("سنويا", ("set", "P1Y")),
        ("الساعة العاشرة صباحا", ("time", "T10:00")),
        ("الساعة 10:30 مساء", ("time", "T22:30")),
    ],
)
def test_durations_sets_and_clock_times(text, expected):
    assert times(text)[-1][1:] == expected


@pytest.mark.parametrize(
    "text",
    ["مارس الرياضة", "محمد رمضان", "الأمين العام الحالي", "اليوم الوطني", "صحيفة «اليوم»", "صحيفة الغد", "3 عقود مع الشركة", "الربيع العربي"],
)
def test_words_that_are_no_times(text):
    assert times(text) == []


def test_weekday_and_its_explicit_date_are_one_expression():
    found = times("يوم الأحد 25 شوال 1436هـ الموافق 9 أغسطس 2015م")
    assert found[0] == ("يوم الأحد 25 شوال 1436هـ", "date", "2015-08-09")
    assert found[1] == ("9 أغسطس 2015م", "date", "2015-08-09")


def test_hijri_conversion_helpers():
    assert hijri.to_gregorian(1445, 4, 12) == datetime.date(2023, 10, 27)
    assert hijri.to_hijri(datetime.date(2023, 10, 27)) == (1445, 4, 12)
    assert hijri.to_gregorian(1445, 13, 1) is None
    assert resolve.hijri_date(1200, 1, 1) == "H1200-01-01"  # outside the Umm al-Qura tables


def test_offsets_survive_diacritics_and_tatweel():
    text = "وَقَعَ الحَادِثُ أَمْسِ فِي 3 آذارَ/مـارس الماضي"
    for t in find_times(text, PUB):
        assert text[t.start : t.end] == t.text
    assert [t.value for t in find_times(text, PUB)] == ["2024-05-05", "2024-03-03"]


@pytest.mark.parametrize("name", ["months", "weekdays", "time_units", "relative", "phrases"])
def test_time_lexicons_are_clean(name):
    import unicodedata

    from khabar.time.lexicon import DATA

    raw = (DATA / f"{name}.tsv").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in raw), "presentation forms"
    rows = [line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")]
    assert len(rows) == len(set(rows)), "duplicate entries"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day of a month named relatively to publication
        ("تقام المباراة في العاشر من الشهر الحالي", ("العاشر من الشهر الحالي", "date", "2024-05-10")),
        ("وصل في 15 من الشهر الماضي", ("15 من الشهر الماضي", "date", "2024-04-15")),
        ("يبدأ في الخامس من الشهر المقبل", ("الخامس من الشهر المقبل", "date", "2024-06-05")),
        # a duration before some other event is not counted back from publication
        ("اعتقل قبل يومين من الانتخابات", ("قبل يومين", "duration", "P2D")),
        ("وقع قبل ثلاثة أيام من الافتتاح", ("قبل ثلاثة أيام", "duration", "P3D")),
        ("وصل قبل يومين إلى الرياض", ("قبل يومين", "date", "2024-05-04")),
        # the start of a clock range takes the part of the day of its end (the two are one span)
        ("تبدأ من الساعة 5 إلى 9 مساء", ("من الساعة 5 إلى 9 مساء", "time", "T17:00/T21:00")),
        ("تبدأ من الساعة 7 حتى 8.30 مساءً", ("من الساعة 7 حتى 8.30 مساءً", "time", "T19:00/T20:30")),
    ],
)
def test_relative_days_and_clock_ranges(text, expected):
    assert times(text)[0] == expected
