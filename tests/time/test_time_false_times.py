"""Words that only look like times: a runner-up is no summer, الشهري a family name, «عين اليوم» a
newspaper, آلان a name, "near" is not "soon", general managers are not two years, a contract is no
decade, the verbs لامس and غشت. Each on short made-up Arabic news sentences."""

import pytest
from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def test_a_runner_up_is_no_summer():
    assert times("حل الفريق وصيفا للبطولة") == []


@pytest.mark.parametrize("text", ["وأضاف الشهري أن الخدمة مستمرة", "وقال بندر ناصر الشهري إن العمل بدأ"])
def test_the_family_name_alshehri_is_no_frequency(text):
    assert times(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "البلد في أمسّ الحاجة إلى الدعم",
        "باع 40 مليون ساعة ذكية",
        "ستنطلق الانتخابات في اليوم الـ 7 من الشهر المقبل",
    ],
)
def test_no_time_where_words_only_look_like_one(text):
    assert not any(kind in ("duration", "set") or text_ == "أمسّ" for text_, kind, _ in times(text))


def test_a_year_after_a_count_is_not_read_as_years():
    assert ("عام 2013", "year", "2013") in times("بلغ عدد الزوار 3 ملايين مليوناً عام 2013")


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


def test_a_contract_is_no_decade():
    assert times("وقع عقد من الشركة مع المقاول") == []


def test_the_name_alan_is_not_now():
    assert times("وقال آلان ستيرن كبير الباحثين إن المسبار يتجه الآن نحو حزام كايبر", "2015-07-21") == [
        ("الآن", "date", "2015-07-21")
    ]


def test_the_verb_ghashat_is_no_august():
    assert times("وقالت اللجنة إن طالبة غشت في امتحان الرياضيات.", "2015-08-10") == []
    assert times("ووصل الوفد إلى الرباط في 3 غشت لبحث الاتفاق.", "2015-08-10") == [("3 غشت", "date", "2015-08-03")]
