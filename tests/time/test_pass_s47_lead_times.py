"""Session 47, lead47b (docs/evaluation/facts_times.md, "Session 47, lead47b"): a Gregorian or Hijri month named
alone, after the article placed the same month ("شهر ديسمبر من العام الحالي 2015"، "ديسمبر المقبل"), is that month,
not last year's (read_dates.py ``_same_month_named_before``). Guards: a month named alone with no earlier mention
keeps the past; another month named earlier does not move it. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-08"


def values(text):
    return [value for _found, _type, value in time_rows(text, PUB)]


def test_a_month_placed_earlier_keeps_its_year():
    rows = values(
        "تقرر أن تستضيف الكويت البطولة في شهر ديسمبر من العام الحالي 2015. ويرجح مسؤولون أن يحسم الأمر نهاية ديسمبر."
    )
    assert rows.count("2015-12") == 2


def test_the_coming_month_named_again_is_the_coming_one():
    rows = values("وسيعقد الاجتماع في نوفمبر المقبل لبحث الملف. ومن المتوقع أن ترفع اللجنة توصياتها قبل نوفمبر.")
    assert rows.count("2015-11") == 2


def test_a_month_named_alone_keeps_the_past():
    assert values("وشهدت السوق ارتفاعا كبيرا في ديسمبر بعد قرار البنك المركزي.") == ["2014-12"]


def test_another_month_does_not_move_it():
    rows = values("وسيعقد الاجتماع في نوفمبر المقبل. وكانت الأسعار قد ارتفعت في ديسمبر بعد القرار.")
    assert "2014-12" in rows
