"""Quote finder, twenty-fourth pass, according-to (quotes round 24c): the extent of what an
according-to source attributes. Every text is written for these tests.

* A sentence that is only an attribution ("… . بحسب رويترز.") reports the whole sentence before it,
  every clause of it, not only its first clause up to "، ولكنه أضاف أن …".
"""

from __future__ import annotations

from entity_quotes import analysed


def _according(found) -> list[dict]:
    return [q for q in found if q["kind"] == "according_to"]


def test_a_lone_attribution_sentence_reports_every_clause_of_the_sentence_before():
    found = analysed("وأكد المتحدث أن الهجوم أسفر عن مقتل جنديين، ولكنه أضاف أن القوات استعادت السيطرة "
                     "على الموقع. بحسب رويترز.")
    [source] = _according(found)
    assert source["speaker"]["text"] == "رويترز"
    assert "مقتل جنديين" in source["text"] and source["text"].endswith("السيطرة على الموقع")
    # the speaker's own quotes stay, inside the report
    assert sorted(q["cue"]["text"] for q in found if q["kind"] == "indirect") == ["أضاف", "وأكد"]


def test_a_lone_attribution_sentence_reports_a_quotation_in_the_sentence_before():
    found = analysed("وأضاف المدرب “الفريق قدم مباراة كبيرة وسيواصل العمل بالروح نفسها”. وفقا للألمانية.")
    [source] = _according(found)
    assert source["text"].startswith("أضاف المدرب")
    assert "بالروح نفسها" in source["text"]
