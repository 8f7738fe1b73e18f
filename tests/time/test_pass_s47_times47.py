"""Session 47, times47 (docs/evaluation/facts_times.md, "Session 47, pass times47"): years in figures
joined to others. A year after a preposition that a dash joins to the next ("خلال 2015-2016") is that
range, not the first year alone; years listed with و ("مواليد 1997 و1998م"، "بعد 1987 و1990 و2010") are
each a year, not only the one a comma closes; a tatweel standing for the dash between figures ("2012 ــ
2014"، "7 ـ 12 ـ 2010"), which the matching form drops, reads as the dash. Guards: "بين 2013 و2014"
stays one range, "عام 2014" and "أمـــس" are unchanged, a year before a count ("2014 - 15 نقطة") is no
range. A unit and a half with no word before it ("بعد مضي عام ونصف") is a duration; غد with a weekday
after it or a part of the day before it ("بداية من غد الأحد"، "مساء غد") is tomorrow. Guards: "غد أفضل"
is no day, "لمدة عام ونصف العام" keeps its reading. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-08"


def times(text):
    return time_rows(text, PUB)


def test_a_year_range_after_a_preposition_is_the_range():
    rows = times("وتتوقع الشركة نمو أرباحها خلال 2016-2017 بفضل المشروعات الجديدة.")
    assert ("2016-2017", "range", "2016/2017") in rows
    assert ("2016", "year", "2016") not in rows


def test_a_spaced_year_range_after_a_preposition():
    rows = times("وستنفذ الوزارة الخطة في 2016 - 2018 على ثلاث مراحل.")
    assert ("2016 - 2018", "range", "2016/2018") in rows


def test_listed_years_are_each_a_year():
    rows = times("وفاز الفريق باللقب بعد 1986 و1993 و2004 و2011، وبات ثالث الأندية.")
    for year in ("1986", "1993", "2004", "2011"):
        assert (year, "year", year) in rows


def test_the_years_of_birth_listed_before_the_era():
    rows = times("ويشارك في البطولة اللاعبون من مواليد 1999 و2000م فقط.")
    assert ("1999", "year", "1999") in rows


def test_the_last_of_listed_years_before_a_verb():
    rows = times("وفي الأعوام 2006 و2007 و2008 شهدت المنطقة جفافا.")
    assert [row for row in rows if row[1] == "year"] == [
        ("2006", "year", "2006"),
        ("2007", "year", "2007"),
        ("2008", "year", "2008"),
    ]


def test_a_tatweel_dash_between_years_is_a_range():
    rows = times("وتمتد الخطة الخمسية 2016 ــ 2020 لتشمل قطاعات عدة.")
    assert ("2016 ــ 2020", "range", "2016/2020") in rows


def test_a_date_written_with_tatweel_dashes():
    rows = times("وصدر القرار بتاريخ 9 ـ 3 ـ 2011، وأبلغ به المعنيون.")
    assert ("9 ـ 3 ـ 2011", "date", "2011-03-09") in rows


def test_guard_between_two_years_stays_one_range():
    rows = times("وتضاعف الإنتاج بين 2010 و2014 بحسب التقرير.")
    assert rows == [("بين 2010 و2014", "range", "2010/2014")]


def test_guard_a_year_after_its_word_and_yesterday_with_tatweel():
    rows = times("وافتتح المعرض أمـــس بعد تأجيله عام 2014.")
    assert ("أمـــس", "date", "2015-08-07") in rows
    assert ("عام 2014", "year", "2014") in rows


def test_guard_a_year_before_a_dash_and_a_small_number():
    rows = times("وسجل المؤشر في 2014 - 15 نقطة إضافية.")
    assert all(type_ != "range" for _found, type_, _value in rows)


def test_a_year_and_a_half_with_no_word_before_it():
    rows = times("وأعلنت الشركة إنجاز المرحلة الأولى بعد مضي عام ونصف على انطلاق المشروع.")
    assert ("عام ونصف", "duration", "P1Y6M") in rows


def test_a_month_and_a_half_of_the_month():
    rows = times("وتعرضت أسهم الشركة لخسائر امتدت شهر ونصف الشهر قبل أن تتعافى.")
    assert ("شهر ونصف الشهر", "duration", "P1M15D") in rows


def test_tomorrow_with_its_weekday():
    rows = times("وتبدأ الوزارة استقبال الطلبات بداية من غد الأحد في جميع فروعها.")
    assert ("غد الأحد", "date", "2015-08-09") in rows


def test_evening_of_tomorrow():
    rows = times("ويلتقي الفريق منافسه مساء غد على ملعبه.")
    assert ("مساء غد", "time", "2015-08-09TEV") in rows


def test_guard_a_better_tomorrow_is_no_day():
    assert times("ويتطلع الشباب إلى غد أفضل لبلادهم.") == []


def test_guard_a_year_and_a_half_after_a_preposition_keeps_its_reading():
    rows = times("ويستمر البرنامج لمدة عام ونصف العام.")
    assert rows == [("لمدة عام ونصف العام", "duration", "P1Y6M")]
