"""Pass facts65 (session 55): a year standing right before a trigger is no count of it. "في عام 2014
أعدمت 289 شخصا" (dev 2015-07-24#782, gold killed) read 2014 as a count before the verb, so the verb was
taken for a counted noun and 289 stayed other. ``facts._counted`` now skips a year: 19xx/20xx after a word
of years (عام، العام، لعام، سنة), or four digits with an era letter glued (1436هـ، 2014م). A count
before a trigger still makes it a counted noun ("ثلاث إصابات"). Made-up sentences in the
style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_typed as _typed

RULE = [
    ("وقالت المنظمة إنه في عام 2013 أعدمت السلطات 276 شخصا.", [("276 شخصا", "killed")]),
    ("وفي العام 2012 اعتقلت الشرطة 40 ناشطا في العاصمة.", [("40 ناشطا", "arrested")]),
    ("وشهد عام 2011 مقتل تسعة صحافيين في البلاد.", [("تسعة صحافيين", "killed")]),
    ("وذكرت الوكالة أنه خلال عام 1435هـ أصيب 120 شخصا في حوادث السير.", [("120 شخصا", "injured")]),
    ("وأشار إلى أنه في سنة 2010 قتل 35 عاملا في انهيار المنجم.", [("35 عاملا", "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _typed(text) == expected


UNCHANGED = [
    ("ووقعت ثلاث إصابات وتم إرسال أربع فرق إسعاف إلى الموقع.", [("ثلاث إصابات", "injured"), ("أربع فرق", "other")]),
    ("وفي عام 2013 أعلنت الشركة توظيف 300 مواطن.", [("300 مواطن", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _typed(text) == expected
