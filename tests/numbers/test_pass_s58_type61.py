"""Pass type61 (session 58): inflections of listed event verbs that the trigger list lacked, so that the
count they govern was typed other — the feminine dual before its object ("انتحاريتين … قتلتا تسعة أشخاص"
killed, dev 2015-07-21#133), the verbal noun of kidnapping with its subject's pronoun ("بعد أيام من
خطفها ثمانية مقاتلين" hostages, 2015-08-04#600; weak), and after the count the passive of arrest ("14 شخصا الذين القي
القبض عليهم" arrested, 2015-08-07#45). "تحتجزهم" after a count is not added: it restates a count typed
already ("حرر مئات النساء، كانت الحركة تحتجزهم رهائن" is released, 2015-08-04#1110);
nor the present "يصيب": in the corpus nearly always a disease striking so many a year (other).
Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_typed as _typed

RULE = [
    ("وقال مصدر أمني إن مهاجمتين قتلتا خمسة أشخاص في السوق المركزية.", [("مهاجمتين", "other"), ("خمسة أشخاص", "killed")]),
    ("وأعلنت الحركة مسؤوليتها بعد يومين من خطفها ستة عمال أجانب قرب الحدود.", [("ستة عمال", "hostages")]),
    ("وقالت النيابة إن 9 أشخاص ألقي القبض عليهم يواجهون تهم الاحتيال.", [("9 أشخاص", "arrested")]),
    ("وأوضح المصدر أن 11 متهما تم القبض عليهم في مداهمات متزامنة.", [("11 متهما", "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _typed(text) == expected


UNCHANGED = [
    ("فيروس يصيب 3 ملايين شخص سنويا في أفريقيا", [("3 ملايين شخص", "other")]),
    ("ويعد المرض من أكثر الأمراض شيوعا في البلاد، ويصيب نحو 7000 شخص كل عام.", [("نحو 7000 شخص", "other")]),
    ("وتصيب الأمطار الغزيرة 20 قرية في الجنوب كل عام.", [("20 قرية", "other")]),
    ("مسلح يقتل ويصيب 9 أشخاص داخل مطعم ثم ينتحر", [("9 أشخاص", "killed")]),
    ("وألقت الشرطة القبض على 5 أشخاص بعد المداهمة.", [("5 أشخاص", "arrested")]),
    ("وقتلت الغارة 12 مسلحا في المنطقة.", [("12 مسلحا", "killed")]),
    ("وتحتجز السلطات 40 سفينة في الميناء.", [("40 سفينة", "other")]),
    ("وقال الجيش إنه حرر مئات القرويين، كان المسلحون يحتجزونهم في الغابة.", [("مئات القرويين", "released")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _typed(text) == expected
