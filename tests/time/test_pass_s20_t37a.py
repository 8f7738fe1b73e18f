"""Times, thirty-seventh pass (a) (issue 5): "في هذه الأيام" is a stretch around the writing with no
value (a null range), as "خلال هذه الأيام" is; bare "هذه الأيام" stays the article's day. "ليلا" (by
night) alone is a time of day without value and "ليلا ونهارا" a set without value; after a clock hour
or its minutes "ليلا" belongs to the clock. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-04"


def times(text, published=PUB):
    return time_rows(text, published)


def test_in_these_days_is_a_null_range():
    rows = times("ويقبل المتسوقون في هذه الأيام على شراء مستلزمات المدارس بكميات كبيرة.")
    assert rows_of(rows, "في هذه الأيام") == [("range", None)]


def test_in_these_days_without_hamza_is_a_null_range():
    rows = times("وقال أحد الباعة إن الطلب يرتفع كثيرا في هذه الايام بسبب موسم الأعراس.")
    assert rows_of(rows, "في هذه الايام") == [("range", None)]


def test_in_these_past_days_is_a_null_range():
    rows = times("وعاشت المدينة في هذه الأيام الماضية أجواء احتفالية بعد عودة الحجاج.")
    assert rows_of(rows, "في هذه الأيام") == [("range", None)]


def test_guard_bare_these_days_stays_the_article_day():
    rows = times("ويشهد الكورنيش هذه الأيام إقبالا كبيرا من الزوار والعائلات.")
    assert rows_of(rows, "هذه الأيام") == [("date", "2015-08-04")]


def test_guard_during_these_days_stays_a_null_range():
    rows = times("وتكثف الفرق الميدانية جولاتها خلال هذه الأيام في الأحياء الشعبية.")
    assert rows_of(rows, "خلال هذه الأيام") == [("range", None)]


def test_guard_at_this_time_of_year_stays_a_null_range():
    rows = times("ويزداد الطلب على التمور في مثل هذه الأيام مع اقتراب شهر رمضان.")
    assert rows_of(rows, "في مثل هذه الأيام") == [("range", None)]


def test_by_night_is_a_time_without_value():
    rows = times("وقال شهود إن المسلحين تسللوا ليلا إلى القرية وأحرقوا عددا من المنازل.")
    assert rows_of(rows, "ليلا") == [("time", None)]


def test_by_night_with_tanween_is_a_time_without_value():
    rows = times("وتنشط البعوض ليلاً في المناطق الرطبة القريبة من المستنقعات.")
    assert rows_of(rows, "ليلاً") == [("time", None)]


def test_by_night_before_min_is_a_time_without_value():
    rows = times("وحذر المختصون من أن الحرارة تدفع العقارب إلى الخروج ليلا من مخابئها في المزارع.")
    assert rows_of(rows, "ليلا") == [("time", None)]


def test_night_and_day_is_a_set_without_value():
    rows = times("وتعمل فرق الصيانة ليلاً ونهاراً لإعادة التيار الكهربائي إلى الأحياء.")
    assert rows_of(rows, "ليلاً ونهاراً") == [("set", None)]


def test_guard_a_clock_hour_of_the_night_keeps_its_hour():
    rows = times("ويفتح السوق أبوابه حتى العاشرة ليلا طوال أيام المهرجان.")
    assert ("time", "T22:00") in [(t, v) for found, t, v in rows if found.endswith("العاشرة ليلا")]
    assert rows_of(rows, "ليلا") == []


def test_guard_minutes_of_a_clock_are_not_the_night_alone():
    rows = times("ووصلت البعثة إلى المطار عند الواحدة و45 دقيقة ليلا قادمة من القاهرة.")
    assert rows_of(rows, "ليلا") == []


def test_guard_last_night_stays_its_day():
    rows = times("وصلت الطائرة ليلة أمس إلى المطار الدولي.")
    assert rows_of(rows, "ليلة أمس") == [("time", "2015-08-03TNI")]  # its night (docs/ANNOTATING.md, Conventions)
