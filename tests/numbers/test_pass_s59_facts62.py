"""Pass facts62 (session 59): a noun of a group of named people (الثنائي، الثلاثي، الرباعي) followed by a
definite word counts them too — with the article, that word is its adjective ("الرباعي الأجنبي"،
"الثنائي الحارس فلان وفلان"، "الثلاثي الأرجنتيني"; dev 2015-07-21#888, 2015-08-04#726, 2015-08-08#91,
2015-07-22#351, 2015-07-22#1338, 2015-08-09#206); without it, its genitive ("ثلاثي الفريق فلان وفلان",
2015-08-01#1110, 2015-08-07#945). Not the genitive of a technical compound (group_nouns.tsv, not_after:
"ثلاثي الأبعاد"، "معالج رباعي النواة"، "كابل ثلاثي الخطوط"), nor an adjective after a definite noun
("الاجتماع الثلاثي"). Made-up sentences in the style of the news."""

import pytest
from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


RULE = [
    ("وينتظر أن يلتحق الرباعي الأجنبي بالمعسكر في النمسا، ويواصل بقية اللاعبين تدريباتهم.", [("الرباعي", "other", 4)]),
    ("وواصل الثنائي المصاب سامي الحربي وخالد العنزي برنامجهما العلاجي في العيادة.", [("الثنائي", "other", 2)]),
    ("وأنهى النادي إجراءات قيد الثلاثي البرازيلي ماركو وفابيو ولوكاس قبل بداية الموسم.", [("الثلاثي", "other", 3)]),
    ("وخضع ثلاثي الفريق ماجد الشمري وفهد القحطاني وعلي السبيعي لفحوص طبية أمس.", [("ثلاثي", "other", 3)]),
    ("وغاب ثنائي الوسط حمد الدوسري وسعود العتيبي عن المران بسبب الإرهاق.", [("ثنائي", "other", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert rows(text) == expected


UNCHANGED = [
    # technical compounds: the genitive names no one
    ("ويعمل الجهاز بمعالج رباعي النواة ويدعم الشبكات اللاسلكية وتقنية البلوتوث.", []),
    ("وتصدر فيلم الرسوم المتحركة ثلاثي الأبعاد إيرادات الأسبوع وحقق أرقاما قياسية.", []),
    ("ويمد الكابل البحري ثلاثي الخطوط الجزيرة بالكهرباء ويربطها بالشبكة الوطنية.", []),
    # an adjective of a definite noun before it
    ("وانتهى الاجتماع الثلاثي الطارئ بين الوزراء وممثلي الشركات دون اتفاق.", []),
    ("وأكد الوزيران أهمية التعاون الثنائي المشترك وتطويره في المجالات كافة.", []),
    # no list of names after it
    ("ويأمل الجمهور أن يعود الثنائي الهجومي إلى مستواه قريبا.", []),
    # the rule of session 20 is untouched
    ("وأجرى الثنائي سامي الفهد وخالد العتيبي تمارين خاصة في الصالة", [("الثنائي", "other", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert rows(text) == expected
