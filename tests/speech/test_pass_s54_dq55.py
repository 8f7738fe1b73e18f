"""Session 54, dq55: a relative clause joined by و ("والذي"، "والتي"، "والذين") ends the speaker phrase after a
reporting verb, as the bare "الذي" does: the speaker is the phrase before it. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


@pytest.mark.parametrize("text, kind, speaker", [
    ('وفي حديثه أمام الخريجين يقول العميد فهد الشمري والذي تجاوز الستين: "نريد كلية تليق بكم وبطموحاتكم الكبيرة".',
     "direct", "العميد فهد الشمري"),
    ('وأضاف المدرب البرتغالي والذي قاد الفريق الموسم الماضي "نأمل أن يبقى الحارس معنا حتى نهاية العقد".',
     "direct", "المدرب البرتغالي"),
    ("وقالت الممرضة سارة الحربي والتي عملت في المستشفى عشر سنوات إن الهدف راحة المرضى.",
     "indirect", "الممرضة سارة الحربي"),
    ("وأوضح المهندسون والذين شاركوا في تصميم الجسر أن الأعمال ستنتهي قبل الصيف.",
     "indirect", "المهندسون"),
])
def test_a_relative_clause_with_wa_ends_the_speaker(text, kind, speaker):
    [q] = analysed(text)
    assert q["kind"] == kind
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # guards: the bare relative and an apposition set off by commas read as before
    ('وفي حديثه أمام الخريجين يقول العميد فهد الشمري الذي تجاوز الستين: "نريد كلية تليق بكم وبطموحاتكم الكبيرة".',
     "العميد فهد الشمري"),
    ("وقال ماجد الدوسري، أحد أقدم الصحفيين، والذي تعرض للتهديد بسبب عمله: «نحن نمر بأيام صعبة في المهنة كلها».",
     "ماجد الدوسري، أحد أقدم الصحفيين"),
])
def test_the_bare_relative_and_apposition_unchanged(text, speaker):
    [q] = analysed(text)
    assert q["speaker"]["text"] == speaker
