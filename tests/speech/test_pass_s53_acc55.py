"""Session 53, pass acc55 (issue #4, according-to detection): a full stop glued between a closing quotation mark
and the next word ("…مهاجم رائع”.وفقا للالمانية.") ends the sentence, as it does with a space after it; before,
the trailer "وفقا للالمانية." was read inside the quotation's sentence and no according-to was found."""

from __future__ import annotations

import pytest
from entity_quotes import of_kind


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "وقال المدرب في مؤتمر صحفي “الفريق قدم مباراة كبيرة ونستحق الفوز”.وفقا للالمانية. وتقام المباراة المقبلة السبت.",
            "لالمانية",
            "الفريق قدم مباراة كبيرة ونستحق الفوز",
        ),
        (
            "وأضافت المتحدثة “نواصل التحقيق في أسباب العطل ولن نتأخر في إعلان النتائج”.وفقا لرويترز. ولم تذكر تفاصيل أخرى.",
            "رويترز",
            "نواصل التحقيق في أسباب العطل ولن نتأخر في إعلان النتائج",
        ),
        (
            "وكتب اللاعب على حسابه «أشكر الجماهير على دعمها طوال الموسم».بحسب رويترز. وينتهي عقده في يونيو.",
            "رويترز",
            "أشكر الجماهير على دعمها طوال الموسم",
        ),
        (
            'وقال رئيس النادي "نأمل أن يعود الفريق إلى المنافسة على اللقب في الموسم المقبل".وفقا للفرنسية. وتبدأ التدريبات الأحد.',
            "لفرنسية",
            "نأمل أن يعود الفريق إلى المنافسة على اللقب في الموسم المقبل",
        ),
    ],
)
def test_a_trailer_glued_after_a_closing_mark_attributes_the_sentence(text: str, source: str, content: str) -> None:
    [according] = of_kind(text, "according_to")
    assert according["speaker"]["text"] == source
    assert content in according["text"]


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # guard: the same trailer after a space was read so before the pass
        ("وقال المدرب “الفريق قدم مباراة كبيرة”. وفقا للالمانية. وتقام المباراة السبت.", "according_to", "لالمانية"),
        # guard: the sentence after the glued full stop keeps its own verb and speaker
        ("وقال الوزير “المفاوضات مستمرة”.وأضاف المتحدث باسم الوزارة أن الجولة المقبلة ستعقد في جنيف.", "indirect", "المتحدث باسم الوزارة"),
        ("وقال الوزير للصحفيين “المفاوضات مستمرة حتى الآن”.وأضاف أن الجولة المقبلة ستعقد في جنيف.", "indirect", "الوزير"),
    ],
)
def test_around_a_full_stop_after_a_closing_mark(text: str, kind: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in of_kind(text, kind)] == [speaker]
