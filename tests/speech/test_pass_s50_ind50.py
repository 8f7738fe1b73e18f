"""Session 50, pass ind50 (docs/evaluation/quotes.md, "Session 50, ind50"): indirect speakers on unseen news.

- ind50a: a country's nisba shaped as a verbal noun ("التركي"، "التركية"، "التشادي": تفعّل، تفاعل) right after a
  speaker's head word (or one word after it) is the head's adjective, not the noun object of the verb (phrases.py
  ``nisba_of_speaker``, asked in ``content_word``).
- ind50b: a participle title (القائمون، المشرفة، المشرفون …, ``governing_participles`` in word_classes.tsv) with no
  holder's name found governs its على up to the verb's أن / إن (phrases.py ``governed_up_to_that``) and is the
  phrase's head (speakers.py ``participle_head_kind``: a plural one is an unnamed group).
"""

import pytest
from entity_quotes import analysed, by_cue


def _only(text: str, cue: str) -> dict:
    return by_cue(analysed(text), cue)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "opens"),
    [
        # ind50a
        (
            "وأعلن وزير الخارجية التركي مولود جاوش أوغلو بدء وصول طائرات أميركية إلى القاعدة.",
            "وأعلن",
            "وزير الخارجية التركي مولود جاوش أوغلو",
            "بدء وصول",
        ),
        (
            "أعلنت السلطات التركية التعرف على منفذ الهجوم الانتحاري في المدينة.",
            "أعلنت",
            "السلطات التركية",
            "التعرف على",
        ),
        (
            "وأعلنت الشرطة التركية اعتقال ثلاثة أشخاص يشتبه في مشاركتهم في الهجوم.",
            "وأعلنت",
            "الشرطة التركية",
            "اعتقال ثلاثة",
        ),
        ("وأعلن وزير الداخلية التشادي بدء حملة واسعة لمكافحة الإرهاب.", "وأعلن", "وزير الداخلية التشادي", "بدء حملة"),
        # ind50b
        ("وقال قائمون على المصارف إنه قد يكون هناك تأخير في الخدمة.", "وقال", "قائمون على المصارف", "قد يكون"),
        ("ويقول القائمون على الحملة إنها جاءت كمبادرة شعبية.", "ويقول", "القائمون على الحملة", "جاءت كمبادرة"),
        (
            "وقالت المشرفة على الفعاليات الشاعرة نورة السالم إنها حرصت على تنويع الفقرات.",
            "وقالت",
            "المشرفة على الفعاليات الشاعرة نورة السالم",
            "حرصت على",
        ),
        (
            "ويعتقد القائمون على أجهزة الأمن أن المنطقة تستخدم للتدريب.",
            "ويعتقد",
            "القائمون على أجهزة الأمن",
            "المنطقة تستخدم",
        ),
    ],
)
def test_speaker_and_content(text, cue, speaker, opens):
    quote = _only(text, cue)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"].startswith(opens)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "opens"),
    [
        # a verbal noun after a definite word is still the object (not a nisba)
        ("وأكد الوزير التصدي للإرهاب بكل حزم.", "وأكد", "الوزير", "التصدي للإرهاب"),
        # the verb's own "على أن", and a noun of content after على
        ("وأكد المسؤول على أن الأمن مستتب في المدينة.", "وأكد", "المسؤول", "الأمن مستتب"),
        ("وشدد المشرف على أهمية الالتزام بالتعليمات.", "وشدد", "المشرف", "أهمية الالتزام"),
    ],
)
def test_guards(text, cue, speaker, opens):
    quote = _only(text, cue)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"].startswith(opens)


def test_nisba_after_an_object_noun_is_not_the_speaker_s() -> None:
    """A country's nisba after a noun that is no speaker's head ("قصف الطائرات التركية") describes that noun:
    the speaker phrase is not carried on through it (ind50a reads only a nisba after a head word)."""
    quote = _only("وأكد المسؤول الإعلامي للحزب بختيار دوغان قصف الطائرات التركية لمواقع الحزب في الجبال.", "وأكد")
    assert "التركية" not in quote["speaker"]["text"]
