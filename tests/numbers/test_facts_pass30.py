"""Facts, thirtieth pass: indefinite feminine duals whose singular the frequency lexicon lacks
(انتحارية، بندقية، باخرة، راكبة in ``countable_nouns.tsv``) count two, with a proclitic too;
their definite forms still point back (made-up sentences)."""

from fact_rows import facts


def values(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_unknown_feminine_duals_count_two():
    assert values("وقال الجيش إن انتحاريتين فجرتا نفسيهما قرب سوق المدينة.") == [("انتحاريتين", "other", 2)]
    assert values("وحمل أحد المسلحين في الصورة بندقيتين على كتفه.") == [("بندقيتين", "other", 2)]
    assert values("ورست في الميناء باخرتان محملتان بالقمح.")[0][2] == 2
    assert values("وسمح الطيار لراكبتين بالجلوس في قمرة القيادة.")[0][2] == 2


def test_a_proclitic_before_the_dual():
    assert [(("باخرتان" in t), v) for t, _k, v in values("وصلت الشحنة على متن سفينة وباخرتان إلى الميناء.")] == [(True, 2)]
    assert [(("بندقيتين" in t), v) for t, _k, v in values("ظهر الرجل في الصورة ببندقيتين على كتفه.")] == [(True, 2)]


def test_definite_duals_still_point_back():
    assert all("انتحاري" not in t for t, _k, _v in values("وقالت الشرطة إن الانتحاريتين كانتا في السوق."))
    assert values("ورست الباخرتان في الميناء أمس.") == []
