"""Periods and seasons: halves and quarters, fiscal quarters, "the same period" of another year, the
first or last months of a year, the coming winter, school years and sports seasons, events with their
year, periods named by what filled them, "this/that period". Each on short made-up Arabic news
sentences, with the words that must stay no period."""

import pytest
from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def test_a_half_of_something_else_is_no_time():
    assert times("سجل هدفا في النصف الأول من المباراة") == []
    assert times("تقدم الفريق في الشوط الأول") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("فازت روسيا بتنظيم كأس العالم 2018", ("كأس العالم 2018", "year", "2018")),
        ("في تصفيات يورو 2016.", ("يورو 2016", "year", "2016")),
        ("تستهدف الخطة بلوغ ستة مليارات دولار بحلول 2020.", ("بحلول 2020", "year", "2020")),
        ("خصص 60 مليار دولار في ميزانية 2014", ("ميزانية 2014", "year", "2014")),
    ],
)
def test_events_and_targets_with_their_year(text, expected):
    found = times(text)
    assert any(t[1:] == expected[1:] and expected[0].endswith(t[0]) for t in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تكبد الاقتصاد خسائر فادحة خلال فترة حكمه", ("خلال فترة حكمه", "range", None)),
        ("قال رئيس الهيئة في عهد المالكي إن", ("في عهد المالكي", "range", None)),
        ("ارتفع الدين العام خلال ولايته", ("خلال ولايته", "range", None)),
        ("حكم البلاد اثنان في الحقبة السوفييتية", ("في الحقبة السوفييتية", "range", None)),
    ],
)
def test_periods_named_by_what_filled_them(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["وقعت فيضانات في ولاية كوينزلاند", "منذ سنوات عدة"])
def test_a_state_or_a_vague_count_of_years_is_no_named_period(text):
    assert not any(kind == "range" for _, kind, _ in times(text))


def test_the_coming_winter_is_the_one_that_starts_this_december():
    assert times("يتوقع ارتفاع الطلب في الشتاء المقبل") == [("الشتاء المقبل", "range", "2015-WI")]
    assert times("يتوقع ارتفاع الطلب في الصيف المقبل") == [("الصيف المقبل", "range", "2016-SU")]


def test_the_same_period_of_another_year_repeats_the_period_named_before():
    assert times("ارتفعت الأرباح خلال النصف الأول من العام الحالي مقارنة بالفترة نفسها من العام الماضي") == [
        ("خلال النصف الأول من العام الحالي", "range", "2015-H1"),
        ("الفترة نفسها من العام الماضي", "range", "2014-H1"),
    ]
    assert ("الفترة المماثلة من العام السابق", "range", "2014-Q2") in times(
        "نمت المبيعات في الربع الثاني 20% عن الفترة المماثلة من العام السابق"
    )
    assert ("النصف المقابل من العام الماضي", "range", "2014-H1") in times(
        "وذلك خلال النصف الأول مقارنة مع النصف المقابل من العام الماضي"
    )
    # no period named before: known to be a range, not which
    assert times("ارتفعت الصادرات مقارنة بنفس الفترة من عام 2014") == [("نفس الفترة من عام 2014", "range", None)]


def test_the_same_period_after_the_end_of_a_month_is_the_year_up_to_it():
    text = "بلغت الاستثمارات مع نهاية مايو نحو مليار دولار مقابل 800 مليون خلال الفترة نفسها من عام 2014"
    assert ("الفترة نفسها من عام 2014", "range", "2014-01/2014-05") in times(text)


def test_the_first_or_last_months_of_a_year():
    assert times("خلال الأشهر الخمسة الأولى من العام الجاري ارتفعت الصادرات 5% مقارنة بالفترة نفسها من عام 2014") == [
        ("خلال الأشهر الخمسة الأولى من العام الجاري", "range", "2015-01/2015-05"),
        ("الفترة نفسها من عام 2014", "range", "2014-01/2014-05"),
    ]
    assert times("في الأشهر الثلاثة الأخيرة من العام الماضي") == [
        ("في الأشهر الثلاثة الأخيرة من العام الماضي", "range", "2014-10/2014-12")
    ]
    # a year of another calendar is not read as the Gregorian one
    assert times("في الأشهر الأربعة الأولى من السنة الإيرانية") == [("في الأشهر الأربعة", "duration", "P4M")]


def test_fiscal_quarters_are_not_calendar_quarters():
    text = "باعت الشركة في الربع الثالث من سنتها المالية 47 مليون هاتف. وارتفعت الإيرادات في الربع الثالث 30%."
    assert ("في الربع الثالث", "range", None) in times(text)
    assert times("توقعات بأرباح قوية للشركات في الربع الأول من السنة المالية") == [
        ("في الربع الأول من السنة", "range", None)
    ]
    # a calendar year named keeps the calendar quarter
    assert times("سجلت الشركة أرباحا في الربع الثاني من العام") == [("في الربع الثاني من العام", "range", "2015-Q2")]


def test_a_year_ago_in_results_is_the_same_quarter_a_year_back():
    assert times("بلغت الأرباح في الربع الثاني 3.84 مليار دولار انخفاضا من 6.13 مليار دولار قبل عام") == [
        ("في الربع الثاني", "range", "2015-Q2"),
        ("قبل عام", "range", "2014-Q2"),
    ]
    assert times("عرض الفيلم قبل عام في دار الأوبرا") == [("قبل عام", "year", "2014")]


def test_a_bare_quarter_is_the_articles_year_but_a_bare_half_is_left():
    assert times("وارتفعت أرباح الشركة للربع الثاني 20%") == [("للربع الثاني", "range", "2015-Q2")]
    assert times("تراجعت أرباح الربع الثاني") == [("الربع الثاني", "range", "2015-Q2")]
    assert times("تقدم الفريق في النصف الأول من المباراة") == []
    assert times("أنهى الفريق النصف الأول متقدما") == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("بدأ القبول للعام الدراسي الحالي", "2015-07-27", ("للعام الدراسي الحالي", "range", "H1436/H1437")),
        ("استعدادا للعام الدراسي", "2015-08-10", ("للعام الدراسي", "range", "H1436/H1437")),
        ("تبدأ الدراسة في العام الدراسي الجديد", "2015-08-10", ("العام الدراسي الجديد", "range", "H1436/H1437")),
        ("تخرج خلال العام الدراسي الماضي", "2015-07-21", ("العام الدراسي الماضي", "range", "H1435/H1436")),
        # in spring the school year going on began the autumn before
        ("الاختبارات النهائية للعام الدراسي الحالي", "2015-03-01", ("للعام الدراسي الحالي", "range", "H1435/H1436")),
        ("20 فرعا للكليات خلال العام التدريبي الجديد 1436/1437ه، وذلك", "2015-08-10",
         ("العام التدريبي الجديد 1436/1437ه", "range", "H1436/H1437")),
        ("للعام الدراسي 1436/1437هـ", "2015-07-21", ("للعام الدراسي 1436/1437هـ", "range", "H1436/H1437")),
        # the school year 2023/24 (August to June) lay wholly in 1445
        ("الاختبارات النهائية للعام الدراسي الحالي", "2024-05-06", ("للعام الدراسي الحالي", "year", "H1445")),
    ],
)
def test_school_years(text, published, expected):
    assert times(text, published) == [expected]


def test_a_school_year_said_of_no_year_or_by_its_start_is_left():
    # its first day is a date the gold takes from the calendar; a memoir's school year is any year
    assert times("مع بداية العام الدراسي الجديد") == []
    assert times("ولم يحدث بيني وبينها طيلة العام الدراسي ما يجعلني أكرهها") == []
    assert times("وكان افتتاح العام الدراسي الجديد يقترب بسرعة") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ويستعد الفريق للموسم الجديد بمعسكر في النمسا", ("للموسم الجديد", "range", None)),
        ("تحضيرا للموسم الكروي الجديد", ("للموسم الكروي الجديد", "range", None)),
        ("وكان قد حل ثالثا في الموسم السابق", ("الموسم السابق", "range", None)),
    ],
)
def test_sports_seasons_are_periods_of_no_value(text, expected):
    assert times(text) == [expected]


def test_the_period_of_a_season_is_that_season():
    assert times("يكثر السفر خلال فترة الصيف", "2015-07-22") == [("خلال فترة الصيف", "range", "2015-SU")]
    # a period named by what filled it stays a period of no value
    assert times("تحقق ذلك خلال فترة حكمه", "2015-07-22") == [("خلال فترة حكمه", "range", None)]


# --- this/that period, at that time: the gold's null range or date


def test_this_or_that_period_has_no_value():
    assert times("حيث نشتري كمية قليلة في هذه الفترة حتى يهبط السعر") == [("هذه الفترة", "range", None)]
    assert times("وهي أبرز الوسائل التي تم استخدامها تلك الفترة.") == [("تلك الفترة", "range", None)]
    assert times("ورفض النادي التفريط في اللاعب لحاجته له في ذلك الوقت.") == [("في ذلك الوقت", "date", None)]
