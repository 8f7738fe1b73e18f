"""Session 40, speed pass sp40: the union of the shared vocabularies, which the vocabulary pass probes
once per word of every article, is held in the smaller of the two hash tables CPython may give a
frozenset of its words (made from the dict of roles, the table is sized for twice the words; made
word by word, it may stop a size lower). Same words, so the same hits; half the memory the probes
walk (``matching._compact_set``)."""

from __future__ import annotations

import sys

import pytest

import khabar.numbers.words  # (shares the numbers scanner's vocabularies)
import khabar.time.scanner  # noqa: F401  (shares the times scanner's anchor forms)
from khabar.numbers import matching


def test_the_union_holds_every_shared_word_and_no_other():
    union, roles, _ = matching._union()
    assert union == frozenset(roles)
    assert all(word in union for vocabulary in matching._SHARED_VOCABULARIES for word in vocabulary())


def test_the_union_takes_the_smaller_table():
    union, roles, _ = matching._union()
    assert sys.getsizeof(union) == min(sys.getsizeof(frozenset(roles)), sys.getsizeof(frozenset(list(roles))))
    assert sys.getsizeof(union) <= sys.getsizeof(frozenset(roles))


# word counts on either side of the sizes where the two ways of making the set part (a table grown
# word by word passes 60 % full at 19,661 words of 32,768 slots and grows fourfold)
@pytest.mark.parametrize("count", [5, 5_000, 18_898, 19_660, 19_661, 25_000, 40_000])
def test_a_compact_set_is_the_same_set_never_a_larger_table(count):
    words = {f"كلمة{i}": (0,) for i in range(count)}
    compact = matching._compact_set(words)
    assert compact == frozenset(words)
    assert sys.getsizeof(compact) <= sys.getsizeof(frozenset(words))


# Made-up sentences (not from any corpus): number words with proclitics, duals, anchors of time.
SENTENCES = [
    "وصل ثلاثة آلاف وخمسمائة زائر إلى المعرض خلال الأيام الثلاثة الأولى، وبلغ عدد المشاركين ألفين.",
    "قالت الوزارة إن الحادث أسفر عن مقتل شخصين وإصابة عشرة آخرين مساء الخميس الماضي في الرياض.",
    "وبعد عامين من الانتظار افتتحت البلدية الحديقتين الجديدتين وللمرة الأولى منذ 2015.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_hits_are_the_words_of_each_vocabulary(text):
    norm = matching.matching_form(text).text
    matching._hits_by_vocabulary.cache_clear()
    words = matching.word_columns(norm)[1]
    for vocabulary in matching._SHARED_VOCABULARIES:
        expected = [i for i, word in enumerate(words) if word in vocabulary()]
        assert matching.words_in(norm, vocabulary) == expected
