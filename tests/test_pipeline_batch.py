"""Pipeline.pipe: articles analysed a batch at a time give the documents analysed one by one, and a
document that fails in a batch fails alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from khabar.document import Document
from khabar.entities import decode
from khabar.errors import InputError
from khabar.pipeline import STAGES, Pipeline, prepare, stage
from khabar.read import RawArticle

# Made-up articles (not from any corpus): sentences of different lengths, names, quotes, dates.
ARTICLES = [
    "قال وزير الخارجية سامي الراشد في الرياض يوم الأحد إن المحادثات مع وفد الاتحاد الأوروبي كانت مثمرة.\n"
    "وأضاف: \"سنواصل العمل مع شركائنا في جنيف وبروكسل حتى نهاية العام\".",
    "أعلنت شركة النور للاتصالات عن أرباح بلغت 120 مليون ريال في الربع الأول من عام 2021.",
    "افتتح أمير منطقة القصيم معرض الكتاب في بريدة. وحضر الافتتاح عدد من المسؤولين. "
    "وقال مدير المعرض خالد العتيبي إن عدد دور النشر المشاركة بلغ 300 دار من 25 دولة عربية وأجنبية، "
    "وإن المعرض يستمر عشرة أيام ويستقبل الزوار من الساعة الرابعة عصرا حتى العاشرة مساء.",
    "This article is in English and is kept but not analysed by the pipeline at all.",
    "التقى الرئيس المصري في القاهرة رئيس وزراء الأردن وبحثا العلاقات الثنائية.",
    "هطلت أمطار غزيرة على مكة المكرمة وجدة أمس.",
]


def records(docs) -> list[str]:
    return [json.dumps(doc.to_dict(with_tokens=True), ensure_ascii=False, sort_keys=True) for doc in docs]


def one_by_one(pipeline: Pipeline, texts: list[str]) -> list[str]:
    return records(pipeline.run(prepare(RawArticle(text=text))) for text in texts)


def in_batches(pipeline: Pipeline, texts: list[str], batch_size: int) -> list[str]:
    docs = [prepare(RawArticle(text=text)) for text in texts]
    out = list(pipeline.pipe(docs, batch_size=batch_size))
    assert [error for _, error in out] == [None] * len(docs)
    assert [doc for doc, _ in out] == docs  # the same objects, in order
    return records(docs)


@pytest.mark.parametrize("batch_size", [1, 2, 4, 16])
def test_batches_give_the_documents_one_by_one_gives(batch_size):
    pipeline = Pipeline()
    assert in_batches(pipeline, ARTICLES, batch_size) == one_by_one(pipeline, ARTICLES)


def test_real_articles_in_a_batch_are_those_analysed_alone(shared_data):
    from khabar.read import iter_articles

    paths = sorted(str(p) for p in (shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not paths:
        pytest.skip("SaudiNewsNet not found under the shared data")
    texts = []
    for item in iter_articles(paths[:1]):
        if isinstance(item, RawArticle) and item.text:
            texts.append(item.text)
            if len(texts) >= 40:
                break
    pipeline = Pipeline()
    assert in_batches(pipeline, texts, 16) == one_by_one(pipeline, texts)


def test_a_failing_document_fails_alone():
    calls = {"batch": 0}

    def fragile_many(docs) -> None:
        calls["batch"] += 1
        if any("انهيار" in doc.text for doc in docs):  # a batch function changes nothing before it can fail
            raise ValueError("cannot read one of these")
        for doc in docs:
            fragile(doc)

    @stage("test_fragile", requires=("tokens",), batch=fragile_many)
    def fragile(doc) -> None:
        if "انهيار" in doc.text:
            raise ValueError("cannot read this one")
        doc.warnings.append("fragile was here")

    try:
        texts = ARTICLES[:3] + ["خبر عن انهيار مبنى قديم في وسط المدينة أمس."] + ARTICLES[4:]
        pipeline = Pipeline(["segment", "test_fragile", "ner"])
        docs = [prepare(RawArticle(text=text)) for text in texts]
        out = list(pipeline.pipe(docs, batch_size=8))
        assert calls["batch"] == 1
        errors = [error for _, error in out]
        assert isinstance(errors[3], ValueError) and errors[:3] + errors[4:] == [None] * (len(texts) - 1)
        assert docs[3].mentions == []  # stopped before the later stages
        alone = Pipeline(["segment", "test_fragile", "ner"])
        for i in (0, 1, 2, 4, 5):
            assert records([docs[i]]) == records([alone.run(prepare(RawArticle(text=texts[i])))])
    finally:
        STAGES.pop("test_fragile", None)


def test_a_failing_ner_batch_falls_back_to_each_document(monkeypatch):
    from khabar.entities.tagger import NerTagger

    pipeline = Pipeline()
    expected = one_by_one(pipeline, ARTICLES)
    original, calls = NerTagger.tag_many, []

    def only_alone(self, docs):
        calls.append(len(docs))
        if len(docs) > 1:
            raise RuntimeError("batch decoder broke")
        return original(self, docs)

    monkeypatch.setattr(NerTagger, "tag_many", only_alone)
    docs = [prepare(RawArticle(text=text)) for text in ARTICLES]
    assert pipeline.run_batch(docs) == [None] * len(docs)
    assert calls == [5, 1, 1, 1, 1, 1]  # the batch of the 5 Arabic articles, then each alone
    assert records(docs) == expected


def random_sentences(rng, lengths, labels=9):
    return [rng.normal(scale=3.0, size=(n, labels)) for n in lengths]


@pytest.mark.parametrize("chunk", [1, 2, 3, 64])
def test_marginals_across_documents_have_the_bits_of_each_document_alone(chunk):
    """Matrix products of one row and of several rows differ in their last bits (BLAS kernels): the
    batched forward-backward must use, for each sentence and position, the one its document used."""
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(9, 9))
    documents = [random_sentences(rng, lengths) for lengths in
                 ([12, 3, 30, 7], [5], [9, 9], [1, 2, 40], [17, 17, 4], [2], [25, 24, 1, 60])]
    alone = [decode.marginals(sentences, transitions) for sentences in documents]
    flat = [s for sentences in documents for s in sentences]
    together = decode.marginals(flat, transitions, chunk=chunk)
    expected = [m for probabilities in alone for m in probabilities]
    assert len(together) == len(expected)
    for got, want in zip(together, expected):
        assert got.shape == want.shape and np.array_equal(got, want)
    paths = [p for sentences in documents for p in decode.viterbi(sentences, transitions)]
    assert decode.viterbi(flat, transitions, chunk=chunk) == paths


def test_ingest_batch_gives_what_each_article_gives():
    from khabar import ingest

    pipeline = Pipeline()
    items = [(f"made-up#{i}", f"h{i}", RawArticle(text=text, origin=f"made-up#{i}"))
             for i, text in enumerate([*ARTICLES[:3], "   ", *ARTICLES[3:]])]
    known_id = prepare(RawArticle(text=ARTICLES[1])).id
    def known(article_id):
        return article_id == known_id

    expected = [ingest.analyse_one(pipeline, raw, origin, digest, known) for origin, digest, raw in items]
    got = ingest.analyse_many(pipeline, items, known)
    assert [r[0] for r in got] == ["stored", "known", "stored", "failed", "stored", "stored", "stored"]
    assert json.dumps(got, ensure_ascii=False, sort_keys=True, default=str) == \
        json.dumps(expected, ensure_ascii=False, sort_keys=True, default=str)


def test_ingest_batch_keeps_a_stage_failure_to_its_article():
    from khabar import ingest

    @stage("test_picky", requires=("tokens",))
    def picky(doc) -> None:
        if "انهيار" in doc.text:
            raise InputError("made-up refusal", doc.source)

    try:
        pipeline = Pipeline(["segment", "test_picky", "ner"])
        texts = [ARTICLES[0], "خبر عن انهيار مبنى قديم في وسط المدينة أمس.", ARTICLES[2]]
        items = [(f"o{i}", "h", RawArticle(text=t)) for i, t in enumerate(texts)]
        got = ingest.analyse_many(pipeline, items, lambda _id: False)
        assert [r[0] for r in got] == ["stored", "failed", "stored"]
        assert got[1] == ("failed", "o1", "made-up refusal")
    finally:
        STAGES.pop("test_picky", None)


def test_a_document_with_no_sentences_is_tagged_in_a_batch():
    from khabar.entities.tagger_stage import shared_tagger

    empty = Document(text="")
    empty.tokens, empty.sentences = [], []
    doc = Pipeline(["segment"])(RawArticle(text=ARTICLES[0]))
    found = shared_tagger("crf").tag_many([empty, doc, empty])
    assert found[0] == found[2] == [] and found[1] == shared_tagger("crf").tag(doc)
