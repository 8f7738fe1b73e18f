"""Quote finder, twenty-fifth pass (quotes round 25): a reporting verb whose next word cannot be its
subject. Every text is written for these tests.

* A present-tense verb right after a prefixed verb taking a colon ("وأضاف يستمد …") opens the speech
  with its colon left out: no subject, the speaker who spoke last goes on.
* A plain noun after the verb and an adverb ("وذكرت أيضاً تفاصيل …") is the verb's object, not its
  subject; a title or a name there still speaks ("وقال أيضا وزير المالية إن …").
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def test_a_present_verb_after_a_colon_verb_is_no_subject():
    found = analysed("قال رئيس الاتحاد إن البطولة ناجحة. وأضاف يستمد هذا الحدث قيمته من مشاركة الأندية "
                     "ما يستحق أن يبحث بعناية.")
    assert speaker(found, "وأضاف") == "رئيس الاتحاد"


def test_a_plain_noun_after_an_adverb_is_the_object():
    found = analysed("أعلنت الشركة أن أرباحها ارتفعت. وذكرت أيضاً تفاصيل المشاريع ونسبة إنجازها.")
    quote = by_cue(found, "وذكرت")
    assert quote["speaker"]["text"] == "الشركة"
    assert quote["text"].startswith("تفاصيل المشاريع")


def test_a_title_after_an_adverb_still_speaks():
    found = analysed("وقال أيضا وزير المالية إن الميزانية متوازنة.")
    assert speaker(found, "وقال") == "وزير المالية"


def test_a_plural_noun_of_people_after_the_verb_still_speaks():
    found = analysed("ويقول يمنيون إن الحوثيين يسيطرون على المدينة.")
    assert speaker(found, "ويقول") == "يمنيون"
