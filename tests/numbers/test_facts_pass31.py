"""Facts, thirty-first pass: a bare figure right after عدد/حصيلة with the pronoun of a group named
before it ("البالغ عددهم 40"، "كان عددها 12"، "وصل عددهم إلى 300") counts that group; bare figures
elsewhere still count nothing named (made-up sentences)."""

from fact_rows import facts


def values(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_a_figure_after_the_count_of_them():
    assert values("ونظرت المحكمة في قضية المتهمين البالغ عددهم 40، وحددت جلسة أخرى.") == [("40", "other", 40)]
    assert values("وزار الوفد المدارس الجديدة وكان عددها 12 في المدينة.") == [("12", "other", 12)]
    assert values("وشكر المتطوعين الذين وصل عددهم إلى 300.") == [("300", "other", 300)]
    assert values("وتوزعت المساعدات على الأسر وعددهن «75».") == [("75", "other", 75)]


def test_other_bare_figures_still_count_nothing():
    assert values("وقف القطار في محطة منى (3).") == []
    assert values("وقال إن عدده 25 في السجل.") == []  # (a single thing's number: no group)


def test_a_noun_after_the_figure_is_read_as_before():
    assert values("والبالغ عددهم 160 مراجعا.") == [("160 مراجعا", "other", 160)]
