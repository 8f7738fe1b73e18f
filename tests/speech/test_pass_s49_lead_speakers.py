"""Session 49, lead49a and lead49b (docs/evaluation/quotes.md, "Session 49, lead49a-c"): speakers of two shapes the
blind draw 20196 showed in its dev articles. Made-up sentences in the news' style.

- lead49a: "سابقا" / "أخيرا" right after a reporting verb is an adverb of the saying (``adverb`` in clause_words.tsv),
  not the verb's subject: the speaker is the one named before the verb ("وكان الوزير قد أعلن سابقا أن …").
- lead49b: "سموه" (His Highness) stands for a prince, never for the ambassador or official who spoke last: the latest
  royal speaker, else the person named last with a royal title ("الأمير"، "سمو") before the name
  (``royal_honorifics`` / ``royal_titles`` in word_classes.tsv). Guards: "معاليه" still goes to the latest speaker,
  and a prince who spoke before stays the one "سموه" means.
"""

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "ويذكر أن وزير الخارجية الفرنسي لوران فابيوس أعرب سابقا عن رغبته في زيارة طهران قريبا.",
            "رغبته في زيارة",
            "وزير الخارجية الفرنسي لوران فابيوس",
        ),
        (
            "يشار إلى أن وزيرة الصحة سارة العلي أعلنت أخيرا أن الحملة ستشمل جميع المدارس.",
            "الحملة ستشمل",
            "وزيرة الصحة سارة العلي",
        ),
    ],
    ids=["sabiqan", "akhiran"],
)
def test_an_adverb_after_the_verb_is_no_speaker(text, words, expected):
    assert speaker_of_words(text, words) == expected


HOST_AND_GUEST = (
    "استقبل صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك في مكتبه اليوم السفير الياباني "
    "لدى المملكة كينجي تاناكا. وأشاد السفير الياباني بالتطور الذي تشهده المنطقة في مختلف المجالات. "
    "من جانبه أكد سموه حرص الحكومة على تعزيز التعاون الاقتصادي بين البلدين."
)
PRINCE_SPOKE = (
    "وقال الأمير خالد بن فيصل إن المهرجان يعكس تراث المنطقة. وأضاف مدير المهرجان سعد العمري أن الفعاليات "
    "ستستمر أسبوعين. ونوه سموه بجهود الجهات الحكومية المشاركة في التنظيم."
)
EXCELLENCY = (
    "وقال وزير التجارة ماجد الحربي إن الأسعار مستقرة. وأضاف مدير الغرفة التجارية فهد السالم أن الأسواق "
    "تشهد حركة نشطة. وأشار معاليه إلى أن الرقابة ستستمر طوال الموسم."
)


def test_his_highness_is_the_prince_not_the_ambassador():
    assert "فهد بن سلطان" in speaker_of_words(HOST_AND_GUEST, "حرص الحكومة على تعزيز")


def test_his_highness_goes_back_to_the_prince_who_spoke():
    assert "خالد بن فيصل" in speaker_of_words(PRINCE_SPOKE, "بجهود الجهات الحكومية")


def test_his_excellency_still_goes_to_the_latest_speaker():
    assert speaker_of_words(EXCELLENCY, "الرقابة ستستمر") == "مدير الغرفة التجارية فهد السالم"
