"""Session 36, speed pass sp36: the shared vocabulary pass appends each hit by the tuple of the
vocabularies holding the word (``_union()[1]``), not by walking the bits of a mask.

The tuple of a word must list exactly the positions of the shared vocabularies that hold it, in
increasing order (the order the bit walk appended in), and equal tuples are one object (a few
dozen distinct ones for some 19 K words)."""

from __future__ import annotations

import khabar.numbers.words  # (shares the number words and duals)
import khabar.time.scanner  # noqa: F401  (shares the anchor forms)
from khabar.numbers import matching
from khabar.numbers.matching import _SHARED_VOCABULARIES, _union, word_columns, words_in


def test_each_word_lists_the_vocabularies_holding_it_in_order():
    union, roles, position = _union()
    vocabularies = [vocabulary() for vocabulary in _SHARED_VOCABULARIES]
    assert set(roles) == union == set().union(*vocabularies)
    for word, positions in roles.items():
        assert positions == tuple(k for k, words in enumerate(vocabularies) if word in words), word
    assert position == {vocabulary: k for k, vocabulary in enumerate(_SHARED_VOCABULARIES)}


def test_equal_tuples_are_one_object():
    roles = _union()[1]
    distinct = {id(positions) for positions in roles.values()}
    assert len(distinct) == len(set(roles.values()))


def test_a_word_in_several_vocabularies_is_a_hit_of_each():
    roles = _union()[1]
    word = next(word for word, positions in roles.items() if len(positions) > 1)
    text = f"قال {word} ثم {word}"
    matching._hits_by_vocabulary.cache_clear()
    at = [i for i, w in enumerate(word_columns(text)[1]) if w == word]
    for k in roles[word]:
        assert words_in(text, _SHARED_VOCABULARIES[k]) == at
    for k in set(range(len(_SHARED_VOCABULARIES))) - set(roles[word]):
        assert not set(words_in(text, _SHARED_VOCABULARIES[k])) & set(at)
