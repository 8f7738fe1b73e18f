"""Properties: clean_text never raises, and leaves no boilerplate line behind."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.clean import clean_text
from khabar.clean.boilerplate import match_line, match_prefix

FRAGMENTS = [
    "شارك هذا المقال", "اقرأ أيضاً", "المصدر: رويترز", "المصدر", "source : www.alhurra.com", "Next Previous",
    "الرئيسية > أخبار", "جميع الحقوق محفوظة", "©", "إعلان", "آخر تحديث: 12 مارس 2024", "// انتهى //",
    "عمّان - (أ ف ب)", "الرياض - واس", "(أ ف ب)", "كتب: محمد علي", "لندن: رنيم حنوش", "بيروت - (رويترز) -",
    "قال الوزير إن المشروع سيبدأ قريبا.", "وأضاف أن الحوار مستمر", "تابعونا على تويتر", "***", "ـ", "ً",
    "«الجزيرة»", "Leave a Reply", "الاسم *", "اترك تعليقاً", "@user", "a@b.co", "سمات غزة قطر", " - ", ":",
    "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x1c", " ", "\t", "\u00a0", "\u200f", "\ufeff",
]

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join),
)


def assert_clean(text: str, plain_text: bool) -> None:
    cleaned = clean_text(text, plain_text=plain_text)
    assert isinstance(cleaned.text, str)
    if not cleaned.text:
        return
    for paragraph in cleaned.text.split("\n\n"):
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
        assert match_line(paragraph) is None, paragraph
        assert match_prefix(paragraph) is None, paragraph
    for removed in cleaned.removed:
        assert removed["text"] in text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_clean_text_never_raises_and_leaves_no_boilerplate(text: str, plain_text: bool) -> None:
    assert_clean(text, plain_text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_cleaning_twice_changes_nothing(text: str) -> None:
    once = clean_text(text)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert twice.removed == []
