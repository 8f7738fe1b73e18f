"""The times stage's shortcuts give exactly what the code they stand in for gives.

The scanner of a start is narrowed by the word's letters (``test_time_dispatch.py``) and, where
the word is followed by one space and another word, by that word's first letters too (the pair
dispatch of :func:`khabar.time.dispatch.opening_pairs`): a try from في before "12 يوليو" walks
only the alternatives that can hold a number after في. These tests hold the pair scanner to the
whole scanner, at every word start and after one to three letters of every word (a pair is
formed wherever the rest of the word is letters only and one space follows), on made-up
sentences and on real SaudiNewsNet articles.
"""

import json
import zipfile

import pytest

from khabar.numbers.matching import matching_form, word_columns
from khabar.time import find_times
from khabar.time.dispatch import PAIR_LETTERS, Unlisted, opening_pairs
from khabar.time.passes import STOP_BEFORE_FINAL_YEAR, _unglue_final_stops
from khabar.time.scanner import (
    _scanner_for_opening,
    _scanner_for_pair,
    anchored_scanner,
)

SENTENCES = [
    "قال المسؤول في وقت سابق من الشهر الجاري إن 27 أكتوبر 2023 موعد الافتتاح، وخلال النصف الأول من 2015",
    "وصل الوفد صباح اليوم الاثنين، بعد ثلاثة أيام من المحادثات، في الساعة العاشرة صباحا بتوقيت مكة",
    "ارتفعت الأسعار 5 في المائة منذ أكثر من عامين، وفي 12 يوليو (تموز) الماضي، ولمدة ساعتين ونصف",
    "يعقد المؤتمر يومي 20 و21 من شهر شوال 1436هـ، كل يوم جمعة، خلال الأعوام الخمسة الماضية",
    "في عام 2015 وفي أغسطس الماضي وفي مطلع العام المقبل، منذ عشر سنوات ومنذ 2003 وطوال الليل",
    "في ال24 من الشهر، في  12 مايو (مسافتان)، في\u00a0يونيو، في الـ5 من رمضان، ما بين 2010 و2012",
]


def test_pairs_of_a_pattern():
    runs = opening_pairs(r"(?:في[^\S\n]+)?(?:ال)?(?:يوم|ليله)(?:[^\S\n]*\d+)?(?!\w)")
    # after في and one space, the next word's first three letters are kept as prefixes
    assert {"في الي", "في يوم", "في ليل"} <= runs.prefixes
    assert runs.may_open_pair("في يوم", complete=False) and not runs.may_open_pair("في الش", complete=False)
    assert not runs.may_open_pair("في ", complete=True)  # a digit after في: this pattern needs a letter
    digits = opening_pairs(r"في[^\S\n]+\d+")
    assert digits.may_open_pair("في ", complete=True) and not digits.may_open_pair("في الش", complete=False)


def test_a_second_word_the_walk_cannot_follow_is_open_to_anything():
    runs = opening_pairs(r"في[^\S\n]+\w+")
    assert runs.may_open_pair("في الش", complete=False) and runs.may_open_pair("في ", complete=True)
    with pytest.raises(Unlisted):
        opening_pairs(r"\w+[^\S\n]+في")  # the first word already cannot be listed: kept everywhere


def _same_as_the_whole_scanner(text: str) -> tuple[int, int]:
    """Compares, at every word start and after up to three letters, the pair scanner (or the word's
    scanner where no pair is formed) with the whole one; returns (pairs tried, matches found)."""
    whole = anchored_scanner()
    starts, words = word_columns(text)
    paired = found = 0
    for j, (word_start, word) in enumerate(zip(starts, words)):
        end = word_start + len(word)
        for cut in range(min(4, len(word))):
            start, rest = word_start + cut, word[cut:]
            if rest.isalpha() and j + 1 < len(words) and starts[j + 1] == end + 1 and text[end] == " ":
                scoped = _scanner_for_pair(rest + " " + words[j + 1][:PAIR_LETTERS])
                paired += 1
            else:
                scoped = _scanner_for_opening(rest)
            got = scoped.match(text, start) if scoped else None
            expected = whole.match(text, start)
            assert (got and (got.span(), got.lastgroup)) == (
                expected and (expected.span(), expected.lastgroup)
            ), text[start : start + 40]
            found += expected is not None
    return paired, found


def test_pair_dispatch_finds_what_the_whole_scanner_finds():
    results = [_same_as_the_whole_scanner(matching_form(s).text) for s in SENTENCES]
    assert sum(paired for paired, _ in results) > 200 and sum(found for _, found in results) >= 20


def test_pair_dispatch_finds_what_the_whole_scanner_finds_on_news(shared_data):
    archives = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not archives:
        pytest.skip("no SaudiNewsNet archive in the shared data")
    with zipfile.ZipFile(archives[0]) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    texts = [matching_form(r["content"]).text for r in records[:40] if (r.get("content") or "").strip()]
    results = [_same_as_the_whole_scanner(text) for text in texts]
    assert sum(paired for paired, _ in results) > 10_000 and sum(found for _, found in results) > 100


def test_times_found_through_the_pair_dispatch():
    found = find_times("وصل في 12 يوليو الماضي، وغادر في الشهر التالي، وعاد في عام 2016", "2015-07-26")
    assert [(t.text, t.value) for t in found][:1] == [("12 يوليو الماضي", "2015-07-12")]
    assert any(t.text == "عام 2016" or t.text == "في عام 2016" for t in found)


STOPS = ["ينتهي المشروع عام .2016\nوقال", "في آذار/مارس .2011", "من 2009 إلى .2011", "و.2015 ثم", "رقم 3.2015 ",
         "نسبة 1.2 في المائة", "الموقع www.2015.sa", "عام.2016 ", "انتهى. 2016 عام", "."]


@pytest.mark.parametrize("text", STOPS)
def test_the_stop_before_a_year_is_read_as_the_full_pattern_reads_it(text):
    assert _unglue_final_stops(text) == STOP_BEFORE_FINAL_YEAR.sub(" ", text)


def test_the_stop_before_a_year_shortcut_on_news(shared_data):
    archives = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not archives:
        pytest.skip("no SaudiNewsNet archive in the shared data")
    with zipfile.ZipFile(archives[0]) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    texts = [matching_form(r["content"]).text for r in records if (r.get("content") or "").strip()]
    assert len(texts) > 500
    for text in texts:
        assert _unglue_final_stops(text) == STOP_BEFORE_FINAL_YEAR.sub(" ", text)
