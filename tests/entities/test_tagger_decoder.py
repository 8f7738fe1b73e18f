"""The numpy decoder (khabar.entities.decode) against CRFsuite: same tags, same scores within 1e-6."""

from __future__ import annotations

import itertools

import numpy as np
import pycrfsuite
import pytest

from khabar.document import Document
from khabar.entities.decode import marginals, read_features, viterbi
from khabar.entities.features import DATA
from khabar.entities.tagger import MODEL_FILE, NerTagger
from khabar.entities.tagger_train import read_conll
from khabar.text.segment import split_sentences, tokenize

# Small sentences written for these tests: names after titles and reporting verbs, places with
# proclitics, multi-word gazetteer and known names, Latin letters, digits, punctuation, one word.
SENTENCES = [
    ["قال", "الرئيس", "الأمريكي", "جو", "بايدن", "في", "واشنطن", "إن", "بلاده", "ستدعم", "أوكرانيا"],
    ["وأعلنت", "وزارة", "الخارجية", "السعودية", "في", "بيان", "لوكالة", "الأنباء", "السعودية", "(", "واس", ")"],
    ["التقى", "خادم", "الحرمين", "الشريفين", "الملك", "سلمان", "بن", "عبدالعزيز", "بالأمين", "العام", "للأمم", "المتحدة"],
    ["وصل", "وفد", "من", "الولايات", "المتحدة", "إلى", "الرياض", "أمس", "لبحث", "التعاون", "مع", "شركة", "أرامكو"],
    ["سجل", "مؤشر", "تاسي", "ارتفاعا", "بنسبة", "2.5", "%", "يوم", "الأحد", "15", "مارس", "2015"],
    ["أكد", "المتحدث", "باسم", "Google", "أن", "الشركة", "ستفتتح", "مكتبا", "في", "دبي"],
    ["الرياض"],
    ["محمد", "محمد", "محمد"],
    ["،", "."],
]


@pytest.fixture(scope="module")
def taggers() -> tuple[NerTagger, NerTagger]:
    return NerTagger.load(decoder="crfsuite"), NerTagger.load(decoder="numpy")


def assert_same_scored(reference: NerTagger, candidate: NerTagger, words: list[str]) -> None:
    tags, scores = reference.tag_scored(words)
    numpy_tags, numpy_scores = candidate.tag_scored(words)
    assert numpy_tags == tags, words
    assert np.allclose(numpy_scores, scores, rtol=0, atol=1e-6), words


@pytest.mark.parametrize("words", SENTENCES, ids=lambda words: " ".join(words[:3]))
def test_written_sentences_decode_the_same(taggers, words):
    reference, candidate = taggers
    assert_same_scored(reference, candidate, words)


def test_sentences_tagged_together_as_one_by_one(taggers):
    reference, candidate = taggers
    sentences = [*SENTENCES, [], SENTENCES[0]]
    assert candidate.tag_sentences(sentences) == [reference.tag_tokens(words) for words in sentences]
    assert reference.tag_sentences(sentences) == [reference.tag_tokens(words) for words in sentences]


def test_written_sentences_find_entities(taggers):
    # Not a comparison that two broken decoders could pass: the numpy decoder finds the entities.
    tags = taggers[1].tag_tokens(SENTENCES[0])
    assert tags[3:5] == ["B-PER", "I-PER"] and tags[6] == "B-LOC"


def test_document_mentions_are_the_same(taggers):
    text = (
        "قال الرئيس الأمريكي جو بايدن في واشنطن إن بلاده ستدعم أوكرانيا. "
        "وأعلنت وزارة الخارجية السعودية في بيان لوكالة الأنباء السعودية أن الوفد وصل إلى الرياض.\n"
        "والتقى الملك سلمان بن عبدالعزيز بالأمين العام للأمم المتحدة."
    )
    doc = Document(text=text, sentences=split_sentences(text), tokens=tokenize(text))
    reference, candidate = taggers
    expected, found = reference.tag(doc), candidate.tag(doc)
    assert [(m.start, m.end, m.text, m.type) for m in found] == [(m.start, m.end, m.text, m.type) for m in expected]
    assert [m.score for m in found] == pytest.approx([m.score for m in expected], abs=1e-4)
    assert len(found) >= 5


def test_empty_input(taggers):
    _, candidate = taggers
    assert candidate.tag_tokens([]) == [] and candidate.tag_scored([]) == ([], [])
    assert candidate.tag(Document(text="", sentences=[], tokens=[])) == []


def test_unknown_decoder_is_refused():
    with pytest.raises(ValueError, match="unknown CRF decoder"):
        NerTagger.load(decoder="cuda")


def test_weights_read_from_the_file_match_crfsuites_dump():
    # Tagger.info() prints weights with six decimals: the binary values must round to them.
    model = DATA / MODEL_FILE
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    info = crf.info()
    labels = {int(number): name for name, number in info.labels.items()}
    attributes = {int(number): name for name, number in info.attributes.items()}
    features = read_features(model)
    assert len(features) == len(info.state_features) + len(info.transitions)
    for kind, source, target, weight in features:
        if kind == 0:
            printed = info.state_features[attributes[source], labels[target]]
        else:
            printed = info.transitions[labels[source], labels[target]]
        assert abs(printed - weight) <= 5.01e-7


# The per-word vectors: summed straight from the feature strings, which are then dropped ----------


def test_word_vectors_are_the_sums_of_the_extractors_kept_features():
    # The decoder maps each new word's features to weight rows itself (the FeatureExtractor's
    # filtered, cached features are no longer built on that path): the sums must be the same, bit for bit.
    tagger = NerTagger.load(decoder="numpy")
    vectors, weights = tagger._vectors, tagger._weights
    words = [word for sentence in SENTENCES for word in sentence]
    vectors.sentence_scores([words])
    for word in dict.fromkeys(words):
        info = tagger.features.describe(word)  # features filtered to those the model knows
        row = vectors.rows[word]
        for slot, feats in enumerate((info.own, *info.context)):
            rows = [weights.rows[feat] for feat in feats]
            # Summed in the features' order, as a reduceat over their rows adds them (CRFsuite's order too).
            expected = np.add.reduceat(weights.matrix[rows], [0], axis=0)[0] if rows else weights.zero
            assert np.array_equal(vectors.vectors[row, slot], expected), (word, slot)


def test_cached_words_keep_no_feature_strings():
    tagger = NerTagger.load(decoder="numpy")
    tagger.tag_tokens(SENTENCES[0])
    infos = [info for info in tagger._vectors.infos if info is not None]
    assert len(infos) == len(set(SENTENCES[0]))
    assert all(info.own == () and info.context == () for info in infos)
    assert infos[SENTENCES[0].index("واشنطن")].names[0]  # what the sentence features need is kept


def test_word_cache_cleared_at_its_cap_tags_the_same(taggers):
    reference, _ = taggers
    small = NerTagger.load(decoder="numpy")
    small._vectors.MAX_WORDS = 12  # fewer than two sentences' words: cleared again and again
    for words in SENTENCES * 2:
        assert small.tag_tokens(words) == reference.tag_tokens(words), words
        assert len(small._vectors.rows) <= 12 or len(small._vectors.rows) == len(set(words))


# The algorithms against brute force on small random chains -------------------------------------


def path_scores(scores: np.ndarray, transitions: np.ndarray) -> dict[tuple[int, ...], float]:
    n, labels = scores.shape
    return {
        path: sum(scores[i, y] for i, y in enumerate(path)) + sum(transitions[a, b] for a, b in itertools.pairwise(path))
        for path in itertools.product(range(labels), repeat=n)
    }


def test_viterbi_and_marginals_match_enumeration():
    rng = np.random.default_rng(7)
    transitions = rng.normal(0, 2, (3, 3))
    sentences = [rng.normal(0, 3, (n, 3)) for n in (4, 1, 3, 5, 2)]
    paths = viterbi(sentences, transitions)
    probabilities = marginals(sentences, transitions)
    for scores, path, marginal in zip(sentences, paths, probabilities):
        every = path_scores(scores, transitions)
        assert tuple(path) == max(every, key=every.get)
        weights = {p: np.exp(s) for p, s in every.items()}
        total = sum(weights.values())
        for i in range(len(scores)):
            for y in range(3):
                expected = sum(w for p, w in weights.items() if p[i] == y) / total
                assert marginal[i, y] == pytest.approx(expected, abs=1e-12)


def test_marginals_survive_long_sentences_and_large_scores():
    rng = np.random.default_rng(3)
    transitions = rng.normal(0, 4, (9, 9))
    sentences = [rng.normal(0, 40, (400, 9)), rng.normal(0, 40, (7, 9))]
    for marginal in marginals(sentences, transitions):
        assert np.isfinite(marginal).all()
        assert np.allclose(marginal.sum(axis=1), 1.0)


# Real text ---------------------------------------------------------------------------------------


def test_anercorp_test_sentences_decode_the_same(taggers, shared_data):
    path = shared_data / "ner" / "anercorp-camel" / "test.txt"
    if not path.exists():
        pytest.skip(f"ANERcorp test split not found at {path}")
    reference, candidate = taggers
    sentences = [words for words, _ in read_conll(path)]
    for words in sentences[:1500]:
        assert_same_scored(reference, candidate, words)
