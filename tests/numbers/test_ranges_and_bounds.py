"""Ranges said with من/بين or "أو" and a unit written twice, bounds said with a verb (glued لا too), a
modifier with a gap or a proclitic, a ceiling or a floor, "or lower"/"and above", "more than" a plural or
half of it, subunits of money, numbers inside names and codes, and decimals laid out right to left by a
scraped page."""

import pytest
from fact_rows import described, rows

from khabar.numbers.quantities import quantities_in


def bounds(text):
    return [(q.value, q.min, q.max, q.kind) for q in quantities_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("يتراوح سعر الكيلو من 500 الى 600 ريال", [(None, 500, 600, "money")]),
    ("يضخ الحقل ما بين 400 ألف برميل و450 ألف برميل يوميا", [(None, 400000, 450000, "count")]),
    ("تتوقع الشركة عائدات ما بين 40 مليارًا و42 مليار دولار", [(None, 40e9, 42e9, "money")]),
    ("يزيد الخطر خمس إلى سبع مرات", [(None, 5, 7, "count")]),
])
def test_ranges(text, expected):
    assert bounds(text) == expected


def test_a_change_from_one_value_to_another_is_two_values_not_a_range():
    assert bounds("وارتفع عدد القتلى من 10 إلى 20 قتيلا") == [(10, None, None, "count"), (20, None, None, "count")]


def test_a_compound_number_still_adds_its_parts():
    assert bounds("يبلغ عدد السكان ثلاثة ملايين و200 ألف نسمة") == [(3200000, None, None, "count")]


@pytest.mark.parametrize("text, expected", [
    ("مساحتها لا تتجاوز 10 كيلومترات مربعة", (None, None, 10)),
    ("هبط سعر الخام دون 50 دولارًا", (None, None, 50)),
    ("سجلت الشركة خسائر تتجاوز 10 ملايين دولار", (None, 10000000, None)),
])
def test_bounds_said_with_a_verb(text, expected):
    [(value, low, high, _)] = bounds(text)
    assert (value, low, high) == expected


@pytest.mark.parametrize("text, value", [
    ("وصل عدد الوفيات إلى عدد يصل إلى 465 حالة وفاة", 465),
    ("غرامة مالية تصل إلى 2500 ريال لكل مخالف", 2500),
    ("بفارق يصل الى 20 مليون مستخدم", 20000000),
])
def test_a_figure_said_to_reach_a_number_is_that_number(text, value):
    # News uses "يصل إلى N" for the figure itself (12 of 14 such phrases in the dev gold): not a bound.
    [(found, low, high, _)] = bounds(text)
    assert (found, low, high) == (value, None, None)


@pytest.mark.parametrize("text, high", [
    ("وقال إن الخسائر قد تصل إلى 10 ملايين دولار", 10000000),
    ("مما يؤثر على ما يصل إلى 14 ألف حاوية يوميا", 14000),
    ("وخفضت الأسعار بما يصل إلى 14 في المائة", 14),
])
def test_a_figure_that_may_reach_a_number_is_bounded_by_it(text, high):
    # "قد يصل" (may reach) and "ما يصل إلى" (as much as) give a bound, unlike a plain "يصل إلى".
    [(value, low, found, _)] = bounds(text)
    assert (value, low, found) == (None, None, high)


def test_cents_are_money_without_a_currency_code():
    [cents] = quantities_in("وارتفع سعر الخام 35 سنتًا")
    assert (cents.kind, cents.value, cents.currency) == ("money", 35, None)


@pytest.mark.parametrize("text", [
    "أحماض دهنية أوميجا-3 مفيدة للقلب",
    "كميات عالية من فيتامين ب12 يحتاجها الجسم",
    "شارك في تقديم النشرات على قناة mbc 1 قبل انتقاله",
    "الطائرة في رحلتها رقم / بى ايه /274 هبطت بسلام",
    "فتاة في الثانية عشر من عمرها",
])
def test_numbers_inside_names_codes_and_ordinals_are_no_quantities(text):
    assert quantities_in(text) == []


def test_a_decimal_laid_out_right_to_left_reads_whole_part_first():
    [price] = quantities_in("وبلغ سعر البرميل 24.\u200f49 دولار")
    assert price.value == 49.24


def test_numbers_listed_after_a_label_number_are_labels():
    assert quantities_in("وألغى القرار القرارات 1696 و1737 و1747 بشأن ايران") == []


def test_lastu_is_i_am_not_not_six():
    assert quantities_in("قال: أنا لست ذاهبا إلى هناك") == []


def test_buldan_is_the_plural_of_country_not_two():
    assert [(q.value, q.kind) for q in quantities_in("بلدان منظمة التجارة الـ 161 ستستفيد من الاتفاق")] == [(161, "count")]


@pytest.mark.parametrize("text, expected", [
    ("سجل المهاجم 20 هدفا أو أكثر في كل موسم", [(None, 20, None, "count")]),
    ("وتسير الشركة 15 رحلة فأكثر كل أسبوع", [(None, 15, None, "count")]),
    ("يتقاضى العامل 900 ريال أو أقل شهريا", [(None, None, 900, "money")]),
])
def test_a_bound_said_after_the_count(text, expected):
    assert bounds(text) == expected


def test_an_approximate_count_with_a_bound_after_it_is_both():
    [q] = quantities_in("وتضم القائمة نحو 15 رحلة فأكثر أسبوعيا")
    assert (q.value, q.min, q.approximate) == (None, 15, True)


@pytest.mark.parametrize("text, expected", [
    ("يحلق المنطاد على ارتفاع بين 60 و90 ألف قدم", [(None, 60000, 90000, "count")]),
    ("تتراوح الغرامة بين 5 و10 آلاف ريال", [(None, 5000, 10000, "money")]),
    ("يتراوح عدد الحضور بين 500 و2 ألف شخص", [(None, 500, 2000, "count")]),
])
def test_a_scale_said_once_counts_for_both_ends(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize("text, value", [
    ("ويقدر عدد الدروز في العالم بنحو مليون ونصف المليون نسمة", 1500000),
    ("بلغت إيرادات العرض السينمائي 10 ملايين ونصف جنيه", 10500000),
    ("يعاني ستة ملايين ونصف مليون نسمة من نقص الغذاء", 6500000),
    ("براتب سنوي يصل لنحو مليون وربع المليون دولار", 1250000),
    ("استقبل المطار مليونين ونصف المليون مسافر", 2500000),
])
def test_a_fraction_after_a_scale_is_part_of_the_amount(text, value):
    [(found, low, high, _)] = bounds(text)
    assert (found, low, high) == (value, None, None)


def test_a_fraction_before_another_definite_noun_divides_that_noun():
    amounts = bounds("ربح مليون ريال ونصف الأرباح ذهبت للمساهمين")
    assert amounts[0][0] == 1000000 and all(value != 1500000 for value, *_ in amounts)


def test_a_height_from_one_figure_to_another_is_a_range_not_a_rise():
    assert bounds("حلقت الطائرات على ارتفاع من 125 الى 150 قدما فوق سطح البحر") == [(None, 125, 150, "count")]
    # ... while "على ارتفاع قيمة الديات من … إلى …" is a rise: two values.
    assert len(bounds("علق على ارتفاع قيمة الديات من 100 ألف إلى 300 ألف ريال")) == 2


# --- modifiers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, minimum, maximum",
    [
        ("على ألا يقل إجمالي قيمة العهد خلال سنة عن مليون ريال", 1000000, None),
        ("لا تزيد كمية الطاقة المتوفرة في البلاد عن 11 ألف ميجاوات", None, 11000),
        ("تقدم منتجاتها لأكثر من عشرة حرف", 10, None),
        ("ارتفع سعر البرميل فوق 50 دولارا", 50, None),
        ("حي تجاوزت مساحته الـ 1600 متر مربع", 1600, None),
    ],
)
def test_modifiers_with_a_gap_a_proclitic_or_a_verb(text, minimum, maximum):
    (q,) = quantities_in(text)
    assert (q.value, q.min, q.max) == (None, minimum, maximum)


def test_a_rise_is_no_lower_bound():
    (q,) = quantities_in("زادت أرباحها 20 في المائة")
    assert (q.value, q.min) == (20, None)


def test_a_bound_after_a_conversion_in_brackets_applies_to_both_sums():
    found = quantities_in("تنفق الشركة عليهما مليون يورو (1,1 مليون دولار) على الأقل شهريا")
    assert [(q.currency, q.value, q.min) for q in found] == [("EUR", None, 1000000), ("USD", None, 1100000)]
    found = quantities_in("استثمرت لأكثر من 300 مليار جنيه (17 مليار دولار) في المشروع")
    assert [(q.value, q.min) for q in found] == [(None, 300000000000), (17000000000, None)]
    found = quantities_in("أنفق 83.1 مليون جنيه إسترليني (129.3 مليون دولار) لضم اللاعب")
    assert [(q.value, q.min) for q in found] == [(83100000, None), (129300000, None)]


# --- "more than" a plural compares, it does not mean "more than one" ----------------------------


def test_more_than_a_plural_is_a_comparison():
    assert described("تحتاج القضية إلى قوة صوت أكثر من مطالبات قانونية") == []
    assert described("طرحت المسرحية أكثر من قضية اجتماعية") == [("count", None, 1, None, False, "قضيه")]


# --- "أكثر من نصفه" is more than half of it, not more than one ----------------------------------------


def test_more_than_half_of_it_is_no_count_of_one():
    assert rows("ولو جمع الكاتب مقالاته في كتاب لسقط أكثر من نصفه لأنها صارت قديمة") == []


def test_more_than_one_of_an_indefinite_singular_still_counts():
    assert rows("وقد زار الوفد أكثر من مدينة خلال الجولة") == [("أكثر من مدينة", "other", None, 1, None)]


# --- of two values of one count, the first takes the scale said once after the second ------------


def test_change_from_a_bare_figure_to_a_scaled_one():
    found = quantities_in("وارتفعت أرباح الشركة من نحو 3.4 إلى 3.9 مليار دولار العام الماضي")
    assert [(q.kind, q.value) for q in found] == [("money", 3400000000), ("money", 3900000000)]


def test_a_fall_keeps_the_scale_too_but_not_a_figure_far_off():
    found = quantities_in("وتراجعت الإيرادات من 4.8 إلى 4.1 مليار ريال")
    assert [q.value for q in found] == [4800000000, 4100000000]
    far = quantities_in("وارتفع عدد المشتركين من 300 إلى 2 مليون مشترك")
    assert far[0].value == 300  # 300 and 2: no single scale for both


# --- a decimal laid out right to left, before a scale word ---------------------------------------


def test_reversed_decimal_before_a_scale_word():
    found = quantities_in("واستقبلت الحديقة 7.\u200f1 مليون زائر خلال العام")
    assert [q.value for q in found] == [1700000]
    assert [q.value for q in quantities_in("وبلغ سعر البرميل 24.\u200f49 دولار")] == [49.24]
    assert [q.value for q in quantities_in("وبلغ عدد الزوار 1.7 مليون زائر")] == [1700000]


# --- a range whose unit is said twice, the second time in the plural -----------------------------


def test_range_with_the_unit_repeated_in_the_plural():
    assert described("ويحفظ الدواء في درجة حرارة من 3 درجة مئوية إلى 8 درجات مئوية") == [
        ("count", None, 3, 8, False, "درجات")]
    # a change between two values stays two values
    assert [q.value for q in quantities_in("ورفعت الشركة السعر من 5 ريالات إلى 7 ريالات")] == [5, 7]


# --- "لا" written glued to the comparing verb --------------------------------------------------------


def test_glued_negation_bounds_the_figure():
    assert described("يشترط أن يحصل الطالب على نسبة لاتقل عن 90% في الثانوية") == [
        ("percent", None, 90, None, False, "%")
    ]
    assert described("تصرف الشركة بدلا شهريا لايتجاوز 1500 ريال للموظف")[0][:4] == ("money", None, None, 1500)
    assert described("وأكد أن ما لايقل عن 30 شخصا أصيبوا")[0][:4] == ("count", None, 30, None)


def test_spaced_negation_is_unchanged_and_a_plain_figure_is_exact():
    assert described("بنسبة لا تقل عن 90%")[0][:4] == ("percent", None, 90, None)
    assert described("حصل الطالب على نسبة 90% في الثانوية")[0][:4] == ("percent", 90, None, None)


def test_a_bound_before_a_bracket_or_a_quotation_mark_still_bounds():
    assert rows("ضبطت الدوريات أكثر من (144) موقوفاً")[0][2:] == (None, 144, None)
    assert rows("استقبلت الحديقة أكثر من «20» ألف زائر")[0][2:] == (None, 20000, None)


# --- a ceiling and a floor: بحد أقصى، كحد أدنى ------------------------------------------------------


def test_a_ceiling_or_a_floor_bounds_the_count():
    assert rows("وتغطي الوثيقة العلاج بحد أقصى 500 ألف ريال للمستفيد") == [
        ("بحد أقصى 500 ألف ريال", "money", None, None, 500000)
    ]
    assert rows("ويضم المجلس البلدي 14 عضواً كحد أقصى، بحسب اللائحة")[0][2:] == (None, None, 14)
    assert rows("وأن يكون أجر المعلم بحد أدنى 5000 ريال")[0][2:] == (None, 5000, None)
    assert rows("تتكون اللجنة من خمسة أعضاء كحد أدنى")[0][2:] == (None, 5, None)
    # without the ceiling the count is exact, and "الحد الأدنى من" with no figure is nothing
    assert rows("ويضم المجلس البلدي 14 عضواً، بحسب اللائحة")[0][2:] == (14, None, None)
    assert rows("يجب الالتزام بحد أدنى من التنسيق بين الجهات") == []


# --- a comparing verb, then the article, then the figure ----------------------------------------------


def test_a_comparing_verb_bounds_a_figure_with_the_article():
    assert rows("وبلغت نسبة الإنجاز في المشروع ما يتجاوز الـ 80 بالمائة")[0][1:] == ("percent", None, 80, None)
    assert rows("بعقد سنوي يتجاوز الـ10 ملايين ريال")[0][1:] == ("money", None, 10_000_000, None)
    # the article alone, with no verb of comparing, bounds nothing
    assert rows("قال الـ 30 مشاركا إنهم راضون")[0][2:] == (30, None, None)


# --- two figures joined by "or" bound one count -----------------------------------------------------


def test_two_figures_joined_by_or_are_the_bounds_of_one_count():
    assert rows("ويتوقع الخبراء أن يبلغ التضخم 4 أو 5 في المائة هذا العام") == [
        ("4 أو 5 في المائة", "percent", None, 4, 5)
    ]
    assert rows("وصل ثلاثة أو أربعة مسلحين إلى القرية") == [("ثلاثة أو أربعة مسلحين", "other", None, 3, 4)]
    # the scale said once after the second figure counts for the first too
    assert rows("يدفع السائح 7 أو 8 آلاف ريال للشخص") == [("7 أو 8 آلاف ريال", "money", None, 7000, 8000)]


def test_figures_joined_by_or_that_fall_are_no_range():
    # a larger figure first is no range: two counts, each as written
    assert [r[2] for r in rows("سجل اللاعب 5 أو 3 أهداف في الموسم")] == [5, 3]
    # "and" is no "or": two counts
    assert [r[2] for r in rows("أصيب 4 و5 أشخاص في حادثين منفصلين")] != [None]


# --- "or lower", "and above": bounds after the figure -----------------------------------------------


def test_or_lower_and_and_above_bound_the_figure():
    assert rows("أبقت البنوك الفائدة عند %3 أو أدنى خلال العام") == [("%3 أو أدنى", "percent", None, None, 3)]
    assert rows("تباع الشقق بسعر 400 ألف ريال فما دون للمواطنين")[0][2:] == (None, None, 400_000)
    assert rows("ارتفعت الأسهم بنسبة 2% أو أعلى في الجلسة")[0][2:] == (None, 2, None)
    # without the bound word the figure stays exact
    assert rows("أبقت البنوك الفائدة عند %3 خلال العام") == [("%3", "percent", 3, None, None)]
