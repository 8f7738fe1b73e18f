"""Session 33, speed pass spn: the trigger windows take their words from the article's trigger
openers, found once in the shared vocabulary pass, and give what the set test per word gave."""

import json
import zipfile
from bisect import bisect_left
from itertools import compress

import pytest

from khabar.numbers import facts as facts_module
from khabar.numbers.matching import matching_form, word_columns, words_in


@pytest.fixture(scope="module")
def articles(shared_data):
    """The matching forms of the first 200 articles of the first SaudiNewsNet day file."""
    path = min((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    return [matching_form(r["content"]).text for r in records[:200] if r.get("content")]


def _tries_by_set_tests(text, start, end):
    """``_trigger_tries`` as it was before this pass (the reference): one set test per word of the window."""
    firsts = facts_module._trigger_first_words()
    starts, words = word_columns(text)
    first, stop = bisect_left(starts, start), bisect_left(starts, end)
    last = stop - 1
    cut_opens = False
    if last >= first and starts[last] + len(words[last]) > end:
        cut_opens = text[starts[last] : end] in firsts
        stop = last
    tries = list(compress(range(first, stop), map(firsts.__contains__, words[first:stop])))
    if cut_opens:
        tries.append(last)
    return tries


def test_trigger_openers_are_the_first_words():
    assert facts_module._trigger_first_words() is not None
    assert facts_module._trigger_openers() == facts_module._trigger_first_words()


def test_trigger_tries_equal_the_set_tests_per_word(articles):
    tried = 0
    for text in articles:
        starts = word_columns(text)[0]
        for end in [*starts[1::2], len(text)]:
            for stop in (end, end + 1, end + 2):
                stop = min(stop, len(text))
                for lo in (0, max(0, stop - 90), max(0, stop - 37), max(0, stop - 3), stop):
                    expected = _tries_by_set_tests(text, lo, stop)
                    assert facts_module._trigger_tries(text, lo, stop) == expected
                    tried += bool(expected)
    assert tried > 1000


def test_trigger_tries_leave_the_shared_hits_whole(articles):
    text = next(t for t in articles if words_in(t, facts_module._trigger_openers))
    whole = list(words_in(text, facts_module._trigger_openers))
    starts = word_columns(text)[0]
    for at in starts:
        facts_module._trigger_tries(text, max(0, at - 90), at + 1)  # (a cut word may be appended)
    assert words_in(text, facts_module._trigger_openers) == whole


def _may_name_a_subject_by_set_test(text, lo, start):
    """``_may_name_a_subject`` as it was before this pass (the reference)."""
    from bisect import bisect_right

    forms = facts_module._subject_forms()
    starts, words = word_columns(text)
    first = max(0, bisect_right(starts, lo) - 1)
    stop = bisect_left(starts, start)
    if not forms.isdisjoint(words[first:stop]):
        return True
    for i in (first, stop - 1):
        if first <= i < stop:
            piece = text[max(starts[i], lo) : min(starts[i] + len(words[i]), start)]
            if piece in forms:
                return True
    return False


def test_subject_windows_equal_the_set_test(articles):
    found = 0
    for text in articles:
        for start in [*word_columns(text)[0][1::2], len(text)]:
            for end in (start, min(len(text), start + 1)):
                for lo in (0, max(0, end - 160), max(0, end - 41), end):
                    expected = _may_name_a_subject_by_set_test(text, lo, end)
                    assert facts_module._may_name_a_subject(text, lo, end) == expected
                    found += expected
    assert found > 1000
