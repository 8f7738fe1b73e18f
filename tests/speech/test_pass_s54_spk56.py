"""Session 54, pass spk56 (issue #4, speakers): an adverb of the verb ("أخيرا"، "رسميا"، "علنا"، "صراحة": ``adverb``
in clause_words.tsv) written right after the verb's subject ends the speaker phrase. Neither a name nor a title goes
on with it, yet where the tagger had not closed the name before it ("نتنياهو"، "ستاندرد آند بورز") the phrase ran on
over the adverb into the verb's object ("وكالة فيتش أخيرا التصنيف الائتماني"). A title's own adverb ("سابقا"،
"حاليا": ``title_adverbs``) and a participle's ("التقرير الصادر أخيرا") stay in the phrase.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("وانتقد رئيس الحكومة نتنياهو علنا الاتفاق النووي مع إيران.", "وانتقد", "رئيس الحكومة نتنياهو"),
        (
            "وأكدت وكالة ستاندرد آند بورز أخيرا التصنيف الائتماني للمملكة، مشيرة إلى أن النظرة مستقرة.",
            "وأكدت",
            "وكالة ستاندرد آند بورز",
        ),
        (
            "وأعلن مدير إدارة المرور العقيد سالم الحربي رسميا بدء تطبيق النظام الجديد.",
            "وأعلن",
            "مدير إدارة المرور العقيد سالم الحربي",
        ),
    ],
)
def test_verb_adverb_ends_speaker(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a participle's adverb describes the document, not the verb
        ("وقال التقرير الصادر أخيرا إن الاقتصاد يتباطأ.", "وقال", "التقرير الصادر أخيرا"),
        ("وأشارت بيانات رسمية صدرت أخيرا إلى تراجع الصادرات.", "وأشارت", "بيانات رسمية صدرت أخيرا"),
        # a title's adverb still describes the title
        ("وقال مدرب الأهلي سابقا جوزيه إن الفريق قادر على المنافسة.", "وقال", "مدرب الأهلي سابقا جوزيه"),
        # a name the tagger closed already ended before the adverb
        (
            "وأكد رئيس لجنة الانضباط أحمد الراشد أخيرا صحة القرار، موضحا أن اللائحة واضحة.",
            "وأكد",
            "رئيس لجنة الانضباط أحمد الراشد",
        ),
    ],
)
def test_speaker_kept(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # past the adverb the verb's preposition and what it governs are read as they are right after a subject
        (
            "وكشفت الهيئة العامة للإحصاء أخيرا في تقريرها السنوي الذي رصد أبرز المؤشرات السكانية خلال العام الماضي، "
            "عن ارتفاع عدد السكان.",
            "وكشفت",
            "الهيئة العامة للإحصاء",
            "ارتفاع عدد السكان",
        ),
        (
            "وأعلنت شركة تويوتا اليابانية رسميا عن موعد إطلاق سيارتها الكهربائية الجديدة.",
            "وأعلنت",
            "شركة تويوتا اليابانية",
            "موعد إطلاق سيارتها الكهربائية الجديدة",
        ),
    ],
)
def test_content_after_verb_adverb(text: str, cue: str, speaker: str, content: str) -> None:
    quote = first_by_cue(quotes(text), cue)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, content)
