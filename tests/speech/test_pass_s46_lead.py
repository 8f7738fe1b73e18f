"""Session 46, the lead's pass on quotes (docs/evaluation/quotes.md, "Session 46, lead46"), from the blind draw
20193's dev articles, read after the draw joined the gold:

- lead46a: "وحسب البيان" / "وقال البيان" after "أصدرت وزارة الداخلية أمس بيانا بشأن …" speaks for the named
  subject of the verb of issuing whose object is the statement (antecedents.py ``statement_issuer``;
  ``statement_noun`` in clause_words.tsv), as "وقال البيان" already did after "وقالت الوزارة في بيان".
"""

from __future__ import annotations

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
