"""Eighth facts pass: classes of dev errors, each on made-up sentences with their near misses.

Every rule has a case that must change and one that must not, so that no rule passes by firing
everywhere.
"""

from fact_rows import described

from khabar.document import Document
from khabar.numbers.facts import facts_of
from khabar.numbers.words import match, number_phrases


def values(text):
    return [(p.low, p.high) for p in number_phrases(match(text))]


def typed(text):
    doc = Document(text=text, published="2015-08-06")
    doc.sentences = [(0, len(text))]
    return [(f["text"], f["type"]) for f in facts_of(doc)]


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


# --- "لا" written glued to the comparing verb --------------------------------------------------------


def test_glued_negation_bounds_the_figure():
    assert described("يشترط أن يحصل الطالب على نسبة لاتقل عن 90% في الثانوية") == [
        ("percent", None, 90, None, False, "%")
    ]
    assert described("تصرف الشركة بدلا شهريا لايتجاوز 1500 ريال للموظف")[0][:4] == ("money", None, None, 1500)
    assert described("وأكد أن ما لايقل عن 30 شخصا أصيبوا")[0][:4] == ("count", None, 30, None)


def test_spaced_negation_is_unchanged_and_a_plain_figure_is_exact():
    assert described("بنسبة لا تقل عن 90%")[0][:4] == ("percent", None, 90, None)
    assert described("حصل الطالب على نسبة 90% في الثانوية")[0][:4] == ("percent", 90, None, None)


# --- a plural verb before its object: "وقتلوا خمسة أشخاص" ---------------------------------------------


def test_plural_verb_types_the_count_it_governs():
    assert typed("وقال شاهد إن المسلحين اقتحموا البلدة ليلا، وقتلوا سبعة أشخاص، بينهم طفلان.") == [
        ("سبعة أشخاص", "killed"),
        ("طفلان", "killed"),
    ]
    assert typed("وأطلق المهاجمون النار على الحراس فقتلوا اثنين منهم وأصابوا ستة آخرين بجروح.") == [
        ("اثنين منهم", "killed"),
        ("ستة آخرين", "injured"),
    ]
    assert typed("وقالت الشرطة إن عناصرها اعتقلوا 14 مشتبها بهم خلال المداهمة.") == [("14 مشتبها", "arrested")]


def test_plural_verb_after_its_count_or_before_a_preposition_is_not_an_object():
    # the verb after the count still reads as "were killed"
    assert typed("وقال مسؤول إن تسعة أشخاص قتلوا في الهجوم.") == [("تسعة أشخاص", "killed")]
    # قتلوا في هجومين: the count after a preposition is where, not whom
    assert ("هجومين", "other") in typed("وقال مسؤول إن 15 مدنيا قتلوا في هجومين انتحاريين.")
    # a count in a clause of its own keeps its own verb
    # (the verb after و32 is read as its noun, so it is left untyped: the rule must not make it killed)
    assert typed("وقال المكتب إن 11 شخصا قتلوا و32 أصيبوا بجروح.") == [
        ("11 شخصا", "killed"),
        ("و32 أصيبوا", "other"),
    ]


# --- a count broken down after هم ------------------------------------------------------------------


def test_breakdown_after_hum_shares_the_type():
    assert typed("وأعلنت السلطات سقوط ستة قتلى هم ثلاثة شرطيين وثلاثة مدنيين.") == [
        ("ستة قتلى", "killed"),
        ("ثلاثة شرطيين", "killed"),
        ("وثلاثة مدنيين", "killed"),
    ]


def test_hum_after_an_untyped_count_gives_nothing():
    assert typed("وأسس الجمعية خمسة أشخاص هم طلاب سابقون وثلاثة معلمين.")[0] == ("خمسة أشخاص", "other")
