"""Quote finder, fifty-second pass, according-to (quotes round 52a, session 21).

A phrase naming the speaker's own words ("على حد تعبيره"، "بحسب قوله") after a reporting verb of the same
sentence only says again whose words the verb's quote is: the verb's quote stands alone, with no
according-to of its own ("فيؤكد أن … (على حد تعبيره)"); with no verb before it, it is still the
attribution ("…، حسب قوله.").
"على ما" before a reporting verb attributes only when set off — opening its sentence or after a comma
("…، على ما أفاد مصدر عسكري"); right after a word that takes على ("يعتمد على ما يكتب في الصحافة"،
"الردود على ما اعتبره المعارضون") it is that word's complement, no source.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, of_kind


def _cues(found):
    return [q["cue"]["text"] for q in found if q.get("cue")]


def test_in_his_words_after_a_verb_adds_no_according_to():
    text = ("أما الخبير المالي سالم العتيبي، فيؤكد أن الصورة ليست قاتمة وليست مشرقة (على حد تعبيره)، "
            "وأن السوق ستتعافى تدريجيا خلال العام المقبل.")
    assert of_kind(text, "according_to") == []
    assert any(q["cue"] and q["cue"]["text"] == "فيؤكد" for q in analysed(text))


def test_as_he_put_it_after_a_verb_adds_no_according_to():
    text = ("وقال رئيس البلدية إن الشكاوى تصل إلى المكتب يوميا، لأنه على حد قوله من الصعب التحرك "
            "دون شكوى رسمية من السكان.")
    assert of_kind(text, "according_to") == []
    assert "قال" in " ".join(_cues(analysed(text)))


def test_in_his_words_with_no_verb_is_still_according_to():
    text = ("وأشار الوزير إلى خطط الأسطول الجديدة. والأمر نفسه ينطبق على البحر الأحمر، حيث سيكون وجود "
            "السفن «بصورة دائمة»، حسب قوله.")
    found = of_kind(text, "according_to")
    assert len(found) == 1 and found[0]["cue"]["text"] == "حسب قوله"


def test_ala_ma_after_a_verb_that_takes_ala_is_no_source():
    text = "كان القارئ يعتمد في سنوات مضت على ما يكتب في الصحافة، ولا توجد أمامه نوافذ أخرى للبحث."
    assert of_kind(text, "according_to") == []


def test_ala_ma_after_a_noun_that_takes_ala_is_no_source():
    text = "وكان من بين الردود على ما اعتبره المعارضون تضليلا، أنهم نشروا صورا للمقاتلين على مواقع التواصل."
    assert not any(c.startswith("على ما") for c in _cues(analysed(text)))


def test_ala_ma_after_a_comma_is_a_source():  # guard
    text = "قتل ثلاثة أشخاص في هجوم على نقطة تفتيش بوسط البلاد، على ما أفاد مصدر أمني لوكالة الأنباء."
    found = of_kind(text, "according_to")
    assert len(found) == 1 and found[0]["cue"]["text"] == "على ما أفاد"
    assert found[0]["speaker"]["text"].startswith("مصدر أمني")


def test_ala_ma_opening_its_sentence_is_a_source():  # guard
    text = "وعلى ما ذكرت الصحيفة، فإن الوزير سيزور المدينة الأسبوع المقبل لافتتاح المستشفى."
    found = of_kind(text, "according_to")
    assert len(found) == 1 and "الوزير سيزور المدينة" in found[0]["text"]


def test_fronted_source_unchanged():  # guard
    text = "وبحسب وزارة الصحة، فإن عدد الحالات ارتفع إلى عشرين حالة خلال الأسبوع الماضي."
    found = of_kind(text, "according_to")
    assert len(found) == 1 and found[0]["speaker"]["text"] == "وزارة الصحة"
