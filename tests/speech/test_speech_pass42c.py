"""Quote finder, forty-second pass, indirect detection (quotes round 42c): a verb of finding ("وجد") reports
its أن / إن clause where its subject follows it ("ووجد الباحثون أن …", "ووجدت الدراسة أن …") or, written
plural with و/ف, a subject named before ("ووجدوا أنه …"); not the passive "لقد وُجد أن …", the writer's
"ووجدت أن …" (I found), narration without a subject, nor a plain object ("ووجد الفريق صعوبة …"). Every
text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, cues


def test_found_with_a_subject_reports():
    quote = by_cue(analysed("ووجد الباحثون في جامعة القاهرة أن شرب الماء صباحا يحسن التركيز لدى الطلاب."), "ووجد")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("شرب الماء")
    assert "الباحثون" in quote["speaker"]["text"]


def test_found_with_a_feminine_subject_reports():
    quote = by_cue(analysed("وأجريت التجربة على مئتي متطوع. ووجدت الدراسة أن النوم المبكر يقلل التوتر."), "ووجدت")
    assert quote["text"].startswith("النوم المبكر")
    assert "الدراسة" in quote["speaker"]["text"]


def test_found_plural_with_wa_reports():
    found = analysed("ووجد الباحثون أن القهوة تنشط الذاكرة. ووجدوا أنه في الدول الباردة يزيد الاستهلاك شتاء.")
    assert cues(found).count("ووجد") == 1
    assert "ووجدوا" in cues(found)


def test_found_in_the_passive_is_no_cue():
    found = analysed("لقد وجد أن التمر يحتوي على كمية كبيرة من الألياف المفيدة.")
    assert "وجد" not in cues(found)


def test_found_in_the_first_person_is_no_cue():
    found = analysed("قرأت التعليقات كلها، ووجدت أن معظمها يكرر الفكرة نفسها.")
    assert "ووجدت" not in cues(found)


def test_found_with_a_plain_object_is_no_cue():
    found = analysed("ووجد الفريق صعوبة كبيرة في مباراته الأولى بالبطولة.")
    assert "ووجد" not in cues(found)


def test_found_with_an_object_and_a_later_that_is_no_cue():
    found = analysed("ووجدت حقيبة صغيرة قرب المدخل الذي دخل منه اللص وظننت أنه نسيها هناك.")
    assert "ووجدت" not in cues(found)


def test_found_before_a_quotation_is_no_cue():
    found = analysed('ولا نجد نصا واحدا يسمي المشكلة، وإن وجد، فلن يتعدى عبارات عامة مثل: "سلوك غير لائق".')
    assert "وجد" not in cues(found)
