"""Nouns of a bare word list found as they stand in text (khabar.text.forms)."""

from khabar.text.forms import noun_forms


def test_a_noun_with_its_proclitics_and_article():
    forms = noun_forms(["تكلفه"])  # تكلفة, ta marbuta written ه as the lists keep it
    assert {"تكلفه", "بتكلفه", "بالتكلفه", "للتكلفه", "وبالتكلفه", "فالتكلفه"} <= forms
    assert "لالتكلفه" not in forms  # ل before the article is written لل


def test_a_possessive_turns_the_ta_marbuta_into_ta():
    forms = noun_forms(["تكلفه", "موقف"])
    assert {"تكلفتها", "وتكلفته", "بتكلفتهم", "موقفها", "وموقفه", "موقفنا"} <= forms
    assert "التكلفتها" not in forms  # no article before a possessed noun


def test_a_root_ha_keeps_its_letter_too():
    assert {"وجهه", "بوجهها"} <= noun_forms(["وجه"])


def test_other_words_are_not_forms():
    forms = noun_forms(["قيمه"])
    assert not {"قيم", "تقييم", "مقيمه", "القيمات"} & forms
