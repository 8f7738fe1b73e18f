"""Session 49, times49 (docs/evaluation/facts_times.md, "Session 49, pass times49"): the first or last N
months of a year named by "من العام" alone ("في الأشهر السبعة الأولى من العام") are those months of the
article's year, as "الربع الثاني من العام" is its quarter (they were a bare count of months, P7M); "على مدار
اليوم"، "على مدى اليوم"، "طيلة اليوم" are all day long (P1D) as "طوال اليوم" is, not today, and "طيلة
النهار"، "طيلة الليل" durations as "طوال النهار/الليل" are; a futures contract's month in quotation marks
("تسليم “سبتمبر”") is the coming one, as without them. Guards: a fiscal or calendar word after العام, or a
written year, keeps its reading; "تسليم سبتمبر" and "طوال اليوم" are unchanged; "اليوم" alone is today.
Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-09"


def times(text, published=PUB):
    return time_rows(text, published)


def test_first_months_of_the_year_alone_are_this_year():
    rows = times("وتراجعت صادرات البلاد بنسبة 4 في المائة في الأشهر السبعة الأولى من العام.")
    assert ("في الأشهر السبعة الأولى من العام", "range", "2015-01/2015-07") in rows


def test_first_months_with_digits_and_the_article_of_the_year():
    rows = times("وزاد عدد المسافرين خلال الأشهر الـ6 الأولى من العام، بحسب الهيئة.")
    assert ("خلال الأشهر الـ6 الأولى من العام", "range", "2015-01/2015-06") in rows


def test_first_months_written_shuhur_are_this_year():
    rows = times("وسجلت الشركة أرباحا في الشهور الثلاثة الأولى من العام وذلك بفضل المبيعات.")
    assert ("في الشهور الثلاثة الأولى من العام", "range", "2015-01/2015-03") in rows


def test_around_the_clock_of_the_day_is_a_day_long():
    rows = times("وأكدت الإدارة أن الفرق الميدانية تعمل على مدار اليوم لاستقبال البلاغات.")
    assert ("على مدار اليوم", "duration", "P1D") in rows
    assert not rows_of(rows, "اليوم")


def test_over_the_day_is_a_day_long():
    rows = times("وتبقى العيادات مفتوحة على مدى اليوم للمراجعين.")
    assert ("على مدى اليوم", "duration", "P1D") in rows


def test_tilat_al_yawm_is_a_day_long():
    rows = times("وظل الموظفون يستقبلون الزوار طيلة اليوم دون توقف.")
    assert ("طيلة اليوم", "duration", "P1D") in rows


def test_tilat_al_nahar_is_a_duration():
    rows = times("ويعمل المزارعون في الحقول طيلة النهار رغم الحر.")
    assert ("طيلة النهار", "duration", None) in rows


def test_a_delivery_month_in_quotation_marks_is_the_coming_one():
    rows = times("وارتفع سعر الخام الأمريكي تسليم “سبتمبر” 20 سنتا إلى 48 دولارا.", "2015-07-27")
    assert ("سبتمبر", "month", "2015-09") in rows


def test_guard_a_fiscal_year_after_the_months_is_no_calendar_year():
    rows = times("وحققت الشركة نتائج قوية خلال الأشهر الثلاثة الأولى من العام المالي الحالي.")
    assert not [row for row in rows if row[2] and row[2].startswith("2015-01")]


def test_guard_a_written_year_after_the_months_keeps_it():
    rows = times("وتراجعت المبيعات في الأشهر الستة الأولى من العام 2014 بشكل حاد.")
    assert ("في الأشهر الستة الأولى من العام 2014", "range", "2014-01/2014-06") in rows


def test_guard_a_delivery_month_without_marks_is_unchanged():
    rows = times("وتراجع خام برنت تسليم سبتمبر 15 سنتا.", "2015-07-27")
    assert ("سبتمبر", "month", "2015-09") in rows


def test_guard_tawal_al_yawm_and_today_alone_are_unchanged():
    rows = times("وبقي المتسوقون في السوق طوال اليوم، وافتتح الوزير المعرض اليوم.")
    assert ("طوال اليوم", "duration", "P1D") in rows
    assert ("اليوم", "date", PUB) in rows
