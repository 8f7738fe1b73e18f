"""Quote finder, thirty-second pass, detection (quotes round 32a): "وصف" with its object written on
it as a pronoun ("يصفونه بأنه …", "وصفوهم بأنهم …", "يصفها بأنها …") reports a description like the
bare verb; the participle "واصفا" reports its object and that object's description with its ب
("واصفا هذا التأخير بالمؤسف", "واصفة إياهم بالمتميزين"), but not an object alone ("واصفا مراحله
الثلاث" is narration). Every text is written for these tests.
"""

from __future__ import annotations

from article_quotes import analysed


def _cued(found: list[dict], cue: str) -> list[dict]:
    return [q for q in found if (q["cue"] or {}).get("text") == cue]


def test_present_plural_with_object_pronoun_reports():
    found = analysed("وقال المحلل سامي ناصر إن الأزمة طويلة. ويصفه معارضوه بأنه رجل عنيد لا يسمع لأحد.")
    [quote] = _cued(found, "ويصفه")
    assert "رجل عنيد" in quote["text"]


def test_past_plural_with_object_pronoun_reports():
    found = analysed("وقتل خمسة رجال في القصف، لكن مسؤولين محليين وصفوهم بأنهم مقاتلون من الحركة المسلحة.")
    [quote] = _cued(found, "وصفوهم")
    assert quote["text"].startswith("مقاتلون")


def test_feminine_present_with_object_pronoun_reports():
    found = analysed("ويعود الكاتب إلى المدينة التي يصفها بأنها أجمل مدن العالم.")
    [quote] = _cued(found, "يصفها")
    assert "أجمل مدن العالم" in quote["text"]


def test_participle_with_object_and_description_reports():
    found = analysed("وقال الوزير إن المشروع تأخر، واصفا هذا التأخير بالمؤسف للغاية.")
    [quote] = _cued(found, "واصفا")
    assert quote["text"] == "هذا التأخير بالمؤسف للغاية"
    assert "الوزير" in quote["speaker"]["text"]


def test_feminine_participle_with_pronoun_object_reports():
    found = analysed("وقالت المعلمة إن الطلاب نجحوا، واصفة إياهم بالمتميزين في كل المواد.")
    [quote] = _cued(found, "واصفة")
    assert quote["text"].startswith("إياهم بالمتميزين")


def test_participle_with_object_alone_is_narration():
    found = analysed("وتحدث الوزير عن المشروع واصفا مراحله الثلاث.")
    assert not _cued(found, "واصفا")


def test_participle_with_complement_still_reports():
    found = analysed("وقال الوزير إن المشروع تأخر، واصفا ذلك بأنه أمر مؤسف.")
    [quote] = _cued(found, "واصفا")
    assert "أمر مؤسف" in quote["text"]
