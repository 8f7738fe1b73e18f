"""Session 49, lead49c (docs/evaluation/facts_times.md, "Session 49, lead49c"): a day and month written without a year
more than 45 days after the article's day is the coming one, not last year's, when a word of a deadline or a start
ahead stands right before it ("حتى"، "اعتبارا من"، "أقصاه"، "إلى"; time/data/forward_leads.tsv), up to half a year
ahead. Guards: after "منذ" or a past verb with "في" the date stays last year's. Made-up sentences; published Saturday
2015-08-08."""

import pytest
from time_rows import analysed_times

PUB = "2015-08-08"


def times(text):
    return analysed_times(text, PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقررت الهيئة وقف خدمات الشركة اعتبارا من 30 نوفمبر لأسباب أمنية.", ("30 نوفمبر", "2015-11-30")),
        ("ويتعين على المرشحين تقديم طلباتهم في موعد أقصاه 26 أكتوبر.", ("26 أكتوبر", "2015-10-26")),
        ("ويمهل القانون أعضاء المجلس حتى 20 أكتوبر لاتخاذ قرار بشأن الاتفاق.", ("20 أكتوبر", "2015-10-20")),
        (
            "وأجلت المحكمة النظر في القضية إلى السابع من أكتوبر لإفساح المجال أمام المحامين.",
            ("السابع من أكتوبر", "2015-10-07"),
        ),
    ],
    ids=["from", "deadline", "until", "postponed-to"],
)
def test_a_date_after_a_deadline_word_is_the_coming_one(text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت الطائرات آلاف الغارات منذ 20 أكتوبر على المدينة.", "2014-10-20"),
        ("وأعلنت الحكومتان في 17 ديسمبر عزمهما على تطبيع العلاقات.", "2014-12-17"),
    ],
    ids=["since", "past-verb"],
)
def test_a_date_without_such_a_word_stays_last_years(text, expected):
    assert [v for _, v in times(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويتوقع المحللون أن يرفع البنك المركزي أسعار الفائدة بحلول ديسمبر.", ("ديسمبر", "2015-12")),
        ("ولن يستطيع المدرب الاستفادة من اللاعب حتى يناير بسبب عقوبة الاتحاد.", ("يناير", "2016-01")),
        ("وسيتاح للسكان شراء المنتج بدءا من أكتوبر وفق القانون الجديد.", ("أكتوبر", "2015-10")),
    ],
    ids=["by", "until-next-year", "starting"],
)
def test_a_month_after_a_deadline_word_is_the_coming_one(text, expected):
    """lead49e: a month named alone after such a word, its first day within half a year ahead."""
    assert times(text) == [expected]


def test_a_month_without_such_a_word_stays_last_years():
    assert times("ووقع الحادث في نوفمبر على الطريق السريع.") == [("نوفمبر", "2014-11")]
