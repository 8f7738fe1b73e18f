"""Sets (frequencies: monthly, daily, a rate per unit) and vague times kept without a value ("some time
ago", "for some time", "before" closing a clause, "at that time", the last or coming days, through the
ages). Each on short made-up Arabic news sentences."""

import pytest
from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ارتفع الدخل الشهري للأسر", ("الشهري", "set", "P1M")),
        ("يصل إيجاره اليومي إلى ستة آلاف ريال", ("اليومي", "set", "P1D")),
        ("تسير الشركة 260 رحلة يومية", ("يومية", "set", "P1D")),
        ("أقامت الشركة حفل المعايدة السنوي", ("السنوي", "set", "P1Y")),
        ("كشفت الحصيلة النصف سنوية للحكومة", ("النصف سنوية", "set", "P6M")),
    ],
)
def test_frequency_adjectives_are_sets(text, expected):
    assert expected in times(text)


def test_finally_is_not_recently():
    assert times("وأخيرا ما الحل؟") == []


# --- "monthly" said without the article


def test_a_bare_monthly_adjective_is_a_set():
    assert times("ويحصل المستفيد على دخل شهري ثابت") == [("شهري", "set", "P1M")]
    assert times("وسجل النفط أكبر هبوط شهري له في السنوات الأخيرة")[0] == ("شهري", "set", "P1M")


def test_day_after_day_is_a_daily_set():
    # as "من عام إلى آخر" is a yearly one
    assert times("وتتفاقم معاناة النازحين يوماً بعد يوم") == [("يوماً بعد يوم", "set", "P1D")]


def test_monthly_income_is_still_a_set():
    assert ("شهري", "set", "P1M") in times("ويحصل الموظف على دخل شهري ثابت.")


def test_a_rate_per_unit_after_a_quantity():
    assert times("يوفر التطبيق إصدارا بتكلفة 15 دولارا في العام يتضمن خاصية التتبع") == [("في العام", "set", "P1Y")]
    assert times("تناول المحار خمس إلى سبع مرات في الشهر يكفي") == [("في الشهر", "set", "P1M")]
    # a period, not a rate
    assert times("في العام الماضي") == [("العام الماضي", "year", "2014")]
    assert times("قال إنه في العام") == []


@pytest.mark.parametrize("text, expected", [
    ("كما ذكرنا سابقا في التقرير", ("سابقا", "date", None)),
    ("وكان قد أعلن في السابق عن الخطة", ("في السابق", "date", None)),
    ("وسيتم الإعلان عن النتائج لاحقاً", ("لاحقاً", "date", None)),
    ("تنزل الكميات إلى السوق بشكل يومي", ("بشكل يومي", "set", "P1D")),
    ("تجرى الفحوص دورياً للعاملين", ("دورياً", "set", None)),
    ("قصفت الطائرات الليلة الماضية مواقع المسلحين", ("الليلة الماضية", "time", "2015-08-05TNI")),
])
def test_vague_times_and_frequencies(text, expected):
    assert times(text) == [expected]


# --- stretches of the calendar without bounds, points some time ago


def test_the_last_or_coming_days_without_a_count_are_a_range():
    assert times("وتصاعدت المواجهات في الأيام الأخيرة بين الطرفين") == [("في الأيام الأخيرة", "range", None)]
    assert times("ويتوقع أن ترتفع الأسعار خلال الأشهر المقبلة") == [("خلال الأشهر المقبلة", "range", None)]
    assert times("وتراجعت المبيعات في السنوات القليلة الماضية") == [("في السنوات القليلة الماضية", "range", None)]
    assert times("وستصدر اللائحة في غضون الأيام المقبلة") == [("في غضون الأيام المقبلة", "range", None)]


def test_some_time_ago_is_a_point_without_value():
    assert times("وكان الوزير قد زار المنطقة قبل أيام قليلة") == [("قبل أيام قليلة", "date", None)]
    assert times("وأغلق المصنع قبل سنوات بسبب الخسائر") == [("قبل سنوات", "date", None)]
    assert times("وسيعود الوفد بعد أيام إلى الرياض") == [("بعد أيام", "duration", None)]


# --- vague stretches the gold annotates (data/phrases.tsv)


def test_through_the_ages_and_in_the_long_run_are_times_without_value():
    assert times("وظلت المدينة مركزا للتجارة على مر العصور.") == [("على مر العصور", "range", None)]
    assert times("ولم تعرف المنطقة مثل هذا الجفاف على مدار التاريخ") == [("على مدار التاريخ", "range", None)]
    assert times("وكانت القلعة حصنا منيعا في القرون الوسطى") == [("القرون الوسطى", "range", None)]
    assert times("وتهدف الخطة إلى خفض التكاليف على المدى الطويل") == [("على المدى الطويل", "duration", None)]
    assert times("وحسم الفريق تأهله في اللحظات الأخيرة بهدف رائع") == [("في اللحظات الأخيرة", "time", None)]


def test_vague_spans():
    assert times("ستظل أسعار النفط منخفضة لبعض الوقت مع مراقبة التعافي") == [("لبعض الوقت", "duration", None)]
    assert times("ويتطلب التطبيق بعض الوقت لضبطه") == [("بعض الوقت", "duration", None)]


def test_before_closing_a_clause_is_a_time_but_by_is_not():
    assert times("أعرف عددا كبيرا من اللاعبين ودربتهم من قبل، وسيخضعون لفحص فني") == [("من قبل", "date", None)]
    assert times("يدافع عن قيم لم يكترث لها من قبل. وكأنه اختار الماضي") == [("من قبل", "date", None)]
    assert times("وقد نبهت من قبل إلى خطورة هذه الجماعات") == [("من قبل", "date", None)]
    assert times("رغم الاعتراف به من قبل الاتحاد الأوروبي") == []
    assert times('التي استخدمت من قبل "الحرس الثوري" لنقل الصواريخ') == []


def test_at_that_time_with_fi():
    assert times("وقلت لمسؤول مركز الهيئة في حينها إن الأمر لا يعنيني") == [("في حينها", "date", None)]
    # "في وقتها" is "on time", no time
    assert times("لم تثر كثيرا من النقاش في وقتها، لكنها") == []


def test_at_this_time_of_year_is_a_stretch_not_the_article_day():
    # "في مثل هذه الأيام" recurs every year (the gold's null range); "هذه الأيام" alone stays the day
    rows = times("ويشكو الأهالي سنويا من ارتفاع الأسعار في مثل هذه الأيام، قبيل موسم العمرة.")
    assert ("في مثل هذه الأيام", "range", None) in rows
    assert ("هذه الأيام", "date", PUB) in times("يشهد السوق إقبالا كبيرا هذه الأيام.")
