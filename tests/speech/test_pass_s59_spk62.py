"""Pass spk62: a later mention of a speaker in the construct state ("وكالة مكافحة الفساد"، "رئيس الوزراء"، "مفتي
الجمهورية") is the speaker named before with the same head when its genitive only restates what followed that head: the
same word without the ل of a genitive with ل ("الوكالة الإندونيسية لمكافحة الفساد"), the other word for an office's
government ("رئيس الحكومة" / "رئيس الوزراء"), or a word for the state where a country was named ("مفتي تونس" / "مفتي
الجمهورية"). The gold gives such a quote the earlier, fuller mention (ANNOTATION.md). Another genitive ("وزير الخارجية"
after "وزير الداخلية"), another head ("رئيس الوزراء" after "نائب رئيس الحكومة") or "وزير الدولة" stay someone else.
Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, speaker


@pytest.mark.parametrize("text, cue, expected", [
    ("أوضحت الوكالة الإندونيسية لمكافحة الفساد أن الأموال وصلت إلى حسابات خاصة. "
     "وطالب نواب معارضون باستقالة الوزير. "
     "وقالت وكالة مكافحة الفساد في بيان إن التحقيقات مستمرة.",
     "وقالت", "الوكالة الإندونيسية لمكافحة الفساد"),
    ("أكد رئيس الحكومة الإيطالية ماتيو رينزي أن الإصلاحات الاقتصادية ستستمر رغم المعارضة. "
     "وأشارت وسائل إعلام محلية إلى أن البرلمان سيناقش القانون. "
     "وأوضح رئيس الوزراء أن التصويت سيجري الأسبوع المقبل.",
     "وأوضح", "رئيس الحكومة الإيطالية ماتيو رينزي"),
    ("دعا الشيخ عثمان بطيخ، مفتي تونس، المواطنين إلى التبرع بالدم لجرحى الهجوم. "
     "وأكد مفتي الجمهورية أن التبرع بالدم واجب على كل قادر.",
     "وأكد", "الشيخ عثمان بطيخ، مفتي تونس"),
])
def test_a_construct_that_restates_the_earlier_genitive_is_that_speaker(text, cue, expected):
    assert speaker(analysed(text), cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("قال وزير الداخلية الأردني سلامة حماد إن الحدود مؤمنة بالكامل. "
     "وقال وزير الخارجية إن المملكة ستواصل جهودها الدبلوماسية.",
     "وقال", "وزير الخارجية"),
    ("أكد نائب رئيس الحكومة العراقية بهاء الأعرجي أن الإصلاحات ستطال جميع الوزارات. "
     "وأوضح رئيس الوزراء أن الحكومة ستعلن قراراتها غدا.",
     "وأوضح", "رئيس الوزراء"),
    ("قال وزير الخارجية المصري سامح شكري إن المفاوضات ستستأنف قريبا. "
     "وأضاف وزير الدولة أن الوفد سيغادر الأحد.",
     "وأضاف", "وزير الدولة"),
    ("قال رئيس الوزراء التركي أحمد داود أوغلو إن العمليات ستستمر. "
     "وأكد رئيس الجمهورية أن بلاده لن تتراجع.",
     "وأكد", "رئيس الجمهورية"),
])
def test_another_genitive_or_head_is_someone_else(text, cue, expected):
    assert speaker(analysed(text), cue) == expected
