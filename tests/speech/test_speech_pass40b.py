"""Quote finder, fortieth pass, speakers (quotes round 40b): a speaker phrase whose span opens inside
its first word, after a preposition written on it that belongs to the cue or the verb ("ووفقا
للمختصين"، "وطبقا لمصدر"، "وسبق لوسائل إعلام أن ذكرت"), is read by the word without it — with its
article where the ل took the article's alif — so its head is found: an unnamed source stays unnamed.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_specialists_after_according_to_are_anonymous():
    found = analysed("وارتفعت أسعار النفط أمس. ووفقا للمختصين، فإن هذه الزيادة ستستمر حتى نهاية العام الجاري.")
    assert anonymous(found, "ووفقا ل")


def test_a_plural_participle_after_according_to_is_anonymous():
    found = analysed("وارتفعت درجات الحرارة في المنطقة. ووفقا للمتابعين، فإن موجة الحر ستنكسر في منتصف الشهر المقبل.")
    assert anonymous(found, "ووفقا ل")


def test_a_source_after_according_to_is_anonymous():
    found = analysed("وأعلنت الشركة نتائجها المالية. وطبقا لمصدر في الشركة، فإن الأرباح تراجعت بنسبة كبيرة.")
    assert anonymous(found, "وطبقا ل")


def test_the_media_after_sabaqa_li_are_anonymous():
    found = analysed("وتعاقد النادي مع المدافع الجديد. وسبق لوسائل إعلام إيطالية أن ذكرت أن اللاعب يريد الرحيل عن فريقه.")
    assert anonymous(found, "ذكرت")


def test_a_ministry_after_according_to_stays_named():
    found = analysed("وانتشر المرض في عدة قرى. ووفقا لوزارة الصحة، فإن عدد المصابين تجاوز مئتي شخص.")
    assert not anonymous(found, "ووفقا ل")


def test_a_named_spokesman_after_according_to_stays_named():
    found = analysed("ووقع الحادث فجر اليوم. ووفقا للمتحدث باسم الشرطة العقيد سامي الفارس، فإن السائق فر من المكان.")
    assert not anonymous(found, "ووفقا ل")
