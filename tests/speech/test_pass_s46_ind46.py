"""Session 46, ind46: indirect speakers on unseen news (docs/evaluation/quotes.md, "Session 46, ind46"), from a drawn
sample of 160 indirect quotes of non-gold articles (days 5:10 and 15:19, seeds 9950-9969) and the 810 quotes of دعا /
حث / طالب / ناشد in days 0:4:

- ind46a: a verb that calls on someone (دعا، حث، طالب، ناشد) whose subject ends with a definite word, then the body or
  group it calls on and the verb's preposition: "دعت الحكومة العراقية مجلس النواب إلى …"، "ودعت المديرية العامة
  للجوازات الإخوة اليمنيين إلى …". A definite word takes no genitive, so the body or group after it is no more of the
  subject: the speaker ends before it and the content (as the dev gold mostly has it, "دعا السكان إلى …") begins
  with it (indirect.py ``called_after_definite``; word_classes.tsv ``called_groups``); so after a country or body
  named in one word ("ودعت واشنطن السلطات التركية إلى …"). Not an adjective of the subject ("اللجنة المنظمة"،
  "الهيئة الملكية"), a word in -ين after a pair joined by و (its dual), a title after it, or a genitive with its
  preposition ("… لمجلس التعاون").
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue

# ind46a: the body or group called on after a definite subject begins the object


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "ودعت الحكومة الأردنية مجلس الأعيان إلى إقرار قانون الانتخاب الجديد في دورته الحالية.",
            "ودعت",
            "الحكومة الأردنية",
            "مجلس الأعيان إلى إقرار قانون الانتخاب الجديد في دورته الحالية",
        ),
        (
            "ودعت المديرية العامة للمرور الإخوة المقيمين إلى تجديد رخص القيادة قبل انتهاء المهلة.",
            "ودعت",
            "المديرية العامة للمرور",
            "الإخوة المقيمين إلى تجديد رخص القيادة قبل انتهاء المهلة",
        ),
        (
            "وحثت وزارة الزراعة المزارعين على الإبلاغ عن أي إصابات في النخيل.",
            "وحثت",
            "وزارة الزراعة",
            "المزارعين على الإبلاغ عن أي إصابات في النخيل",
        ),
        (
            "ودعت واشنطن السلطات التركية إلى الإفراج عن الصحفيين المعتقلين.",
            "ودعت",
            "واشنطن",
            "السلطات التركية إلى الإفراج عن الصحفيين المعتقلين",
        ),
        (
            "وتدعو وزارة البيئة والمياه الحكومات المحلية إلى ترشيد استهلاك المياه.",
            "وتدعو",
            "وزارة البيئة والمياه",
            "الحكومات المحلية إلى ترشيد استهلاك المياه",
        ),
        (
            "وطالبت الهيئة الوطنية لحماية المستهلك أهالي المحافظة بعدم شراء السلع مجهولة المصدر.",
            "وطالبت",
            "الهيئة الوطنية لحماية المستهلك",
            "أهالي المحافظة بعدم شراء السلع مجهولة المصدر",
        ),
    ],
)
def test_called_on_after_definite_subject(text: str, cue: str, speaker: str, content: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # an adjective of the subject, not whom it called on
        ("ودعت الهيئة الملكية للجبيل إلى ترشيد استهلاك المياه خلال الصيف.", "ودعت", "الهيئة الملكية للجبيل"),
        # after a pair joined by و, a word in -ين may be its dual adjective
        (
            "وطالب سكان قريتي الحمراء والخضراء الساحليتين بإنشاء مركز صحي.",
            "وطالب",
            "سكان قريتي الحمراء والخضراء الساحليتين",
        ),
        # a genitive with its preposition is still the subject
        (
            "ودعا الأمين العام لمجلس التعاون الخليجي إلى وقف التصعيد في المنطقة.",
            "ودعا",
            "الأمين العام لمجلس التعاون الخليجي",
        ),
        # a title and the holder's name after the subject
        (
            "ودعا وزير الخارجية القطري الشيخ خالد العطية إلى حل سياسي للأزمة.",
            "ودعا",
            "وزير الخارجية القطري الشيخ خالد العطية",
        ),
    ],
)
def test_subject_kept_whole(text: str, cue: str, speaker: str) -> None:
    assert by_cue(analysed(text), cue)["speaker"]["text"] == speaker
