"""Session 54, pass ind57 (issue #4, speakers of indirect quotes): a relative clause on the object of "مع"
("تواصلت الصحيفة مع X، الذي قال إن …"، "التقى الوزير مع ممثلي الشركات الذين أكدوا أن …") describes that object, so
X is the relative verb's speaker, as after "على" / "إلى" (``relative_object_prepositions``). Before, the phrase
after "مع" was dropped as a prepositional phrase and the verb went back to the sentence's subject ("الصحيفة").
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue

LEAD = "شهدت المدارس الحكومية في المنطقة نقصا في أعداد المعلمين مع بداية العام الدراسي. "


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (LEAD + "وتواصلت الصحيفة مع مدير إدارة التعليم سعد العمري، الذي قال إن الوزارة ستعالج النقص قريبا.",
         "قال", "مدير إدارة التعليم سعد العمري"),
        (LEAD + "وتحدثت الصحيفة مع الطبيب المناوب الذي أكد أن المريض غادر المستشفى مساء أمس.",
         "أكد", "الطبيب المناوب"),
        (LEAD + "واجتمع الوزير مع المعلمين المتعاقدين الذين أوضحوا أن رواتب المتعاقدين تأخرت ثلاثة أشهر.",
         "أوضحوا", "المعلمين المتعاقدين"),
    ],
)
def test_object_of_ma_speaks_in_relative(text: str, cue: str, expected: str) -> None:
    q = first_by_cue(quotes(text), cue)
    assert q["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: "على" / "إلى" as before, and a subject relative with no preposition
        (LEAD + "وتعرفت الصحيفة على المعلم خالد السالم الذي قال إن الفصول مكتظة بالطلاب.", "قال", "المعلم خالد السالم"),
        (LEAD + "وأكد مدير التعليم سعد العمري، الذي زار المدارس أمس، أن النقص سيعالج قريبا.", "وأكد", "مدير التعليم سعد العمري"),
    ],
)
def test_other_relatives_unchanged(text: str, cue: str, expected: str) -> None:
    q = first_by_cue(quotes(text), cue)
    assert q["speaker"]["text"] == expected
