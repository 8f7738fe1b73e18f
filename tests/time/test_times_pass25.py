"""Times, twenty-fifth pass (issue 5): "الجلسة السابقة" of a market report is the trading day before
the story's day (its "أمس"/"اليوم", else the article's date), Saturday and Sunday skipped.
Made-up sentences."""

from time_rows import time_rows, values_ending

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_the_previous_session_is_the_day_before_the_story_day():
    # the story's day is "أمس" (Monday 20th): the session before it is Friday 17th
    rows = times("وأغلق مؤشر الأسهم أمس مرتفعا 3 في المائة بعد أن هبط 1 في المائة في الجلسة السابقة.")
    assert values_ending(rows, "الجلسة السابقة") == ["2015-07-17"]


def test_the_previous_session_on_a_weekday():
    rows = times("وصعد سعر الذهب اليوم بعدما سجل أدنى مستوياته في خمسة أعوام في الجلسة السابقة.")
    assert values_ending(rows, "الجلسة السابقة") == ["2015-07-20"]


def test_the_previous_session_without_a_story_day_is_before_the_article_date():
    rows = times("واستقرت أسعار أسهم 12 شركة عند مستوياتها في الجلسة السابقة.", "2015-08-06")
    assert values_ending(rows, "الجلسة السابقة") == ["2015-08-05"]


def test_a_session_of_another_day_is_unchanged():
    # "جلسة اليوم" is today, as before
    rows = times("وقررت البورصة تعليق جلسة اليوم بمناسبة العطلة الرسمية.")
    assert not any("السابقة" in found for found, _, _ in rows)
    assert "2015-07-21" in [value for _, _, value in rows]


def test_the_session_before_a_sunday_is_the_gulf_thursday():
    # a story of Sunday is of a Gulf market (Sunday to Thursday): its previous session is Thursday
    rows = times("وارتفع مؤشر السوق أمس 0.5 في المائة بعدما تراجع 2 في المائة في الجلسة السابقة.", "2015-07-20")
    assert values_ending(rows, "الجلسة السابقة") == ["2015-07-16"]
