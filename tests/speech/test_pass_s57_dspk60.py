"""Session 57, pass dspk60 (issue #4, speakers): a place that opens its sentence as the subject of a feminine verb
is the subject a feminine cue with no subject later in that sentence goes on with.

"وتحتفظ بريطانيا بحق الانسحاب من الآلية، وقالت إنها «…»": the narration's subject was read only when it was a
speaker word, a person or a body, so a place after its verb was none and "وقالت" went on with the woman quoted
before. Only the cue's own sentence, only a feminine verb with the place alone right after it.
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words

LEAD = "وقالت المتحدثة باسم المفوضية الأوروبية ماريا شولتز إن «الاجتماع كان مثمرا». "


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            LEAD + "وتحتفظ فرنسا بحق الاعتراض على القرار، وقالت إنها «لن توافق على أي حصص إلزامية».",
            "حصص إلزامية",
            "فرنسا",
        ),
        (
            LEAD + "ورفضت ألمانيا المقترح الجديد في جلسة الأمس، مؤكدة أن «الحل يجب أن يكون أوروبيا».",
            "يكون أوروبيا",
            "ألمانيا",
        ),
        (
            LEAD + "وتعتزم إيطاليا رفع عدد سفن الإنقاذ في البحر، وأضافت أن «الوضع لم يعد يحتمل».",
            "يعد يحتمل",
            "إيطاليا",
        ),
    ],
)
def test_a_place_after_its_feminine_verb_goes_on(text: str, words: str, speaker: str) -> None:
    # dspk60: the feminine cue went on with "المتحدثة باسم المفوضية الأوروبية ماريا شولتز"
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a person as the narrated subject: as before
        (
            LEAD + "وافتتحت الوزيرة سارة الحربي المعرض أمس، وقالت إن «المشاركة فاقت التوقعات».",
            "فاقت التوقعات",
            "الوزيرة سارة الحربي",
        ),
        # the place in the sentence before the cue's: the woman quoted goes on
        (
            LEAD + "وتستضيف فرنسا القمة المقبلة. وقالت إن «التحضيرات بدأت مبكرا».",
            "بدأت مبكرا",
            "المتحدثة باسم المفوضية الأوروبية ماريا شولتز",
        ),
        # a place after a preposition is no subject
        (
            LEAD + "ووصلت إلى فرنسا أمس، وقالت إن «الزيارة تأخرت كثيرا».",
            "تأخرت كثيرا",
            "المتحدثة باسم المفوضية الأوروبية ماريا شولتز",
        ),
        # a masculine cue does not go on with the place
        (
            "وقال المتحدث باسم الحكومة أحمد سالم إن «الاجتماع كان مثمرا». "
            "وتحتفظ فرنسا بحق الاعتراض على القرار، وقال إن «القرار نهائي».",
            "القرار نهائي",
            "المتحدث باسم الحكومة أحمد سالم",
        ),
    ],
)
def test_guards(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker
