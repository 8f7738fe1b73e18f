"""The quote finder never raises and keeps every offset exact, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.document import Document
from khabar.speech import find_quotes
from khabar.text.segment import split_sentences, tokenize


def make_doc(text: str) -> Document:
    doc = Document(text=text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    return doc


def check_offsets(doc: Document, quote: dict) -> None:
    assert doc.text[quote["start"]:quote["end"]] == quote["text"]
    for key in ("cue", "via_text", "time_span", "reported_first_by_text"):
        if quote.get(key):
            assert doc.text[quote[key]["start"]:quote[key]["end"]] == quote[key]["text"]
    speaker = quote["speaker"]
    if speaker["start"] is not None:
        assert doc.text[speaker["start"]:speaker["end"]] == speaker["text"]

PIECES = [
    "قال", "وقال", "قالت", "إن", "أن", "بأن", ":", "«", "»", '"', "“", "”", "„", "'", "(", ")", ".", "،", "؟", "\n",
    "\n\n", "وأضاف", "مشيرا", "إلى", "وفقا لـ", "بحسب", "حسبما ذكر", "الوزير", "مسؤول", "مصدر", "لرويترز",
    "للصحفيين", "أمس", "يوم الجمعة", "الذي", "طلب عدم الكشف عن هويته", "أول من نشر", "صحيفة الغد", "نقلا عن",
    "على", "علي", "للصحيفة", "بالقول", "قائلا", "-", "12", "www.x.com", "َ", "ـ", "ﻻ", "سموه", "ما", "لم",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_never_raises_on_cue_soup(pieces, joined):
    text = ("" if joined else " ").join(pieces)
    doc = make_doc(text)
    for quote in find_quotes(doc):
        check_offsets(doc, quote)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text):
    doc = Document(text=text)
    for quote in find_quotes(doc):
        check_offsets(doc, quote)


def test_diacritics_and_tatweel_keep_offsets(quotes):
    [q] = quotes("وقـــال المُتَحَدِّثُ إنّ الاجتماعَ انتهى.")
    assert q["text"] == "الاجتماعَ انتهى"
    assert q["cue"]["text"] == "وقـــال"


def test_empty_text():
    assert find_quotes(Document(text="")) == []


@pytest.mark.parametrize("text", ["بالقول إن", "واكتفى بالقول إن", "رد بالقول إنه"])
def test_verbal_noun_of_saying_at_the_end_of_the_text(text):
    """"بالقول إن" with nothing after the complementizer reports nothing, and raises nothing
    (Hypothesis found the IndexError in session 53)."""
    assert find_quotes(make_doc(text)) == []
