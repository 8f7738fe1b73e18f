"""Pass facts62 (session 54): "تحت" alone right before the figure of a sum of money bounds it from above ("تحت 46
دولارا" is at most 46 dollars, as the dev gold gives 2015-08-11#767); before other counts, or as the end of a
word (فتحت = ف + تحت), it bounds nothing. A resolution, an order or a law named by its number after one relative
adjective ("القرار الأممي 2216"، "الأمر التنفيذي 13382") counts nothing, as "القرار 2216" does not (ANNOTATION.md: no
identifiers; dev 2015-08-01#838). Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in analysed_facts(text)]


RULE = [
    ("وهبط سعر خام برنت إلى ما تحت 48 دولارا للبرميل في تعاملات أمس.", [("تحت 48 دولارا", "money", None, None, 48)]),
    ("وأغلق سهم الشركة تحت 15 ريالا للمرة الأولى منذ عام.", [("تحت 15 ريالا", "money", None, None, 15)]),
    ("وبقيت أسعار النفط الأمريكي تحت $45 طوال الأسبوع.", [("تحت $45", "money", None, None, 45)]),
    ("وطالب الوزير بتنفيذ القرار الأممي 2231 ولم يحدد موعدا لذلك.", []),
    ("ووقع الرئيس الأمر التنفيذي 14021 المتعلق بالعقوبات.", []),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _rows(text) == expected


UNCHANGED = [
    ("وفتحت 12 مدرسة جديدة أبوابها للطلاب أمس.", [("12 مدرسة", "other", 12, None, None)]),
    ("ودرس الباحثون الظاهرة تحت أربع فرضيات مختلفة.", [("أربع فرضيات", "other", 4, None, None)]),
    ("وتوج اللاعب بذهبية وزن تحت 68 كغم في البطولة.", [("68 كغم", "other", 68, None, None)]),
    ("وبيعت التذكرة بأقل من 40 دولارا.", [("أقل من 40 دولارا", "money", None, None, 40)]),
    ("ودفعت الشركة 30 مليون دولار تحت بند الصيانة.", [("30 مليون دولار", "money", 30000000, None, None)]),
    ("وتضمن القرار النهائي 14 بندا أبرزها وقف إطلاق النار.", [("14 بندا", "other", 14, None, None)]),
    ("وأيد القانون الجديد 140 نائبا في جلسة الأمس.", [("140 نائبا", "other", 140, None, None)]),
    ("وشمل القرار الوزاري 35% من الموظفين.", [("35%", "percent", 35, None, None)]),
    ("وأكد البيان التزام الحكومة بالقرار الدولي (1701) الخاص بلبنان.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _rows(text) == expected
