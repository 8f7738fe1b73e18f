"""Quote finder, seventeenth pass (quotes round 17): according-to attributions that recur in the
dev gold and the 1,080-article snapshot together. Every text is written for these tests.

* A source closing a sentence ("…، بحسب «الشرق الأوسط».") reports the whole sentence even when
  the sentence holds more than one quote (a verb and a participle after it), or opens with a
  circumstance before its verb ("وفي ريف حلب، قال …"): the gold keeps the outlet's report and the
  speaker's quotes inside it, as it does for one quote whose verb opens the sentence.
"""

from __future__ import annotations

from entity_quotes import analysed


def _according(found) -> list[dict]:
    return [q for q in found if q["kind"] == "according_to"]


def test_a_closing_source_reports_a_sentence_of_two_quotes():
    found = analysed("وقالت المصادر إن البنوك أبلغت عملاءها بالإجراءات الجديدة، مبينة أن هذه الخطوة تهدف "
                     "إلى تشجيع استخدام البطاقات في المشتريات، بحسب «الشرق الأوسط».")
    [source] = _according(found)
    assert source["speaker"]["text"] == "«الشرق الأوسط»"
    assert "البنوك أبلغت عملاءها" in source["text"] and source["text"].endswith("في المشتريات")
    reported = {q["cue"]["text"]: q for q in found if q["kind"] == "indirect"}
    assert set(reported) == {"وقالت", "مبينة"}  # the speaker's own quotes stay, inside the report
    assert all(q["speaker"]["text"] == "المصادر" for q in reported.values())


def test_a_closing_source_reports_a_sentence_opened_by_a_circumstance():
    found = analysed("وفي ريف حلب، قال المرصد السوري إن فصائل المعارضة استعادت السيطرة على قرية في الريف "
                     "الشمالي، بحسب ما أظهرته تسجيلات مصورة.")
    [source] = _according(found)
    assert "استعادت السيطرة" in source["text"]
    assert [q["cue"]["text"] for q in found if q["kind"] == "indirect"] == ["قال"]


def test_the_verb_after_a_framed_sentence_goes_on_with_the_speaker_not_the_outlet():
    found = analysed("وأكد الوزير أن المشروع سينتهي قريبا، مشيرا إلى أن التكلفة تجاوزت المليار، وفقا لصحيفة «الحياة». "
                     "وأضاف أن العمل يسير وفق الخطة.")
    added = next(q for q in found if q["cue"] and q["cue"]["text"] == "وأضاف")
    assert added["speaker"]["text"] == "الوزير"


def test_a_source_inside_the_clause_frames_no_quote():
    found = analysed("وقال المدير إن الشركة تعمل وفق خطة زمنية محددة لإنجاز المشروع، مؤكدا أن العمل يسير بانتظام.")
    assert _according(found) == []
