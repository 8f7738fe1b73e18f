import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.text.normalize import normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أمريكي", "امريكي"),
        ("إسرائيل", "اسرائيل"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("فارسی", "فارسي"),
        ("مُحَمَّدٌ", "محمد"),
        ("قالـــت", "قالت"),
        ("٢٠٢٣", "2023"),
        ("۱۴۰۰", "1400"),
        ("١٢٫٥", "12.5"),
        ("\ufefb", "لا"),  # lam-alef ligature in presentation form
        ("\ufe8d\ufedf\ufee4\ufee0\ufeda", "الملك"),  # isolated/initial/medial glyphs
        ("رويترز\u200f", "رويترز"),
        ("\u202bنص\u202c", "نص"),
        ("Reuters", "reuters"),
        ("مدرسة", "مدرسة"),
    ],
)
def test_normalize_forms(raw, expected):
    assert normalize(raw) == expected


def test_ta_marbuta_is_optional():
    assert normalize("مدرسة", ta_marbuta=True) == "مدرسه"
    assert normalize("مدرسة") == "مدرسة"


def test_offsets_map_matches_back_to_the_original():
    text = "قالَ المسؤولُ الأمريكيّ لـ«رويترز»"
    norm = normalize_with_offsets(text)
    found = norm.text.index("الامريكي")
    start, end = norm.original_span(found, found + len("الامريكي"))
    assert text[start:end] == "الأمريكيّ"


def test_offsets_identity_when_nothing_changes_length():
    norm = normalize_with_offsets("أمريكي ٢٠٢٣")
    assert norm.origins is None
    assert norm.original_span(0, 6) == (0, 6)


def test_ligature_expands_to_two_characters_of_one_origin():
    norm = normalize_with_offsets("\ufefbعب")
    assert norm.text == "لاعب"
    assert norm.original_span(0, 2) == (0, 1)
    assert norm.original_span(2, 4) == (1, 3)


@given(st.text())
def test_offsets_always_land_inside_the_original(text):
    norm = normalize_with_offsets(text)
    assert norm.text == normalize(text)
    for i in range(len(norm.text) + 1):
        assert 0 <= norm.original_offset(i) <= len(text)
    if norm.text:
        start, end = norm.original_span(0, len(norm.text))
        assert 0 <= start <= end <= len(text)
        assert normalize(text[start:end]) == norm.text
