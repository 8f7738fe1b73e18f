"""Facts, thirty-first pass (b): "على الأقل" one to three words after the counted noun (an adjective,
"و" + a second noun, the rest of a construct or a prepositional phrase) still makes the count a
minimum; figures, punctuation or a longer clause between keep the count exact (made-up sentences)."""

from fact_rows import facts


def bounds(text):
    return [(f["value"], f["min"], f["max"]) for f in facts(text)]


def test_at_least_after_the_words_that_follow_the_noun():
    assert bounds("وأصيب في الحادث 9 عمال وسائقون على الأقل قرب الميناء.") == [(None, 9, None)]
    assert bounds("ويضم الوفد سبعة نواب في البرلمان الأوروبي على الأقل.") == [(None, 7, None)]
    assert bounds("واحتجز المسلحون 140 بحارا أجنبيا على الأقل.") == [(None, 140, None)]
    assert bounds("وقال إن ستة من أفراد الحرس على الاقل أصيبوا.") == [(None, 6, None)]


def test_right_after_the_noun_as_before():
    assert bounds("وغرق 12 صيادا على الأقل.") == [(None, 12, None)]


def test_no_bound_across_a_figure_punctuation_or_a_clause():
    assert bounds("وتسلم 40 طالبا جوائزهم، ثم غادروا على الأقل.") == [(40, None, None)]
    assert bounds("وباعت 35 سيارة للمعرض وتعهدت بتسليم باقي الطلبات على الأقل.") == [(35, None, None)]
