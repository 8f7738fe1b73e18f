"""Session 53, pass dq53 (docs/evaluation/quotes.md, "Session 53, dq53"): a title phrase with the place its
office is held for.

- ``Antecedents.place_held_for``: "وقال المبعوث الدولي لليمن إن …" after the narration named "المبعوث الدولي
  إسماعيل ولد الشيخ أحمد" is that person: the one word the named mention lacks is ل + the place the office is held
  for ("لليمن"), or the genitive written with ل ("المدير العام للتعليم" after "مدير عام التعليم … X"). Not when
  the named mention gives a place of its own ("المبعوث الأمريكي لليبيا X" is not "المبعوث الأمريكي لسوريا"), nor
  when the later phrase lacks more than that one word.
"""

import pytest
from entity_quotes import speaker_of_words

ENVOY = (
    "قال وزير الخارجية سامي العمري إن مقترح المبعوث الدولي خالد بن سالم المهيري لم يعد ممكنا. "
    "وقال المبعوث الدولي لليمن خلال زيارته للقاهرة إنه ناقش نشر مراقبين دوليين في المدن."
)
COORDINATOR = (
    "التقى رئيس الوزراء المنسق الأممي ماركوس كولبر في العاصمة أمس. "
    "وأكد المنسق الأممي للعراق أن المساعدات ستصل قبل نهاية الشهر الجاري."
)
GENITIVE = (
    "افتتح مدير عام التعليم بالمنطقة خالد بن سعد الحارثي المعرض الأول للعلوم أمس. "
    "وأكد المدير العام للتعليم بالمنطقة أن الفصول الجديدة ستفتح أبوابها قريبا."
)
# guards: the named mention holds a place of its own; the later phrase lacks a second word
OTHER_PLACE = (
    "قال وزير الخارجية سامي العمري إن مقترح المبعوث الأمريكي لليبيا جوناثان وينر لم يعد ممكنا. "
    "وقال المبعوث الأمريكي لسوريا خلال زيارته للقاهرة إنه ناقش نشر مراقبين دوليين في المدن."
)
TWO_WORDS = (
    "قال وزير الخارجية سامي العمري إن مقترح المبعوث الدولي خالد بن سالم المهيري لم يعد ممكنا. "
    "وقال المبعوث الخاص السابق لليمن خلال زيارته للقاهرة إنه ناقش نشر مراقبين دوليين في المدن."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (ENVOY, "ناقش نشر", "المبعوث الدولي خالد بن سالم المهيري"),
        (COORDINATOR, "المساعدات ستصل", "المنسق الأممي ماركوس كولبر"),
        (GENITIVE, "الفصول الجديدة", "مدير عام التعليم بالمنطقة خالد بن سعد الحارثي"),
    ],
    ids=["envoy-for-yemen", "coordinator-for-iraq", "genitive-with-lam"],
)
def test_place_held_for_is_the_named_holder(text, words, expected):
    assert speaker_of_words(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        (OTHER_PLACE, "ناقش نشر", "وينر"),
        (TWO_WORDS, "ناقش نشر", "المهيري"),
    ],
    ids=["named-mention-has-its-place", "two-words-unsaid"],
)
def test_other_place_or_more_words_stay_unresolved(text, words, unexpected):
    assert unexpected not in (speaker_of_words(text, words) or "")
