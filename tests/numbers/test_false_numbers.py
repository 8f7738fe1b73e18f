"""Figures that count nothing: a figure in brackets that names something, version numbers and ranks,
names built on "the million", greetings with "a thousand", labels in quotation marks or after لـ,
ordinals, idioms, stock indices; and counts of seasons, days or years, which are durations, not facts.
Each class has the near misses that still count."""

import pytest
from fact_rows import described, facts, rows, typed

from khabar.numbers.quantities import quantities_in


@pytest.mark.parametrize(
    "text",
    [
        "يجري العمل على تطوير محطة منى (3) وتشغيلها قبل الموسم",
        "سجل المهاجم الهدف في الدقيقة (29) من الشوط الأول",
        "أرسل رسالة تبدأ بالرمز (124) ثم مسافة ثم نص الرسالة",
        "صدر القرار رقم (2216) عن مجلس الأمن",
    ],
)
def test_a_figure_in_brackets_that_names_something_is_no_count(text):
    assert facts(text) == []


# --- devices and systems named by a version number; "number one" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ويعمل التطبيق على أجهزة ويندوز 8، وبلاكبيري 10 ليواكب أحدث الأنظمة",
        "والشاشة محمية بزجاج جوريلا جلاس 4 لحمايتها من الخدوش",
        "وأعلنت الشركة عن هاتف آيفون 7 في مؤتمرها",
        "وأصبح النادي رقم واحد في آسيا",
    ],
)
def test_version_numbers_and_ranks_count_nothing(text):
    assert described(text) == []


def test_a_count_of_devices_still_counts():
    assert described("وباعت الشركة 13 مليون جهاز آيفون 6 في أسبوع") == [
        ("count", 13000000, None, None, False, "جهاز")]


# --- names built on "the million" --------------------------------------------------------------------


def test_names_built_on_the_million_are_no_count():
    assert rows("تأهل الشاعر إلى المرحلة النهائية من مسابقة “شاعر المليون” في أبوظبي") == []
    assert rows("ضخ المياه لخزان المليون في المنطقة") == []
    # the million of a count still counts
    assert rows("بلغ عدد متابعيه المليون متابع")[0][2:] == (1_000_000, None, None)


# --- greetings with "a thousand" --------------------------------------------------------------------


def test_a_thousand_in_a_greeting_is_no_count():
    assert rows('وقال المحافظ "مرحباً ألف بكل ضيف يزور المدينة"') == []
    assert rows("ألف مبروك للفائزين بالجائزة") == []
    # a thousand visitors are still counted
    assert rows("زار المعرض ألف زائر في يومه الأول") == [("ألف زائر", "other", 1000, None, None)]


@pytest.mark.parametrize("text", [
    "انفاذا للمادة 49 من نظام المرور",
    "انفاذا للمادة \"49 \" من نظام المرور",
    "ستوفر الشركة النسخة “10240” لمجموعة مختارة من المستخدمين",
])
def test_a_label_number_stays_a_label_in_quotation_marks_or_after_lil(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "تنشر الترتيب للعام الحادي عشر على التوالي",
    "توفي عرفات في الحادي عشر من نوفمبر 2004",
    "الساعة الحادية عشرة صباحا",
])
def test_the_eleventh_is_an_ordinal_not_ten(text):
    assert [q.value for q in quantities_in(text)] == []


def test_an_idiom_with_two_proclitics_is_still_no_number():
    assert quantities_in("وبدفعة واحدة رفع الحظر بأشكاله كلها") == []


@pytest.mark.parametrize("text", [
    "فتح مؤشر فايننشال تايمز 100 البريطاني منخفضا",
    "ونزل مؤشر ستاندرد آند بورز 500 في ختام التعاملات",
    "بينما ارتفع كاك 40 الفرنسي",
])
def test_a_stock_index_named_by_a_number_counts_nothing(text):
    assert quantities_in(text) == []


# --- a count of seasons is a span of time --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وانتقل المدافع إلى النادي على سبيل الإعارة لمدة موسم واحد قابل للتجديد.",
        "ووقع الحارس عقدا يمتد لموسمين مع الفريق.",
        "واعتزل القائد بعد 15 موسما قضاها في صفوف النادي.",
    ],
)
def test_counts_of_seasons_are_durations(text):
    assert facts(text) == []


def test_seasons_named_by_a_definite_number_and_other_counts_stay():
    assert typed("وفاز الفريق باللقب في المواسم الثلاثة الأخيرة وسجل 20 هدفا.") == [
        ("المواسم الثلاثة", "other"), ("20 هدفا", "other")]


# --- a count of units of time is a duration, where the times stage missed it --------------------------


def test_a_quoted_figure_of_days_or_years_is_a_duration_not_a_fact():
    assert rows("يجب إنهاء الطلبات خلال “١٠” أيام من تاريخ التقديم") == []
    assert rows("ممن تقل خدمتهم عن “٢٠” عاما") == []
    # a quoted figure of things still counts
    assert rows("اعتمدت الوزارة “١٨” مكتباً جديداً")[0][2] == 18


# --- "نصف قطرها" is a radius, not a half (thirteenth pass) -------------------------------------------


def test_a_radius_with_its_pronoun_is_no_half():
    assert rows("وفرضت السلطات طوقا نصف قطره خمسة كيلومترات حول المزرعة") == [
        ("خمسة كيلومترات", "other", 5, None, None)
    ]
    assert rows("وتم إجلاء السكان من دائرة نصف قطرها 30 كيلومترا حول المحطة") == [
        ("30 كيلومترا", "other", 30, None, None)
    ]


def test_half_of_the_staff_is_still_a_half():
    assert rows("وأعادت الشركة نصف الموظفين إلى العمل") == [("نصف الموظفين", "other", 0.5, None, None)]


# --- the edition of a recurring event (fourteenth pass) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال الزوار إن احتفالات عيد المدينة 36 نجحت في إسعاد الأسر",
        "وتقام الفعاليات ضمن مهرجان صيف أبها 36 المقام على سفح الجبل",
        "وقرر الاتحاد نقل خليجي 24 وأن يعلن البلد المستضيف لاحقا",
        "وشارك الفريق في مسابقات مهرجان الساحل 17 لصيد الأسماك",
    ],
)
def test_the_number_of_a_recurring_event_is_its_edition(text):
    assert rows(text) == []


def test_a_count_after_the_name_of_an_event_still_counts():
    # a counted noun after the number (accusative singular, or a known noun) keeps it a count
    assert rows("ويضم مهرجان الطائف 45 فعالية متنوعة للعائلات") == [("45 فعالية", "other", 45, None, None)]
    assert rows("واستقبل مهرجان أبها للتسوق 17 عارضا من دول الخليج") == [("17 عارضا", "other", 17, None, None)]
    # one digit, or a head further than three words: no edition
    assert rows("وشهد عيد الفطر 5 حوادث مرورية") == [("5 حوادث", "other", 5, None, None)]
    assert rows("وأعلن المهرجان في يومه الأول بيع 36 تذكرة") == [("36 تذكرة", "other", 36, None, None)]
