"""Session 26, pass q64: an event, a circumstance or experience that "shows" something does not speak.

"وتؤكد موجة العنف هذه الأوضاع", "لكن الوقائع تؤكد أن …", "خبرتنا السابقة تقول إن …": the verb's subject
(after it, or before it when nothing after the verb can be its subject) is listed as event_subject in
clause_words.tsv, so the sentence is narration, not an indirect quote.
"""

from __future__ import annotations

import khabar


def cues(text: str) -> list[tuple[str, str | None]]:
    doc = khabar.analyze(text, published="2015-08-01")
    return [(q["cue"]["text"] if q["cue"] else None, q["speaker"]["text"]) for q in doc.quotes]


def test_an_event_after_the_verb_is_not_a_speaker() -> None:
    text = "وقتل عشرة أشخاص في هجمات متفرقة. وتؤكد موجة العنف هذه الأوضاع الأمنية المضطربة في المدينة."
    assert cues(text) == []


def test_experience_after_the_verb_and_an_addressee_is_not_a_speaker() -> None:
    assert cues("تقول لنا خبرتنا السابقة إن النظام لم يغير سياسته في المنطقة.") == []


def test_experience_before_the_verb_is_not_a_speaker() -> None:
    text = "نحن نعرف هذا النظام جيدا، فخبرتنا السابقة تقول إن الاتفاق لن يغير شيئا في سلوكه."
    assert cues(text) == []


def test_facts_before_the_verb_are_not_a_speaker() -> None:
    assert cues("حاولوا تخويف الناس، لكن الوقائع تؤكد أن هذا المسعى خائب.") == []


def test_a_slowdown_after_but_is_not_a_speaker() -> None:
    text = "قد ترتفع الأسعار قليلا، إلا أن تباطؤ النمو في الصين يشير إلى انكماش في الطلب."
    assert cues(text) == []


def test_guard_an_event_after_a_preposition_is_not_the_subject() -> None:
    # "في المعارك": the noun is not the subject, the relative's antecedent still speaks
    text = "وأعلن الجيش انتهاء العمليات في المعارك التي قال قائدها إن النصر فيها قريب."
    assert "قال" in [cue for cue, _speaker in cues(text)]


def test_pictures_after_the_verb_are_not_a_speaker() -> None:
    assert cues("وقد كشفت الصور ملامح أحد المتهمين أثناء تجادله مع الحارس.") == []


def test_guard_a_person_speaking_after_an_event_is_still_a_speaker() -> None:
    text = "وبعد الحادث أكد الوزير أن التحقيقات مستمرة."
    assert cues(text) == [("أكد", "الوزير")]


def test_guard_a_person_speaking_about_an_event_is_still_a_speaker() -> None:
    assert cues("وقال وزير الداخلية إن الحادث لن يمر دون عقاب.") == [("وقال", "وزير الداخلية")]
    assert cues("وأكد مدير الشرطة عقب المباراة أن الخطة الأمنية نجحت.") == [("وأكد", "مدير الشرطة")]


def test_guard_data_still_speak() -> None:
    # the gold takes figures and reports for speakers: "أظهرت البيانات" is not an event
    found = cues("وأظهرت البيانات الرسمية أن التضخم تراجع إلى الصفر في يونيو.")
    assert [cue for cue, _speaker in found] == ["وأظهرت"]
