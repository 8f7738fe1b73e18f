from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.text.segment import split_clitics, split_sentences, tokenize


def pieces(word):
    token = tokenize(word)[0]
    return [(p.text, p.role) for p in token.pieces] or [(token.text, "whole")]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وللصحفيين", [("و", "proclitic"), ("ل", "proclitic"), ("ل", "article"), ("صحفيين", "stem")]),
        ("لرويترز", [("ل", "proclitic"), ("رويترز", "stem")]),
        ("والولايات", [("و", "proclitic"), ("ال", "article"), ("ولايات", "stem")]),
        ("بالنسبة", [("ب", "proclitic"), ("ال", "article"), ("نسبة", "stem")]),
        ("فإن", [("ف", "proclitic"), ("إن", "stem")]),
        ("وقال", [("و", "proclitic"), ("قال", "stem")]),
        ("سيكون", [("س", "proclitic"), ("يكون", "stem")]),
        ("الحكومة", [("ال", "article"), ("حكومة", "stem")]),
    ],
)
def test_proclitics_and_article_are_split(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word", ["وزير", "وكالة", "بلينكن", "كاليفورنيا", "لبنان", "فلسطين", "الله", "الذي", "كما", "والدته"])
def test_words_that_only_look_like_clitics_stay_whole(word):
    assert pieces(word) == [(word, "whole")]


def test_article_piece_of_lil_is_normalised_to_al():
    token = tokenize("للسلطة")[0]
    assert [p.norm for p in token.pieces] == ["ل", "ال", "سلطة"]


def test_diacritics_and_tatweel_stay_inside_pieces():
    token = tokenize("وَالـحُكومة")[0]
    assert "".join(p.text for p in token.pieces) == token.text
    assert token.pieces[-1].norm == "حكومة"


def test_token_kinds():
    kinds = [(t.text, t.kind) for t in tokenize("زار www.spa.gov.sa في 2015 مع Reuters: 1,400 شخص")]
    assert ("www.spa.gov.sa", "url") in kinds
    assert ("2015", "number") in kinds
    assert ("Reuters", "latin") in kinds
    assert ("1,400", "number") in kinds
    assert (":", "punct") in kinds


def test_quotes_and_arabic_punctuation_are_tokens():
    texts = [t.text for t in tokenize("قال: «نعم»، ثم غادر؛ لماذا؟")]
    assert texts == ["قال", ":", "«", "نعم", "»", "،", "ثم", "غادر", "؛", "لماذا", "؟"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. وبدأت المحادثات.", ["وصل الوفد.", "وبدأت المحادثات."]),
        ("هل انتهى؟ لا! ليس بعد", ["هل انتهى؟", "لا!", "ليس بعد"]),
        ("قال، وأضاف؛ ثم غادر.", ["قال، وأضاف؛ ثم غادر."]),
        ("قال: «انتهى الأمر.» ثم غادر.", ["قال: «انتهى الأمر.»", "ثم غادر."]),
        ("بلغت النسبة 12.5 في المئة.", ["بلغت النسبة 12.5 في المئة."]),
        ("التقى د. أحمد بالوزير.", ["التقى د. أحمد بالوزير."]),
        ("فقرة أولى\n\nفقرة ثانية", ["فقرة أولى", "فقرة ثانية"]),
        ("زار www.spa.gov.sa أمس.", ["زار www.spa.gov.sa أمس."]),
    ],
)
def test_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text())
def test_every_span_points_into_the_text(text):
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
        for piece in token.pieces:
            assert text[piece.start:piece.end] == piece.text
        if token.pieces:
            assert "".join(p.text for p in token.pieces) == token.text
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


@given(st.text(alphabet="وفبلكسالةيتنمعرزد\u064e\u0651\u0640 ", max_size=30))
def test_clitic_templates_cover_the_word(word):
    word = word.strip()
    if word and " " not in word:
        template = split_clitics(word)
        if template:
            assert template[0][0] == 0 and template[-1][1] == len(word)
            assert all(a[1] == b[0] for a, b in pairwise(template))
