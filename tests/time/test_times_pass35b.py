"""Times, thirty-fifth pass (b) (issue 5): two Gregorian months joined by و after بين (or after
شهري with a year said) are one span of months; two years of 1900–2039 after بين are a range of
years whatever word follows them. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-05"  # a Wednesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_two_months_between_cross_the_year():
    rows = times("وتراجعت صادرات القطن في الفترة بين أكتوبر تشرين الأول وفبراير شباط بنسبة كبيرة.")
    assert rows_of(rows, "بين أكتوبر تشرين الأول وفبراير شباط") == [("range", "2014-10/2015-02")]


def test_two_months_between_each_with_its_year():
    rows = times("وعمل المدرب مع النادي ما بين مارس 2009 وأبريل 2012 قبل أن يرحل.")
    assert rows_of(rows, "ما بين مارس 2009 وأبريل 2012") == [("range", "2009-03/2012-04")]


def test_two_months_after_shahrai_with_years():
    rows = times("ويقام المعرض الدولي في شهري نوفمبر 2015 ويناير 2016 في العاصمة.")
    assert rows_of(rows, "شهري نوفمبر 2015 ويناير 2016") == [("range", "2015-11/2016-01")]


def test_two_months_without_between_stay_two():
    rows = times("وارتفعت المبيعات في فبراير ويونيو الماضيين.")
    assert ("month", "2015-02") in rows_of(rows, "فبراير")


def test_two_years_after_between_before_a_verb():
    rows = times("ولعب الحارس للفريق بين 2006 و2010 دون أن يشارك في أي نهائي.")
    assert rows_of(rows, "بين 2006 و2010") == [("range", "2006/2010")]


def test_round_counts_after_between_stay_counts():
    rows = times("وتضم القاعة بين 1900 و2000 شخص في كل حفل.")
    assert rows_of(rows, "بين 1900 و2000") == []


def test_two_months_between_placed_by_the_word_after_the_second():
    rows = times("وكان مقررا أن تقام البطولة بين نوفمبر وفبراير المقبلين في الدوحة.")
    assert rows_of(rows, "بين نوفمبر وفبراير المقبلين") == [("range", "2015-11/2016-02")]
