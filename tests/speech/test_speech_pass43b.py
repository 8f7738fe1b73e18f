"""Quote finder, forty-third pass, speakers (quotes round 43b): after a definite word that is no
title, honorific or institution — a person's name the tagger found, or before a verbal noun by
its pattern — a bare indefinite noun with a definite genitive right after it ("تجديد العقد", "صعوبة
المباراة", "رجال الأمن") begins a new construct — the verb's object — and is
not read into the speaker phrase. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_a_verbal_noun_after_a_club_name_is_the_object():
    found = analysed("واختتم الموسم الرياضي أمس. وأعلن رئيس نادي الوحدة تجديد العقد مع المدرب لموسمين.")
    assert speaker(found, "وأعلن") == "رئيس نادي الوحدة"


def test_a_difficulty_after_a_named_captain_is_the_object():
    found = analysed("وبدأ الفريق معسكره الخارجي. وأكد قائد فريق الشباب خالد العمري صعوبة المباراة المقبلة أمام المنافس.")
    assert speaker(found, "وأكد") == "قائد فريق الشباب خالد العمري"


def test_men_congratulated_after_a_sheikh_are_the_object():
    found = analysed("ونجحت الخطة الأمنية للموسم. وهنأ الشيخ سعد بن فهد المطيري رجال الإطفاء على نجاح الخطة.")
    assert speaker(found, "وهنأ") == "الشيخ سعد بن فهد المطيري"


def test_a_surname_named_before_ends_the_phrase():
    found = analysed("وزار الدكتور سعد بن فهد المطيري مقر الدفاع المدني أمس. وثمن الدكتور المطيري جهود الفرق الميدانية في الإنقاذ.")
    assert speaker(found, "وثمن") == "الدكتور المطيري"


def test_a_name_after_a_club_stays_in_the_phrase():
    found = analysed("وتستعد الأندية للموسم الجديد. وقال رئيس النادي الأهلي ماجد النفيعي إن الفريق جاهز للمنافسة.")
    assert speaker(found, "وقال") == "رئيس النادي الأهلي ماجد النفيعي"


def test_a_rank_after_a_body_stays_in_the_phrase():
    found = analysed("وازدادت أعداد المسافرين. وقال مدير عام الجوازات اللواء سليمان الراشد إن المنافذ جاهزة.")
    assert speaker(found, "وقال") == "مدير عام الجوازات اللواء سليمان الراشد"


def test_an_untagged_name_after_a_description_stays_in_the_phrase():
    found = analysed("وزار الطلاب معرض الفنون. وأضافت الطفلة جنى الفارس أنها وجدت متعة كبيرة في قسم الرسم.")
    assert speaker(found, "وأضافت") == "الطفلة جنى الفارس"
