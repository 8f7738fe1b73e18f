"""Session 45, the lead's pass on quotes (docs/evaluation/quotes.md, "Session 45, lead45"), from the blind draw
20192's dev articles, read after the draw joined the gold:

- lead45b: the relay's description of the unnamed source it quotes ("ونقلت الوكالة عن مصدر وصفته بأنه مطلع قوله
  إن …"، "عن مصادر وصفتها بالمطلعة على الملف، إنه …") is part of the source phrase: "وصفته" there is no verb of
  describing with its own content, and the أن of "بأنه" opens none (extract.py ``relay_describes_source``, region.py
  ``past_source_description``); "ووصف الوزير القرار بأنه …" still reports.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, cues


def test_a_described_source_is_quoted_through_the_relay():
    text = (
        "ونقلت وكالة الأنباء الرسمية عن مصدر وصفته بأنه موثوق ومطلع من وزارة الخارجية قوله إن السلطات "
        "عينت قنصلا عاما في العاصمة السورية."
    )
    found = analysed(text)
    assert "وصفته" not in cues(found)
    quote = by_cue(found, "ونقلت")
    assert quote["text"].startswith("السلطات عينت قنصلا")
    assert quote["speaker"]["text"].startswith("مصدر")
    assert quote["speaker"]["anonymous"]


def test_sources_described_with_their_ba_then_a_comma():
    text = "ونقلت الوكالة الاقتصادية عن مصادر وصفتها بالمطلعة على الملف، إنه يمكن الإعلان عن الصفقة يوم الاثنين المقبل."
    found = analysed(text)
    assert cues(found) == ["ونقلت"]
    assert found[0]["text"].startswith("يمكن الإعلان")


def test_a_minister_describing_a_decision_still_reports():
    text = "ووصف وزير الخارجية القرار بأنه خطوة مهمة نحو تعزيز العلاقات بين البلدين."
    found = analysed(text)
    assert cues(found) == ["ووصف"]


def test_the_speakers_own_description_after_an_still_quotes():
    text = 'وأعرب القيادي في الحركة الدكتور صلاح البردويل عن أسفه لما وصفه بـ "الحملة الدعائية الكاذبة" ضد الحركة.'
    found = analysed(text)
    assert "وصفه" in cues(found)
