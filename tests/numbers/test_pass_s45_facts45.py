"""Pass facts45 (session 45): a plural verb of killing or wounding after its count ("قتلوا",
"أصيبوا") types it across the subject's adjectives and a partitive (up to six words, not only
four); the nouns after a count (القتلى، المفقودين) keep their reach of four words. A sum whose scale
word stands in the accusative ("23 مليارا محجوزة") counts no word after it, so it takes the
currency of the sum before it; "بعدما" and two other conjunctions in -ما are no counted nouns.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _facts(text: str) -> list[tuple[str, str, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["text"], f["type"], f["value"]) for f in doc.facts]


def _types(text: str) -> dict[float | None, str]:
    return {value: kind for _, kind, value in _facts(text)}


# (text, the count's value, its type): the rules, then their guards
TYPED = [
    # a plural verb after its count, further than four words
    ("وذكرت الوكالة أن نحو 250 مسلحا كرديا من جناح الحزب العسكري قتلوا في الغارات.", 250, "killed"),
    ("وقالت مصادر محلية إن خمسة مسلحين بينهم القيادي أبو سالم اليافعي قتلوا أمس.", 5, "killed"),
    ("وأفاد شهود بأن 12 عاملا آسيويا في مصنع الحديد المجاور أصيبوا بحروق.", 12, "injured"),
    # a sum with its scale word in the accusative, after a sum of money
    ("وتبلغ الأصول المجمدة نحو 40 مليار دولار، منها 31 مليارا مودعة في مصارف أوروبية.", 31000000000, "money"),
    ("ودفعت الشركات 120 مليون ريال رسوما، وقرابة 45 مليونا كتأمينات لدى الوزارة.", 45000000, "money"),
    ("وبلغت مبيعات البنوك 300 مليار دولار، وبلغ العجز 45.2 مليار بعدما تراجعت الصادرات.", 45200000000, "money"),
    # guards: a noun after a count keeps its short reach; the verb right after the count reads as before;
    # a known counted noun after a sum stays a count; the verb of a reported clause types not the reporters;
    # an accusative thousand "of them" after a sum stays people
    ("وتم إنقاذ ستة أشخاص من النهر ولا يعرف حتى الآن عدد المفقودين.", 6, "other"),
    ("وقال مسؤول إن 7 أشخاص قتلوا في الانفجار.", 7, "killed"),
    ("وبلغت أرباح الشركة 12 مليون ريال، وباعت 3 ملايين سهم في السوق.", 3000000, "other"),
    ("وقال أربعة شهود لوكالة الأنباء إن أكثر من 20 شخصا قتلوا في القصف.", 4, "other"),
    ("ويملك 90 ألف شخص ثروات تفوق 30 مليون دولار، و35 ألفا منهم يعيشون في أوروبا.", 35000, "other"),
]


@pytest.mark.parametrize(("text", "value", "kind"), TYPED)
def test_a_count_takes_its_type(text, value, kind):
    assert _types(text)[value] == kind


def test_the_sum_after_an_accusative_sum_follows_it():
    text = "وتبلغ الأصول المجمدة نحو 40 مليار دولار، منها 31 مليارا مودعة في أوروبا، و9 مليارات في آسيا."
    types = _types(text)
    assert (types[31000000000], types[9000000000]) == ("money", "money")


# a vague count of millions or billions counts whole millions or billions; thousands and the plural alone
# keep their bounds (guards)


def _bounds(text: str) -> list[tuple[float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["min"], f["max"]) for f in doc.facts]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        (
            "وتخسر الدول المصدرة للنفط عشرات المليارات من الدولارات كل عام بسبب تراجع الأسعار.",
            (10_000_000_000, 99_000_000_000),
        ),
        ("وتحتاج الحكومة إلى بضعة مليارات من اليورو لسد العجز في الميزانية.", (3_000_000_000, 9_000_000_000)),
        ("وشارك عشرات الآلاف من المواطنين في المسيرة وسط العاصمة.", (10_000, 99_999)),
        ("وشاهد الملايين المباراة النهائية على شاشات التلفزيون.", (1_000_000, 9_999_999)),
    ],
)
def test_a_vague_count_takes_the_bounds_of_its_scale(text, bounds):
    assert bounds in _bounds(text)
