"""Pass nums68 (session 57): "or more" said after a figure with the verb (أو يزيد، أو تزيد، أو ما
يزيد) or with وما فوق bounds it from below, like أو أكثر and فما فوق ("ما قيمته 300 دولار أو يزيد":
the draw 20204's dev gold a minimum, 2015-07-31#313). When على or عن follows the verb (قليلا between),
the verb compares the next figure and bounds none before it. Made-up sentences in the style of the
news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["value"], f["min"], f["max"]) for f in analysed_facts(text)]


RULE = [
    ("ويحصل العميل على هدية عند شراء ما قيمته 500 ريال أو يزيد من المعرض.", [("500 ريال أو يزيد", None, 500, None)]),
    ("وتقدم الشركة خصما للطلبات التي تبلغ 2000 دولار أو ما يزيد.", [("2000 دولار أو ما يزيد", None, 2000, None)]),
    ("وتمنح الجمعية أسعارا مخفضة للوفود المكونة من 30 شخصا وما فوق.", [("30 شخصا وما فوق", None, 30, None)]),
    ("وشارك في المسيرة أكثر من 50 ألف متظاهر أو يزيد بحسب المنظمين.",
     [("أكثر من 50 ألف متظاهر أو يزيد", None, 50000, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _rows(text) == expected


UNCHANGED = [
    # the verb goes on with على / عن: it compares the figure after it
    ("ويشمل القرار من يبلغ ثمنها 200 ريال أو تزيد على ذلك.", [("200 ريال", 200, None, None)]),
    ("وتبلغ الرسوم 90 دولارا أو يزيد قليلا عن السعر المعلن.", [("90 دولارا", 90, None, None)]),
    # the rows already there
    ("وتفرض الغرامة على من يسحب 5000 ريال أو أكثر في اليوم.", [("5000 ريال أو أكثر", None, 5000, None)]),
    ("ويشترط ألا يقل عدد العاملين عن 40 عاملا فما فوق.", [("40 عاملا فما فوق", None, 40, None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _rows(text) == expected
