"""Pass facts46b (session 46): the words that govern a count of arrested, released and kidnapped
people and were missing from ``fact_triggers.tsv`` — "سراح" alone, so that a verb split from its
object by the subject ("أطلق الجيش سراح 12 صيادا") still frees them, "إخلاء سبيل" (a court lets the
accused go), "حبس" (detention ordered), "خطفت" — and an amount of billions that counts no noun is
a sum of money, unless a word announcing a headcount stands before it ("عدد سكان الهند").

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _types(text: str) -> dict[float | None, str]:
    doc = khabar.analyze(text, published="2015-08-10")
    return {(f["value"] if f["value"] is not None else f["min"]): f["type"] for f in doc.facts}


# (text, the count's value (its lower bound for a range), its type): the rules, then their guards
TYPED = [
    # the verb of release split from سراح by its subject
    ("وأطلقت قوات الأمن سراح 14 صيادا بعد التحقق من هوياتهم.", 14, "released"),
    ("وأطلقت السلطات سراح سبعة معتقلين من السجن المركزي.", 7, "released"),
    # a court lets the accused go
    ("وقررت محكمة الاستئناف إخلاء سبيل 9 متهمين بكفالة مالية.", 9, "released"),
    ("وأمرت النيابة بإخلاء سبيل خمسة موقوفين لعدم كفاية الأدلة.", 5, "released"),
    # detention ordered, kidnapping
    ("وأمرت النيابة العامة بحبس 16 متهما على ذمة التحقيق.", 16, "arrested"),
    ("وكانت جماعة مسلحة خطفت ستة عناصر من الفصيل قرب الحدود.", 6, "hostages"),
    # billions that count nothing
    ("وتحتاج الحكومة عشرات المليارات لإعادة إعمار المدن المدمرة.", 10000000000, "money"),
    ("وبلغ العجز التجاري 48.3 مليار بعدما تراجعت الصادرات.", 48300000000, "money"),
    # guards: a headcount of billions; billions with their noun; millions with no noun (people as often);
    # حبس of no people; an arrest left as it was
    ("ويبلغ عدد سكان القارة نحو 1.2 مليار.", 1200000000, "other"),
    ("ويعاني أكثر من مليار إنسان من نقص المياه.", 1000000000, "other"),
    ("وتابع الحفل الملايين حول العالم.", 1000000, "other"),
    ("وحبس الجمهور أنفاسه حين سجل اللاعب 3 أهداف.", 3, "other"),
    ("وألقت الشرطة القبض على 4 أشخاص في الحي.", 4, "arrested"),
]


@pytest.mark.parametrize(("text", "value", "kind"), TYPED)
def test_type(text: str, value: float, kind: str) -> None:
    assert _types(text).get(value) == kind
