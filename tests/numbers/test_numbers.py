"""Numbers: digits, words in every case and gender, compounds, mixtures, duals, vague quantities."""

import pytest

from khabar.numbers.quantities import quantities_in
from khabar.numbers.words import match, number_phrases, parse_digits, parse_number


def values(text):
    return [(p.low, p.high) for p in number_phrases(match(text))]


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,500,000", 1500000),
        ("1.5", 1.5),
        ("4,5", 4.5),
        ("1.500.000", 1500000),
        ("٢٥٠", 250),
        ("۳۰۰", 300),
        ("١٬٥٠٠", 1500),
        ("٢٫٥", 2.5),
        ("5ر6", 6.5),
    ],
)
def test_digit_forms(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("واحد", 1), ("واحدة", 1), ("واحداً", 1),
        ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2), ("إثنين", 2),
        ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5),
        ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثماني", 8), ("ثمانية", 8), ("ثمان", 8),
        ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
        ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("تسعة عشر", 19),
        ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("تسعين", 90),
        ("خمسة وعشرون", 25), ("خمس وعشرين", 25), ("واحد وثلاثون", 31),
        ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مائتان", 200), ("مئتي", 200), ("مائتين", 200),
        ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("تسعمائة", 900),
        ("مئة وخمسون", 150), ("ثلاثمائة وخمسين", 350),
        ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ألفي", 2000), ("ثلاثة آلاف", 3000),
        ("ألف وخمسمائة", 1500), ("عشرة آلاف", 10000), ("مئة ألف", 100000), ("مئتي ألف", 200000),
        ("مليون", 1000000), ("مليونين", 2000000), ("ثلاثة ملايين", 3000000),
        ("مليار", 1000000000), ("ملياران", 2000000000), ("خمسة مليارات", 5000000000),
        ("نصف مليون", 500000),
    ],
)
def test_number_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("7 آلاف", 7000),
        ("1.5 مليون", 1500000),
        ("4,5 مليار", 4500000000),
        ("١٢٠ ألف", 120000),
        ("ثلاثة ملايين و200 ألف", 3200000),
        ("مليون و500 ألف", 1500000),
        ("5ر6 مليون", 6500000),
    ],
)
def test_mixed_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("عشرات", 10, 99),
        ("العشرات", 10, 99),
        ("مئات", 100, 999),
        ("المئات", 100, 999),
        ("آلاف", 1000, 9999),
        ("الآلاف", 1000, 9999),
        ("عدة", 3, 9),
        ("بضعة", 3, 9),
        ("بضع", 3, 9),
        ("عشرات الآلاف", 10000, 99999),
        ("مئات الآلاف", 100000, 999999),
        ("ملايين", 1000000, 9999999),
    ],
)
def test_vague_quantities_are_ranges(text, low, high):
    phrases = number_phrases(match(text))
    assert [(p.low, p.high, p.vague) for p in phrases] == [(low, high, True)]


def test_separate_numbers_stay_separate():
    assert values("5 و6") == [(5, 5), (6, 6)]


@pytest.mark.parametrize("text", ["ستبدأ", "بوست", "الثالث عشر", "أحد المسؤولين", "القرن العشرين", "يوم الاثنين", "وست هام"])
def test_words_containing_numbers_are_no_numbers(text):
    assert quantities_in(text) == []


def test_parse_digits_separators():
    assert parse_digits("1,500") == 1500
    assert parse_digits("12,5") == 12.5
