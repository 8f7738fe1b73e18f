"""Session 60, pass ant63 (issue #4, speakers of subjectless cues): a sentence opening with a fronted phrase
("وعلى الجانب الآخر"، "وفي المقابل") whose verb has a body the tagger found right after it ("استغلت «أوبر»
تلك الاحتجاجات") has that body for subject; a cue with no subject later in the sentence ("…، وأعلنت عن …")
goes on with it, not with the last one quoted. A body's name alone takes its verb's gender. Texts written for
these tests.
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "وقالت صحيفة «الوطن» إن سائقي الأجرة أغلقوا الطرق في وسط المدينة أمس.\n"
            "وعلى الجانب الآخر استغلت «أوبر» تلك الاحتجاجات للترويج لخدماتها، وأعلنت عبر حساباتها "
            "عن تخفيض أسعار الرحلات لكل المستخدمين في المدينة.",
            "تخفيض أسعار الرحلات",
            "أوبر",
        ),
        (
            "وذكرت صحيفة «الرياض» أن المصرف رفع أسعار الفائدة الأسبوع الماضي.\n"
            "وفي المقابل خفضت «سامسونج» أسعار هواتفها في الأسواق الخليجية، وأوضحت أن الطلب تراجع خلال الصيف.",
            "الطلب تراجع خلال الصيف",
            "سامسونج",
        ),
    ],
)
def test_a_body_after_the_verb_of_a_fronted_sentence_speaks_in_its_subjectless_cue(text: str, words: str, speaker: str) -> None:
    # before ant63 the cue went on with the outlet or the minister quoted before
    assert speaker_of_words(text, words) == speaker


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
