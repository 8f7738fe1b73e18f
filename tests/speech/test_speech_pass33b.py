"""Quote finder, thirty-third pass, anonymous sources (quotes round 33b): a speaker phrase that opens
with a quantifier over people ("الكثير من …"، "كثيرون"، "بعضهم") and names no one is an unnamed
source; the same quantifier before a person's name stays named.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_many_of_the_parties_are_anonymous():
    found = analysed("وقال الكثير من الأطراف إن الاتفاق لا يلبي المطالب.")
    assert speaker(found, "وقال") == "الكثير من الأطراف"
    assert anonymous(found, "وقال")


def test_many_in_a_place_are_anonymous():
    found = analysed("ويرى كثيرون في المدينة أن الحل بات قريبا.")
    assert speaker(found, "ويرى").startswith("كثيرون")
    assert anonymous(found, "ويرى")


def test_some_of_them_are_anonymous():
    found = analysed("وأكد بعضهم أن الرواتب تأخرت ثلاثة أشهر.")
    assert speaker(found, "وأكد") == "بعضهم"
    assert anonymous(found, "وأكد")


def test_many_followers_of_a_named_person_stay_named():
    found = analysed("وقال الكثير من أنصار محمد مرسي إن الحكم ظالم.")
    assert not anonymous(found, "وقال")
