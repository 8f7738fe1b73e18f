"""Quote finder, thirty-sixth pass, detection (quotes round 36a): a short quotation that opens inside
the preposition object of the reporting verb before it, after some of the object's words ("وطالب
المحامون بعدة إجراءات من بينها «…» والاستماع …"), is part of what the verb reports, not a direct quote
of its own. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def _kinds(found: list[dict]) -> list[tuple[str, str]]:
    return [(q["kind"], (q["cue"] or {}).get("text")) for q in found]


def test_quotation_inside_a_bi_object_is_part_of_it():
    found = analysed("وطالب المحاميان بعدها بعشرة إجراءات إضافية من بينها \"مراجعة شاملة جديدة من قبل لجنة مستقلة\" "
                     "والاستماع إلى شهود آخرين.")
    assert ("direct", "وطالب") not in _kinds(found)
    quote = by_cue(found, "وطالب")
    assert quote["kind"] == "indirect"
    assert "مراجعة شاملة جديدة من قبل لجنة مستقلة" in quote["text"] and "والاستماع إلى شهود آخرين" in quote["text"]


def test_quotation_inside_an_ila_object_is_part_of_it():
    found = analysed("ودعت الصحيفة القراء إلى التفكير مليا واغتنام «الفرص المتاحة أمام الشباب اليوم».")
    assert all(q["kind"] != "direct" for q in found)
    quote = by_cue(found, "ودعت")
    assert "الفرص المتاحة أمام الشباب اليوم" in quote["text"]


def test_quotation_right_after_the_preposition_is_still_direct():
    found = analysed("وختم كلمته داعيا الخصوم إلى \"ألا يختبروا صبرنا لأننا مستعدون لكل شيء\".")
    quote = by_cue(found, "داعيا")
    assert quote["kind"] == "direct"
    assert quote["text"] == "ألا يختبروا صبرنا لأننا مستعدون لكل شيء"


def test_a_sentence_long_quotation_inside_the_object_stays_direct():
    found = analysed("وشدد الوزير على ضرورة \"عدم التهاون مع أي مخالفة مهما كانت صغيرة لأن القانون فوق الجميع وسيطبق على الكل دون استثناء\".")
    quote = by_cue(found, "وشدد")
    assert quote["kind"] == "direct"


def test_an_object_ended_by_a_comma_does_not_hold_a_later_quotation():
    found = analysed("أما المدرب فوصفها بالمهزلة، فيما خرج رئيس النادي إلى الصحافيين ليتحدث عن «ظلم واضح لحق بالفريق طوال الموسم».")
    assert any(q["kind"] == "direct" and q["text"] == "ظلم واضح لحق بالفريق طوال الموسم" for q in found)
