"""Session 35, pass lead16: a speaker phrase cut at its word limit inside a name the entity stage found goes on to
the name's end (phrases.py, ``name_cut_end``): "…ونائب خادم الحرمين الشريفين الأمير محمد بن" left "نايف" to the
content."""

from entity_quotes import analysed, speaker

CABLE = (
    "على صعيد آخر، هنأ خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ونائب خادم الحرمين الشريفين الأمير "
    "محمد بن نايف، رئيس جمهورية النيجر إيسوفو محمدو بمناسبة ذكرى استقلال بلاده."
)


def test_a_long_speaker_phrase_keeps_the_end_of_the_name():
    found = analysed(CABLE)
    assert speaker(found, "هنأ").endswith("الأمير محمد بن نايف")
    assert not next(q for q in found if q["cue"]["text"] == "هنأ")["text"].startswith("نايف")


def test_a_phrase_under_the_limit_is_unchanged():
    text = "وقال وزير الخارجية عادل الجبير إن المملكة ترفض التدخل في شؤونها."
    assert speaker(analysed(text), "وقال") == "وزير الخارجية عادل الجبير"
