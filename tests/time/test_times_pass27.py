"""Times, twenty-seventh pass (issue 5): the Hajj season after a word of time (بعد/قبل/خلال/أثناء,
with or without موسم/إجازة) is a period, a range without value; "في موسم الحج" and a bare "الحج" (the
rite, a ministry) stay no time. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-01"


def times(text, published=PUB):
    return time_rows(text, published)


def test_during_the_hajj_season_is_a_range():
    rows = times("وأعلنت البلدية خطتها لتنظيف الأسواق خلال موسم الحج في المدينة.")
    assert rows_of(rows, "خلال موسم الحج") == [("range", None)]


def test_after_the_hajj_is_a_range():
    rows = times("وقررت اللجنة تأجيل افتتاح المعرض إلى ما بعد الحج، على أن يعلن الموعد لاحقا.")
    assert rows_of(rows, "بعد الحج") == [("range", None)]


def test_before_and_after_the_hajj_holiday_are_ranges():
    rows = times("وتنتهي أعمال الصيانة قبل موسم الحج، وتبدأ المرحلة الثانية بعد إجازة الحج.")
    assert rows_of(rows, "قبل موسم الحج") == [("range", None)]
    assert rows_of(rows, "بعد إجازة الحج") == [("range", None)]


def test_the_rite_or_a_ministry_is_no_time():
    rows = times("واستقبل وزير الحج وفدا من الحجاج الذين قدموا لأداء فريضة الحج، وتحدث عن دور الكشافة في موسم الحج.")
    assert not any("الحج" in found for found, _, _ in rows)
