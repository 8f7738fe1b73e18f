"""Session 58, pass times61: "فورا" (immediately) is no time expression; a clock of four figures in
Greenwich time ("الساعة 0722 بتوقيت جرينتش") is read, and a Greenwich clock with no day named beside it is
the publication day's; "قبل أسبوع" (a week ago) is the date seven days before publication."""

import pytest

from tests.time.time_rows import time_rows

IMMEDIATELY = [
    "ودعت البعثة الأطراف المتحاربة إلى وقف القتال فورًا وفتح ممرات آمنة للمدنيين",
    "وطالبت المنظمة بالإفراج فوراً عن الصحفيين المحتجزين",
    "وقررت اللجنة تنفيذ القرار فورا دون انتظار موافقة المجلس",
]


@pytest.mark.parametrize("text", IMMEDIATELY)
def test_immediately_is_no_time(text):
    assert not [row for row in time_rows(text, "2015-07-23") if "فور" in row[0]]


def test_guard_soon_stays_a_vague_date():
    assert ("قريبا", "date", None) in time_rows("وسيعلن الاتحاد أسماء اللاعبين قريبا", "2015-07-23")
