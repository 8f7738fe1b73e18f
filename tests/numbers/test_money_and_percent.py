"""Money and percent: a sum in brackets before its currency, a scaled amount after a sum, a vague sum of a
partitive currency, a percent sign typed before the figure or closing it, a percent in brackets, the
percent marker as the noun. Each on made-up sentences with the near misses that must not change."""

import pytest
from fact_rows import facts, rows, typed

from khabar.numbers.quantities import quantities_in


def test_a_sum_in_brackets_takes_the_currency_after_the_bracket():
    found = facts("بإجمالي تعويض قدره (3,118,500 ) ريال لملاك العقارات")
    assert [(f["type"], f["value"], f["currency"]) for f in found] == [("money", 3118500, "SAR")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("وارتفعت نسبة النمو بمقدار (25) % خلال العام الماضي", 25),
        ("بلغت نسبة النجاح في الاختبارات (90) بالمئة هذا العام", 90),
    ],
)
def test_a_percent_in_brackets_reads_its_sign_after_the_bracket(text, value):
    # the unit is looked for after the closing bracket; the minus test must not assume it right after the figure
    found = quantities_in(text)
    assert [(q.value, q.kind) for q in found] == [(value, "percent")]


# --- an amount with a scale word after a sum of money is money -----------------------------------


def test_scaled_amount_after_a_sum_is_money():
    found = typed("وبلغت إيرادات الفيلم 21 مليون دولار في أسبوعه الأول بعد توقعات بتحقيق 25 مليونا.")
    assert found == [("21 مليون دولار", "money"), ("25 مليونا", "money")]
    doc_facts = facts("وبلغت إيرادات الفيلم 21 مليون دولار بعد توقعات بتحقيق 25 مليونا.")
    assert doc_facts[-1]["currency"] == "USD"


def test_a_scaled_amount_with_its_own_noun_or_after_a_count_is_not():
    assert typed("وبلغت الإيرادات 5 ملايين ريال وزار المعرض 3 ملايين زائر.")[-1] == ("3 ملايين زائر", "other")
    assert typed("وزار المعرض 300 شخص ثم ارتفع العدد إلى 3 آلاف.")[-1][1] == "other"


# --- a vague or scaled sum with its currency as a definite partitive -----------------------------


def test_vague_sum_of_a_partitive_currency_is_money():
    found = quantities_in("وأنفقت الشركات ملايين من الدولارات على الحملة")
    assert [(q.kind, q.min, q.max, q.currency) for q in found] == [("money", 1000000, 9999999, "USD")]
    found = quantities_in("وخسر المستثمرون عشرات الآلاف من اليورو")
    assert [(q.kind, q.currency) for q in found] == [("money", "EUR")]


def test_a_partitive_of_people_is_no_currency():
    found = quantities_in("وشارك ملايين من المواطنين في الاقتراع")
    assert [(q.kind, q.noun_text) for q in found] == [("count", "المواطنين")]


# --- a percent sign typed before the figure ---------------------------------------------------------


def test_a_percent_sign_before_the_figure_makes_a_percent():
    assert rows("وارتفعت المبيعات بنسبة %12.5 خلال الربع الثاني") == [("%12.5", "percent", 12.5, None, None)]
    assert rows("وأبدى %64 من المشاركين رضاهم عن الخدمة") == [("%64", "percent", 64, None, None)]
    assert rows("يرى أكثر من %40 من الطلاب ذلك")[0][1:] == ("percent", None, 40, None)


def test_a_percent_sign_that_closes_the_figure_before_stays_with_it():
    # "22 % 3 ليال": the sign belongs to 22, and 3 counts nights
    assert rows("أقام 22 % 3 ليال في الفندق") == [
        ("22 %", "percent", 22, None, None), ("3 ليال", "other", 3, None, None)
    ]


def test_the_percent_marker_is_the_noun_and_a_misplaced_dash_is_a_minus():
    records = facts("تراجعت صناعة الجلد بـ1.3 – في المائة ونمت بـ2 في في المائة وبلغت 8.6%.")
    assert [(f["type"], f["value"], f["noun"]) for f in records] == [
        ("percent", -1.3, "في المائة"),
        ("percent", 2, "في في المائة"),
        ("percent", 8.6, "%"),
    ]
