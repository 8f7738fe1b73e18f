"""Helpers for the quote finder's tests: every text here is written for them."""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.speech import find_quotes
from khabar.text.segment import split_sentences, tokenize


def make_doc(text: str, **fields) -> Document:
    doc = Document(text=text, **fields)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    return doc


def check_offsets(doc: Document, quote: dict) -> None:
    """Every span of a quote record is exact: ``text[start:end] == span text``."""
    text = doc.text
    assert text[quote["start"]:quote["end"]] == quote["text"]
    for key in ("cue", "via_text", "time_span", "reported_first_by_text"):
        span = quote.get(key)
        if span:
            assert text[span["start"]:span["end"]] == span["text"], key
    speaker = quote["speaker"]
    if speaker["start"] is not None:
        assert text[speaker["start"]:speaker["end"]] == speaker["text"]


def run(text: str, **fields) -> list[dict]:
    doc = make_doc(text, **fields)
    found = find_quotes(doc)
    for quote in found:
        check_offsets(doc, quote)
    assert [q["id"] for q in found] == [f"q{i + 1}" for i in range(len(found))]
    return found


@pytest.fixture
def quotes():
    """``quotes(text)``: the quote records of a text, offsets checked."""
    return run


@pytest.fixture(name="make_doc")
def make_doc_fixture():
    """``make_doc(text, **fields)``: a segmented document."""
    return make_doc


@pytest.fixture(name="check_offsets")
def check_offsets_fixture():
    """``check_offsets(doc, quote)``: assert that every span of a quote record is exact."""
    return check_offsets
