"""Numbers: digits, words in every case and gender, compounds, mixtures, duals, vague quantities, and how
a figure is written in news: a hundred before a scale, a definite compound (الخمسة والعشرين), a figure in
brackets or quotation marks with its scale after, a dot before three digits, fractions, a decimal written
fraction first."""

import pytest
from fact_rows import described, facts, rows

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


# --- a hundred starts the count a later scale multiplies -------------------------------------------


def test_hundreds_and_tens_before_a_scale_are_one_number():
    assert values("بلغت الإيرادات مائة وخمسين ألف ريال") == [(150000, 150000)]
    assert values("مليار وثلاثمائة وتسعة وثمانين مليون ريال") == [(1389000000, 1389000000)]
    assert values("ثلاثمائة وتسعة وثمانين مليون دولار") == [(389000000, 389000000)]


def test_a_second_amount_with_its_own_scale_stays_apart():
    assert values("ما بين 40 مليارا و42 مليار دولار") == [(40e9, 40e9), (42e9, 42e9)]
    assert values("ثلاثة ملايين و200 ألف") == [(3200000, 3200000)]
    # a hundred and a larger figure after و is a second amount, not a part
    assert values("بين مائة و200 ألف") == [(100, 100), (200000, 200000)]
    # a scale then a hundred, then a scale as large as the first: a second amount
    assert values("ألف وخمسمائة و20 ألف") == [(1500, 1500), (20000, 20000)]


# --- a definite compound: الخمسة والعشرين -------------------------------------------------------------


def test_a_definite_unit_and_ten_make_one_number():
    assert rows("وضبطت الدورية مع المتهمين مبالغ تزيد على الثلاثة والأربعين ألف ريال") == [
        ("تزيد على الثلاثة والأربعين ألف ريال", "money", None, 43000, None)
    ]
    assert rows("وكرم الحفل اللاعبين الستة والعشرين جميعهم") == [("اللاعبين الستة والعشرين", "other", 26, None, None)]


def test_a_definite_ten_alone_stays_an_ordinal():
    assert rows("شهد القرن العشرين حربين عالميتين") == [("حربين عالميتين", "other", 2, None, None)]


# --- a figure in brackets, then its scale word ------------------------------------------------------


def test_a_bracketed_figure_takes_the_scale_after_the_bracket():
    assert rows("وتبلغ تكلفة المشروع (1000) مليون ريال تشمل التصميم") == [
        ("1000) مليون ريال", "money", 1_000_000_000, None, None)
    ]
    assert rows("زار المهرجان أكثر من ( 5 ) آلاف زائر خلال يومين")[0][2:] == (None, 5000, None)
    assert described("يعمل (4) ملايين من الرجال في القطاع الخاص")[0][1] == 4_000_000


def test_a_bracket_already_grouped_in_thousands_or_restated_in_words_takes_no_scale():
    # "(19,457,500) مليون ريال" is a slip of the press: no 19 trillion riyals
    assert 19_457_500 in [d[1] for d in described("بتكلفة (19,457,500) مليون ريال.")]
    # the figure restated in words after the bracket is no scale of it
    assert [r[2] for r in rows("بغرامة ( 2000 ) ألفي ريال عن كل مخالفة")] == [2000]


# --- three digits after a dot before people or whole things mark thousands ---------------------------


def test_a_dot_before_three_digits_counting_whole_things_marks_thousands():
    assert described("بلغ عدد المستفيدين من السلال 12.450 فرداً في المحافظة")[0][1] == 12450
    assert described("وزعت الجمعية 8.320 عبوة مياه على الصائمين")[0][1] == 8320
    assert described("وفرت الشركة 1.250 وظيفة للشباب")[0][1] == 1250


def test_measures_sums_and_round_thousands_keep_their_reading():
    assert described("بلغ وزن الشحنة 3.250 طن")[0][1] == 3.25  # a measure: a decimal
    assert described("بلغت الغرامة 5.250 دينار كويتي")[0][1] == 5.25  # fils: a decimal
    assert described("وزعت الجمعية 20.000 عبوة مياه")[0][1] == 20000  # not 20 million
    assert described("بمعدل 2.5 شخص لكل غرفة")[0][1] == 2.5  # one decimal: no thousands


# --- a double prime closing a quoted figure -----------------------------------------------------------


def test_a_double_prime_closes_a_quoted_figure_like_a_quotation_mark():
    assert rows("وحددت اللجنة مبلغ “30″ ألف ريال للمتضرر") == [("30″ ألف ريال", "money", 30000, None, None)]
    assert rows("ويباع الكيلو بنحو “350″ ريال")[0][1:3] == ("money", 350)
    # the currency after a spaced closing mark is the figure's too
    assert rows("بسعر “ 400 ” ريال للكيلو")[0][1:3] == ("money", 400)
    # an inch mark after a bare figure opens nothing
    assert rows("بشاشة مقاس 15″ بوصة") == []


# --- a figure with a scale word after a label word is an amount --------------------------------------


def test_a_figure_with_a_scale_after_a_label_word_is_an_amount():
    assert rows("بلغت الانحرافات عن نشرة الإصدار 6 ملايين ريال") == [("6 ملايين ريال", "money", 6_000_000, None, None)]
    # a bare figure after the same word still names an issue
    assert rows("صدر الإصدار 6 من المجلة") == []


@pytest.mark.parametrize("text, value, noun", [
    ("فيات كرايسلر تسحب «1.4» مليون سيارة لوقف عمليات الاختراق", 1400000, "سيارة"),
    ("أعلن عن اعتماد ” 18 ” مكتباً للخدمات الانتخابية", 18, "مكتباً"),
    ("بلغ عدد الرحلات \"50\" رحلة أسبوعية", 50, "رحلة"),
])
def test_a_figure_in_quotation_marks_keeps_its_scale_and_noun(text, value, noun):
    assert [(f["value"], f["noun"]) for f in facts(text)] == [(value, noun)]


@pytest.mark.parametrize(
    "text, value, noun",
    [("أظهرت الدراسة أن نصف المدمنين دون الثلاثين", 0.5, "المدمنين"), ("شكل نحو ربع إجمالي قيم التداول", 0.25, "اجمالي")],
)
def test_a_lone_fraction_of_a_noun_is_a_quantity(text, value, noun):
    (q,) = quantities_in(text)
    assert (q.value, q.noun_text) == (value, noun)


@pytest.mark.parametrize(
    "text",
    ["بلغ الفريق نصف النهائي", "تأخرت سنة ونصف السنة", "الصفات التي نصف بها أنفسنا", "تراجعت الأرباح في الربع الثاني"],
)
def test_fractions_that_are_no_quantities(text):
    assert described(text) == []


def test_a_decimal_written_fraction_first_may_open_with_a_zero():
    # The Saudi agency's 06ر17893 is 17893.06, not a code that opens with 0 like a phone number.
    assert [q.value for q in quantities_in("تراجع المؤشر ليصل إلى 06ر17893 نقطة")] == [17893.06]
    assert quantities_in("للاستفسار الاتصال على 0555123456") == []


@pytest.mark.parametrize(
    "word",
    ["واحد", "وثلاثة", "بثلاثمائة", "والعشرات", "للعشرات", "فبالعشرات", "بالمئات", "وعشرين", "الثلاث",
     "ورهينتين", "لعاملين", "والخمسة", "كألف", "وبضعة", "فخمسون", "اثنتين", "واثنين", "ومليونا"],
)
def test_number_words_split_as_the_reference_regex_does(word):
    from khabar.numbers.lexicon import match_form
    from khabar.numbers.words import _split_number_word, atom_regex

    form = match_form(word)
    m = atom_regex().fullmatch(form)
    expected = None if m is None or m.group("digits") else (m.group("pre"), m.group("word") or m.group("dual"), bool(m.group("dual")))
    assert _split_number_word(form) == expected
