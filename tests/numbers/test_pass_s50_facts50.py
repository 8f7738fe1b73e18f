"""Pass facts50 (session 50): a decimal comma inside brackets before a scale word; a plural verb of
killing or injury right after a count is no counted noun.

1. "نحو (61,3) ألف راكب"، "(1,2) مليون ناخب": a figure with a decimal comma in brackets takes the scale
   word after the bracket, as "(13) مليون راكب" does; main left it apart (61.3, then "ألف راكب" a
   thousand; "(1,2)" lost and "مليون ناخب" a million).
2. "العشرات أصيبوا"، "ومئات جرحوا"، "5 قتلوا": a plural verb in -وا that opens a trigger after a count
   is the count's predicate, never its counted noun; main took it for the noun and so typed the
   count other (or by a trigger further on).

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts, analysed_values

DECIMAL_COMMA_IN_BRACKETS = [
    ("وارتفع متوسط عدد الزوار اليومي إلى نحو (48,6) ألف زائر هذا الموسم.", [48600]),
    ("وبلغ عدد المسجلين في الدورة السابقة (1,4) مليون ناخب في أنحاء المملكة.", [1400000]),
    ("وتقدر الخسائر بنحو (7,5) مليارات ريال خلال عام واحد.", [7500000000]),
    ("ونقلت الشركة (15) مليون راكب مقارنة بنحو (12,8) ملايين راكب في العام السابق.", [15000000, 12800000]),
]


@pytest.mark.parametrize(("text", "values"), DECIMAL_COMMA_IN_BRACKETS)
def test_a_decimal_comma_in_brackets_takes_its_scale(text, values):
    assert analysed_values(text) == values


def test_the_bracketed_decimal_sum_is_money():
    facts = analysed_facts("وتقدر الخسائر بنحو (7,5) مليارات ريال خلال عام واحد.")
    assert [(fact["value"], fact["type"], fact["approximate"]) for fact in facts] == [(7500000000, "money", True)]


VERB_AFTER_COUNT = [
    ("وأفاد المرصد بأن العشرات أصيبوا في القصف الذي استهدف السوق.", "injured"),
    ("وقالت الوكالة إن نحو 150 مسلحا قتلوا ومئات جرحوا خلال الغارات.", "injured"),
    ("وذكرت مصادر طبية أن الآلاف نزحوا من قراهم بسبب المعارك.", "displaced"),
]


@pytest.mark.parametrize(("text", "kind"), VERB_AFTER_COUNT)
def test_a_plural_verb_after_a_count_types_it(text, kind):
    assert analysed_facts(text)[-1]["type"] == kind


def test_a_figure_before_a_verb_of_killing_is_killed_and_the_next_injured():
    facts = analysed_facts("وكان 6 قتلوا و14 جرحوا في كمين على الطريق الساحلي.")
    assert [(fact["value"], fact["type"]) for fact in facts] == [(6, "killed"), (14, "injured")]


def test_the_verb_is_no_counted_noun():
    facts = analysed_facts("وأفاد المرصد بأن العشرات أصيبوا في القصف الذي استهدف السوق.")
    assert [fact["text"] for fact in facts] == ["العشرات"]


# Guards: what stays as it was.


def test_a_bracketed_integer_before_its_scale_stays():
    assert analysed_values("وبلغ عدد المسافرين (13) مليون مسافر حتى نهاية يوليو.") == [13000000]


def test_a_bracketed_grouped_figure_before_its_scale_stays():
    assert analysed_values("بلغت قيمة القروض (2571.20) مليون ريال خلال العام.") == [2571200000]


def test_a_verb_with_its_object_after_a_count_still_types_it():
    assert analysed_facts("وأوضح الناطق أن عشرات لقوا حتفهم في الانفجار.")[-1]["type"] == "killed"


def test_a_plural_noun_after_a_count_stays_its_noun():
    facts = analysed_facts("وأكد المرصد أن 31 شخصا قتلوا في الغارة.")
    assert [(fact["text"], fact["type"]) for fact in facts] == [("31 شخصا", "killed")]
