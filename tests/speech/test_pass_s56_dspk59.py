"""Session 56, pass dspk59 (issue #4, speakers): the object of a causative after "ما" / "مما" speaks.

"…، ما جعل المخابرات الإسرائيلية تقول إنه «…»"، "مما جعل اللبنانيين يصفون الوضع بأنه …": the phrase between
"ما جعل / مما دفع" and a bare reporting verb is the one made to say it, the verb's subject written before it.
Before, the walk back took the clause opened by "ما" for no subject and the verb went on with the last speaker
(or the last according-to source), and a phrase after the verb was read as its subject.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, speaker_of_words

LEAD = "وقال المتحدث باسم البلدية إن الاجتماع كان ناجحا. "


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # direct: the causative's object before the verb, the last speaker or source before it
        (
            LEAD + "وبحسب التقارير الأولية، لم يكن المهاجم عضوا في أي تنظيم، ما جعل الشرطة المحلية تقول إنه «تصرف فردي».",
            "تصرف فردي",
            "الشرطة المحلية",
        ),
        (
            LEAD + 'وكان الجمهور يهاجم كل من ينتقد النجم، ما جعل الكاتب الراحل يقول: "إن دل هذا على شيء فإنما يدل على التعصب".',
            "يدل على التعصب",
            "الكاتب الراحل",
        ),
        # direct: a phrase after the verb is whom it was told to, not who spoke
        (
            LEAD + "وتأخر تسليم المشروع عامين، مما جعل رئيس اللجنة يقول للصحافيين: «لن نقبل بأي تأخير جديد».",
            "لن نقبل",
            "رئيس اللجنة",
        ),
        # indirect: the verb's object after it is no subject
        (
            LEAD + "وتراكمت النفايات في الشوارع أسابيع، مما جعل السكان يصفون الوضع الحالي بأنه كارثة بيئية.",
            "كارثة بيئية",
            "السكان",
        ),
        (
            LEAD + "وضخت الحكومة سيولة كبيرة في السوق، وهو ما جعل عدة مصادر مصرفية تؤكد أن المصارف جاهزة للشراء.",
            "المصارف جاهزة",
            "عدة مصادر مصرفية",
        ),
    ],
)
def test_the_object_of_a_causative_speaks(text: str, words: str, speaker: str) -> None:
    # dspk59: the verb went on with "المتحدث باسم البلدية" or a source before it, or took its object for subject
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a subject written after the verb with no causative before it: unchanged
        (
            LEAD + "وتراكمت النفايات في الشوارع أسابيع، وقال السكان إن الوضع كارثة بيئية.",
            "الوضع كارثة",
            "السكان",
        ),
        # the causative with its own subject after "ما": the verb after the object is no cue here, the speaker
        # before goes on for the next cue
        (
            LEAD + "وارتفعت الأسعار، ما دفع التجار إلى رفع الأجور. وأضاف أن البلدية ستراقب الأسواق.",
            "ستراقب الأسواق",
            "المتحدث باسم البلدية",
        ),
        # a pronoun object ("ما جعلها تقول"): no phrase to take, the feminine speaker before goes on
        (
            "وقالت الوزيرة إن الميزانية محدودة. وتراجعت الإيرادات، ما جعلها تقول إن الخطة ستتأجل.",
            "الخطة ستتأجل",
            "الوزيرة",
        ),
    ],
)
def test_what_does_not_change(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker


def test_the_causative_phrase_is_not_the_speaker() -> None:
    text = LEAD + "وتأخر تسليم المشروع عامين، مما جعل رئيس اللجنة يقول للصحافيين: «لن نقبل بأي تأخير جديد»."
    speakers = [(q["speaker"] or {}).get("text") or "" for q in analysed(text)]
    assert not any("جعل" in s for s in speakers), speakers
