"""Classes of time expressions added for issue 5 (parts of years, seasons with a year, ranges,
bounded and compound durations, singular units, frequency adjectives, vague references, events
with their year), each on short made-up Arabic news sentences, and the words that must stay
no times."""

import pytest
from time_rows import time_rows

from khabar.time.resolve import add_durations
from khabar.time.scanner import anchored_scanner, scanners_by_first_char

PUB = "2015-07-26"  # a Sunday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ارتفعت الصادرات خلال النصف الأول من 2015 بنسبة 4%", ("خلال النصف الأول من 2015", "range", "2015-H1")),
        ("تراجع العجز في النصف الأول من السنة الحالية", ("في النصف الأول من السنة الحالية", "range", "2015-H1")),
        ("مقارنة بالنصف الثاني من العام الماضي", ("النصف الثاني من العام الماضي", "range", "2014-H2")),
        ("سجلت الشركة أرباحا في الربع الثاني للعام", ("في الربع الثاني للعام", "range", "2015-Q2")),
        ("نمت المبيعات في الربع الثالث من عام 2014", ("في الربع الثالث من عام 2014", "range", "2014-Q3")),
        ("وتوقع التقرير تحسنا في الربع الأخير", ("في الربع الأخير", "range", "2015-Q4")),
    ],
)
def test_halves_and_quarters_of_a_year(text, expected):
    assert expected in times(text)


def test_a_half_of_something_else_is_no_time():
    assert times("سجل هدفا في النصف الأول من المباراة") == []
    assert times("تقدم الفريق في الشوط الأول") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أقيمت فعاليات صيف 1436هـ في أبها", ("صيف 1436هـ", "range", "2015-SU")),
        ("تنطلق الأنشطة صيف هذا العام 1436هـ", ("صيف هذا العام 1436هـ", "range", "2015-SU")),
        ("بدأت الأزمة في خريف 2008", ("خريف 2008", "range", "2008-FA")),
        ("انتقل إلى النادي صيف العام 2013", ("صيف العام 2013", "range", "2013-SU")),
        ("التحق بالفريق الصيف الماضي", ("الصيف الماضي", "range", "2014-SU")),
    ],
)
def test_seasons_with_their_year(text, expected):
    assert expected in times(text)


def test_a_runner_up_is_no_summer():
    assert times("حل الفريق وصيفا للبطولة") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "تقام البطولة في الفترة من 14 يونيو (حزيران) إلى 15 يوليو (تموز) 2018 في روسيا",
            ("من 14 يونيو (حزيران) إلى 15 يوليو (تموز) 2018", "range", "2018-06-14/2018-07-15"),
        ),
        ("يستمر المعرض من 20 ديسمبر إلى 5 يناير 2016", ("من 20 ديسمبر إلى 5 يناير 2016", "range", "2015-12-20/2016-01-05")),
        ("تقام الدورة يومي 20 و21 من شهر شوال", ("يومي 20 و21 من شهر شوال", "range", "2015-08-05/2015-08-06")),
        ("ينعقد المؤتمر بين 3 و5 مارس 2016", ("بين 3 و5 مارس 2016", "range", "2016-03-03/2016-03-05")),
        ("ينعقد المؤتمر من 7-9 محرم 1437ه بالرياض", ("من 7-9 محرم 1437ه", "range", "2015-10-20/2015-10-22")),
        ("عقد المجلس جلستين يومي الثلاثاء والأربعاء", ("يومي الثلاثاء والأربعاء", "range", "2015-07-21/2015-07-22")),
        ("شغل المنصب من 1977 إلى 1981", ("من 1977 إلى 1981", "range", "1977/1981")),
        ("القبول للعام الجامعي 1437/1436هـ", ("عام الجامعي 1437/1436هـ", "range", "H1436/H1437")),
    ],
)
def test_ranges_of_days_and_years(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يعاقب بالسجن بين 5 و15 عاما", ("بين 5 و15 عاما", "duration", None)),
        ("بالسجن من عامين إلى 10 أعوام", ("من عامين إلى 10 أعوام", "duration", None)),
        ("تتراوح مدة العلاج من شهر إلى عامين", ("من شهر إلى عامين", "duration", None)),
        ("يحفظ الدواء ما بين 3 و4 أشهر", ("ما بين 3 و4 أشهر", "duration", None)),
        ("بعد 5 أشهر و27 يوما من التحقيق", ("بعد 5 أشهر و27 يوما", "duration", "P5M27D")),
        ("تنطلق صافرة الإنذار كل دقيقة و20 ثانية", ("كل دقيقة و20 ثانية", "set", "PT1M20S")),
        ("خلال الثماني والأربعين ساعة الماضية", ("خلال الثماني والأربعين ساعة الماضية", "duration", "PT48H")),
        ("في الـ48 الساعة القادمة", ("الـ48 الساعة القادمة", "duration", "PT48H")),
        ("استمر الاتصال لمدة ساعة ونصف الساعة", ("لمدة ساعة ونصف الساعة", "duration", "PT1H30M")),
        ("استغرقت الرحلة ثلاث ساعات ونصف", ("ثلاث ساعات ونصف", "duration", "PT3H30M")),
        ("بقي في المستشفى ثلاثة أيام ونصف", ("ثلاثة أيام ونصف", "duration", "P3.5D")),
        ("وصلت الفرق خلال ربع الساعة", ("ربع الساعة", "duration", "PT15M")),
    ],
)
def test_bounded_and_compound_durations(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أغلق المتجر لمدة شهر", ("لمدة شهر", "duration", "P1M")),
        ("يصدر القرار خلال سنة", ("خلال سنة", "duration", "P1Y")),
        ("ستعلن النتائج خلال أسبوع من الآن", ("خلال أسبوع من الآن", "duration", "P1W")),
        ("افتتح المسرح قبل عام في فيينا", ("قبل عام", "year", "2014")),
        ("غادر البلاد منذ شهر", ("منذ شهر", "month", "2015-06")),
        ("سافر بعد يوم واحد", ("بعد يوم واحد", "duration", "P1D")),
        ("وقع الاتفاق قبل عام من الانتخابات", ("قبل عام", "duration", "P1Y")),
    ],
)
def test_one_unit_without_a_number(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["اجتمعوا قبل يوم الجمعة", "خلال شهر رمضان", "قبل يوم الانتخابات", "خلال عام 2015"])
def test_one_unit_that_names_something_else_is_not_a_duration(text):
    assert not any(kind == "duration" for _, kind, _ in times(text))


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


@pytest.mark.parametrize("text", ["وأضاف الشهري أن الخدمة مستمرة", "وقال بندر ناصر الشهري إن العمل بدأ"])
def test_the_family_name_alshehri_is_no_frequency(text):
    assert times(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت الوزارة في وقت سابق أن", ("في وقت سابق", "date", None)),
        ("وصل الوفد في وقت لاحق اليوم", ("في وقت لاحق اليوم", "date", "2015-07-26")),
        ("بدأت الشرطة التحقيق على الفور", ("على الفور", "date", None)),
        ("سيعلن عن الأسماء قريبا", ("قريبا", "date", None)),
        ("ويتوقع تحسن الأسعار خلال الفترة المقبلة", ("الفترة المقبلة", "range", None)),
        ("كان التنظيم يخطط لذلك منذ فترة طويلة", ("منذ فترة طويلة", "duration", None)),
        ("الخدمة متاحة على مدار الساعة", ("على مدار الساعة", "set", None)),
        ("ارتفعت الأسعار لأيام عيد الفطر السعيد", ("أيام عيد الفطر السعيد", "range", None)),
        ("تراجعت الحركة في الأشهر الأخيرة", ("في الأشهر الأخيرة", "range", None)),
    ],
)
def test_vague_references_are_kept_without_a_value(text, expected):
    assert expected in times(text)


def test_finally_is_not_recently():
    assert times("وأخيرا ما الحل؟") == []


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
        ("يبدأ الدوام من الساعة الثامنة صباحا", ("الساعة الثامنة صباحا", "time", "T08:00")),
        ("وتستمر المقابلات حتى الـ12 ظهرًا", ("الـ12 ظهرًا", "time", "T12:00")),
        # a span of two clock times is one time, as three of the four such spans on dev
        ("من الساعة 12:30 ظهرا إلى الـ 4 عصرًا", ("من الساعة 12:30 ظهرا إلى الـ 4 عصرًا", "time", "T12:30/T16:00")),
        ("تفتح الأبواب الخامسة عصراً", ("الخامسة عصراً", "time", "T17:00")),
        ("//انتهى// 18:27 ت م", ("18:27 ت م", "time", "2015-07-26T18:27")),
        ("وقع الانفجار ظهر الأربعاء الماضي", ("ظهر الأربعاء الماضي", "time", "2015-07-22T12:00")),
    ],
)
def test_clock_times_name_a_day_only_when_the_text_does(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تقام المباراة يوم غد الأحد", ("يوم غد الأحد", "date", "2015-07-26")),  # written on Saturday
        ("سجلت الوزارة 79 حالة منذ مطلع العام الهجري الحالي", ("مطلع العام الهجري الحالي", "date", "2014-10-25")),
        ("انتهت ميزانية العام الهجري الماضي", ("العام الهجري الماضي", "year", "H1435")),
    ],
)
def test_relative_days_and_hijri_years(text, expected):
    assert expected in times(text)


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


def test_compound_durations_add_up():
    assert add_durations("P5M", "P27D") == "P5M27D"
    assert add_durations("PT1M", "PT20S") == "PT1M20S"
    assert add_durations("P1D", "PT5H") == "P1DT5H"


def test_dispatch_on_the_first_letter_finds_what_the_whole_scanner_finds():
    text = "قال المسؤول في وقت سابق من الشهر الجاري إن 27 أكتوبر 2023 موعد الافتتاح، وخلال النصف الأول من 2015"
    table = scanners_by_first_char()
    for start in range(len(text)):
        scoped = table.get(text[start], anchored_scanner()).match(text, start)
        whole = anchored_scanner().match(text, start)
        assert (scoped and scoped.span()) == (whole and whole.span())


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
