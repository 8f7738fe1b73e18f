"""Session 33, speed pass spn: the count-subject windows take their words from the article's
subject words, found once in the shared vocabulary pass, and give what the set test per word gave.
(Its trigger-opener look-up was dropped in session 34: the shared pass paid more for its ~3,300
words than the windows saved.)"""

import json
import zipfile
from bisect import bisect_left

import pytest

from khabar.numbers import facts as facts_module
from khabar.numbers.matching import matching_form, word_columns


@pytest.fixture(scope="module")
def articles(shared_data):
    """The matching forms of the first 200 articles of the first SaudiNewsNet day file."""
    path = min((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    return [matching_form(r["content"]).text for r in records[:200] if r.get("content")]


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
