"""Session 60, pass ant63 (issue #4, speakers of subjectless cues), measured and dropped: a body right after the
feminine verb of a sentence opened by a fronted phrase ("وعلى الجانب الآخر استغلت «أوبر» …، وأعلنت") was to speak in
the subjectless cue after it (one dev row, no corpus item of its shape: see docs/evaluation/quotes.md). The guards
stay: they pass on the start and must keep passing — a cue with no subject goes on with the one quoted before when
no body follows the narrated verb. Texts written for these tests.
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # guard: a feminine verb with no body after it, the minister quoted before goes on
        (
            "وقالت وزيرة الصحة سارة الأحمد إن المستشفيات جاهزة لموسم الحج.\n"
            "وعلى هامش الزيارة افتتحت جناحا جديدا للأطفال، وأكدت أن العمل يسير وفق الجدول.",
            "العمل يسير وفق الجدول",
            "وزيرة الصحة سارة الأحمد",
        ),
        # guard: a body after a masculine verb is its object ("انتقد «أوبر»"), the minister goes on
        (
            "وقال وزير النقل خالد العمري إن القانون يمنع نقل الركاب بسيارات غير مرخصة.\n"
            "وعلى الجانب الآخر انتقد «أوبر» في حديثه للصحفيين، وأكد أن العمل يسير وفق الجدول.",
            "العمل يسير وفق الجدول",
            "وزير النقل خالد العمري",
        ),
        # guard: "وقال الوزير … . وأضاف …" keeps the minister
        (
            "وقال وزير النقل خالد العمري إن القانون يمنع نقل الركاب بسيارات غير مرخصة.\n"
            "وأضاف أن الوزارة ستراقب التطبيقات الذكية في الأشهر المقبلة.",
            "ستراقب التطبيقات الذكية",
            "وزير النقل خالد العمري",
        ),
    ],
)
def test_the_speaker_before_goes_on_without_a_body_after_the_verb(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker
