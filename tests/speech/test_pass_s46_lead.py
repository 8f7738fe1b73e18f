"""Session 46, the lead's pass on quotes (docs/evaluation/quotes.md, "Session 46, lead46"), from the blind draw
20193's dev articles, read after the draw joined the gold:

- lead46a: "وحسب البيان" / "وقال البيان" after "أصدرت وزارة الداخلية أمس بيانا بشأن …" speaks for the named
  subject of the verb of issuing whose object is the statement (antecedents.py ``statement_issuer``;
  ``statement_noun`` in clause_words.tsv), as "وقال البيان" already did after "وقالت الوزارة في بيان".
- lead46c: the من of a quantity that counts the speakers ("اشتكى عدد من المصلين من …") is not the من that opens
  the verb's object (phrases.py ``partitive_min``; ``partitive_heads`` in word_classes.tsv).
- lead46d: a time after the subject ("وحذر الوزير أمس من …") or a statement it was made in ("وحذرت الوزارة في
  بيان من …") does not swallow the verb's own preposition (region.py ``time_after_min``, ``take_marker``): the
  quote was lost.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue


def speaker_of(found, cue):
    return by_cue(found, cue)["speaker"]["text"]


def test_the_statement_speaks_for_the_ministry_that_issued_it():
    text = (
        "أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل في أحد الجناة بمنطقة تبوك، وحسب البيان فقد أقدم "
        "الجاني على قتل جاره إثر خلاف بينهما. وأشار البيان إلى أن سلطات الأمن تمكنت من القبض على الجاني."
    )
    found = analysed(text)
    assert speaker_of(found, "وحسب") == "وزارة الداخلية"
    assert speaker_of(found, "وأشار") == "وزارة الداخلية"


def test_a_federation_issuing_a_statement_in_the_evening():
    text = (
        "وأصدر الاتحاد السعودي لكرة القدم مساء أمس بيانا حول أحداث المباراة. وقال البيان إن لجنة الانضباط "
        "ستنظر في الشكوى خلال أيام."
    )
    assert "الاتحاد السعودي لكرة القدم" in speaker_of(analysed(text), "وقال")


def test_a_statement_issued_with_no_named_subject_names_no_one_new():
    # "أصدرت بيانا" with no subject: the statement stays the speaker
    text = "وكانت قد أصدرت بيانا قبل يومين. وقال البيان إن الاجتماع سيعقد في موعده المحدد."
    assert speaker_of(analysed(text), "وقال") == "البيان"


def test_a_ministry_that_only_met_is_not_the_statement():
    # the subject of "عقدت … اجتماعا" issued no statement: "وقال البيان" does not go to it
    text = "عقدت وزارة الصحة اجتماعا موسعا أمس مع مديري المستشفيات. وقال البيان إن الخطة ستطبق الشهر المقبل."
    assert speaker_of(analysed(text), "وقال") != "وزارة الصحة"


# (text, cue, speaker, the content's first words): lead46c, lead46d; the last two are guards that pass on main too
VERB_MIN_CASES = [
    (
        "واشتكى عدد من المصلين في المحافظة من عدم تجهيز مصلى العيد بالسجاد الكافي.",
        "واشتكى",
        "عدد من المصلين في المحافظة",
        "عدم تجهيز",
    ),
    (
        "وحذر عدد كبير من الخبراء من ارتفاع أسعار الأراضي خلال الفترة المقبلة.",
        "وحذر",
        "عدد كبير من الخبراء",
        "ارتفاع أسعار",
    ),
    ("وحذر وزير الصحة أمس من انتشار المرض في المناطق الحدودية.", "وحذر", "وزير الصحة", "انتشار المرض"),
    ("وحذرت وزارة الداخلية في بيان من الانسياق وراء الشائعات.", "وحذرت", "وزارة الداخلية", "الانسياق"),
    ("وحذر مسؤول كبير من انهيار الهدنة في المدينة.", "وحذر", "مسؤول كبير", "انهيار الهدنة"),
    ("وقال الوزير أول من أمس إن الخطة جاهزة للتنفيذ.", "وقال", "الوزير", "الخطة جاهزة"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "opening"), VERB_MIN_CASES)
def test_the_verbs_own_min_opens_its_object(text, cue, speaker, opening):
    quote = by_cue(analysed(text), cue)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"].startswith(opening)


def test_a_warning_made_on_a_named_day_then_a_bare_verb():
    text = (
        "وكانت الأمم المتحدة حذرت الأحد من ارتفاع حصيلة ضحايا الفيضانات في البلاد. وقالت إنه لا يمكن معرفة "
        "حجم الكارثة قبل أيام."
    )
    found = analysed(text)
    assert by_cue(found, "حذرت")["text"].startswith("ارتفاع حصيلة")
    assert speaker_of(found, "وقالت") == "الأمم المتحدة"
