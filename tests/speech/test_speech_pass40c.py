"""Quote finder, fortieth pass, indirect detection (quotes round 40c): "كتب" (a cue only before a colon or
a quotation) also reports with its complement clause ("وكتب الباحث أن …"), but not as the passive of fate
("كُتب عليهم أن …") nor after "ما"; "علمت «الصحيفة» أن …" with no "من + source" is the paper's own report,
the paper its speaker. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, cues


def test_kataba_with_a_that_clause_reports():
    quote = by_cue(analysed("وكتب الباحث جون سميث في مدونته أن الثغرة خطيرة جدا على المستخدمين."), "وكتب")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("الثغرة خطيرة")
    assert "الباحث" in quote["speaker"]["text"]


def test_kataba_with_inna_reports():
    quote = by_cue(analysed("وكتب فريق المهندسين في الشركة إن التحديث الجديد يعالج المشكلة كليا."), "وكتب")
    assert quote["text"].startswith("التحديث الجديد يعالج")


def test_kataba_as_the_passive_of_fate_is_no_cue():
    found = analysed("هذا الموقع خزانة من كتب عليهم أن يكونوا عيون مجتمعاتهم وأقلامها.")
    assert "كتب" not in cues(found)


def test_kataba_after_ma_is_no_cue():
    found = analysed("ولو قرأنا كل ما كتب لخرجنا بقناعة أن الأمر محسوم منذ البداية.")
    assert "كتب" not in cues(found)


def test_kataba_with_a_plain_object_is_no_cue():
    found = analysed("كتب الطالب المقال في ساعة واحدة وسلمه لأستاذه.")
    assert "كتب" not in cues(found)


def test_a_paper_that_learned_is_the_speaker():
    quote = by_cue(analysed("وعلمت «المدينة» أن إدارة النادي قررت الاستغناء عن ثلاثة لاعبين."), "وعلمت")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("إدارة النادي قررت")
    assert "المدينة" in quote["speaker"]["text"]


def test_a_paper_that_learned_with_a_comma_before_the_clause():
    quote = by_cue(analysed("وعلمت صحيفة الأنباء، أنه سيتم افتتاح الطريق الجديد الشهر المقبل."), "وعلمت")
    assert quote["text"].startswith("سيتم افتتاح")
    assert "الأنباء" in quote["speaker"]["text"]


def test_learned_from_a_source_keeps_the_source_as_speaker():
    quote = by_cue(analysed("وعلمت «المدينة» من مصادر مطلعة أن الوزير سيزور المنطقة غدا."), "وعلمت")
    assert "مصادر" in quote["speaker"]["text"]


def test_learned_without_a_paper_is_no_cue():
    found = analysed("وعلمت يومها أن الوطن لا يحميه إلا أبناؤه. وعلم أن الوفد سيصل غدا.")
    assert "وعلمت" not in cues(found)
    assert "وعلم" not in cues(found)
