"""Session 39, speed pass sp39: ``Pipeline.pipe`` runs each stage over a batch of documents (16), so the
numbers stage reads a document's word pass and vocabulary hits a whole batch after the times stage made
them. They are kept for more texts than a batch holds (``matching.TEXTS_CACHED``), so that each
document's passes are made once, not once per stage (with 8 texts kept, the numbers stage made them
again for every document of a batch)."""

from __future__ import annotations

import pytest

from khabar.numbers import matching
from khabar.numbers import stage as numbers_stage
from khabar.pipeline import PIPE_BATCH, Pipeline, prepare
from khabar.read import RawArticle

# Made-up news sentences (not from any corpus), each with a count, a date and a weekday.
TEMPLATE = "أعلنت وزارة الصحة يوم الأحد مقتل {n} أشخاص وإصابة {m} آخرين في حادث سير وقع في {d} مارس الماضي."
CACHES = (matching._word_pass, matching.word_columns, matching._hits_by_vocabulary)


def texts(count: int, offset: int = 0) -> list[str]:
    return [TEMPLATE.format(n=i + 3, m=2 * i + 5, d=i % 28 + 1) for i in range(offset, offset + count)]


def test_the_passes_are_kept_for_more_texts_than_a_batch_holds():
    assert matching.TEXTS_CACHED > PIPE_BATCH
    assert all(cache.cache_info().maxsize == matching.TEXTS_CACHED for cache in CACHES)


@pytest.mark.parametrize("batch_size", [PIPE_BATCH, 24])
def test_each_document_passes_are_made_once_in_a_pipe(batch_size, monkeypatch):
    pipeline = Pipeline(["segment", "times", "numbers"])
    pipeline.run(prepare(RawArticle(text=texts(1, 99)[0]), published="2024-05-06"))  # (lexicons loaded first)
    docs = [prepare(RawArticle(text=text), published="2024-05-06") for text in texts(batch_size)]
    for cache in CACHES:
        cache.cache_clear()
    # (since sp40 the numbers stage releases the passes, and their counts, once the batch is done:
    # the misses are read just before)
    misses = []
    release = numbers_stage.release_passes

    def count_then_release():
        misses.append([cache.cache_info().misses for cache in CACHES])
        release()

    monkeypatch.setattr(numbers_stage, "release_passes", count_then_release)
    out = list(pipeline.pipe(docs, batch_size=batch_size))
    assert [error for _, error in out] == [None] * len(docs)
    assert all(doc.facts and doc.times for doc in docs)
    assert misses == [[len(docs)] * len(CACHES)]


def test_a_pipe_gives_what_one_by_one_gives():
    pipeline = Pipeline(["segment", "times", "numbers"])
    alone = [pipeline.run(prepare(RawArticle(text=text), published="2024-05-06")) for text in texts(20)]
    docs = [prepare(RawArticle(text=text), published="2024-05-06") for text in texts(20)]
    list(pipeline.pipe(docs, batch_size=PIPE_BATCH))
    assert [(doc.times, doc.facts) for doc in docs] == [(doc.times, doc.facts) for doc in alone]
