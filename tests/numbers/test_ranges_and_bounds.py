"""Ranges said with من/بين and a unit written twice, bounds said with a verb, subunits of money,
numbers inside names and codes, and decimals laid out right to left by a scraped page."""

import pytest

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
