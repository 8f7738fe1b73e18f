"""Session 59, pass carry62 (issue #4, speakers): a phrase read as a reporting verb's subject that cannot speak —
a noun with a possessive pronoun that names a thing of theirs or ours ("…، كشف حالهم …"، "وعبر أجهزتنا الذكية …"),
or a phrase opened by a preposition — is no speaker: the quote goes on with the one quoted before, and so do the
subjectless cues after it ("وتابع"، "وبين"، "ونصح").

A relative, a colleague or a group with its pronoun still speaks ("والده"، "بعضهم"), and so does a body of theirs
("أجهزتها الأمنية").
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a bare verb after a comma with a thing of theirs read as its subject, then "وتابع" went on with it
        (
            "وقال الداعية فهد السالم إن هذه التنظيمات لا تريد إصلاحا. ولكن الله سبحانه بحكمته ولطفه، كشف "
            "أمرهم وبين كذبهم وخداعهم، وأبعدهم عن طريق الناس.\nوتابع أن على الشباب أن يحذروا من دعاتها.",
            "يحذروا من دعاتها",
            "الداعية فهد السالم",
        ),
        # "عبر" (via) read as the verb "عبّر" with "our devices" for subject, then "وذكر" went on with it
        (
            "ويرى الناقد المسرحي سعد الحربي أن الجمهور تغير كثيرا. نشاهد العروض عبر الشاشات وعبر "
            "هواتفنا المحمولة لكننا نرفض أن تكون لها مسارح، وذكر أن المسرح يهذب الذوق العام.",
            "المسرح يهذب الذوق",
            "الناقد المسرحي سعد الحربي",
        ),
    ],
)
def test_a_phrase_that_cannot_speak_hands_the_cue_back_to_the_one_before(text: str, words: str, speaker: str) -> None:
    # carry62: the cue went on with "أمرهم" / "هواتفنا المحمولة لكننا نرفض"
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a relative with his pronoun speaks
        (
            "وقال المدرب خالد العمر إن الفريق جاهز. وأكد والده أن ابنه يعمل بجد منذ سنوات.",
            "ابنه يعمل بجد",
            "والده",
        ),
        # a body of theirs speaks
        (
            "وقالت الحكومة المالية إن الوضع مستقر. وأكدت أجهزتها الأمنية أن الحدود تحت السيطرة.",
            "الحدود تحت السيطرة",
            "أجهزتها الأمنية",
        ),
        # "some of them" speaks
        (
            "واحتج عشرات الموظفين أمام مقر الشركة. وقال بعضهم إن رواتبهم تأخرت ثلاثة أشهر.",
            "رواتبهم تأخرت",
            "بعضهم",
        ),
        # a subjectless cue after a named speaker goes on with him as before
        (
            "وقال وزير الصحة توفيق الربيعة إن المستشفيات جاهزة. وأضاف أن الفرق الطبية تعمل على مدار الساعة.",
            "الفرق الطبية تعمل",
            "وزير الصحة توفيق الربيعة",
        ),
    ],
)
def test_people_and_bodies_with_a_pronoun_still_speak(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker
