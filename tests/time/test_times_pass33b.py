"""Times, thirty-third pass (b) (issue 5): "خلال اليومين المقبلين/القادمين" is the length of the next
two days, a duration P2D (as "خلال اليومين الماضيين"), while "في اليومين المقبلين" and a bare
"اليومين القادمين" stay the two days after the article's date; a Gregorian month after "(ل)تسليم" is a
futures contract's delivery month, the coming one, not last year's. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-03"  # a Monday


def times(text, published=PUB):
    return time_rows(text, published)


def test_within_the_next_two_days_is_a_length():
    rows = times("وتعلن اللجنة أسماء الفائزين خلال اليومين المقبلين في حفل بالعاصمة.")
    assert rows_of(rows, "خلال اليومين المقبلين") == [("duration", "P2D")]


def test_within_the_coming_two_days_is_a_length():
    rows = times("ويصل الوفد التجاري خلال اليومين القادمين لبحث الاتفاقية.")
    assert rows_of(rows, "خلال اليومين القادمين") == [("duration", "P2D")]


def test_in_the_next_two_days_keeps_the_dates():
    rows = times("ومن المنتظر أن تبدأ الحملة في اليومين المقبلين، بحسب المنظمين.")
    assert rows_of(rows, "اليومين المقبلين") == [("range", "2015-08-04/2015-08-05")]


def test_the_last_two_days_and_months_stay_lengths():
    rows = times("وتراجعت الأسعار خلال اليومين الماضيين، ويتوقع استقرارها خلال الشهرين المقبلين.")
    assert rows_of(rows, "خلال اليومين الماضيين") == [("duration", "P2D")]
    assert rows_of(rows, "خلال الشهرين المقبلين") == [("duration", "P2M")]


def test_a_delivery_month_is_the_coming_one():
    rows = times("وارتفعت عقود النفط الخام تسليم أكتوبر تشرين الأول 20 سنتا إلى 48 دولارا للبرميل.")
    assert rows_of(rows, "أكتوبر تشرين الأول") == [("month", "2015-10")]
    rows = times("وهبطت الفضة في العقود الآجلة لتسليم ديسمبر 0.5 بالمئة.")
    assert rows_of(rows, "ديسمبر") == [("month", "2015-12")]


def test_a_month_without_delivery_keeps_the_past():
    rows = times("وكانت الشركة قد وقعت العقد في أكتوبر تشرين الأول بعد مفاوضات طويلة.")
    assert rows_of(rows, "أكتوبر تشرين الأول") == [("month", "2014-10")]
    rows = times("وتراجعت عقود الخام تسليم مايو الماضي بنسبة كبيرة.")
    assert rows_of(rows, "مايو الماضي") == [("month", "2015-05")]
