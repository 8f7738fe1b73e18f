"""Pass facts54 (session 51): the indefinite dual "موقعين" counts two sites.

1. "سيطروا على موقعين"، "يعملان في موقعين"، "وموقعين لألعاب الأطفال": موقع was left out of
   countable_nouns.tsv for its participle "signatories", but the indefinite -ين form is "two sites" in
   nearly all its news uses, and the gold counts it; main read nothing.
2. Its participle (participle_duals.tsv): before its object ("موقعين عشرات القتلى": inflicting;
   "موقعين على البيان": signing) it counts nothing.

Guards: the definite "الموقعين على" counts nothing; the participle plurals "معبرين"، "منتخبين" count
nothing.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(fact["text"], fact["value"]) for fact in analysed_facts(text)]


TWO_SITES = [
    ("وقال المتحدث إن قوات المقاومة سيطرت أمس على موقعين كان يتحصن فيهما المسلحون.", "موقعين"),
    ("وأوضح مدير الجوازات أن فريقين يعملان في موقعين لإنجاز معاملات المراجعين.", "موقعين"),
    ("ويضم المتنزه مسطحات خضراء وموقعين لألعاب الأطفال.", "وموقعين"),
    ("وسحبت البلدية موقعين سياحيين انتهت عقودهما على الواجهة البحرية.", "موقعين"),
]


@pytest.mark.parametrize(("text", "dual"), TWO_SITES)
def test_an_indefinite_dual_of_site_counts_two(text, dual):
    assert (dual, 2) in _rows(text)


PARTICIPLES = [
    "وتقدمت الفصائل على محور الجبل، موقعين عشرات القتلى في صفوف القوات.",
    "وكان عدد من النواب موقعين على البيان الذي صدر أمس.",
]


@pytest.mark.parametrize("text", PARTICIPLES)
def test_the_participle_before_its_object_counts_nothing(text):
    assert not [row for row in _rows(text) if row[0].endswith("موقعين")]


def test_the_definite_signatories_count_nothing():
    assert _rows("وأشاد الوزير بالموقعين على الاتفاق في العاصمة.") == []


def test_participle_plurals_count_nothing():
    assert _rows("وظهر الناخبون معبرين عن آرائهم أمام المرشحين منتخبين جددا.") == []
