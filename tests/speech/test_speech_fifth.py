"""Quote finder: noun objects that end at a circumstance, and definite subjects before a plain noun."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- "(من) دون أن", "قبل أن", "بعد أن": a circumstance, not part of what was announced ------------

def test_noun_object_ends_before_a_circumstance_clause():
    found = analysed("ويشير الكاتب التركي نعمان آرالك إلى الكثير من النقاط المشتركة بين الطرفين، من دون أن يعطي تفاصيل.")
    q = by_cue(found, "ويشير")
    assert q["text"].endswith("بين الطرفين")
    assert "يعطي" not in q["text"]


def test_threat_object_ends_before_qabla_an():
    found = analysed("وهددت المعلمة بالاعتصام خارج الجامعة قبل أن يعالجها الموت في المستشفى.")
    q = by_cue(found, "وهددت")
    assert "الموت" not in q["text"]


def test_complement_clause_is_not_cut_at_qabla_an():
    found = analysed("وقال الوزير إن الحكومة ستراجع القرار قبل أن تعلنه رسميا.")
    q = by_cue(found, "وقال")
    assert q["text"].endswith("رسميا")


# --- a definite phrase, then a plain noun: the verb's object begins ------------------------------

def test_definite_subject_ends_before_indefinite_object():
    found = analysed("وتوقعت الأرصاد طقسا معتدل الحرارة على المرتفعات الجنوبية.")
    q = by_cue(found, "وتوقعت")
    assert q["speaker"]["text"] == "الأرصاد"
    assert q["text"].startswith("طقسا")


def test_title_before_a_name_is_not_cut():
    found = analysed("وأكد المهندس الركبان أهمية دور المستفيدين في الرقابة.")
    q = by_cue(found, "وأكد")
    assert q["speaker"]["text"] == "المهندس الركبان"
