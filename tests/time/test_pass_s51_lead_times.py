"""Lead pass lead51a (session 51): twelve o'clock "in the morning" is just after midnight.

Saudi civil-defence and Red Crescent reports time night calls as "الساعة 12.30 صباحا" or "12:46 صباح اليوم":
the morning's twelfth hour is 00:xx. main read "12.30 صباحا" as 12:30, noon (blind draw 20198's dev,
2015-07-31#501); "صباح اليوم" was already read so. Noon stays noon when the text says so ("12 ظهرا").

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from time_rows import analysed_times

SMALL_HOURS = [
    ("ووقع الحادث منتصف الليل، في تمام الساعة 12.30 صباحا، على طريق الرياض.", "الساعة 12.30 صباحا", "T00:30"),
    ("وتلقت العمليات بلاغا من مواطن الساعة 12.23 صباحا عن حريق.", "الساعة 12.23 صباحا", "T00:23"),
    ("وأقلعت الطائرة عند الساعة 12 فجرا متجهة إلى القاهرة.", "الساعة 12 فجرا", "T00:00"),
]


def reads(text, expression, value):
    """Whether a time found in ``text`` (published 2015-07-31) ends with ``expression`` and has ``value``."""
    rows = analysed_times(text, "2015-07-31")
    return any(found.endswith(expression) and found_value == value for found, found_value in rows)


@pytest.mark.parametrize(("text", "expression", "value"), SMALL_HOURS)
def test_twelve_in_the_morning_is_after_midnight(text, expression, value):
    assert reads(text, expression, value)


NOON = [
    ("وتبدأ الفعاليات الساعة 12 ظهرا في الساحة الرئيسية.", "الساعة 12 ظهرا", "T12:00"),
    ("وتفتح الأبواب الساعة 11.30 صباحا يوميا.", "الساعة 11.30 صباحا", "T11:30"),
]


@pytest.mark.parametrize(("text", "expression", "value"), NOON)
def test_noon_and_other_morning_hours_read_as_before(text, expression, value):
    assert reads(text, expression, value)
