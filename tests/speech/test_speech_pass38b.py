"""Quote finder, thirty-eighth pass, indirect speakers (quotes round 38b): a phrase that opens with an
adverb or conjunction of time or manner next to a reporting verb ("لاسيما من …", "وبعد مرور …",
"حينما …", "كذلك") names no speaker: the verb goes on with the speaker before.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_a_phrase_opening_with_lasiyama_is_not_the_speaker():
    found = analysed("وقال الحرفي سالم العمري إن الإقبال كبير هذا العام. وأضاف لاسيما من المنطقة الجنوبية أن الطلب على المشغولات يتزايد.")
    assert speaker(found, "وأضاف") == "الحرفي سالم العمري"


def test_a_phrase_opening_with_when_is_not_the_speaker():
    found = analysed("وقال المزارع علي القحطاني إن الموسم جيد. ويضيف حينما يأتي المطر أن المحصول يتضاعف.")
    assert speaker(found, "ويضيف") == "المزارع علي القحطاني"


def test_a_phrase_opening_with_siyama_is_not_the_speaker():
    found = analysed("قال رئيس النادي خالد المطيري إن الفريق جاهز للموسم. وتابع سيما بعد التعاقد أن المدرب باق.")
    assert speaker(found, "وتابع") == "رئيس النادي خالد المطيري"


def test_an_adverb_after_the_verb_keeps_the_speaker_before():
    found = analysed("وقال الطبيب سعد الغامدي إن العلاج متاح. وأضاف كذلك أن المرضى يتحسنون.")
    assert speaker(found, "وأضاف") == "الطبيب سعد الغامدي"
