"""Facts pass f37a (session 23): "لا تجاوز" — the legal spelling of لا تتجاوز with one ت dropped —
caps the figure after it (a maximum, as in the dev gold's 2 of 2 uses); the bare تجاوز stays a
minimum and a negated تتجاوز keeps its readings."""

import khabar


def _facts(text):
    return [(f["text"], f["value"], f["min"], f["max"]) for f in khabar.analyze(text, published="2015-07-21").facts]


def _bounds(text, figure):
    return [(value, lo, hi) for phrase, value, lo, hi in _facts(text) if figure in phrase]


def test_fine_between_floor_and_ceiling():
    text = "ويعاقب القانون بالسجن وبالغرامة التي لا تقل عن 300 ألف درهم ولا تجاوز مليون درهم كل من خالف أحكامه."
    assert _bounds(text, "مليون درهم") == [(None, None, 1000000)]


def test_ceiling_before_digits():
    text = "وتفرض البلدية غرامة لا تجاوز 50 ألف ريال على المحل المخالف في المرة الأولى."
    assert _bounds(text, "50 ألف ريال") == [(None, None, 50000)]


def test_guard_verb_apart_from_its_figure_unchanged():
    text = "وحددت اللائحة مهلة للتسوية، فلا تجاوز قيمة الغرامة حينها 20 ألف دينار."
    # the verb and the figure are apart: no bound is read from here (as before)
    assert _bounds(text, "20 ألف دينار") == [(20000, None, None)]


def test_guard_floor_of_the_same_sentence_unchanged():
    text = "ويعاقب القانون بالسجن وبالغرامة التي لا تقل عن 300 ألف درهم ولا تجاوز مليون درهم كل من خالف أحكامه."
    assert _bounds(text, "300 ألف درهم") == [(None, 300000, None)]


def test_guard_bare_verb_is_a_minimum():
    text = "وقال المسؤول إن حجم المبيعات تجاوز 300 ألف ريال خلال الشهر الماضي."
    assert _bounds(text, "300 ألف ريال") == [(None, 300000, None)]


def test_guard_negated_full_spelling_is_a_maximum():
    text = "وتمنح الشركة قرضا بقيمة لا تتجاوز 80 ألف ريال لكل موظف."
    assert _bounds(text, "80 ألف ريال") == [(None, None, 80000)]
