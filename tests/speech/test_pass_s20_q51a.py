"""Pass 51a: a title with the body it is held in ("مدرب الاتحاد", "المتحدث باسم هيئة الطيران المدني"),
naming no one, right after a named person spoke, is that person when the text introduced him with that
body (before or after his name) — news prose re-introduces the one it quotes by his office. Texts
written for these tests."""

from __future__ import annotations

from khabar.pipeline import Pipeline
from khabar.read import read_bytes_source
from khabar.speech import find_quotes

_PIPELINE = None


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, the name of the speaker's entity) of each quote in ``text``."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(["segment", "ner", "link"])
    doc = _PIPELINE(read_bytes_source(text, "<test>"))
    names = {e["id"]: e["name"] for e in doc.entities or []}
    return [(q["text"], q["speaker"]["text"], names.get(q["speaker"]["entity"])) for q in find_quotes(doc)]


def speaker_of(found, words: str):
    return next((text, entity) for content, text, entity in found if words in content)


SPOKESMAN = ("أكد الناطق الرسمي باسم هيئة الطيران المدني خالد الزهراني أن الرحلات ستعود إلى مواعيدها الأسبوع المقبل.\n\n"
             "وقال الزهراني لـ«الوطن»: «لا توجد أي مشكلة في المطارات حتى الآن».\n\n"
             "وشدد المتحدث باسم هيئة الطيران المدني على أن سلامة المسافرين أولوية قصوى.")

COACH = ("التقى مدربا الاتحاد الهولندي ماركو فان باستن والوحدة الإسباني خوان مارتينيز في مؤتمر صحفي أمس.\n\n"
         "وقال فان باستن للصحفيين: «الفريق جاهز لمباراة كبيرة أمام منافس قوي».\n\n"
         "وأوضح مدرب الاتحاد أن اللاعبين التزموا بالخطة طوال فترة الإعداد.")

OTHER_BODY = ("التقى مدربا الاتحاد الهولندي ماركو فان باستن والوحدة الإسباني خوان مارتينيز في مؤتمر صحفي أمس.\n\n"
              "وقال فان باستن للصحفيين: «الفريق جاهز لمباراة كبيرة أمام منافس قوي».\n\n"
              "وأوضح مدرب الوحدة أن فريقه لم يستكمل صفوفه بعد.")

ANOTHER_PHRASE = ("انتقد أعضاء مجلس إدارة النصر قرارات المدرب الهولندي ماركو فان باستن بعد الخسارة الأخيرة.\n\n"
                  "وقال فان باستن للصحفيين: «الفريق جاهز لمباراة كبيرة أمام منافس قوي».\n\n"
                  "وأوضح رئيس النصر أن مجلس الإدارة سيجتمع غدا لمناقشة النتائج.")


def test_a_spokesman_of_the_body_he_was_named_with_is_the_one_who_spoke():
    text, entity = speaker_of(speakers(SPOKESMAN), "سلامة المسافرين")
    assert entity == "خالد الزهراني", (text, entity)


def test_a_coach_of_the_club_he_was_named_with_is_the_one_who_spoke():
    text, entity = speaker_of(speakers(COACH), "التزموا بالخطة")
    assert entity == "ماركو فان باستن", (text, entity)


def test_the_coach_of_another_club_is_someone_else():
    _, entity = speaker_of(speakers(OTHER_BODY), "لم يستكمل صفوفه")
    assert entity != "ماركو فان باستن"


def test_the_quotes_before_keep_their_speaker():
    found = speakers(SPOKESMAN)
    assert speaker_of(found, "مشكلة في المطارات")[1] == "خالد الزهراني"
    assert speaker_of(found, "الرحلات ستعود")[1] == "خالد الزهراني"


def test_a_body_named_in_another_phrase_of_the_sentence_is_not_his_title():
    _, entity = speaker_of(speakers(ANOTHER_PHRASE), "سيجتمع غدا")
    assert entity != "ماركو فان باستن"
