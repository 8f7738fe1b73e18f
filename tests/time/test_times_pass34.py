"""Times, thirty-fourth pass (issue 5): the summer holiday ("الإجازة الصيفية"، "خلال الإجازة
الصيفية") is the summer of the article's year, a range 2015-SU, not a null range; "خلال الإجازة"
alone stays a null range. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-03"  # a Monday


def times(text, published=PUB):
    return time_rows(text, published)


def test_the_summer_holiday_is_this_summer():
    rows = times("وتكثر رحلات العائلات إلى المصايف بسبب الإجازة الصيفية، كما يقول أصحاب الفنادق.")
    assert rows_of(rows, "الإجازة الصيفية") == [("range", "2015-SU")]


def test_during_the_summer_holiday_takes_the_whole_span():
    rows = times("وتنظم البلدية دورات للناشئين خلال الإجازة الصيفية في ثلاثة أحياء.")
    assert rows_of(rows, "خلال الإجازة الصيفية") == [("range", "2015-SU")]


def test_the_summer_holiday_without_hamza():
    rows = times("وشهدت الحدائق زحاما في الاجازة الصيفية هذا الأسبوع.", "2016-07-10")
    assert rows_of(rows, "الاجازة الصيفية") == [("range", "2016-SU")]


def test_a_holiday_alone_stays_null():
    rows = times("ويعود الطلاب إلى مدارسهم بعد أن قضوا وقتا ممتعا خلال الإجازة مع ذويهم.")
    assert rows_of(rows, "خلال الإجازة") == [("range", None)]
