"""Facts, sixteenth pass: a scale word that restates a figure's size, amounts after a noun naming a
sum, cases of a disease, "one family" (made-up sentences, each with the near miss that must not
change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


# --- a scale word after a figure that already reaches it restates it ------------------------------


def test_a_scale_after_a_figure_grouped_in_thousands_restates_it():
    assert rows("ارتفعت الطاقة الاستيعابية للملعب إلى 65.000 ألف متفرج بدلا من 40.000 ألف متفرج") == [
        ("65.000 ألف متفرج", "other", 65000, None, None),
        ("40.000 ألف متفرج", "other", 40000, None, None),
    ]


def test_millions_after_a_figure_of_millions_restate_it():
    assert rows("وبلغت قيمة العقد 48,250,700 مليون ريال للمرحلة الأولى") == [
        ("48,250,700 مليون ريال", "money", 48250700, None, None),
    ]
    assert rows("وبلغ عدد المسافرين (2.315.640) مليون مسافر خلال العام") == [
        ("2.315.640) مليون مسافر", "other", 2315640, None, None),
    ]


def test_the_plural_thousands_after_a_figure_above_ten_restates_it():
    assert rows("وقد يصل سعر الخيمة إلى 8000 آلاف ريال في الليلة") == [
        ("8000 آلاف ريال", "money", 8000, None, None),
    ]


def test_a_scale_after_a_smaller_figure_still_multiplies():
    assert rows("وبلغت أرباح الشركة 2,475 مليون ريال، وزرعت 4.250 ألف شجرة، ووصل 6 آلاف زائر") == [
        ("2,475 مليون ريال", "money", 2475000000, None, None),
        ("4.250 ألف شجرة", "other", 4250, None, None),
        ("6 آلاف زائر", "other", 6000, None, None),
    ]


# --- an amount after a noun naming a sum of money is money -----------------------------------------


def test_an_amount_after_a_cost_is_money():
    assert rows("وتنفذ البلدية 14 مشروعا بتكلفة إجمالية 512 مليونا خلال العام") == [
        ("14 مشروعا", "other", 14, None, None),
        ("512 مليونا", "money", 512000000, None, None),
    ]


def test_an_amount_after_a_possessed_rent_or_value_is_money():
    assert rows("ويبلغ إيجارها الشهري نحو خمسة آلاف") == [("نحو خمسة آلاف", "money", 5000, None, None)]
    assert rows("وبلغت قيمته في المزاد مليونين ونصف المليون") == [
        ("مليونين ونصف المليون", "money", 2500000, None, None),
    ]


def test_an_amount_with_its_own_noun_or_without_a_scale_stays_a_count():
    assert rows("وبلغت قيمة التداول 40 مليون سهم، وقيمة المؤشر 7500 نقطة، وعدد الزوار 3 ملايين") == [
        ("40 مليون سهم", "other", 40000000, None, None),
        ("7500 نقطة", "other", 7500, None, None),
        ("3 ملايين", "other", 3000000, None, None),
    ]


# --- cases of a disease are infections, not injuries -----------------------------------------------


def test_cases_of_a_disease_are_other():
    assert rows("وسجلت الوزارة إصابة 37 شخصا بفيروس الحصبة في المدارس") == [("37 شخصا", "other", 37, None, None)]
    assert rows("وتراجع عدد المصابين بالسرطان إلى 12 ألف مريض في عام واحد")[0] == (
        "12 ألف مريض", "other", 12000, None, None,
    )


def test_injuries_in_another_clause_than_the_disease_stay_injuries():
    assert rows("أصيب 9 أشخاص في حادث تصادم، ونقل مريض بالسكري إلى المستشفى") == [
        ("9 أشخاص", "injured", 9, None, None),
    ]


# --- "one family" is unity, not a count ------------------------------------------------------------


def test_one_family_counts_nothing():
    assert rows("وأكد أن أبناء الحي يعيشون كأسرة واحدة، وأن الفريق عائلة واحدة") == []
    assert rows("توفي ثلاثة أشخاص من عائلة واحدة في حادث سير") == [("ثلاثة أشخاص", "killed", 3, None, None)]
    assert rows("وتسلم الجائزة بيت واحد وطفلان") == [("بيت واحد", "other", 1, None, None), ("وطفلان", "other", 2, None, None)]
