"""Session 40, pass ind40 (docs/evaluation/quotes.md, "Session 40, pass ind40"), issue #4, speakers of indirect
quotes whose speaker phrase after the cue ran on past the name (class R of pass link38):

- ind40a: a phrase after a reporting verb that opens with the surname of a person named in full before (a name
  the tagger found, a given name then the surname, or two words right after a reporting verb), then a word
  that is no part of that name, no title, honorific, nisba, particle, preposition or adverb: the surname is
  the speaker and the word opens the verb's object ("وتنبه الخريجي أولياء الأمور إلى …") (phrases.py
  ``surname_then_object``; indirect.py: an accusing verb's object after such a surname).
"""

import pytest
from entity_quotes import analysed, by_cue

# (text, cue, words the speaker must hold, words it must not hold, how the content must open)
CASES = [
    # the parents warned are the object, not part of the mother's name (named in full after "وأشارت")
    (
        "وأشارت سالمة الخريجي إلى أن الألعاب النارية خطرة. وتنبه الخريجي أولياء الأمور إلى ضرورة مراقبة أبنائهم.",
        "وتنبه",
        "الخريجي",
        "أولياء",
        None,
    ),
    # the groups described open the content, after the surname of the man named before
    (
        "قال رئيس الجمعية عبدالله المطيري إن الحملة مستمرة. ووصف المطيري الجماعات المتطرفة بالعصابات الإجرامية "
        "التي لا دين لها.",
        "ووصف",
        "المطيري",
        "الجماعات",
        "الجماعات المتطرفة",
    ),
    # guard: the one accused still opens the content after the accuser's surname
    (
        "نشرت الصحيفة عرضا لكتاب مايكل أورين بقلم فيليب جوردون، الذي كان منسقا للرئيس. وفي عرضه اتهم جوردون "
        "مؤلفه أورين بتعميق الشرخ بين البلدين.",
        "اتهم",
        "جوردون",
        "مؤلفه",
        "مؤلفه أورين",
    ),
    # guards: a title, a title's phrase or a day after the surname is no object
    (
        "وقال وزير الصحة خالد الفالح إن الموسم ناجح. وأكد الفالح وزير الصحة أن الخطة جاهزة.",
        "وأكد",
        "الفالح",
        None,
        "الخطة",
    ),
    (
        "وقال المتحدث سعد الحربي إن الطريق مغلق. وأوضح الحربي المتحدث باسم الإدارة أن العمل مستمر.",
        "وأوضح",
        "الحربي",
        None,
        "العمل",
    ),
    (
        "وقال الدكتور محمد العتيبي إن المشروع ناجح. وأضاف العتيبي الأربعاء أن المرحلة الثانية تبدأ قريبا.",
        "وأضاف",
        "العتيبي",
        None,
        "المرحلة",
    ),
]


@pytest.mark.parametrize(("text", "cue", "has", "lacks", "opens"), CASES)
def test_surname_then_object(text: str, cue: str, has: str, lacks: str | None, opens: str | None) -> None:
    quote = by_cue(analysed(text), cue)
    speaker = (quote["speaker"] or {}).get("text") or ""
    assert has in speaker
    if lacks is not None:
        assert lacks not in speaker
    if opens is not None:
        assert quote["text"].startswith(opens)
