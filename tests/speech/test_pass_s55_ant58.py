"""Pass s55-ant58: "يقول بعضهم" stands for the group of people the same sentence named just before with
"بعض" ("بعض خبراء الطيران"، "بعض من المتابعين"); with no such group near, the quantifier stays the speaker."""

from __future__ import annotations

import pytest

from tests.speech.entity_quotes import speaker_of_words

GROUP = [
    ("ولكن بعض خبراء الاقتصاد لا يتفقون مع هذه التوقعات، إذ يقول بعضهم إن الأسعار سترتفع مجددا.",
     "الأسعار سترتفع", "بعض خبراء الاقتصاد"),
    ("وتثير الخطة قلق بعض من المزارعين في المنطقة حيث يرى بعضهم أن المياه لن تكفي المحاصيل.",
     "المياه لن تكفي", "بعض من المزارعين في المنطقة"),
    ("وتلقى الكاتب رسائل غاضبة من بعض المعلمين إذ اعتبر بعضهم أن المقال يسيء إلى المهنة.",
     "المقال يسيء", "بعض المعلمين"),
]

KEPT = [
    # no "بعض X" before in the sentence: the quantifier itself is the speaker
    ("وقد عرف الناس هذه اللعبة قديما، وذكر بعضهم أنها ظهرت في القرن العاشر.", "ظهرت في القرن", "بعضهم"),
    # the group before is a time, not people
    ("وفي بعض الأحيان يقول بعضهم إن الحل في الحوار.", "الحل في الحوار", "بعضهم"),
    # a named speaker is untouched
    ("وقال وزير المالية إن الميزانية ستعلن الأسبوع المقبل.", "الميزانية ستعلن", "وزير المالية"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GROUP)
def test_quantifier_pronoun_is_the_group_named_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), KEPT)
def test_quantifier_stays_without_a_group_near(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker
