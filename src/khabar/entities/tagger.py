"""Named-entity tagging: BIO tags per token, and mentions with exact offsets.

The default backend is a CRF (python-crfsuite) trained on ANERcorp (see
:mod:`khabar.entities.tagger_train` and docs/EVALUATION_NER.md); any Hugging
Face token-classification model can be used instead through
``load_tagger("transformers:MODEL")``, imported only on that path.

ANERcorp's tokens are whitespace words with clitics attached and punctuation
split off, which is how khabar's tokens are cut too, so the tagger tags
khabar tokens as they are. A mention then starts after the proclitics of its
first token (و ف ب ل ك س): "لرويترز" gives the mention "رويترز", and
"والولايات المتحدة" gives "الولايات المتحدة": the article ال stays in the
mention. Where ل + ال has lost its alef ("للأمم المتحدة"), the article is the
second ل, as :mod:`khabar.text.segment` and the gazetteer spotter read it, so
the mention is "لأمم المتحدة".

>>> tagger = NerTagger.load()
>>> tagger.tag_tokens(["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"])[2:]
['B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from khabar.document import Document, Mention, Token
from khabar.entities.features import DATA, FeatureExtractor
from khabar.text.segment import FUTURE

MODEL_FILE = "ner_crf.model"
WORDS_SUFFIX = ".words"  # beside the model: the word forms it knows, one a line
CLUSTERS_SUFFIX = ".clusters"  # beside the model: word<TAB>cluster bit string
TYPES = ("PER", "LOC", "ORG", "MISC")


class Tagger(Protocol):
    """What every backend offers: tags for a word list, mentions for a document."""

    def tag_tokens(self, words: list[str]) -> list[str]: ...

    def tag(self, doc: Document) -> list[Mention]: ...


DECODERS = ("numpy", "crfsuite")


class NerTagger:
    """The CRF tagger. Load once, then tag many sentences (it keeps no state between them).

    ``decoder`` chooses who computes tags and scores from the features:
    ``numpy`` (default: :mod:`khabar.entities.decode`, label scores summed from
    per-word vectors) or ``crfsuite`` (python-crfsuite on the feature strings).
    Both give the same tags and, within 1e-6, the same scores
    (tests/entities/test_tagger_decoder.py); ``crfsuite`` is kept for checking.
    """

    def __init__(self, crf_tagger, extractor: FeatureExtractor, weights=None, decoder: str = "crfsuite") -> None:
        if decoder not in DECODERS:
            raise ValueError(f"unknown CRF decoder {decoder!r}: use one of {', '.join(DECODERS)}")
        if decoder == "numpy" and weights is None:
            raise ValueError("the numpy decoder needs the model's weights (NerTagger.load reads them)")
        self._crf = crf_tagger
        self.features = extractor
        self.decoder = decoder
        self._weights = weights
        self._vectors = None
        if weights is not None:
            from khabar.entities.decode import WordVectors

            self._vectors = WordVectors(weights, extractor)

    @classmethod
    def load(cls, path: Path | str | None = None, decoder: str = "numpy") -> NerTagger:
        """The CRF model at ``path``, by default the one shipped in ``entities/data``."""
        import pycrfsuite

        model = Path(path) if path is not None else DATA / MODEL_FILE
        if not model.exists():
            raise FileNotFoundError(f"NER model not found at {model}: run `khabar train ner`")
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        info = crf.info()  # parses a text dump of the model: once, for both uses
        weights = None
        if decoder == "numpy":
            from khabar.entities.decode import CrfWeights

            weights = CrfWeights.from_model(model, info)
        return cls(crf, load_extractor(model, model_attributes(crf, info)), weights, decoder)

    def tag_tokens(self, words: list[str]) -> list[str]:
        """BIO tags (B-PER, I-LOC, O…) for the words of one sentence."""
        if not words:
            return []
        if self.decoder == "numpy":
            return self._decode([words])[0][0]
        return list(self._crf.tag(self.features(words)))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for many sentences: with numpy, decoded together, much faster than one by one."""
        if self.decoder == "numpy":
            batch = [words for words in sentences if words]
            tags = iter(self._decode(batch)[0] if batch else [])
            return [next(tags) if words else [] for words in sentences]
        return [self.tag_tokens(words) for words in sentences]

    def tag_scored(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Tags and, per word, the model's marginal probability of its tag."""
        if self.decoder == "numpy":
            if not words:
                return [], []
            from khabar.entities.decode import marginals

            (tags,), (scores,) = self._decode([words])
            probabilities = marginals([scores], self._weights.transitions)[0]
            index = {label: k for k, label in enumerate(self._weights.labels)}
            return tags, [float(probabilities[i, index[tag]]) for i, tag in enumerate(tags)]
        tags = self.tag_tokens(words)
        return tags, [self._crf.marginal(tag, i) for i, tag in enumerate(tags)]

    def tag(self, doc: Document) -> list[Mention]:
        """Mentions in ``doc``, sentence by sentence, over ``doc.tokens``."""
        if self.decoder == "numpy":
            return self._tag_numpy(doc)
        mentions: list[Mention] = []
        marginal = self._crf.marginal
        for tokens in tokens_by_sentence(doc):
            tags = self.tag_tokens([t.text for t in tokens])
            # Marginals (forward-backward) only for the tokens of a mention, the only ones a score uses.
            for first, last, kind in bio_spans(tags):
                score = min(marginal(tags[i], i) for i in range(first, last))
                mention = make_mention(doc.text, tokens[first], tokens[last - 1], kind, score)
                if mention is not None:
                    mentions.append(mention)
        return mentions

    def _decode(self, sentences: list[list[str]]):
        """Tags of each sentence and its label-score matrix (numpy decoder)."""
        from khabar.entities.decode import viterbi

        scores = self._vectors.sentence_scores(sentences)
        labels = self._weights.labels
        paths = viterbi(scores, self._weights.transitions)
        return [[labels[k] for k in path] for path in paths], scores

    def tag_many(self, docs: Sequence[Document]) -> list[list[Mention]]:
        """:meth:`tag` of several documents: the same mentions, their sentences decoded together.

        With the numpy decoder, a step of Viterbi and of forward–backward costs
        about as much for one sentence as for sixty: decoding the sentences of
        several articles together shares that cost (``khabar ingest`` tags its
        articles this way, through :meth:`khabar.pipeline.Pipeline.pipe`).
        Tags and scores are those of each document tagged alone, to the bit
        (:func:`khabar.entities.decode.marginals`, ``documents``).
        """
        if self.decoder != "numpy":
            return [self.tag(doc) for doc in docs]
        from khabar.entities.decode import marginals

        owners: list[int] = []
        sentences: list[list[Token]] = []
        for d, doc in enumerate(docs):
            for tokens in tokens_by_sentence(doc):
                sentences.append(tokens)
                owners.append(d)
        found: list[list[Mention]] = [[] for _ in docs]
        if not sentences:
            return found
        all_tags, all_scores = self._decode([[t.text for t in tokens] for tokens in sentences])
        spans = [bio_spans(tags) for tags in all_tags]
        # Marginals (forward-backward) only for the sentences that have a mention.
        with_mentions = [s for s, sentence_spans in enumerate(spans) if sentence_spans]
        probabilities = marginals([all_scores[s] for s in with_mentions], self._weights.transitions)
        index = {label: k for k, label in enumerate(self._weights.labels)}
        for s, sentence_probabilities in zip(with_mentions, probabilities):
            tokens, tags, d = sentences[s], all_tags[s], owners[s]
            for first, last, kind in spans[s]:
                score = min(sentence_probabilities[i, index[tags[i]]] for i in range(first, last))
                mention = make_mention(docs[d].text, tokens[first], tokens[last - 1], kind, score)
                if mention is not None:
                    found[d].append(mention)
        return found

    def _tag_numpy(self, doc: Document) -> list[Mention]:
        """:meth:`tag` with the numpy decoder: every sentence of ``doc`` decoded at once."""
        return self.tag_many([doc])[0]


def model_attributes(crf, info=None) -> frozenset[str]:
    """The attributes (feature strings) an opened CRFsuite model has a weight for (``info``: its ``info()``)."""
    info = crf.info() if info is None else info
    return frozenset(attribute for attribute, _ in info.state_features)


def load_extractor(model: Path, attributes: frozenset[str] | None = None) -> FeatureExtractor:
    """The feature extractor a model was trained with, from the files beside it.

    ``attributes`` (see :func:`model_attributes`) drops, at extraction, the
    features the model has no weight for: the tags and scores are the same.
    """
    words_file, clusters_file = model.with_suffix(WORDS_SUFFIX), model.with_suffix(CLUSTERS_SUFFIX)
    known = None
    if words_file.exists():
        known = frozenset(w for w in words_file.read_text(encoding="utf-8").splitlines() if w)
    paths = {}
    if clusters_file.exists():
        for line in clusters_file.read_text(encoding="utf-8").splitlines():
            word, _, bits = line.partition("\t")
            if bits:
                paths[word] = bits
    return FeatureExtractor(known, paths, attributes)


def tokens_by_sentence(doc: Document) -> Iterable[list[Token]]:
    """The tokens of each sentence of ``doc`` (tokens outside every sentence are skipped)."""
    tokens = doc.tokens
    at = 0
    for start, end in doc.sentences:
        while at < len(tokens) and tokens[at].start < start:
            at += 1
        group = []
        while at < len(tokens) and tokens[at].end <= end:
            group.append(tokens[at])
            at += 1
        if group:
            yield group


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first, end, type)`` of a BIO sequence, as conlleval reads it.

    An entity starts at B-X, and also at an I-X that does not continue an
    entity of type X (after O or after another type); it ends before any tag
    that is not I-X.

    >>> bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC'), (5, 6, 'ORG')]
    """
    spans = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, tag_kind = tag.partition("-")
        continues = prefix == "I" and tag_kind == kind and start >= 0
        if continues:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and tag_kind:
            start, kind = i, tag_kind
    return spans


def mention_start(token: Token) -> int:
    """Where a mention beginning at ``token`` starts: after its proclitics (see module doc).

    The segmenter leaves a word whole when it does not know the rest (``وكندا``,
    ``بهامبورج``); such a word loses its first letter (two for و/ف + ب/ل/ك) when
    the rest is a name the gazetteers know and the whole word is not. The reverse holds too:
    a word the segmenter cut (فيصل as ف + يصل "arrives", ليلى, وفاء, فريد, فادي) stays whole
    when the whole word is a name the lists hold, since the tagger has read it as one.
    The future prefix س never comes off: it opens only verbs, and a word the tagger begins a name
    with is read as a name, so the segmenter's س + الم، س + تان is سالم، ستان (a name that begins
    with the verb after a future س is wrong either way).
    """
    if token.pieces and _whole_word_is_name(token.text):
        return token.start
    for piece in token.pieces:
        if piece.role != "proclitic" or piece.norm == FUTURE:
            return piece.start
    if not token.pieces:
        return token.start + unsplit_proclitics(token.text)
    return token.start


PROCLITIC_LETTERS = "وفبلك"


@lru_cache(maxsize=50_000)
def _whole_word_is_name(text: str) -> bool:
    """Whether a word opening with a proclitic letter is, whole, a given name or place the lists hold."""
    from khabar.text.normalize import normalize

    return text[:1] in PROCLITIC_LETTERS and is_name(normalize(text))


@lru_cache(maxsize=50_000)
def unsplit_proclitics(text: str) -> int:
    """How many leading characters of an unsplit word are proclitics of a known name (0 if none)."""
    from khabar.text.normalize import normalize

    if len(text) < 4 or text[0] not in PROCLITIC_LETTERS or is_name(normalize(text)):
        return 0
    letters = [i for i, char in enumerate(text) if normalize(char)]  # offsets of letters, marks skipped
    if len(letters) < 4:
        return 0
    for count in (1, 2):
        if count == 2 and not (text[0] in "وف" and text[letters[1]] in "بلك"):
            break
        rest = normalize(text[letters[count] :])
        if len(rest) >= 3 and is_name(rest, strict=len(rest) < 4):
            return letters[count]
    return 0


def is_name(word: str, strict: bool = False) -> bool:
    """Whether a normalised word is a place or given name, or begins a known entity, that the lists hold.

    ``strict`` (for short words, which are often something else as well) takes only
    countries, big cities and the linker's known entities, not towns or given names.
    """
    from khabar.entities.features import gazetteer, known_names, triggers

    places, known, table = gazetteer(), known_names(), triggers()
    for w in {word, word.replace("ج", "غ"), word.replace("غ", "ج")}:
        if w in known or (not strict and table.get(w) == "given"):
            return True
        if any(len(words) == 1 and (kind != "town" or not strict) for words, kind in places.get(w, ())):
            return True
    return False


def make_mention(text: str, first: Token, last: Token, kind: str, score: float = 1.0) -> Mention | None:
    """A mention from the first to the last token, proclitics trimmed; ``None`` if nothing is left."""
    start, end = mention_start(first), last.end
    if quoted_name_keeps_letter(text, first.start, start, end):
        start = first.start
    if start >= end:
        return None
    return Mention(start, end, text[start:end], kind, round(float(score), 4))


OPENING_MARKS, CLOSING_MARKS = "«\"“", "»\"”"


def quoted_name_keeps_letter(text: str, word_start: int, trimmed: int, end: int) -> bool:
    """Whether a mention from ``word_start`` to ``end`` keeps the leading letters a proclitic reading
    would cut (up to ``trimmed``): when the mention is all a quotation holds and what is left once they
    are cut is no name the lists hold («ويكيليكس»، "واتساب"; not «والرياض»)."""
    return trimmed > word_start and _quoted_whole(text, word_start, end) and not _rest_is_name(text[trimmed:end].split()[0])


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all a quotation holds ("لموقع «ويكيليكس»"، 'وكشف
    "واتساب"'): a name set in quotation marks keeps the letter a proclitic reading would cut off — a
    conjunction is written before the mark, not inside it (ويكيليكس is no و + يكيليكس)."""
    before = text[max(0, start - 2) : start].rstrip()
    after = text[end : end + 2].lstrip()
    return bool(before) and before[-1] in OPENING_MARKS and bool(after) and after[0] in CLOSING_MARKS


@lru_cache(maxsize=50_000)
def _rest_is_name(rest: str) -> bool:
    """Whether what is left once the proclitic is cut is a name the lists hold («والرياض» is و + الرياض)."""
    from khabar.text.normalize import normalize

    return is_name(normalize(rest))


def entity_type(label: str) -> str | None:
    """khabar's type for a model label: B-PERS / I-PER / PERSON → PER, MIS* → MISC; ``None`` for O."""
    kind = label.split("-", 1)[1] if label[:2] in ("B-", "I-", "E-", "S-") else label
    kind = kind.upper()
    if kind in ("PER", "PERS", "PERSON"):
        return "PER"
    if kind in ("LOC", "LOCATION", "GPE"):
        return "LOC"
    if kind in ("ORG", "ORGANIZATION", "ORGANISATION"):
        return "ORG"
    if kind.startswith("MIS"):
        return "MISC"
    return None


class TransformersTagger:
    """Any Hugging Face token-classification model, through ``transformers.pipeline``.

    The pipeline groups word pieces into entities (``aggregation_strategy="simple"``)
    with character offsets; those are mapped back onto khabar tokens so that the
    mentions follow the same proclitic convention as the CRF's.
    """

    def __init__(self, model: str, *, device: int | str | None = None) -> None:
        from transformers import pipeline  # imported only on this path: heavy, optional

        self._pipe = pipeline("token-classification", model=model, aggregation_strategy="simple", device=device)

    def entities(self, text: str) -> list[tuple[int, int, str, float]]:
        """``(start, end, type, score)`` of the entities the model finds in ``text``."""
        found = []
        for entity in self._pipe(text):
            kind = entity_type(str(entity.get("entity_group") or entity.get("entity") or ""))
            start, end = entity.get("start"), entity.get("end")
            if kind is None or start is None or end is None or start >= end:
                continue
            found.append((int(start), int(end), kind, float(entity.get("score", 1.0))))
        return found

    def tag_tokens(self, words: list[str]) -> list[str]:
        """BIO tags for words, by running the model on the words joined with spaces."""
        if not words:
            return []
        starts, at = [], 0
        for word in words:
            starts.append(at)
            at += len(word) + 1
        text = " ".join(words)
        tags = ["O"] * len(words)
        for start, end, kind, _ in self.entities(text):
            covered = [i for i, s in enumerate(starts) if s < end and s + len(words[i]) > start]
            for n, i in enumerate(covered):
                if tags[i] == "O":
                    tags[i] = ("B-" if n == 0 else "I-") + kind
        return tags

    def tag(self, doc: Document) -> list[Mention]:
        """Mentions in ``doc``, sentence by sentence, snapped to token boundaries."""
        mentions = []
        for tokens in tokens_by_sentence(doc):
            begin, finish = tokens[0].start, tokens[-1].end
            for start, end, kind, score in self.entities(doc.text[begin:finish]):
                covered = [t for t in tokens if t.start < begin + end and t.end > begin + start]
                if covered:
                    mention = make_mention(doc.text, covered[0], covered[-1], kind, score)
                    if mention is not None:
                        mentions.append(mention)
        return mentions


def load_tagger(spec: str = "crf") -> Tagger:
    """A tagger by spec: ``crf`` (the shipped model), ``crf:PATH``, or ``transformers:MODEL``.

    ``crfsuite`` and ``crfsuite:PATH`` are the same CRF decoded by CRFsuite
    instead of numpy (same tags and scores; kept for checking).

    ``MODEL`` is a Hugging Face model name or a local folder saved with
    ``save_pretrained``; it needs ``pip install transformers torch``.
    """
    backend, _, argument = spec.partition(":")
    if backend == "crf":
        return NerTagger.load(argument or None)
    if backend == "crfsuite":
        return NerTagger.load(argument or None, decoder="crfsuite")
    if backend == "transformers":
        if not argument:
            raise ValueError("transformers backend needs a model: transformers:MODEL")
        return TransformersTagger(argument)
    raise ValueError(f"unknown NER backend {spec!r}: use 'crf', 'crf:PATH', 'crfsuite' or 'transformers:MODEL'")
