"""Times, twenty-eighth pass (issue 5): a dual unit with a half or a quarter ("سنتين ونصف" → P2Y6M,
"شهرين ونصف" → P2M15D) is the dual plus the part, as after a count; "في ساعة متأخرة من يوم السبت"،
"حتى ساعة متأخرة من البارحة" (late that night) are the day's night, TNI, when no part of day but the
night is named. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-02"  # a Sunday


def times(text, published=PUB):
    return time_rows(text, published)


def test_two_years_and_a_half():
    rows = times("وتوقع المهندس أن ينتهي بناء الجسر الجديد خلال عامين ونصف من توقيع العقد.")
    assert rows_of(rows, "خلال عامين ونصف") == [("duration", "P2Y6M")]


def test_two_months_and_a_half_and_two_hours_and_a_quarter():
    rows = times("ويستمر المعرض شهرين ونصف، وتدوم كل جولة فيه ساعتين وربع الساعة.")
    assert rows_of(rows, "شهرين ونصف") == [("duration", "P2M15D")]
    assert rows_of(rows, "ساعتين وربع الساعة") == [("duration", "PT2H15M")]


def test_a_plain_dual_keeps_its_reading():
    rows = times("وبقي اللاعب في النادي سنتين قبل أن ينتقل إلى الدوري الإسباني.")
    assert rows_of(rows, "سنتين") == [("duration", "P2Y")]


def test_late_on_a_weekday_is_that_night():
    rows = times("واقتحم اللصوص المتجر في ساعة متأخرة من يوم الخميس الماضي وسرقوا محتوياته.")
    assert rows_of(rows, "في ساعة متأخرة من يوم الخميس الماضي") == [("time", "2015-07-30TNI")]


def test_late_yesterday_is_last_night():
    rows = times("وظل الوفدان يتفاوضان حتى ساعة متأخرة من البارحة دون اتفاق.")
    assert [(t, v) for f, t, v in rows if "ساعة متأخرة" in f] == [("time", "2015-08-01TNI")]


def test_late_in_the_evening_or_early_morning_are_that_part_of_the_day():
    # the day alone until session 23; since pass 41a that part of the day, the convention of
    # docs/ANNOTATING.md section 5 (a part of a named day is that part)
    rows = times("ووصل الوزير في ساعة متأخرة من مساء الخميس، وغادر في ساعة مبكرة من صباح اليوم.")
    assert [(t, v) for f, t, v in rows if "ساعة متأخرة" in f] == [("time", "2015-07-30TEV")]
    assert [(t, v) for f, t, v in rows if "ساعة مبكرة" in f] == [("time", "2015-08-02TMO")]
