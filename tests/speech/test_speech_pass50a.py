"""Pass 50a: a participle title set right after a person's name ("… العمري المسؤول عن …"، "… الحربي
المشرف العام على …") describes him: its على/عن and what it governs stay in the speaker phrase, which
no longer stops at the preposition with the title left hanging. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


@pytest.mark.parametrize("text, speaker", [
    ("وقال خالد العمري المسؤول عن ملف الإسكان في الوزارة إن المشروع سيكتمل قبل نهاية العام.",
     "خالد العمري المسؤول عن ملف الإسكان في الوزارة"),
    ("وكشف سامي بن أحمد الحربي المشرف العام على مهرجان الربيع أن عدد الزوار تجاوز مئة ألف.",
     "سامي بن أحمد الحربي المشرف العام على مهرجان الربيع"),
])
def test_a_participle_title_after_a_name_keeps_its_preposition(text, speaker):
    [q] = analysed(text)
    assert q["speaker"]["text"] == speaker


def test_the_verbs_own_preposition_after_a_bare_title_stays_out():
    [q] = analysed("وأكد المشرف على أهمية البرنامج في تدريب الشباب.")
    assert "أهمية" not in (q["speaker"] or {}).get("text", "")
