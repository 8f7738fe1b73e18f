"""Times, twenty-sixth pass (issue 5): "في الساعة" after a counted quantity is a rate per hour (a set,
PT1H), as "في الأسبوع/الشهر/العام" already were; not after a unit of length (a speed), nor before a
clock time or an ordinal. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-01"


def times(text, published=PUB):
    return time_rows(text, published)


def test_a_count_per_hour_is_a_set():
    rows = times("وترتفع قدرة الجسر الجديد إلى 40 ألف مركبة في الساعة بعد افتتاحه.")
    assert rows_of(rows, "في الساعة") == [("set", "PT1H")]


def test_a_count_in_words_per_hour_is_a_set():
    rows = times("ويستقبل المركز خمسمائة مراجع في الساعة خلال أوقات الذروة.")
    assert rows_of(rows, "في الساعة") == [("set", "PT1H")]


def test_a_speed_is_no_rate():
    # كيلومترا/ميلا في الساعة: a unit of speed, not a count per hour
    rows = times("وبلغت سرعة الرياح 120 كيلومترا في الساعة، أي نحو 75 ميلا في الساعة.")
    assert not any(found.endswith("في الساعة") for found, _, _ in rows)


def test_the_hour_without_a_count_or_with_a_clock_is_unchanged():
    rows = times("وسجل الفريق هدفين في الساعة الأخيرة من المباراة التي بدأت في الساعة 9 مساء.")
    assert not rows_of(rows, "في الساعة")
    assert not any(value == "PT1H" for _, _, value in rows)


def test_an_energy_unit_is_no_rate():
    # كيلوواط/جيجاواط في الساعة: kWh/GWh, one unit, not a count per hour (a bracket or ل before is allowed)
    rows = times("وبلغ الاستهلاك 90 ألف جيجاواط في الساعة، بسعر 18 هللة للكيلوواط في الساعة و58 ميلا (93 كلم) في الساعة.")
    assert not any(found.endswith("في الساعة") for found, _, _ in rows)
