"""Session 27, pass q71: a quote's content no longer runs on over the next quote.

1. "قال إن …، وتوقع القريني زيادة …": a past reporting verb written with و right after a comma, whose
   content is its noun object (so no break was set before it), begins a new attribution; the reported
   clause (أن …, a colon) of the quote before it ends at the comma, and the new quote is kept. Not after
   a noun or preposition object ("تعهد بالاستمرار في …، وكشف …": a verbal noun goes on with it), nor when
   the words after the verb are no speaker ("…، وتُوقع العقوبات الرادعة على …").
2. "…، مرجعا ذلك إلى …" / "…، معللة بزيادة …": participles that give the cause of what was said,
   right after a comma (elsewhere "مرجعا" is mostly the noun "a reference": "أن يكون مرجعا وطنيا").
"""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str | None, str, str | None]]:
    doc = khabar.analyze(text, published="2015-08-01")
    return [(q["kind"], q["cue"]["text"] if q["cue"] else None, q["text"], q["speaker"]["text"]) for q in doc.quotes]


def contents(text: str) -> dict[str | None, str]:
    return {cue: content for _, cue, content, _ in quotes(text)}


def test_expected_with_its_subject_after_a_comma_ends_the_clause_before() -> None:
    found = contents("وقال تاجر الأسماك سالم العتيبي إن هناك إقبالا كبيرا من الأسر على الهامور هذا الأسبوع، "
                     "وتوقع العتيبي ارتفاع الكميات المعروضة في الأسواق خلال الأيام المقبلة.")
    assert found["وقال"] == "هناك إقبالا كبيرا من الأسر على الهامور هذا الأسبوع"
    assert found["وتوقع"] == "ارتفاع الكميات المعروضة في الأسواق خلال الأيام المقبلة"


def test_showed_with_no_subject_goes_on_with_the_same_speaker() -> None:
    found = quotes("ورأت الكاتبة منى الحربي أن المعرض نجح في جذب الزوار من مختلف الأعمار، "
                   "وأبدت إعجابها بمشاركة الفرق الشبابية للمرة الأولى.")
    by_cue = {cue: (content, speaker) for _, cue, content, speaker in found}
    assert by_cue["ورأت"][0] == "المعرض نجح في جذب الزوار من مختلف الأعمار"
    assert by_cue["وأبدت"] == ("إعجابها بمشاركة الفرق الشبابية للمرة الأولى", "الكاتبة منى الحربي")


def test_putting_down_to_a_cause_after_a_comma() -> None:
    found = contents("وأعلنت شركة الأسمدة الوطنية أن أرباحها تراجعت في الربع الثاني من العام، "
                     "مرجعة ذلك إلى انخفاض أسعار البيع في الأسواق العالمية.")
    assert found["وأعلنت"] == "أرباحها تراجعت في الربع الثاني من العام"
    assert found["مرجعة"] == "ذلك إلى انخفاض أسعار البيع في الأسواق العالمية"


def test_giving_a_reason_with_bi_after_a_comma() -> None:
    found = contents("وتوقعت الدراسة ارتفاع حجم سوق الأجهزة المنزلية في المملكة إلى ثلاثة مليارات ريال، "
                     "معللة بزيادة عدد المساكن الجديدة.")
    assert found["معللة"] == "بزيادة عدد المساكن الجديدة"
    assert "معللة" not in found["وتوقعت"]


# --- guards: what must not change ---------------------------------------------------------------

def test_reference_the_noun_is_no_cue() -> None:
    found = quotes("ويسعى المركز الوطني إلى أن يكون مرجعا وطنيا للمعلومات الزراعية في المنطقة. "
                   "وأصبح الكتاب، بعد صدوره بسنوات، ومرجعا في تاريخ الزراعة لا يمكن تجاهله.")
    assert not any(cue and "مرجع" in cue for _, cue, _, _ in found)


def test_verb_with_no_speaker_after_it_stays_in_the_clause() -> None:
    found = contents("وأوضح المتحدث الرسمي لوزارة العدل أن المحاكم تنظر في قضايا التحرش، "
                     "وتُوقع العقوبات الرادعة على من يثبت تورطه.")
    assert found["وأوضح"] == "المحاكم تنظر في قضايا التحرش، وتُوقع العقوبات الرادعة على من يثبت تورطه"


def test_preposition_object_goes_on_over_a_verbal_noun() -> None:
    found = contents("وتعهدت القناة الفضائية بالاستمرار في نقل الحقيقة للمشاهدين، "
                     "وكشف الأكاذيب التي تروجها الجماعات المسلحة في البلاد.")
    assert found["وتعهدت"] == ("بالاستمرار في نقل الحقيقة للمشاهدين، "
                                "وكشف الأكاذيب التي تروجها الجماعات المسلحة في البلاد")


def test_complement_clause_with_a_preposition_cue_after_the_comma_unchanged() -> None:
    found = contents("وأوضح مدير المعرض أن المعرض يحظى بإقبال كبير من الأهالي، ودعا الجميع إلى زيارته.")
    assert found["وأوضح"] == "المعرض يحظى بإقبال كبير من الأهالي"
