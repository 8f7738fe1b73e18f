"""Speed pass s20 (sp20n): the shared membership pass of ``indices_of`` gives what one pass per
vocabulary gives.

The times scanner (anchor words) and the numbers scanner (number words) look words up in the
same shared word list; ``indices_of`` answers both from one pass over the union of the
vocabularies asked so far. These tests hold it to the plain pass, whatever the order in which
the vocabularies come, for lists that are not shared, and on real SaudiNewsNet articles.
"""

import json
import zipfile
from itertools import compress, islice

import pytest

from khabar.numbers import matching
from khabar.numbers.matching import indices_of, matching_form, word_columns
from khabar.numbers.words import _word_candidates
from khabar.time.scanner import _anchor_forms

TEXT = "قتل ثلاثة أشخاص وأصيب 12 آخرون يوم الأحد في 5 مارس، ونحو ألفين في رهينتين خلال عامين."


def plain(words, vocabulary):
    """The pass as it was: one membership test per word."""
    return list(compress(range(len(words)), map(vocabulary.__contains__, words)))


def test_shared_list_answers_each_vocabulary_as_its_own_pass():
    words = word_columns(matching_form(TEXT).text)[1]
    numbers, anchors = _word_candidates(), _anchor_forms()
    for vocabulary in (anchors, numbers, anchors, numbers):
        assert indices_of(words, vocabulary) == plain(words, vocabulary)
    assert indices_of(words, numbers) != indices_of(words, anchors)  # (the text holds both kinds)


def test_a_new_vocabulary_joins_the_union_and_is_answered_at_once():
    words = word_columns(matching_form(TEXT + " جديدة").text)[1]
    before = indices_of(words, _anchor_forms())  # (the union's hits for this list are remembered)
    fresh = frozenset({"اشخاص", "جديده"})
    assert indices_of(words, fresh) == plain(words, fresh) != []
    assert indices_of(words, _anchor_forms()) == before


def test_lists_that_are_not_shared_get_their_own_pass():
    words = word_columns(matching_form(TEXT).text)[1]
    copy = list(words)
    window = words[2:9]
    numbers = _word_candidates()
    assert indices_of(copy, numbers) == plain(copy, numbers)
    assert indices_of(window, numbers) == plain(window, numbers)
    copy[0] = "ثلاثه"  # (a list of the caller's own may change between calls)
    assert indices_of(copy, numbers) == plain(copy, numbers)


def test_the_answer_is_a_list_of_the_callers_own():
    words = word_columns(matching_form(TEXT).text)[1]
    numbers = _word_candidates()
    first = indices_of(words, numbers)
    first.append(-1)  # (the numbers scanner appends to it)
    assert indices_of(words, numbers) == plain(words, numbers)


def test_past_the_cache_a_list_is_no_longer_shared():
    words = word_columns(matching_form(TEXT + " اولا").text)[1]
    for i in range(matching.SHARED_WORD_LISTS + 1):
        word_columns(matching_form(f"{TEXT} {i}").text)
    assert id(words) not in matching._SHARED_WORDS
    numbers = _word_candidates()
    assert indices_of(words, numbers) == plain(words, numbers)


@pytest.fixture(scope="module")
def articles(shared_data):
    day = min((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(day) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    return [r["content"] for r in islice(records, 120) if (r.get("content") or "").strip()]


def test_shared_pass_equals_the_plain_pass_on_articles(articles):
    numbers, anchors = _word_candidates(), _anchor_forms()
    for text in articles:
        words = word_columns(matching_form(text).text)[1]
        assert indices_of(words, anchors) == plain(words, anchors)
        assert indices_of(words, numbers) == plain(words, numbers)
