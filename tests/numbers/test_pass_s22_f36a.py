"""Facts pass 36a: "no more than X" after a negation is no count (the dev gold, 3 of 3 articles),
and the figure after a times sign is one side of a size, with no value (3 dev articles)."""

import khabar


def _facts(text):
    return [(f["text"], f["value"], f["min"], f["max"]) for f in khabar.analyze(text, published="2015-08-03").facts]


def _more_than(text):
    return [f for f in _facts(text) if "أكثر من" in f[0] or "اكثر من" in f[0]]


def test_negated_verb_before_more_than_is_merely():
    assert _more_than("ويرى الباحث أن الخلاف بين الطرفين لا يعدو كونه أكثر من سوء فهم عابر.") == []


def test_negation_two_words_away_is_merely():
    assert _more_than("وقال المدرب إن المعسكر ولا يتجاوز برنامجه أكثر من تدريب خفيف كل مساء.") == []


def test_not_is_merely():
    assert _more_than("وأكد المحلل أن القرار ليس أكثر من خطوة رمزية لتهدئة الأسواق.") == []


def test_guard_more_than_one_without_negation_counts():
    assert _more_than("وطرحت الندوة أكثر من قضية تتعلق بالتعليم في المنطقة.") == [("أكثر من قضية", None, 1, None)]


def test_guard_negation_far_before_keeps_the_count():
    facts = _more_than("ولم يتمكن اللاعبون خلال الموسم الماضي من الفوز في أكثر من بطولة محلية.")
    assert facts == [("أكثر من بطولة", None, 1, None)]


def test_guard_negation_in_another_clause_keeps_the_count():
    facts = _more_than("لا، قدمت الوزارة أكثر من مبادرة لدعم الأسر.")
    assert facts == [("أكثر من مبادرة", None, 1, None)]


def test_guard_negated_figure_stays_a_bound():
    facts = _facts("ولا يتجاوز عدد الطلاب في الفصل أكثر من 30 طالبا.")
    assert ("أكثر من 30 طالبا", None, 30, None) in facts


def test_screen_size_has_no_value():
    facts = _facts("ويأتي الجهاز بشاشة بدقة 1280×720 بكسلا ومعالج سريع.")
    assert facts == [("1280×720 بكسلا", None, None, None)]


def test_size_with_spaces_and_star_has_no_value():
    facts = _facts("وتبلغ مساحة الغرفة 4 * 5 متر، وتتسع لـ 12 شخصا.")
    assert ("4 * 5 متر", None, None, None) in facts
    assert ("12 شخصا", 12, None, None) in facts


def test_guard_plain_measure_keeps_its_value():
    facts = _facts("ويبلغ طول الجسر 800 متر، وعرضه 30 مترا.")
    assert [f[1] for f in facts] == [800, 30]
