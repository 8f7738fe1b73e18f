"""Pass facts60 (session 54): a size with no unit counts nothing ("صور شمسية 4×6"); centuries are a span of
time ("خمسة قرون"); a unit or a currency named alone after "about" counts one of it ("نحو طن"، "نحو دولار").

The dev gold marks no photograph size (2015-07-21#1039, 2015-07-26#599, 2015-07-23#683), no count of centuries
(2015-08-01#407, 2015-07-24#1430) and "نحو طن", "نحو دولار" as 1, approximate (2015-07-24#941, #429). Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"], f["approximate"]) for f in analysed_facts(text)]


RULE = [
    ("وعلى المتقدمين إرفاق أربع صور شمسية 4×6 مع الطلب.", [("أربع صور", "other", 4, None, None, False)]),
    ("ويشترط إحضار أربع صور ملونة مقاس 3×4 مع أصل الهوية.", [("أربع صور", "other", 4, None, None, False)]),
    ("ويرفق المتقدم صورة حديثة مقاس ٤×٦ بخلفية بيضاء.", []),
    ("وظلت المدينة مركزا للتجارة خمسة قرون متواصلة.", []),
    ("وبني المسجد قبل نحو 12 قرنا على يد أحد الولاة.", []),
    ("ويبلغ وزن الحوت الصغير نحو طن عند ولادته.", [("نحو طن", "other", 1, None, None, True)]),
    ("وارتفع سعر البرميل حوالي دولار في تعاملات أمس.", [("حوالي دولار", "money", 1, None, None, True)]),
    ("وشب حريق في مستودع مساحته حوالي ٣*١٥ مترا قرب الميناء.", [("حوالي ٣*١٥ مترا", "other", None, None, None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _rows(text) == expected


UNCHANGED = [
    ("وتأتي الشاشة بدقة 1920×1080 بكسل وبقياس 5.5 بوصة.", ["1920×1080 بكسل", "5.5 بوصة"]),
    ("وصادرت البلدية 3 أطنان من الخضروات.", ["3 أطنان"]),
    ("ويبعد الموقع نحو كيلومتر ونصف عن القرية.", []),
    ("وخفضت الشركة سعر البيع بنحو دولار واحد للبرميل.", ["دولار واحد"]),
    ("وشارك منتخب تحت 23 عاما في البطولة.", []),
    ("وفتحت 10 مدارس جديدة أبوابها أمس.", ["10 مدارس"]),
]


@pytest.mark.parametrize(("text", "texts"), UNCHANGED)
def test_unchanged(text, texts):
    assert [row[0] for row in _rows(text)] == texts
