"""Pass types66 (session 56): an amount written with a scale word and counting nothing named, right
after a verb of paying or spending (``money_verbs.tsv``: دفع، إنفاق، ضخ، تدر، صرف، استثمر), is the
verb's object, a sum of money whose currency the writer leaves unnamed ("إنفاق الملايين على تدريب"
2015-07-21#144, "سيدفع الملايين على خبراء" 2015-08-08#924, "تدر الملايين على أصحابها" 2015-07-24#1192,
"بدفع 6 ملايين اخرى" 2015-08-11#1335: the dev gold types them money). Made-up sentences in the style of
the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_typed as _typed

RULE = [
    ("وتعتزم الحكومة إنفاق الملايين على تأهيل الطرق الريفية.", [("الملايين", "money")]),
    ("وقال إن النادي سيدفع الملايين للتعاقد مع المدرب الجديد.", [("الملايين", "money")]),
    ("وهي تجارة تدر مئات الملايين على المهربين كل عام.", [("مئات الملايين", "money")]),
    ("وأنتم تدفعون الملايين من أجل لاعبين لا يشاركون.", [("الملايين", "money")]),
    ("ووافق المستثمر على دفع 12 مليونا لشراء الحصة.", [("12 مليونا", "money")]),
    ("وعدل النادي عرضه بدفع ثلاثة ملايين أخرى مقابل اللاعب.", [("ثلاثة ملايين", "money")]),
    ("وأعلنت الوزارة صرف 450 ألفا للأسر المتضررة.", [("450 ألفا", "money")]),
    ("وتخطط الشركة لاستثمار 800 مليون في مصانع جديدة.", [("800 مليون", "money")]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _typed(text) == expected


UNCHANGED = [
    ("وضخت الشركة 10 ملايين برميل يوميا خلال الشهر الماضي.", [("10 ملايين برميل", "other")]),
    ("ودفع الجيش بثلاثة آلاف جندي إلى الجبهة الشمالية.", [("بثلاثة آلاف جندي", "other")]),
    ("وتابع المباراة الملايين عبر الشاشات.", [("الملايين", "other")]),
    ("فالفقر يدفع الآلاف إلى الهجرة كل عام.", [("الآلاف", "other")]),
    ("وصرفت الوزارة 1500 مكافأة للطلاب المتفوقين.", [("1500 مكافأة", "other")]),
    ("ودفعت الشركة 5 ملايين دولار تعويضا للعمال.", [("5 ملايين دولار", "money")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _typed(text) == expected
