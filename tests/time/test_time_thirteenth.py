"""Thirteenth pass (issue 5): classes from the unseen draws 20163 and 20164, each checked on all dev
and on the 1,080 snapshot articles: a bare month that is the one after the article's is the coming
one; "من 19 إلى 21 / 10 / 1436هـ" is a range of days; "لمدة 5 إلى 10 دقائق"، "لمدة سنتين أو ثلاث"
are durations known within bounds; "خلال شهري رجب وشعبان" is one stretch. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday in August (Shawwal 1436)


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- a bare month named right after the article's month is the coming one


def test_next_month_alone_is_the_coming_one():
    rows = times("وتراجعت عقود النفط الخام تسليم أكتوبر بينما ارتفعت عقود الغاز تسليم سبتمبر أيلول.")
    assert ("سبتمبر أيلول", "month", "2015-09") in rows
    assert ("أكتوبر", "month", "2014-10") in rows  # two months ahead: still the latest not after


def test_previous_month_counts_back_from_the_coming_month():
    rows = times("ورفعت الشركة سعر البيع لشحنات سبتمبر بالمقارنة بالشهر السابق.")
    assert ("سبتمبر", "month", "2015-09") in rows
    assert ("الشهر السابق", "month", "2015-08") in rows


def test_next_month_in_december_is_january_of_next_year():
    assert ("يناير", "month", "2016-01") in times("ويجتمع البنك المركزي في يناير لبحث أسعار الفائدة.", "2015-12-10")


def test_a_relative_word_still_places_the_month():
    assert times("وكانت الصادرات قد تراجعت في سبتمبر الماضي.") == [("سبتمبر الماضي", "month", "2014-09")]


def test_a_hijri_month_alone_keeps_its_reading():
    # Dhu al-Qadah follows Shawwal, but the rule is for Gregorian months only
    rows = times("وأقيم الملتقى في ذي القعدة بحضور المسؤولين.")
    assert rows == [("ذي القعدة", "month", "H1435-11")]


# --- days before a day-first numeric date


def test_days_joined_by_ila_before_a_numeric_hijri_date():
    rows = times("ويعقد البرنامج التدريبي خلال الفترة من 19 إلى 21 / 10 / 1436هـ في مقر الجامعة.", "2015-07-23")
    assert rows == [("19 إلى 21 / 10 / 1436هـ", "range", "2015-08-04/2015-08-06")]


def test_days_joined_by_hatta_before_a_numeric_date():
    rows = times("ويستمر التسجيل من 3 حتى 9/11/1436هـ عبر البوابة الإلكترونية.", "2015-07-23")
    assert rows == [("3 حتى 9/11/1436هـ", "range", "2015-08-18/2015-08-24")]


def test_a_larger_first_number_is_no_day_range():
    rows = times("وارتفع العدد من 25 إلى 21 / 10 / 1436هـ", "2015-07-23")
    assert rows == [("21 / 10 / 1436هـ", "date", "2015-08-06")]


# --- durations known within bounds after لمدة


def test_lemudda_with_two_counts_is_a_duration_without_value():
    rows = times("ويُنقع الزنجبيل في الماء الساخن لمدة 5 إلى 10 دقائق قبل شربه.")
    assert rows == [("لمدة 5 إلى 10 دقائق", "duration", None)]


def test_lemudda_with_a_dual_or_a_count():
    rows = times("وتستطيع الحكومة الإنفاق من احتياطياتها لمدة سنتين أو ثلاث دون اقتراض.")
    assert rows == [("لمدة سنتين أو ثلاث", "duration", None)]
    rows = times("ويقيم المعلمون في القرى لمدة يومين أو ثلاثة أيام كل أسبوع.")
    assert ("لمدة يومين أو ثلاثة أيام", "duration", None) in rows


def test_lemudda_with_one_count_keeps_its_value():
    assert times("وأغلق الطريق لمدة ثلاثة أيام.") == [("لمدة ثلاثة أيام", "duration", "P3D")]
    assert times("وتوقف العمل لمدة يومين.") == [("لمدة يومين", "duration", "P2D")]


# --- "the two months" named


def test_two_hijri_months_are_one_stretch_in_gregorian_days():
    rows = times("وضبطت الهيئة كميات من الأغذية الفاسدة خلال شهري رجب وشعبان في المنافذ.", "2015-07-27")
    assert rows == [("خلال شهري رجب وشعبان", "range", "2015-04-20/2015-06-17")]


def test_two_gregorian_months_are_a_range_of_months():
    rows = times("وارتفعت مبيعات السيارات في شهري مايو أيار ويونيو حزيران بنسبة كبيرة.")
    assert rows == [("في شهري مايو أيار ويونيو حزيران", "range", "2015-05/2015-06")]


def test_monthly_income_is_still_a_set():
    assert ("شهري", "set", "P1M") in times("ويحصل الموظف على دخل شهري ثابت.")
