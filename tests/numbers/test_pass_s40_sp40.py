"""Session 40, speed pass sp40. The union of the shared vocabularies, which the vocabulary pass probes
once per word of every article, is held in the smaller of the two hash tables CPython may give a
frozenset of its words (made from the dict of roles, the table is sized for twice the words; made
word by word, it may stop a size lower). Same words, so the same hits; half the memory the probes
walk (``matching._compact_set``). And the numbers stage, the last reader of a document's word passes,
releases them when it is done (``matching.release_passes``), so that its words are freed while still in
the processor's caches."""

from __future__ import annotations

import sys

import pytest

import khabar.numbers.words  # (shares the numbers scanner's vocabularies)
import khabar.time.scanner  # noqa: F401  (shares the times scanner's anchor forms)
from khabar.numbers import matching
from khabar.pipeline import PIPE_BATCH, Pipeline, prepare
from khabar.read import RawArticle


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


# The numbers stage, the last reader of a document's word passes, releases them when it is done: one
# document at a time (``Pipeline.run``) at once, in a pipe once the batch is done (``release_passes``).
PASSES = (matching._word_pass, matching.word_columns, matching._hits_by_vocabulary)


def test_a_document_run_alone_leaves_no_passes_kept():
    pipeline = Pipeline(["segment", "times", "numbers"])
    doc = pipeline.run(prepare(RawArticle(text=SENTENCES[1]), published="2024-05-06"))
    assert doc.facts and doc.times
    assert [cache.cache_info().currsize for cache in PASSES] == [0, 0, 0]


def test_a_pipe_releases_the_passes_once_its_batch_is_done():
    pipeline = Pipeline(["segment", "times", "numbers"])
    docs = [prepare(RawArticle(text=text), published="2024-05-06") for text in SENTENCES * 3]
    alone = [pipeline.run(prepare(RawArticle(text=text), published="2024-05-06")) for text in SENTENCES * 3]
    out = list(pipeline.pipe(docs, batch_size=PIPE_BATCH))
    assert [error for _, error in out] == [None] * len(docs)
    assert [(doc.times, doc.facts) for doc in docs] == [(doc.times, doc.facts) for doc in alone]
    assert [cache.cache_info().currsize for cache in PASSES] == [0, 0, 0]
