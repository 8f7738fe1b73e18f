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


def test_a_number_of_worshippers_complained_of_something():
    found = analysed("واشتكى عدد من المصلين في المحافظة من عدم تجهيز مصلى العيد بالسجاد الكافي.")
    quote = by_cue(found, "واشتكى")
    assert quote["speaker"]["text"].startswith("عدد من المصلين")
    assert quote["text"].startswith("عدم تجهيز")


def test_a_large_number_of_experts_warned():
    found = analysed("وحذر عدد كبير من الخبراء من ارتفاع أسعار الأراضي خلال الفترة المقبلة.")
    assert speaker_of(found, "وحذر") == "عدد كبير من الخبراء"


def test_a_senior_official_warning_of_something_keeps_his_min():
    found = analysed("وحذر مسؤول كبير من انهيار الهدنة في المدينة.")
    assert by_cue(found, "وحذر")["text"].startswith("انهيار الهدنة")


def test_a_warning_made_yesterday():
    found = analysed("وحذر وزير الصحة أمس من انتشار المرض في المناطق الحدودية.")
    quote = by_cue(found, "وحذر")
    assert quote["speaker"]["text"] == "وزير الصحة"
    assert quote["text"].startswith("انتشار المرض")


def test_a_warning_made_on_a_named_day_then_a_bare_verb():
    text = (
        "وكانت الأمم المتحدة حذرت الأحد من ارتفاع حصيلة ضحايا الفيضانات في البلاد. وقالت إنه لا يمكن معرفة "
        "حجم الكارثة قبل أيام."
    )
    found = analysed(text)
    assert by_cue(found, "حذرت")["text"].startswith("ارتفاع حصيلة")
    assert speaker_of(found, "وقالت") == "الأمم المتحدة"


def test_a_warning_made_in_a_statement():
    found = analysed("وحذرت وزارة الداخلية في بيان من الانسياق وراء الشائعات.")
    assert by_cue(found, "وحذرت")["text"].startswith("الانسياق")


def test_the_day_before_yesterday_keeps_its_min():
    found = analysed("وقال الوزير أول من أمس إن الخطة جاهزة للتنفيذ.")
    quote = by_cue(found, "وقال")
    assert quote["speaker"]["text"] == "الوزير"
    assert quote["text"].startswith("الخطة جاهزة")
