"""Pass facts58 (session 53): "بين" typed glued to the figure after it opens a range, as "بين 20 و30" does;
the accusative singular of activists, extremists and protesters counts people ("احتجزت 20 متطرفا").

Dev 2015-07-27#791 reads "يتراوح عدد السكان بين20.7 و27.5 مليون نسمة" and the corpus "يتراوح قطرها بين20 -30
مايكرومتر" (2015-08-01#568): main read no number in "بين20.7" (a word glued to digits is a name or a code,
جنيف1، إف16, unless glued_words.tsv lists it) and kept only the upper figure. Made-up sentences in the style of the
news, through ``khabar.analyze``. Dev 2015-07-21#136 reads "احتجزت حوالى 20 متطرفا": a weak trigger types only a
count of people, and "متطرفا" (11-99 take the accusative singular) was in no list nor plural rule."""

import pytest
from fact_rows import analysed_facts

GLUED_RANGES = [
    ("ويتوقع أن يتراوح عدد الزوار بين15.5 و18.2 مليون زائر خلال العام المقبل.", 15500000, 18200000),
    ("ويشارك في كل دورة بين12 و15 متدربا من كل منطقة.", 12, 15),
    ("ويتراوح سمك الطبقة بين40 -60 مايكرومتر بحسب الدراسة.", 40, 60),
]


@pytest.mark.parametrize(("text", "low", "high"), GLUED_RANGES)
def test_glued_bayna_opens_a_range(text, low, high):
    facts = analysed_facts(text, published="2015-07-27")
    assert [(f["min"], f["max"], f["value"]) for f in facts] == [(low, high, None)]


def test_glued_bayna_before_one_figure_counts_it():
    facts = analysed_facts("واختيرت البلدة من بين١٢ بلدة في المنطقة.", published="2015-07-27")
    assert [(f["value"], f["min"], f["max"]) for f in facts] == [(12, None, None)]


UNCHANGED = [
    ("ويتراوح عدد الزوار بين 15 و18 مليون زائر سنويا.", [(None, 15000000, 18000000)]),
    ("وارتفع عدد المصابين من 10 إلى 20 مصابا خلال يومين.", [(10, None, None), (20, None, None)]),
    ("وتنتج المصانع من400 إلى 800 طن يوميا.", [(None, 400, 800)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_spaced_and_glued_min_read_as_before(text, expected):
    facts = analysed_facts(text, published="2015-07-27")
    assert [(f["value"], f["min"], f["max"]) for f in facts] == expected


PEOPLE_COUNTS = [
    ("وقالت مصادر أمنية إن الشرطة احتجزت نحو 30 متطرفا في الأيام الأخيرة.", "arrested"),
    ("وأعلنت الشرطة اعتقال 25 متظاهرا أمام مبنى البرلمان.", "arrested"),
    ("وقضت المحكمة بحبس 14 ناشطا لمدد متفاوتة.", "arrested"),
]


@pytest.mark.parametrize(("text", "kind"), PEOPLE_COUNTS)
def test_accusative_participle_of_people_is_typed(text, kind):
    facts = analysed_facts(text, published="2015-07-21")
    assert [f["type"] for f in facts] == [kind]


def test_a_count_of_things_after_a_weak_trigger_stays_other():
    facts = analysed_facts("وضبطت الجهات المختصة 30 مستودعا مخالفا في المنطقة.", published="2015-07-21")
    assert [f["type"] for f in facts] == ["other"]
