"""Speed pass sp20t (session 20): a try at a number is narrowed by the word after it.

A number followed by one space and a word ("نحو 400 مفتش"، "5 بنود"، "12 يوليو") used to be tried
with every alternative that can open with a digit (eight of them, the longest of the scanner);
most such tries fail. The pair dispatch that narrows a try at في by the next word's first letters
now reads a number as its first word too (each digit written "0"), so that only the alternatives
that can hold that next word after a number are tried. These tests hold the narrowed scanner to
the whole scanner at every number of made-up sentences and of real articles, and check that the
narrowing leaves out what it should.
"""

import json
import re
import zipfile

import pytest

from khabar.numbers.matching import matching_form, word_columns
from khabar.time import find_times
from khabar.time.dispatch import PAIR_LETTERS, opening_pairs
from khabar.time.grammar import alternatives
from khabar.time.scanner import (
    _PAIRED,
    _alternatives_of_pair,
    _alternatives_opening,
    _scanner_for_opening,
    _scanner_for_pair,
    anchored_scanner,
)

SENTENCES = [
    "يعمل في القسم نحو 400 مفتش، وقد وقع الطرفان اتفاقا من 5 بنود في 12 يوليو 2015 بعد 3 أيام من المحادثات",
    "ارتفع المؤشر 0.5 في المائة خلال 2015 مقارنة بـ 2014 وبين 20 و25 شخصا أصيبوا في 1436 هـ",
    "بلغ الإنتاج 224 ألف برميل يوميا منذ 2003 حتى 2010، ووصل الوفد في 10 صباحا ثم غادر عند 11 مساء",
    "سجلت 17 حالة في 2 رمضان و30 مخطوطة، وفاز الفريق في 38 مباراة مقابل 25 انتصارا للعام 2016 الجاري",
    "من 1984 وحتى 1995 ثم 27 أكتوبر 2023 و 3 آذار/مارس، وفي عام 2015 م، وبعد 48 ساعة، و150 عاما",
]


def test_a_number_walks_as_a_first_word_of_zeros():
    runs = opening_pairs(r"\d{1,2}(?!\d)[^\S\n]*(?:يونيو|يوليو)", digits=True)
    assert runs.may_open_pair("00 يون", complete=False) and runs.may_open_pair("0 يول", complete=False)
    assert not runs.may_open_pair("00 مفت", complete=False)  # no such month
    assert not runs.may_open_pair("000 يون", complete=False)  # three digits: \d{1,2} cannot hold them
    # a space is no digit: the number is not lengthened by [^\S\n]* (which would make the walk give
    # up, leaving the bare number as a prefix open to anything)
    assert runs.prefixes == {"0 يون", "0 يول", "00 يون", "00 يول"}


def test_a_letter_glued_to_the_number_is_no_number():
    # "(?:[-–]|و)" is parsed as one class of a letter and dashes: after the number it only ends it
    # (the walk does not give the pattern up); as the next word's opening it is open to anything
    runs = opening_pairs(r"\d{4}[^\S\n]*(?:[-–]|و)[^\S\n]*\d{4}", digits=True)
    assert runs.full == {"0000"} and runs.prefixes == {"0000 "}
    assert runs.may_open_pair("0000 و", complete=True) and not runs.may_open_pair("00 و", complete=True)


def _name(i: int) -> str:
    return re.match(r"\(\?P<(\w+)>", alternatives()[i]).group(1)


def test_the_number_scanner_is_narrowed_by_the_next_word():
    whole = {_name(i) for i in _alternatives_opening("4")}
    assert len(whole) >= 6
    assert {_name(i) for i in _alternatives_of_pair("400 مفت")} < whole
    assert "date" in {_name(i) for i in _alternatives_of_pair("12 يول")}
    assert "date" not in {_name(i) for i in _alternatives_of_pair("400 مفت")}
    assert "dur" in {_name(i) for i in _alternatives_of_pair("48 ساع")}


def _numbers_as_the_whole_scanner(text: str) -> int:
    """Compares, at every number (a whole word, or after up to three letters: و17، ال24) followed by
    one space and a word, the number's pair scanner with the whole one; returns the pairs tried."""
    whole = anchored_scanner()
    starts, words = word_columns(text)
    paired = 0
    for j, (word_start, word) in enumerate(zip(starts, words)):
        end = word_start + len(word)
        for cut in range(min(4, len(word))):
            start, rest = word_start + cut, word[cut:]
            if not (rest.isdigit() and j + 1 < len(words) and starts[j + 1] == end + 1 and text[end] == " "):
                continue
            if _scanner_for_opening(rest) is None or rest not in _PAIRED:
                continue
            scoped = _scanner_for_pair(_PAIRED[rest] + " " + words[j + 1][:PAIR_LETTERS])
            paired += 1
            got = scoped.match(text, start) if scoped else None
            expected = whole.match(text, start)
            assert (got and (got.span(), got.lastgroup)) == (
                expected and (expected.span(), expected.lastgroup)
            ), text[start : start + 40]
    return paired


def test_number_pairs_find_what_the_whole_scanner_finds():
    assert sum(_numbers_as_the_whole_scanner(matching_form(s).text) for s in SENTENCES) > 30


def test_number_pairs_find_what_the_whole_scanner_finds_on_news(shared_data):
    archives = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not archives:
        pytest.skip("no SaudiNewsNet archive in the shared data")
    with zipfile.ZipFile(archives[0]) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    texts = [matching_form(r["content"]).text for r in records[:150] if (r.get("content") or "").strip()]
    assert sum(_numbers_as_the_whole_scanner(text) for text in texts) > 1_000


def test_times_read_through_number_pairs():
    found = find_times("يعمل نحو 400 مفتش منذ 12 يوليو الماضي، ولمدة 3 أيام، وبين 2010 و2012", "2015-07-26")
    assert [(t.text, t.value) for t in found] == [
        ("12 يوليو الماضي", "2015-07-12"),
        ("لمدة 3 أيام", "P3D"),
        ("بين 2010 و2012", "2010/2012"),
    ]
