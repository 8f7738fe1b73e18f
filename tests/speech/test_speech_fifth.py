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


# --- a plural participle goes on with a group, not with a single speaker before -------------------

def test_plural_participle_takes_the_group_in_its_sentence():
    found = analysed("وقال رئيس البلدية المهندس عمر الزهراني إن القرار يصب في مصلحة المواطنين. "
                     "إلى ذلك استبشر عدد من رواد الشاطئ بالقرار، مؤكدين أن البحر ملك لكل مواطن.")
    q = by_cue(found, "مؤكدين")
    assert q["speaker"]["text"] == "عدد من رواد الشاطئ"
    assert q["speaker"]["anonymous"]


def test_plural_participle_skips_an_adjective_plural():
    found = analysed("وقال الشيخ ماجد إن التصرفات غير لائقة. وأطلق مغردون آخرون حملة لدعم السياح الخليجيين، "
                     "مؤكدين أن ما صدر من السياح أمر طبيعي.")
    q = by_cue(found, "مؤكدين")
    assert q["speaker"]["text"].startswith("مغردون")


def test_dual_participle_after_two_named_people_keeps_them():
    found = analysed("وأعرب سمو أمير المنطقة، ومعالي وزير الإسكان عن شكرهما للقيادة، سائلين الله أن يعينهما.")
    q = by_cue(found, "سائلين")
    assert "وزير الإسكان" in q["speaker"]["text"]
