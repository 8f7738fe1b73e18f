"""Pass spkspan61: a participle that takes its own preposition ("المعترف بـ"، "التابعة لـ"، "المكلفة بـ") followed by that
preposition with a pronoun belongs to the speaker phrase, with a nisba adverb right after it ("دوليا"): "وقالت الحكومة
المعترف بها دوليا إن …" names the recognised government, not "الحكومة المعترف" with the words beginning at "بها".
A preposition with a pronoun after any other word (the addressee "له") still ends the phrase.
A verb that takes its object with ب ("نوه ب"، "أشاد ب"، "وصف ب") followed by "بقوله / بقولها / بقولهم" ("by saying"): the
words said begin after it, the ب of "بقوله" is not the verb's object. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("وقالت الحكومة المعترف بها دوليًا إن قواتها استعادت السيطرة على المطار.",
     "وقالت", "الحكومة المعترف بها دوليًا", "قواتها استعادت السيطرة على المطار"),
    ("ونفت مصادر في الحكومة المعترف بها دوليا في اليمن أن تكون المفاوضات قد توقفت.",
     "ونفت", "مصادر في الحكومة المعترف بها دوليا في اليمن", "تكون المفاوضات قد توقفت"),
    ("وأوضحت إدارة المرور التابعة لها أن الحادث وقع فجر الجمعة على الطريق السريع.",
     "وأوضحت", "إدارة المرور التابعة لها", "الحادث وقع فجر الجمعة على الطريق السريع"),
    ("وأكدت اللجنة المكلفة به أن التحقيق سينتهي خلال أسبوعين.",
     "وأكدت", "اللجنة المكلفة به", "التحقيق سينتهي خلال أسبوعين"),
    ("وحذر البرلمان المعترف به دوليا ميليشيات المعارضة من مغبة اقتحام المدينة.",
     "وحذر", "البرلمان المعترف به دوليا", "مغبة اقتحام المدينة"),
])
def test_the_participles_own_preposition_stays_in_the_speaker(text, cue, speaker, content):
    quote = by_cue(analysed(text), cue)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, content)


@pytest.mark.parametrize("text, cue, speaker", [
    ("وقال المدير له إن العمل سيستمر حتى نهاية الشهر.", "وقال", "المدير"),
    ("وأهاب المدير العام بملاك العقارات وفق النظام المعمول به بمراجعة الإدارة.", "وأهاب", "المدير العام"),
    ("وقالت الحكومة الليبية في بيان إن الاشتباكات توقفت.", "وقالت", "الحكومة الليبية"),
    ("وقال المتحدث باسم الشرطة التابعة لوزارة الداخلية إن التحقيقات مستمرة.", "وقال",
     "المتحدث باسم الشرطة التابعة لوزارة الداخلية"),
])
def test_other_phrases_keep_their_end(text, cue, speaker):
    assert by_cue(analysed(text), cue)["speaker"]["text"] == speaker


@pytest.mark.parametrize("text, cue, content", [
    ("ونوه الوزير بقوله إن المشروع سيكتمل قبل نهاية العام.", "ونوه", "المشروع سيكتمل قبل نهاية العام"),
    ("وأشادت المديرة بقولها إن الطالبات حققن نتائج متميزة.", "وأشادت", "الطالبات حققن نتائج متميزة"),
])
def test_by_saying_opens_the_words_of_a_verb_taking_bi(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("ونوه الوزير بالجهود التي بذلتها الفرق الميدانية.", "ونوه", "بالجهود التي بذلتها الفرق الميدانية"),
    ("وأكد الوزير بقوله إن المشروع سيكتمل قبل نهاية العام.", "وأكد", "المشروع سيكتمل قبل نهاية العام"),
])
def test_a_bi_object_and_other_verbs_keep_their_content(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content
