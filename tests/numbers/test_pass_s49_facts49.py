"""Pass facts49 (session 49): a figure after a Latin letter name is a model's code; "العدد" and
"المجموعة" before a figure and its counted noun.

1. A figure right after a Latin letter name spelt in Arabic ("طائرات إف 16"، "إف - 16"، "جالكسي إس
   6"، "مدافع بي 10") is part of a model's or a name's code, no count: main read it as a count of the
   word after it ("16 موجة"، "16 من قاعدة").
2. After "العدد" and "المجموعة" a figure counts the noun right after it when that noun may be a
   counted one ("بلغ العدد 431 شخصا"، "تضم المجموعة 123 منتجا"), as after "المركز" or "المنطقة";
   main kept every figure after them a label.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts, analysed_values

MODEL_CODES = [
    ("وشنت نحو 20 طائرة من طراز إف - 16 موجة جديدة من الغارات على مواقع المسلحين.", [20]),
    ("وكانت البلاد قد تسلمت الشهر الماضي ست مقاتلات إف 16 من الولايات المتحدة.", [6]),
    ("وقال المسؤول إن مقاتلات إف – 16 قصفت أهدافا في شمال البلاد فجر اليوم.", []),
    ("وتفوق مبيعات هاتف جالكسي إس 6 إيدج توقعات الشركة هذا العام.", []),
    ("وغنم المقاتلون ثلاثة مدافع بي 10، وخمس آليات في الهجوم.", [3, 5]),
]


@pytest.mark.parametrize(("text", "values"), MODEL_CODES)
def test_a_figure_after_a_latin_letter_name_is_a_models_code(text, values):
    assert analysed_values(text) == values


COUNTS_AFTER_HEAD = [
    ("وتضم المجموعة 85 منتجا للعناية بالبشرة والشعر.", 85),
    ("وحين يبلغ العدد 320 شخصا تتوقف عملية التسجيل في البرنامج.", 320),
]


@pytest.mark.parametrize(("text", "value"), COUNTS_AFTER_HEAD)
def test_a_figure_after_the_number_or_the_group_counts_its_noun(text, value):
    assert analysed_values(text) == [value]


def test_the_code_goes_and_the_figure_listed_after_it_still_counts():
    assert analysed_values("ووافقت واشنطن على تسليم 10 طائرات إف 16 و25 صاروخا من نوع هاربون.") == [10, 25]


# Guards: what stays as it was.


def test_a_count_after_mother_of_stays():
    assert analysed_values("وتوفيت في الحادث سيدة أم 3 أطفال كانت في طريقها إلى المستشفى.") == [3]


def test_a_share_after_a_dotted_company_name_keeps_its_change():
    facts = analysed_facts("وتراجع سهم بنك يو.بي.اس 2.3 بالمئة بعد إعلان النتائج.")
    assert [(fact["value"], fact["type"]) for fact in facts] == [(2.3, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "وصدر العدد 512 من مجلة الفيصل الشهرية أمس.",
        "وقرأت المقال المنشور في صحيفتكم العدد (16204) لكاتبها المعروف.",
    ],
)
def test_an_issue_number_after_the_number_stays_a_label(text):
    assert analysed_values(text) == []
