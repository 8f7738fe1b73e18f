"""Pass facts48 (session 48): a scale word typed glued to its digits; the minutes of two goals.

1. A scale word typed glued to the digits before it by a missing space ("120مليار ريال"، "137مليون
   سهم"، "13ألف شرطي"، "10ملايين ريال") multiplies them, as when a space stands between: main read
   the word whole, no number word, and counted the bare digits (120, no currency).
2. The figures after "الدقيقتين" ("في الدقيقتين 43 و57") are the minutes of two goals, no count,
   as after "الدقيقة".

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts, analysed_values

# (text, the value, the type)
GLUED_SCALES = [
    ("وقدرت الشركة حجم استثماراتها في المشروع بنحو 45مليار ريال خلال خمس سنوات.", 45_000_000_000, "money"),
    ("وبلغت قيمة العقد 12.5مليون دولار بحسب بيان الشركة.", 12_500_000, "money"),
    ("وشارك في تأمين المباراة 9ألف جندي من قوات الأمن.", 9_000, "other"),
    ("وأنفقت الوزارة 8ملايين ريال على صيانة المدارس.", 8_000_000, "money"),
]


@pytest.mark.parametrize(("text", "value", "kind"), GLUED_SCALES)
def test_a_scale_word_glued_to_its_digits_multiplies_them(text, value, kind):
    facts = analysed_facts(text)
    assert [(fact["value"], fact["type"]) for fact in facts if fact["value"] == value] == [(value, kind)]


def test_a_glued_scale_joins_the_figure_after_it():
    text = "وحددت اللجنة سقف الإنفاق بمبلغ 3مليون و200 ألف جنيه لكل قائمة."
    assert 3_200_000 in analysed_values(text)


def test_a_unit_glued_to_its_digits_is_no_scale():
    # a guard: a unit typed glued (كم، م2) keeps its figure as before
    text = "ويبعد المركز عن المدينة 35كم ويقع على مساحة 4000م2."
    assert analysed_values(text) == [35, 4000]


def test_a_code_of_letters_after_digits_stays_as_it_was():
    # a guard: letters after digits that are no scale word add nothing
    text = "وطرحت الشركة هاتف جالكسي 5ميني في الأسواق بسعر 900 ريال."
    assert 900 in analysed_values(text)
    assert all(value is None or value < 1_000_000 for value in analysed_values(text))


GOAL_MINUTES = [
    "وسجل هدفي الفريق المهاجم البرازيلي وزميله في الدقيقتين 23 و78 ليحسم المباراة.",
    "وأحرز اللاعب هدفين في الدقيقتين 12 و66 من عمر اللقاء.",
]


@pytest.mark.parametrize("text", GOAL_MINUTES)
def test_figures_after_two_minutes_are_goal_minutes(text):
    assert not any(value in (23, 78, 12, 66) for value in analysed_values(text))


def test_a_count_after_two_minutes_of_a_match_still_counts():
    # a guard: "الدقيقتين" with no figure after it leaves the counts of the sentence
    text = "وأصيب 4 لاعبين في الدقيقتين الأخيرتين من المباراة."
    assert 4 in analysed_values(text)
