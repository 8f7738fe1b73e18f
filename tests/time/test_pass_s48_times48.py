"""Session 48, times48 (docs/evaluation/facts_times.md, "Session 48, pass times48"): two Hijri years of a
school, training or fiscal year written with a slash are one range whatever the spacing: after "للعام" or
"سنة" ("للعام 1436 / 1437 هـ", read as two years before), with the era after each year ("1435هـ/1436هـ"),
and after an edge word ("قبل بداية العام الدراسي الجديد 1437/1436هـ", read as nothing). "منذ بداية العام"
is this year, as "منذ بداية العام الحالي" now is (and not a range to the article's date): the bare form
was a null range with the next word in its span. Guards: a Hijri year and its Gregorian twin ("عام
1436هـ/2015م") stay two years, "منذ بداية العام 2015" keeps its year, "منذ بداية العام الدراسي" and "منذ
بداية السنة وحتى الآن" keep their readings. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-08"


def times(text):
    return time_rows(text, PUB)


def test_two_hijri_years_after_lil_aam_are_one_range():
    rows = times("وبدأت الإدارة مقابلات المرشحين للوظائف للعام 1436 / 1437 هـ، وتستمر أسبوعا.")
    assert ("للعام 1436 / 1437 هـ", "range", "H1436/H1437") in rows
    assert not [row for row in rows if row[1] == "year"]


def test_two_hijri_years_after_sana_are_one_range():
    rows = times("وبلغت القروض منذ انطلاقه في سنة 1421/ 1422هـ نحو ألف قرض.")
    assert ("سنة 1421/ 1422هـ", "range", "H1421/H1422") in rows


def test_each_year_with_its_era_is_one_range():
    rows = times("وتقدم الطلاب لاختبارات الفصل الصيفي 1435هـ/1436هـ في كليات الجامعة.")
    assert ("1435هـ/1436هـ", "range", "H1435/H1436") in rows


def test_the_school_year_with_both_eras_takes_its_years():
    rows = times("وتستمر الدراسة في الفصل الصيفي من العام الدراسي الحالي 1435هـ / 1436هـ حتى نهايته.")
    assert ("العام الدراسي الحالي 1435هـ / 1436هـ", "range", "H1435/H1436") in rows


def test_the_school_year_with_its_years_after_an_edge_word():
    rows = times("وتناقش اللجنة سد العجز قبل بداية العام الدراسي الجديد 1437/1436هـ في المدارس.")
    assert ("العام الدراسي الجديد 1437/1436هـ", "range", "H1436/H1437") in rows


def test_since_the_start_of_the_year_is_this_year():
    rows = times("وارتفع المؤشر منذ بداية العام بنسبة 6 في المئة.")
    assert ("منذ بداية العام", "year", "2015") in rows


def test_since_the_start_of_the_current_year_is_this_year():
    rows = times("وتراجعت الأسعار منذ مطلع العام الحالي بأكثر من الربع.")
    assert ("منذ مطلع العام الحالي", "year", "2015") in rows


def test_guard_a_hijri_year_and_its_gregorian_twin_stay_two_years():
    rows = times("وصدر القرار في عام 1436هـ/2015م بعد دراسة طويلة.")
    assert ("عام 1436هـ", "year", "H1436") in rows
    assert ("2015م", "year", "2015") in rows


def test_guard_since_the_start_of_a_written_year():
    rows = times("وارتفع المؤشر منذ بداية العام 2015 بنسبة 6 في المئة.")
    assert ("العام 2015", "year", "2015") in rows
    assert len(rows) == 1


def test_guard_since_the_start_of_the_school_year():
    rows = times("وتحسنت النتائج منذ بداية العام الدراسي كثيرا.")
    assert not [row for row in rows if row[1] == "year"]


def test_guard_since_the_start_of_the_year_until_now():
    rows = times("ومنذ بداية السنة وحتى الآن سجلت الهيئة مئة حالة.")
    assert ("منذ بداية السنة وحتى الآن", "range", None) in rows
