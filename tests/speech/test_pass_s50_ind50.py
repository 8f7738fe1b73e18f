"""Session 50, pass ind50 (docs/evaluation/quotes.md, "Session 50, ind50"): indirect speakers on unseen news.

- ind50a: a country's nisba shaped as a verbal noun ("التركي"، "التركية"، "التشادي": تفعّل، تفاعل) right after a
  definite word is the phrase's adjective, not the noun object of the verb (phrases.py ``content_word``).
- ind50c: a definite body (الحكومة، الوزارة، الشرطة …) right after a definite adjective in -ي / -ية begins the noun
  object of the verb (phrases.py ``body_after_adjective``).
- ind50b: a participle title (القائمون، المشرفة، المسؤول …, ``governing_participles`` in word_classes.tsv) with no
  holder's name found governs its على / عن up to the verb's أن / إن (phrases.py ``governed_up_to_that``).
"""

import pytest
from entity_quotes import analysed, by_cue


def _only(text: str, cue: str) -> dict:
    return by_cue(analysed(text), cue)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "opens"),
    [
        # ind50a
        ("وأعلن وزير الخارجية التركي مولود جاوش أوغلو بدء وصول طائرات أميركية إلى القاعدة.", "وأعلن",
         "وزير الخارجية التركي مولود جاوش أوغلو", "بدء وصول"),
        ("أعلنت السلطات التركية التعرف على منفذ الهجوم الانتحاري في المدينة.", "أعلنت", "السلطات التركية",
         "التعرف على"),
        ("وأعلنت الشرطة التركية اعتقال ثلاثة أشخاص يشتبه في مشاركتهم في الهجوم.", "وأعلنت", "الشرطة التركية",
         "اعتقال ثلاثة"),
        ("وأعلن وزير الداخلية التشادي بدء حملة واسعة لمكافحة الإرهاب.", "وأعلن", "وزير الداخلية التشادي", "بدء حملة"),
        # ind50c
        ("وتنتقد المعارضة اليمنية الحكومة لاعتبارها غضت النظر عن المتطرفين.", "وتنتقد", "المعارضة اليمنية",
         "الحكومة لاعتبارها"),
        ("وتنتقد المعارضة المصرية وعدد من العواصم الأجنبية الحكومة لاعتبارها تضيق على الصحافة.", "وتنتقد",
         "المعارضة المصرية وعدد من العواصم الأجنبية", "الحكومة لاعتبارها"),
        # ind50b
        ("وقال قائمون على المصارف إنه قد يكون هناك تأخير في الخدمة.", "وقال", "قائمون على المصارف", "قد يكون"),
        ("ويقول القائمون على الحملة إنها جاءت كمبادرة شعبية.", "ويقول", "القائمون على الحملة", "جاءت كمبادرة"),
        ("وقالت المشرفة على الفعاليات الشاعرة نورة السالم إنها حرصت على تنويع الفقرات.", "وقالت",
         "المشرفة على الفعاليات الشاعرة نورة السالم", "حرصت على"),
        ("ويعتقد القائمون على أجهزة الأمن أن المنطقة تستخدم للتدريب.", "ويعتقد", "القائمون على أجهزة الأمن",
         "المنطقة تستخدم"),
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
        # an adjective in -ي then a plain noun: the noun is the object already
        ("وأعلن البنك المركزي الأوروبي خفض أسعار الفائدة.", "وأعلن", "البنك المركزي الأوروبي", "خفض أسعار"),
    ],
)
def test_guards(text, cue, speaker, opens):
    quote = _only(text, cue)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"].startswith(opens)
