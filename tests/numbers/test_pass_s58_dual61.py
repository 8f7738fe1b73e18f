"""Pass dual61 (session 58): a construct dual (-ي، -ا) followed right away by two definite words joined
by و names two parties and counts nothing ("بين وزارتي الخارجية والدفاع"، "مسؤولو ناديي النصر
والهلال"، "دفع قطاعا البنوك والبتروكيماويات": the dev gold leaves most such pairs unannotated). The
indefinite pairs ("مباراتي ذهاب وإياب"، "قنبلتي هيروشيما ونجازاكي") and a construct dual with one
genitive or an agreeing dual keep their count. Made-up sentences in the style of the news, through
``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["value"]) for f in analysed_facts(text)]


RULE = [
    "وبحث الاجتماع سبل التنسيق بين وزارتي الصحة والتعليم في المنطقة.",
    "واحتج مسؤولو ناديي الاتحاد والشباب على جدول المباريات الجديد.",
    "وقاد الارتفاع قطاعا الاتصالات والتأمين في تعاملات الأمس.",
    "ويلتقي وزيرا النقل والسياحة في العاصمة الأسبوع المقبل.",
    "وتناولت الدورة طرق تدريس مهارتي الإلقاء والكتابة للطلاب المبتدئين.",
]


@pytest.mark.parametrize("text", RULE)
def test_rule(text):
    assert [row for row in _rows(text) if row[1] == 2] == []


UNCHANGED = [
    # an indefinite pair: the gold keeps these
    ("ويتأهل الفائز من مباراتي ذهاب وإياب إلى الدور النهائي.", [("مباراتي", 2)]),
    ("ووقعت الجامعة مذكرتي تفاهم وتعاون مع الوزارة.", [("مذكرتي", 2)]),
    ("واستهدف القصف محطتي كهرباء ومياه في المدينة.", [("محطتي", 2)]),
    # one genitive and an agreeing dual; a genitive with its adjective before the و
    ("واشترى المستثمر قطعتي الأرض المجاورتين للمشروع.", [("قطعتي", 2)]),
    ("والتقى رئيسا الوزراء الكندي جون سميث والأسترالي مارك براون على هامش القمة.", [("رئيسا", 2)]),
    # indefinite duals are no construct
    ("وقتل في الهجوم شرطيان وأصيب مدنيان.", [("شرطيان", 2), ("مدنيان", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert [row for row in _rows(text) if row[1] == 2] == expected
