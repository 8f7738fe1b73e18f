"""Times, twenty-fourth pass (issue 5): a run of months or weeks "على التوالي" is its length, as a
run of days already was; an hour of 9–11 "ظهرا" / "من ظهر" is before noon, not 21:00–23:00.
Made-up sentences."""

from time_rows import time_rows, values_ending

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_a_run_of_months_is_its_length():
    rows = times("وارتفعت مبيعات السيارات للشهر الخامس على التوالي في يونيو، بحسب بيانات الاتحاد.")
    assert ("للشهر الخامس على التوالي", "duration", "P5M") in rows


def test_a_run_of_weeks_is_its_length():
    rows = times("وتراجعت مخزونات القمح للأسبوع الحادي عشر على التوالي، وفق تقرير الوزارة.")
    assert ("للأسبوع الحادي عشر على التوالي", "duration", "P11W") in rows


def test_a_run_of_days_is_unchanged():
    rows = times("واصل المتظاهرون اعتصامهم لليوم الرابع على التوالي أمام المبنى.")
    assert ("لليوم الرابع على التوالي", "duration", "P4D") in rows


def test_a_month_of_the_year_or_a_run_of_years_is_no_run_of_months():
    # "للشهر الثاني من العام" names a month; a run of years is no gold span on dev
    rows = times("وتقام البطولة للعام الثالث على التوالي، وتراجعت الأرباح للشهر الثاني من العام.")
    assert not any("التوالي" in found for found, _, _ in rows)
    assert not any(value and value.startswith("P") for _, _, value in rows)


def test_eleven_at_noon_is_before_noon():
    rows = times("وصلت القافلة إلى المدينة عند الساعة الحادية عشرة ظهرا، ثم غادرت.")
    assert values_ending(rows, "الحادية عشرة ظهرا") == ["T11:00"]


def test_an_hour_of_the_noon_with_minutes_is_before_noon():
    rows = times("تلقت الشرطة البلاغ في الساعة 10:40 من ظهر يوم الأحد الماضي.")
    assert any(value and value.endswith("T10:40") for _, _, value in rows)


def test_a_range_to_an_hour_after_noon_keeps_its_morning_start():
    rows = times("ويستقبل المعرض زواره من الساعة 11 إلى 2 ظهرا طوال أيام الأسبوع.")
    assert values_ending(rows, "2 ظهرا") == ["T11:00/T14:00"]


def test_an_afternoon_hour_at_noon_is_still_after_noon():
    rows = times("ويبدأ الاجتماع في الساعة الواحدة ظهرا، وينتهي الساعة 12 ظهرا من اليوم التالي.")
    assert values_ending(rows, "الواحدة ظهرا") == ["T13:00"]
    assert values_ending(rows, "12 ظهرا") == ["T12:00"]
