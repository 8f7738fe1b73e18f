"""Quote finder, thirty-fifth pass, detection (quotes round 35a): a conjunction of time or place that
opens a new attribution ("، حيث قال: «…»", "عندما أكد أن …") is not the last word of the content
before it; and the bare past "أبان" (made clear), which verbs.tsv drops because normalised it is "إبان"
(during), is a cue where it is written with أ and has its complement or a colon.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, cues


def test_content_before_haythu_qala_ends_before_the_conjunction():
    found = analysed("وفي كلمته أمام المؤتمر أكد الوزير سمير الحداد أن إلغاء الرسوم سيكون تدريجيا، حيث قال: "
                     "«سنلغي الرسوم خلال عامين».")
    assert by_cue(found, "أكد")["text"] == "إلغاء الرسوم سيكون تدريجيا"
    assert by_cue(found, "قال")["text"] == "سنلغي الرسوم خلال عامين"


def test_content_before_indama_ends_before_the_conjunction():
    found = analysed("وأوضح المدير خالد السالم أن المشروع سيكتمل قريبا عندما قال: «نحن جاهزون للتسليم».")
    assert by_cue(found, "وأوضح")["text"] == "المشروع سيكتمل قريبا"


def test_bare_abana_with_hamza_and_complement_is_a_cue():
    found = analysed("من جانبه أبان مدير الإدارة خالد السالم أن المشروع سيكتمل العام المقبل.")
    quote = by_cue(found, "أبان")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "المشروع سيكتمل العام المقبل"
    assert "خالد السالم" in quote["speaker"]["text"]


def test_ibbana_during_is_no_cue():
    found = analysed("وصل الوفد إلى المدينة إبان الحرب الأهلية رغم أن القتال لم يتوقف، وأكد رئيسه أن الوضع صعب.")
    assert not any(cue and "بان" in cue for cue in cues(found))
    found = analysed("ابان الحرب قال الرجل إن الوضع صعب.")
    assert cues(found) == ["قال"]


def test_abana_without_complement_reports_nothing():
    found = analysed("أبان الفريق مستوى جيدا في المباراة الأخيرة.")
    assert "أبان" not in cues(found)


def test_the_name_aban_is_no_cue():
    found = analysed("روى أبان بن عثمان أن القافلة وصلت مساء.")
    assert "أبان" not in cues(found)
