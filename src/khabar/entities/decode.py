"""The CRF tagger's decoding in numpy: the same tags and scores as CRFsuite, without building its items.

CRFsuite spends most of a sentence's time turning ~60 feature strings per
token into attribute ids. Here the weights are read once from the model
file, and a token's label scores are sums of ready-made vectors:

* everything a word type says about itself (its ``own`` features) and about
  its neighbours (its ``context`` features at offsets −2, −1, +1, +2) is
  summed once per word type and kept as rows of :class:`WordVectors`;
* only the features that depend on the sentence (bigrams, gazetteer and
  known-name marks, padding) are looked up per token.

Every attribute has the value 1.0 (khabar's features are plain strings), and
an attribute listed twice counts twice, as in CRFsuite. CRFsuite's linear
chain has no start or end transitions, so a sentence's score is the sum of
its tokens' label scores and of the transitions between them.

Viterbi and forward–backward run over all the sentences of a document at
once (one numpy step per token position, sentences sorted by length), in the
order CRFsuite uses for ties (the first best label wins). Marginals are
computed, as CRFsuite does, with scaled exponentials, and only for the
sentences that have a mention, the only ones a score is needed for.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from khabar.entities.features import (
    PADS,
    FeatureExtractor,
    WordInfo,
    describe_word,
    mark_features,
)

STATE, TRANSITION = 0, 1  # CRFsuite's feature types (crf1d: FT_STATE, FT_TRANS)
FEATURE_RECORD = struct.Struct("<IIId")  # type, source, destination, weight


class ModelFormatError(ValueError):
    """The model file is not a CRFsuite 1d model this reader understands."""


def read_features(model: Path) -> list[tuple[int, int, int, float]]:
    """``(type, source id, destination id, weight)`` of every feature in a CRFsuite model file.

    The weights are read from the binary file, not from ``Tagger.info()``,
    which prints them with six decimals only.
    """
    data = Path(model).read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ModelFormatError(f"{model}: not a CRFsuite CRF1d model")
    (offset,) = struct.unpack_from("<I", data, 28)  # header: magic, size, type, version, features, labels, attrs, off_features
    if data[offset : offset + 4] != b"FEAT":
        raise ModelFormatError(f"{model}: no feature chunk at offset {offset}")
    (count,) = struct.unpack_from("<I", data, offset + 8)
    return list(FEATURE_RECORD.iter_unpack(data[offset + 12 : offset + 12 + count * FEATURE_RECORD.size]))


class CrfWeights:
    """Label names, the transition matrix and each attribute's label-score vector (a matrix row)."""

    def __init__(self, labels: list[str], transitions: np.ndarray, rows: dict[str, int], matrix: np.ndarray) -> None:
        self.labels = labels
        self.transitions = transitions  # [from label, to label]
        self.rows = rows  # attribute → row of ``matrix`` (attributes with a weight only)
        self.matrix = matrix  # [attribute row, label]: the attribute's weight for the label
        self.zero = np.zeros(len(labels))

    @classmethod
    def from_model(cls, model: Path, info) -> CrfWeights:
        """The weights of ``model``, named through ``info``: ``pycrfsuite.Tagger().info()`` of the same file."""
        labels = [name for name, _ in sorted(info.labels.items(), key=lambda item: int(item[1]))]
        attribute_names = {int(number): name for name, number in info.attributes.items()}
        transitions = np.zeros((len(labels), len(labels)))
        rows: dict[str, int] = {}
        state = []
        for kind, source, target, weight in read_features(model):
            if kind == TRANSITION:
                transitions[source, target] = weight
            elif kind == STATE:
                state.append((rows.setdefault(attribute_names[source], len(rows)), target, weight))
        matrix = np.zeros((len(rows), len(labels)))
        if state:
            row, column, weight = zip(*state)
            matrix[list(row), list(column)] = weight
        return cls(labels, transitions, rows, matrix)

    def sum_of(self, attributes) -> np.ndarray:
        """The summed label scores of ``attributes`` (unknown ones add nothing)."""
        rows = self.rows
        found = [rows[attribute] for attribute in attributes if attribute in rows]
        if not found:
            return self.zero.copy()
        return self.matrix[found].sum(axis=0)

    def knows_any(self, attributes) -> bool:
        rows = self.rows
        return any(attribute in rows for attribute in attributes)


class WordVectors:
    """Per word type, its own label scores and those it gives its neighbours, as rows of one array.

    ``vectors[row, 0]`` is what the word scores at its own position,
    ``vectors[row, 1 + k]`` what it adds to the word at ``CONTEXT_OFFSETS[k]``
    from it (−2, −1, +1, +2). New words are summed a document at a time, in
    one numpy call, as most of an article's cost in new text is its new words.
    """

    # Cleared when full. 120,000 word forms, with the linker's and the segmenter's caches of the same
    # size, keep a worker under 500 MB however long it runs: one process analysing 16,000
    # SaudiNewsNet articles (226,000 distinct forms) peaked at 442 MB, the articles it held included.
    MAX_WORDS = 120_000

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor) -> None:
        self.weights = weights
        self.extractor = extractor
        self.pads = [weights.sum_of([pad]) for pad in PADS]
        self.bigrams = bigram_rows(weights)
        # Most neighbouring words are no pair the model knows: two set lookups on the words' own
        # strings (their hashes cached) rule a pair out before its key is built and hashed.
        self.pair_sides = tuple(pair_sides(pairs) for pairs in self.bigrams)
        self._clear()

    def _clear(self) -> None:
        self.rows: dict[str, int] = {}
        self.infos: list[WordInfo] = []
        self.vectors = np.zeros((1024, 5, len(self.weights.labels)))
        # Row 0 stands for the two pad "words" on each side of a sentence: nothing of its own, and
        # the <pad> features for the words next to it.
        self.pad_row = 0
        self.infos.append(None)
        self.vectors[0, 1:] = self.pads

    def sentence_scores(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Label scores (tokens × labels) of each sentence, as CRFsuite sums them from the features.

        All sentences are scored together: their rows are laid end to end with
        two pad rows before, between and after them, so that each neighbour
        offset is one shifted gather over the whole document; a pad row
        contributes the ``<pad>`` features to the words next to it.
        """
        if len(self.rows) + sum(map(len, sentences)) + 1 > self.MAX_WORDS:
            self._clear()
        rows = self._rows(sentences)
        pad = self.pad_row
        line = [pad, pad]
        starts = []
        for sentence_rows in rows:
            starts.append(len(line))
            line += sentence_rows
            line += (pad, pad)
        own, before2, before1, after1, after2 = self.vectors[line].transpose(1, 0, 2)
        own = own.copy()  # a view of the gathered copy: made contiguous before the additions
        scores = own
        scores[2:] += before2[:-2]
        scores[1:] += before1[:-1]
        scores[:-1] += after1[1:]
        scores[:-2] += after2[2:]
        positions, found = [], []
        for start, sentence_rows in zip(starts, rows):
            self._sentence_features(start, [self.infos[r] for r in sentence_rows], positions, found)
        if found:
            np.add.at(scores, positions, self.weights.matrix[found])
        return [scores[start : start + len(sentence_rows)] for start, sentence_rows in zip(starts, rows)]

    def _rows(self, sentences: list[list[str]]) -> list[list[int]]:
        """The rows of the words of each sentence, new words added (and summed) together."""
        known, infos = self.rows, self.infos
        new = NewWords()
        result = []
        for words in sentences:
            rows = []
            for word in words:
                number = known.get(word)
                if number is None:
                    number = known[word] = len(infos)
                    infos.append(self._describe_new(word, number, new))
                rows.append(number)
            result.append(rows)
        if new.words:
            self._sum_new(new)
        return result

    def _describe_new(self, word: str, number: int, new: NewWords) -> WordInfo:
        """A new word's information, its feature rows queued in ``new`` for :meth:`_sum_new`.

        The feature strings go straight to attribute rows, in their order (those
        the model has no weight for are skipped, as CRFsuite skips them), and
        are not kept: the vectors summed from them are all the decoder needs,
        and a corpus's word types would otherwise hold hundreds of MB of strings.
        """
        extractor = self.extractor
        info = describe_word(word, extractor.known, extractor.cluster_paths)
        get = self.weights.rows.get
        found = new.found
        for slot, feats in enumerate((info.own, *info.context)):
            run = [row for row in map(get, feats) if row is not None]
            if run:
                new.starts.append(len(found))
                new.slots.append(slot)
                new.words.append(number)
                found += run
        return WordInfo(info.form, info.norm, info.base, info.stem, info.trigger, (), (),
                        extractor.names_of(info.norm, info.base))

    def _sum_new(self, new: NewWords) -> None:
        """Fill the vectors of the new words from their queued feature rows (one numpy call)."""
        if len(self.infos) > len(self.vectors):
            # Grown in place (realloc; new rows are zeros): no second copy alive at the peak.
            size = len(self.vectors)
            while size < len(self.infos):
                size *= 2
            size = max(len(self.infos), min(size, self.MAX_WORDS + 1))  # no doubling past the cap
            self.vectors.resize((size, *self.vectors.shape[1:]), refcheck=False)
        if new.found:
            self.vectors[new.words, new.slots] = np.add.reduceat(
                self.weights.matrix[new.found], new.starts, axis=0
            )

    def _sentence_features(self, start: int, infos: list[WordInfo], positions: list[int], found: list[int]) -> None:
        """Append the positions and attribute rows of a sentence's bigrams and marks (it begins at ``start``)."""
        self._bigrams(start, infos, positions, found)
        known = self.weights.rows
        for i, feats in enumerate(mark_features(infos), start):
            for attribute in feats:
                number = known.get(attribute)
                if number is not None:
                    positions.append(i)
                    found.append(number)

    def _bigrams(self, start: int, infos: list[WordInfo], positions: list[int], found: list[int]) -> None:
        """Append the positions and attribute rows of the bigram features the model knows.

        The strings are those of :func:`khabar.entities.features.pair_features`
        (``bl=`` on the right word, ``br=`` on the left one, ``sl=`` on the right
        one when either word was split), looked up by their part after ``=``.
        """
        forms, stems = self.bigrams
        (form_lefts, form_rights), (stem_lefts, stem_rights) = self.pair_sides
        prev = None
        prev_form = "<s>"
        for i, info in enumerate(infos, start):
            form = info.form
            pair = forms.get(prev_form + "|" + form) if prev_form in form_lefts and form in form_rights else None
            if pair is not None:
                left, right = pair
                if right is not None:  # bl= on this word
                    positions.append(i)
                    found.append(right)
                if left is not None and prev is not None:  # br= on the word before
                    positions.append(i - 1)
                    found.append(left)
            if (prev is not None and (prev.stem != prev.norm or info.stem != info.norm)
                    and prev.stem in stem_lefts and info.stem in stem_rights):
                number = stems.get(prev.stem + "|" + info.stem)
                if number is not None:
                    positions.append(i)
                    found.append(number)
            prev, prev_form = info, form
        if infos:
            number = forms.get(prev_form + "|</s>", (None, None))[0]
            if number is not None:
                positions.append(start + len(infos) - 1)
                found.append(number)


class NewWords:
    """The feature rows of the words new to a document, one run per (word, slot) that has any."""

    __slots__ = ("found", "slots", "starts", "words")

    def __init__(self) -> None:
        self.found: list[int] = []  # attribute rows, the runs end to end
        self.starts: list[int] = []  # where each run begins in ``found``
        self.slots: list[int] = []  # 0: the word's own features; 1 + k: those for its neighbour at CONTEXT_OFFSETS[k]
        self.words: list[int] = []  # the word's row


def bigram_rows(weights: CrfWeights) -> tuple[dict[str, tuple[int | None, int | None]], dict[str, int]]:
    """``"left|right"`` → (row of ``br=left|right``, row of ``bl=left|right``), and stem pairs → row of ``sl=``."""
    forms: dict[str, tuple[int | None, int | None]] = {}
    stems: dict[str, int] = {}
    for attribute, number in weights.rows.items():
        kind, _, pair = attribute.partition("=")
        if kind == "br":
            forms[pair] = (number, forms.get(pair, (None, None))[1])
        elif kind == "bl":
            forms[pair] = (forms.get(pair, (None, None))[0], number)
        elif kind == "sl":
            stems[pair] = number
    return forms, stems


def pair_sides(pairs: dict[str, object]) -> tuple[frozenset[str], frozenset[str]]:
    """Every string that can stand left and right of the ``|`` of a ``"left|right"`` key.

    A word may itself be ``|``, so each ``|`` of a key is taken as the joint once: a
    superset of the true sides, which is all a filter needs.
    """
    lefts, rights = set(), set()
    for key in pairs:
        at = key.find("|")
        while at >= 0:
            lefts.add(key[:at])
            rights.add(key[at + 1 :])
            at = key.find("|", at + 1)
    return frozenset(lefts), frozenset(rights)


class Batch:
    """The label scores of several sentences, padded into one array, longest sentence first."""

    def __init__(self, sentences: list[np.ndarray]) -> None:
        self.order = sorted(range(len(sentences)), key=lambda s: -len(sentences[s]))
        self.lengths = [len(sentences[s]) for s in self.order]
        longest, labels = self.lengths[0], sentences[0].shape[1]
        self.scores = np.zeros((len(sentences), longest, labels))
        for row, s in enumerate(self.order):
            self.scores[row, : self.lengths[row]] = sentences[s]
        # active[t]: how many sentences (a prefix of the order) have a token at position t
        self.active = [0] * longest
        for length in self.lengths:
            self.active[length - 1] += 1
        for t in range(longest - 2, -1, -1):
            self.active[t] += self.active[t + 1]


# Sentences decoded together, longest first: each chunk of the length-sorted sentences is one
# padded array, so that a batch of articles pads short sentences to the length of their own chunk
# only, and the arrays stay small enough for the cache (see docs/BENCHMARKS.md, session 16).
CHUNK = 64


def by_length(sentences: list[np.ndarray], size: int = CHUNK) -> list[list[int]]:
    """The indices of ``sentences``, longest first (ties in order), cut into chunks of ``size``."""
    order = sorted(range(len(sentences)), key=lambda s: -len(sentences[s]))
    size = max(1, size)
    return [order[i : i + size] for i in range(0, len(order), size)]


def viterbi(sentences: list[np.ndarray], transitions: np.ndarray, chunk: int = CHUNK) -> list[list[int]]:
    """The best label sequence of each sentence (label indices), ties broken as CRFsuite breaks them.

    Sentences are decoded a chunk at a time (:func:`by_length`); every
    operation is per sentence and exact (sums, maxima), so that the chunks
    change no path.
    """
    result: list[list[int]] = [[] for _ in sentences]
    for rows in by_length(sentences, chunk):
        for s, path in zip(rows, _viterbi([sentences[s] for s in rows], transitions)):
            result[s] = path
    return result


def _viterbi(sentences: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    if not sentences:
        return []
    batch = Batch(sentences)
    longest, scores = batch.lengths[0], batch.scores
    best = scores[:, 0].copy()
    back = np.zeros(scores.shape, dtype=np.intp)  # back[s, t, j]: best label at t−1 before j at t
    # into[j, i]: the transition from label i to label j, so that the label maximised over (i) is the
    # last, contiguous axis; the same sums, maxima and first-best ties as over the first axis.
    into = np.ascontiguousarray(transitions.T)
    paths = np.empty((len(sentences), *into.shape))  # reused at every position: no allocation per step
    add, maximum = np.add, np.maximum.reduce
    for t in range(1, longest):
        k = batch.active[t]
        # step[s, j, i]: best score ending in label i at t−1, then label j at t
        step = add(best[:k, None, :], into, out=paths[:k])
        step.argmax(axis=2, out=back[:k, t])
        add(maximum(step, axis=2), scores[:k, t], out=best[:k])
    labels = np.zeros(back.shape[:2], dtype=np.intp)
    rows = np.arange(len(sentences))
    ends = np.array(batch.lengths) - 1
    labels[rows, ends] = best.argmax(axis=1)
    for t in range(longest - 1, 0, -1):
        k = batch.active[t]
        labels[:k, t - 1] = back[rows[:k], t, labels[:k, t]]
    result: list[list[int]] = [[] for _ in sentences]
    for row, s in enumerate(batch.order):
        result[s] = labels[row, : batch.lengths[row]].tolist()
    return result


def marginals(sentences: list[np.ndarray], transitions: np.ndarray, chunk: int = CHUNK) -> list[np.ndarray]:
    """Per sentence, the marginal probability of every label at every token (tokens × labels).

    Forward–backward with exponentials scaled at each position, as CRFsuite
    computes it; each token's scores are first shifted by their maximum, which
    only changes the scale factors, so that no exponential overflows.
    A sentence gets the same bits however the sentences are grouped or
    chunked (one document or a batch of many), because every row's product is
    summed on its own (see :func:`_rows_times`).
    """
    result: list[np.ndarray] = [None] * len(sentences)  # type: ignore[list-item]
    for rows in by_length(sentences, chunk):
        for s, probabilities in zip(rows, _marginals([sentences[s] for s in rows], transitions)):
            result[s] = probabilities
    return result


def _marginals(sentences: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """Forward–backward over one chunk of sentences."""
    if not sentences:
        return []
    batch = Batch(sentences)
    longest = batch.lengths[0]
    exp_scores = np.exp(batch.scores - batch.scores.max(axis=2, keepdims=True))
    exp_transitions = np.exp(transitions)
    # Rescaled every ``every`` steps, not each: per step, the forward sum changes by a factor within
    # [e^-M, n·e^M] and the backward by one within [e^-3M/n, n·e^M] (M: the largest |transition|,
    # n labels; the scores are shifted so that their largest exponential is 1), so that no sum
    # leaves e^±300 between rescalings. Marginals are normalised per token, so the scale drops out.
    bound = 3 * float(np.abs(transitions).max()) + float(np.log(len(transitions)))
    every = max(1, int(300 // max(bound, 1e-9)))
    # zeros, not empty: a sentence's cells after its end are never written, and garbage there (NaN,
    # inf) would make the product below warn, though those cells are sliced off
    forward = np.zeros_like(exp_scores)
    forward[:, 0] = exp_scores[:, 0]
    for t in range(1, longest):
        k = batch.active[t]
        step = _rows_times(forward[:k, t - 1], exp_transitions)
        step *= exp_scores[:k, t]
        if t % every == 0:
            step /= step.sum(axis=1, keepdims=True)
        forward[:k, t] = step
    backward = np.ones_like(exp_scores)
    transposed = exp_transitions.T
    for t in range(longest - 2, -1, -1):
        k = batch.active[t + 1]  # sentences with a token after t; the others end at t (backward = 1)
        step = _rows_times(exp_scores[:k, t + 1] * backward[:k, t + 1], transposed)
        if t % every == 0:
            step /= step.sum(axis=1, keepdims=True)
        backward[:k, t] = step
    product = forward * backward
    result: list[np.ndarray] = [product[0, :0]] * len(sentences)
    for row, s in enumerate(batch.order):
        probabilities = product[row, : batch.lengths[row]]
        result[s] = probabilities / probabilities.sum(axis=1, keepdims=True)
    return result


def _rows_times(vectors: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """``vectors @ matrix``, each row summed on its own, in the same order whatever the number of rows.

    BLAS picks its kernel by the shape of the product (matrix–vector for one row, and on some CPUs
    other matrix–matrix kernels for other row counts), and the kernels' last bits differ; a sentence
    decoded in a batch of 16 articles must get the bits it gets alone (ingest's records are the same
    byte for byte however it batches), so the sum over labels is einsum's own loop, not BLAS.
    """
    return np.einsum("rk,kj->rj", vectors, matrix)
