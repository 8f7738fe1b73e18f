"""Pass f42 (session 28): indefinite duals of masculine nouns with a broken plural.

"بحقلين جديدين"، "على ركنين"، "بطول قدمين"، "بمحركين": a masculine noun whose plural is broken (حقول،
أركان، أقدام، محركات) has no sound plural in -ين, so its -ين/-ان form is a dual and counts two
(ANNOTATION.md: duals → value 2). The nouns are listed in `numbers/data/countable_nouns.tsv`; a
participle (ناشط، مختص) counts only in the nominative -ان, its -ين being the sound plural; شعبان (the
month) and بطلان (invalidity) are no duals. Made-up sentences in the style of the news, read through
the public pipeline.
"""

import khabar

PUBLISHED = "2015-08-01"


def _counts(text: str) -> list[tuple[str, float | None]]:
    doc = khabar.analyze(text, published=PUBLISHED)
    return [(f["text"], f["value"]) for f in doc.facts]


def test_two_fields_with_a_proclitic():
    text = "وارتفع إنتاج الشركة من الغاز بعد تشغيل بحقلين جديدين في الصحراء الغربية."
    assert _counts(text) == [("بحقلين", 2)]


def test_two_pillars():
    assert _counts("وقال الخطيب إن الأسرة تقوم على ركنين أساسيين هما المودة والرحمة.") == [("ركنين", 2)]


def test_two_feet_as_a_length():
    assert _counts("ويحفر المزارع حفرة بعمق قدمين قبل غرس الشتلة في الأرض.") == [("قدمين", 2)]


def test_two_engines():
    assert _counts("وتعمل الطائرة الجديدة بمحركين ويمكنها قطع المسافة دون توقف.") == [("بمحركين", 2)]


def test_two_wells_and_a_military_vehicle():
    text = "وأعلنت الوزارة حفر بئرين في القرية، فيما دمرت القوات طقمين تابعين للميليشيا."
    assert _counts(text) == [("بئرين", 2), ("طقمين", 2)]


def test_two_drowned_are_killed():
    doc = khabar.analyze("وانتشلت فرق الإنقاذ جثة غريقين من بحيرة السد مساء أمس.", published=PUBLISHED)
    assert [(f["text"], f["value"], f["type"]) for f in doc.facts] == [("غريقين", 2, "killed")]


def test_participle_in_the_nominative_counts_two():
    assert _counts("وقتل ناشطان في اشتباكات مع قوات الأمن وسط المدينة.") == [("ناشطان", 2)]


def test_guard_participle_in_the_oblique_is_a_plural():
    assert _counts("واستهدف الهجوم ناشطين يساريين كانوا يستعدون لرحلة إغاثة.") == []


def test_guard_the_month_and_invalidity_are_no_duals():
    assert _counts("وأكدت المحكمة بطلان العقد الذي وقع في شهر شعبان الماضي.") == []


def test_guard_definite_duals_still_point_back():
    assert _counts("وقالت الشركة إن الإنتاج من الحقلين سيبدأ العام المقبل.") == []
