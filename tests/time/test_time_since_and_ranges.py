""""Since" (منذ) an event, a year or a number of months, and ranges: pairs of days, two months or two
years, two ends that name their years, a range of years ending with "about". Each on short made-up
Arabic news sentences, with the near misses that stay a count or two dates."""

import pytest
from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- "since" an event: a range with a null value, as the gold annotates about 20 such spans on dev


def test_since_an_event_is_a_range_without_a_value():
    assert times("ولم يزر أي وزير غربي طهران منذ بدء المفاوضات، حسب المصادر") == [("منذ بدء المفاوضات", "range", None)]
    assert times("وقال إنه يمارس الرسم منذ الصغر.") == [("منذ الصغر", "range", None)]
    # منذ أن + a verb: أن does not count among the words
    assert times("وهو أول خطاب له منذ أن تولى رئاسة الوزراء، وفق البيان") == [
        ("منذ أن تولى رئاسة الوزراء", "range", None)
    ]
    # ومنذ: the conjunction is not part of another word
    assert times("ومنذ اندلاع الأزمة تراجعت السياحة") == [("منذ اندلاع الأزمة تراجعت السياحة", "range", None)]


def test_since_when_asks_and_names_no_time():
    # "منذ متى …؟" is a question: no event, no range (seventeenth pass)
    assert times("والسؤال الذي يطرحه المراقبون: منذ متى تحدد طهران سياسات جيرانها؟") == []
    assert times("سألني الصحفي: منذ متى وأنت تكتب الرواية؟") == []


def test_since_an_event_stops_at_a_particle_or_a_joined_word():
    assert times("فقد عشق النادي منذ الصغر من دون النظر للمال") == [("منذ الصغر", "range", None)]
    assert times("ويعد من أفخم الفنادق منذ الثلاثينات وشهد أحداثا كثيرة") == [("منذ الثلاثينات", "range", None)]
    assert times("وهي أول زيارة منذ وصوله إلى البيت الأبيض") == [("منذ وصوله", "range", None)]


def test_since_an_event_until_now_is_one_range():
    assert times("وارتفع عدد المصابين بالفيروس إلى 1054 حالة منذ تفشيه حتى الآن، وبلغت نسبة الوفيات") == [
        ("منذ تفشيه حتى الآن", "range", None)
    ]


def test_since_keeps_the_times_the_scanner_reads():
    # a year or a count after منذ keeps its reading; a time said inside the event's words is the gold's
    assert times("تراجعت الصادرات منذ عام 2003 في") == [("منذ عام 2003", "year", "2003")]
    assert times("وصل إلى المدينة منذ ثلاثة أيام") == [("منذ ثلاثة أيام", "date", "2015-08-03")]
    assert times("وحققت الشركة أرباحا منذ إطلاقها في عام 2008 ") == [("عام 2008", "year", "2008")]
    # (a year right after the event's words: no null range over it; the year alone, before بعد, is not read)
    assert times("أكبر هبوط منذ الأزمة المالية 2008 بعد سلسلة من الخسائر") == []
    # anaphors and quantities are not events
    assert times("ومنذ ذلك الحين تضررت صناعة النفط") == []
    assert times("في المبنى المشيد منذ نحو القرن") == []
    # the name منذر is no منذ
    assert times("وقال منذر الحربي إن الفريق جاهز") == []


@pytest.mark.parametrize("space", [" ", "  ", "\u00a0"])
def test_since_an_event_ends_before_the_particle_whatever_space_stands_before_it(space):
    assert times(f"يعمل منذ الصغر{space}من دون توقف في المزرعة.") == [("منذ الصغر", "range", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وتشن الحركة حملة دموية منذ 2009 أدت إلى مقتل 15 ألف شخص", ("منذ 2009", "year", "2009")),
        ("استمر التنظيم منذ عام 2003 في اعتداءاته", ("منذ عام 2003", "year", "2003")),
        ("وهي عضو في الجامعة منذ سنة 1971،", ("منذ سنة 1971", "year", "1971")),
        ("ومنذ العام 2002 بدأت المفاوضات", ("منذ العام 2002", "year", "2002")),
    ],
)
def test_since_a_year_is_that_year(text, expected):
    # the point منذ counts from, as "منذ مايو" is the month (docs/ANNOTATING.md, Conventions)
    assert times(text) == [expected]


def test_since_a_year_keeps_its_other_readings():
    # a second end makes it a range of two years; a Hijri year or a year to come stays a year
    assert times("لم يعط سوى مقابلة واحدة منذ 1953 حتى 2010") == [("منذ 1953 حتى 2010", "range", "1953/2010")]
    assert times("يعمل منذ عام 1430 هـ في الوزارة") == [("عام 1430 هـ", "year", "H1430")]
    assert times("سيطبق النظام منذ عام 2016") == [("منذ عام 2016", "year", "2016")]
    # "إلى إسرائيل" is no end of the span
    assert times("ضم الجولان المحتلة منذ عام 1967 إلى إسرائيل") == [("منذ عام 1967", "year", "1967")]


@pytest.mark.parametrize("text, span, value", [
    ("يعمل وكيل عقارات في الخارج منذ عشرين عاما ولم يستثمر", "منذ عشرين عاما", "P20Y"),
    ("السقف نفسه منذ ثلاثة أعوام ونصف رغم انهيار الأسعار", "منذ ثلاثة أعوام ونصف", "P3Y6M"),
    ("فر منها منذ خمسة أشهر إلى مدينة القبة", "منذ خمسة أشهر", "P5M"),
])
def test_since_a_number_of_months_or_years_is_how_long_it_lasted(text, span, value):
    assert times(text) == [(span, "duration", value)]


def test_pairs_of_days():
    assert times("ينعقد المؤتمر يومي ١٨- ١٩ نوفمبر القادم") == [
        ("يومي ١٨- ١٩ نوفمبر القادم", "range", "2015-11-18/2015-11-19")
    ]
    assert times("عقد الاجتماع في السابع والثامن من تموز/يوليو") == [
        ("السابع والثامن من تموز/يوليو", "range", "2015-07-07/2015-07-08")
    ]
    # السابع والعشرين is one day
    assert times("في السابع والعشرين من يوليو") == [("السابع والعشرين من يوليو", "date", "2015-07-27")]


def test_two_different_months_where_a_double_name_stands_are_a_span_of_months():
    assert times("خلال الفترة من (سبتمبر- نوفمبر) من هذا العام") == [
        ("سبتمبر- نوفمبر) من هذا العام", "range", "2015-09/2015-11")
    ]
    assert times("بين يونيو - أغسطس 2014") == [("يونيو - أغسطس 2014", "range", "2014-06/2014-08")]
    # a double name of one month stays one month
    assert times("في أكتوبر/تشرين الأول 2014") == [("أكتوبر/تشرين الأول 2014", "month", "2014-10")]


def test_two_ends_that_name_their_years_are_a_range_without_min():
    assert times("شغل المنصب فبراير/شباط 2009 حتى نوفمبر/تشرين الثاني 2014") == [
        ("فبراير/شباط 2009 حتى نوفمبر/تشرين الثاني 2014", "range", "2009-02/2014-11")
    ]
    assert times("عمل في الشركة عام 1984 وحتى 1995") == [("عام 1984 وحتى 1995", "range", "1984/1995")]
    assert times("منذ عام 2011 وحتى 2015") == [("منذ عام 2011 وحتى 2015", "range", "2011/2015")]
    assert times("كان وزير الإعلام السادس (1984 وحتى 1995).") == [("1984 وحتى 1995", "range", "1984/1995")]
    assert times("ارتفع العدد من 1500 إلى 2000 شخص") == []  # counts, not years
    assert times("بلغ العدد 1900 حتى 2000 شخص") == []
    assert times("وفي الفترة بين 2009 حتى 2013 حقق معدل النمو 7%") == [("2009 حتى 2013", "range", "2009/2013")]
    # one day written in two calendars is no range
    assert times("صدر العدد في 3 ربيع الآخر 1436 - 23 يناير 2015") == [
        ("3 ربيع الآخر 1436", "date", "2015-01-23"),
        ("23 يناير 2015", "date", "2015-01-23"),
    ]


def test_two_gregorian_months_are_a_range_of_months():
    rows = times("وارتفعت مبيعات السيارات في شهري مايو أيار ويونيو حزيران بنسبة كبيرة.")
    assert rows == [("في شهري مايو أيار ويونيو حزيران", "range", "2015-05/2015-06")]


def test_a_range_to_the_end_or_middle_of_a_month_runs_from_day_to_day():
    # twentieth pass: a day (or "أول" a month) to "نهاية/منتصف/آخر" a month is a range of days, its
    # end the month's last day or its 15th (the dev gold's two such spans)
    assert times("وبلغت صادرات التمور خلال الفترة من 12 فبراير وحتى نهاية شهر مارس 2015 نحو 80 ألف طن") == [
        ("من 12 فبراير وحتى نهاية شهر مارس 2015", "range", "2015-02-12/2015-03-31")
    ]
    assert times("وتستقبل الهيئة الطلبات من أول سبتمبر (أيلول)، وحتى منتصف أكتوبر (تشرين الأول) المقبل") == [
        ("من أول سبتمبر (أيلول)، وحتى منتصف أكتوبر (تشرين الأول) المقبل", "range", "2015-09-01/2015-10-15")
    ]
    # a start in December before an end in the next year's January
    assert times("وتمتد الحملة من 20 ديسمبر حتى نهاية يناير 2016") == [
        ("من 20 ديسمبر حتى نهاية يناير 2016", "range", "2015-12-20/2016-01-31")
    ]


def test_a_range_from_the_start_of_a_month_stays_a_range_of_months():
    # "مطلع/بداية" is no day: the months stay (no dev span says otherwise); without من no range either
    assert times("وارتفعت الأسعار من مطلع مارس وحتى نهاية يونيو الماضي") == [
        ("من مطلع مارس وحتى نهاية يونيو الماضي", "range", "2015-03/2015-06")
    ]
    rows = times("وصدر القرار في 12 فبراير، وحتى نهاية شهر مارس لم يطبق")
    assert ("12 فبراير", "date", "2015-02-12") in rows and not any(r[1] == "range" for r in rows)


def test_two_years_before_a_preposition_are_a_range():
    assert times("وتخطط لبيع أصول بقيمة 50 مليار دولار بين 2014 و2018 مع مضيها قدما في الاستحواذ") == [
        ("بين 2014 و2018", "range", "2014/2018")
    ]
    assert times("ويتراوح عدد المشاركين بين 1900 و2000 شخص") == []


# --- a range of years with an approximate end


def test_a_range_of_years_may_end_with_about():
    assert times("وعمل مستشارا للشركة من 2003 إلى نحو 2008 ثم تفرغ للكتابة") == [
        ("من 2003 إلى نحو 2008", "range", "2003/2008")
    ]
    assert times("وتولى المنصب من 1990 حتى حوالي 1998، ثم استقال") == [("من 1990 حتى حوالي 1998", "range", "1990/1998")]


def test_an_approximate_end_before_a_noun_is_a_count():
    assert times("وارتفع عدد المشتركين من 2000 إلى نحو 2100 مشترك") == []


def test_a_falling_pair_before_a_month_is_no_range():
    # a score or a list number, not the days 3 to 2
    assert [row for row in times("وانتهت مباراة الذهاب 3-2 سبتمبر الماضي") if row[1] == "range"] == []


# --- "for the two years X and Y" after the preposition ل


def test_two_years_after_the_preposition_li_are_a_range():
    assert times("وتراجعت أرباح الشركة للعامين 2012 و2013 بسبب الركود.") == [
        ("للعامين 2012 و2013", "range", "2012/2013"),
    ]
    assert times("وأقر المجلس ميزانية لعامي 2016 و2017.") == [("لعامي 2016 و2017", "range", "2016/2017")]
