"""Session 52, pass ind54 (issue #4, indirect speakers on unseen news): a subject written before its verb with a
relative clause between them, the clause closed by a comma before the verb ("ترامب الذي يتصدر السباق وفق
استطلاعات الرأي، أشار إلى أن …"). A source of that clause (وفق، حسب، بحسب) stopped the look back, so the verb went
on with the source ("استطلاعات الرأي"); and the subject that opens its sentence, with no أن / لكن before it, was
left to the sentence's fallbacks, which take that source first. The subject now ends before the relative pronoun,
also when no comma stands before it ("ويبدو أن الوزير الذي يزور البلاد حاليا، أشار" → "الوزير").
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue

LEAD = "وصل الوفد إلى العاصمة مساء أمس. "


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            LEAD + "رئيس الحزب الذي يتصدر السباق وفق استطلاعات الرأي، أشار إلى أن الحزب سيدعم حملته.",
            "أشار",
            "رئيس الحزب",
        ),
        (
            LEAD + "وزير المالية، الذي يقود المفاوضات بحسب مصادر حكومية، أكد أن الاتفاق بات قريبا.",
            "أكد",
            "وزير المالية",
        ),
        (
            LEAD + "لكن رئيس البعثة الذي وصل إلى البلاد حسب وكالة الأنباء الرسمية، أوضح أن الزيارة ستستمر يومين.",
            "أوضح",
            "رئيس البعثة",
        ),
        (
            LEAD + "ويبدو أن المتحدث باسم الحكومة الذي عين في منصبه قبل شهر، أعلن أن الانتخابات ستجري في موعدها.",
            "أعلن",
            "المتحدث باسم الحكومة",
        ),
    ],
)
def test_subject_before_relative_clause_speaks(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: a source with no relative clause before the verb, a clause inside another's words, a plain subject,
        # an object fronted with its relative clause (the subject after the verb)
        (LEAD + "وقال المتحدث إن الأسعار ارتفعت وفق مصادر السوق، مؤكدا أن الحكومة ستتدخل.", "مؤكدا", "المتحدث"),
        (LEAD + "وقال مدير الشرطة إن المتهم اعترف بحسب المحققين، أكد أن القضية أغلقت.", "أكد", "مدير الشرطة"),
        (LEAD + "وزير الخارجية أكد أن المحادثات كانت مثمرة.", "أكد", "وزير الخارجية"),
        (LEAD + "الاتفاق الذي وقعته الحكومة مع الشركة، أكد الوزير أنه سيوفر آلاف الوظائف.", "أكد", "الوزير"),
        (LEAD + "الشركة التي تعاقدت معها الوزارة، أكد الوزير أنها ستنهي العمل قريبا.", "أكد", "الوزير"),
    ],
)
def test_other_subjects_unchanged(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected
