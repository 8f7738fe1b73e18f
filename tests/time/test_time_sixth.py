"""Classes of time expressions found on all of dev in the sixth pass (issue 5): "since" an event,
"this/that period", a year closing a name or clause, the newspaper «عين اليوم», phrases before من,
"near" (قريبا منه), "general managers" (المدراء العامين) and the verb لامس. Each on short made-up
Arabic news sentences."""

import pytest

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday


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
    assert times("تراجعت الصادرات منذ عام 2003 في") == [("منذ عام 2003", "range", "2003/2015-08-06")]
    assert times("وصل إلى المدينة منذ ثلاثة أيام") == [("منذ ثلاثة أيام", "date", "2015-08-03")]
    assert times("وحققت الشركة أرباحا منذ إطلاقها في عام 2008 ") == [("عام 2008", "year", "2008")]
    # (a year right after the event's words: no null range over it; the year alone, before بعد, is not read)
    assert times("أكبر هبوط منذ الأزمة المالية 2008 بعد سلسلة من الخسائر") == []
    # anaphors and quantities are not events
    assert times("ومنذ ذلك الحين تضررت صناعة النفط") == []
    assert times("في المبنى المشيد منذ نحو القرن") == []
    # the name منذر is no منذ
    assert times("وقال منذر الحربي إن الفريق جاهز") == []


# --- this/that period, at that time: the gold's null range or date


def test_this_or_that_period_has_no_value():
    assert times("حيث نشتري كمية قليلة في هذه الفترة حتى يهبط السعر") == [("هذه الفترة", "range", None)]
    assert times("وهي أبرز الوسائل التي تم استخدامها تلك الفترة.") == [("تلك الفترة", "range", None)]
    assert times("ورفض النادي التفريط في اللاعب لحاجته له في ذلك الوقت.") == [("في ذلك الوقت", "date", None)]


# --- a year closing a name or a clause


def test_a_year_after_a_name_is_a_year():
    assert times("يقام المونديال في نسختيه المقبلتين بروسيا 2018، وقطر 2022، مثلما كان في مونديال 2014 بالبرازيل.") == [
        ("2018", "year", "2018"),
        ("2022", "year", "2022"),
        ("مونديال 2014", "year", "2014"),
    ]
    assert times("كما كان متوقعا في قانون المالية (موازنة) 2015، وذلك بفضل تحسن القطاع") == [("2015", "year", "2015")]


def test_a_count_is_no_year():
    assert times("ولا يقل الحد الأدنى للتعويض عن مبلغ 2000 ريال شهريا") == [("شهريا", "set", "P1M")]
    assert times("وبلغت المبيعات 1.2015، في") == []


def test_two_years_before_a_preposition_are_a_range():
    assert times("وتخطط لبيع أصول بقيمة 50 مليار دولار بين 2014 و2018 مع مضيها قدما في الاستحواذ") == [
        ("بين 2014 و2018", "range", "2014/2018")
    ]
    assert times("ويتراوح عدد المشاركين بين 1900 و2000 شخص") == []


# --- the newspaper «عين اليوم»


def test_ein_alyoum_is_a_newspaper_not_today():
    assert times("محمد السريعي – عين اليوم  أصيب 27 شخصًا اليوم في حادث حريق", "2015-08-04") == [
        ("اليوم", "date", "2015-08-04")
    ]
    assert times("وقال المتحدث لـ”عين اليوم” إن الفرق باشرت الحادث اليوم الاثنين", "2015-08-04") == [
        ("اليوم الاثنين", "date", "2015-08-03")
    ]


# --- phrases before من


def test_now_and_daily_before_min_are_still_times():
    assert times("ويحذر الخبراء الآن من أن نقص المياه يهدد البلاد") == [("الآن", "date", "2015-08-06")]
    assert times("ولم يعترف به حتى الآن من قبل الاتحاد الدولي") == [("حتى الآن", "date", "2015-08-06")]
    assert times("وتحتوي الحصة على المقدار اليومي من الصوديوم") == [("اليومي", "set", "P1D")]
    # while a longer phrase with من is still read whole
    assert times("وكانت الوزارة أعلنت في وقت سابق من الشهر الجاري") == [
        ("في وقت سابق من الشهر الجاري", "month", "2015-08")
    ]


def test_near_is_not_soon():
    assert times("وأخيرا تحط الصقور قريبا منه ولا تلبث أن تقع في الفخ") == []
    assert times("فريقه الذي كان قريبا من الهبوط للدرجة الثانية") == []
    assert times("وستسلم المباني قريباً حيث يجري العمل") == [("قريباً", "date", None)]


def test_general_managers_are_not_two_years():
    assert times("ويشمل القرار الوزراء والنواب والمدراء العامين والمحافظين") == []
    assert times("وإبعاد الوكلاء ومدراء عامين عن المحاصصة الحزبية") == []
    assert times("وتضاعفت الأرباح خلال العامين الماضيين") == [("خلال العامين الماضيين", "duration", "P2Y")]


def test_the_verb_touched_is_not_yesterday():
    assert times("وانخفض سعر الخام بعد أن لامس أدنى مستوى له في الجلسة") == []
    assert times("وقال الوزير أمس إن الأسعار ستستقر") == [("أمس", "date", "2015-08-05")]


@pytest.mark.parametrize("space", [" ", "  ", "\u00a0"])
def test_since_an_event_ends_before_the_particle_whatever_space_stands_before_it(space):
    assert times(f"يعمل منذ الصغر{space}من دون توقف في المزرعة.") == [("منذ الصغر", "range", None)]
