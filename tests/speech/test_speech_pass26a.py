"""Quote finder, twenty-sixth pass, detection (quotes round 26a). Every text is written for these tests.

* A quotation that closes a clause of the writer's own ("التقى الوزير بنظيره «لبحث …»") and is
  followed by an according-to source ("، حسب ما أعلنت الوزارة") is part of what the source reports:
  one according-to quote holds the whole clause, quotation included, not a direct quote of the
  quoted words alone.
* Not when a reporting verb frames the quotation ("وقال الوزير إن «…»، بحسب الوكالة"), nor when the
  quotation opens its clause ("«…»، بحسب المتحدث"): those stay the speaker's direct quotes.
"""

from __future__ import annotations

from entity_quotes import analysed


def _kinds(found) -> list[str]:
    return sorted(q["kind"] for q in found)


def test_a_quotation_closing_the_writers_clause_goes_with_the_source_after_it():
    found = analysed("التقى وزير الخارجية بنظيره الأردني «لبحث سبل تعزيز التعاون بين البلدين في المجالات "
                     "كافة»، حسب ما أعلنت الوزارة في بيان.")
    assert _kinds(found) == ["according_to"]
    [source] = found
    assert source["text"].startswith("التقى وزير الخارجية")
    assert "تعزيز التعاون" in source["text"]
    assert source["speaker"]["text"] == "الوزارة"


def test_the_whole_clause_is_attributed_with_a_bare_source_too():
    found = analysed("ووصلت القافلة إلى المدينة المحاصرة “محملة بالمواد الغذائية والأدوية اللازمة لآلاف "
                     "الأسر”، بحسب بيان الهلال الأحمر.")
    assert _kinds(found) == ["according_to"]
    assert found[0]["text"].startswith("وصلت القافلة")
    assert "لآلاف الأسر" in found[0]["text"]


def test_a_quotation_after_a_reporting_verb_stays_the_speakers_direct_quote():
    found = analysed("وقال الوزير إن «التعاون بين البلدين يشهد تطورا كبيرا في المجالات كافة»، بحسب الوكالة.")
    direct = [q for q in found if q["kind"] == "direct"]
    assert [q["speaker"]["text"] for q in direct] == ["الوزير"]


def test_a_quotation_opening_its_clause_stays_direct():
    found = analysed("«الاتفاق خطوة مهمة نحو السلام الدائم في المنطقة كلها»، بحسب المتحدث باسم الحكومة.")
    assert _kinds(found) == ["direct"]
    assert found[0]["speaker"]["text"] == "المتحدث باسم الحكومة"
