"""Pass facts63 (session 55): a figure with three digits after a dot before a noun of people or of things
that come whole is thousands ("(15.541) خريج" is 15,541 graduates, as the dev gold gives 2015-07-21#1921;
whole_nouns.tsv grows by the nouns seen so written in SaudiNewsNet). A count in brackets said again in words
right after ("(7) سبعة من رجال حرس الحدود", dev 2015-08-01#299; "(22.790) اثنان وعشرون ألفاً …", the dot then
marking thousands) is one figure, spanned from the bracket.
Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in analysed_facts(text)]


RULE = [
    ("وسجل في الموقع خلال المعرض (12.345) خريج يبحثون عن عمل.", [("12.345) خريج", "other", 12345, None, None)]),
    ("وحضر مباريات الفريق هذا الموسم 354.120 مشجعاً.", [("354.120 مشجعاً", "other", 354120, None, None)]),
    ("وبلغ عدد المنشآت المسجلة في النظام 81.406 منشأة.", [("81.406 منشأة", "other", 81406, None, None)]),
    ("وقبلت الكليات التقنية هذا العام 21.730 متدربين.", [("21.730 متدربين", "other", 21730, None, None)]),
    ("وتم ضبط (43) ثلاثة وأربعين متهماً في الحملة.",
     [("(43) ثلاثة وأربعين متهماً", "arrested", 43, None, None)]),
    ("وقتل في الاشتباكات (9) تسعة مسلحين.", [("(9) تسعة مسلحين", "killed", 9, None, None)]),
    ("وبلغ عدد الحبوب المضبوطة (14.260) أربعة عشر ألفاً ومائتان وستون حبة.",
     [("(14.260) أربعة عشر ألفاً ومائتان وستون حبة", "other", 14260, None, None)]),
    ("ويستوعب المصلى الجديد (3000) ثلاثة آلاف مصل.", [("(3000) ثلاثة آلاف مصل", "other", 3000, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _rows(text) == expected


UNCHANGED = [
    ("وبلغ وزن الشحنة المضبوطة 1.450 طن من المواد.", [("1.450 طن", "other", 1.45, None, None)]),
    ("وأغلق السهم عند 2.375 دينار في تعاملات أمس.", [("2.375 دينار", "money", 2.375, None, None)]),
    ("وأصيب (5) أشخاص في الحادث.", [("5) أشخاص", "injured", 5, None, None)]),
    ("وتم ضبط (12) خمسة عشر متهما في الحملة.", None),
    ("وبلغت قيمة الجائزة (50) ألف ريال.", [("50) ألف ريال", "money", 50000, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    rows = _rows(text)
    if expected is None:  # two different figures: both stay
        assert [r[2] for r in rows] == [12, 15]
    else:
        assert rows == expected
