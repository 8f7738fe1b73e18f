"""Features of the CRF named-entity tagger, fast enough for whole corpora.

A CRF is only as good as what it is told about each word, and Arabic hides
most of it inside the word: ``لرويترز`` is ل + رويترز, ``والولايات`` is
و + ال + ولايات. So every word is described by its normalised form, its
clitic-free stem (:func:`khabar.text.segment.split_clitics`), the proclitics it
carries, the stem's first and last letters and letter trigrams, its shape,
the trigger class of the word (a title such as الرئيس, an organisation head
such as وزارة, a reporting verb such as قال, a given name: ``data/ner_triggers.tsv``)
and its distributional cluster (``data/ner_crf.clusters``, learned from
ANERcorp's training text); then by the same facts about the two words on each
side, word bigrams, and whether a place name from the gazetteer
(``data/ner_gazetteer.tsv``) or a name from the linker's hand-kept
``known_entities.tsv`` covers it; title words (``titles.tsv``) and nisba
adjectives (``nisba.tsv``: الإسرائيلي) are marked on the word and its neighbours.

Speed comes from the word type: everything that depends on one word alone is
computed once per distinct word and cached (:class:`FeatureExtractor`), so a
sentence's features are assembled from ready-made string tuples plus a few
bigrams.

>>> feats = sentence_features(["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"])
>>> "w=بايدن" in feats[3] and "-1w=جو" in feats[3] and "-2t=title" in feats[3]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize
from khabar.text.segment import split_clitics

DATA = Path(__file__).resolve().parent / "data"
TRIGGERS_FILE = "ner_triggers.tsv"
GAZETTEER_FILE = "ner_gazetteer.tsv"

CONTEXT_OFFSETS = (-2, -1, 1, 2)
NISBA_SUFFIXES = ("تان", "تين", "ان", "ين", "ون", "ات", "ه", "ا", "")
MAX_GAZETTEER_WORDS = 6
ARABIC_RANGE = ("\u0621", "\u06ff")


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the tagger knows about one word type, computed once and cached.

    ``base`` is the word without its proclitics but with its article (the form
    place names are listed in), ``stem`` is without either. ``own`` holds the
    features of the word at the position being tagged; ``context[k]`` the
    features it contributes when it is the neighbour at ``CONTEXT_OFFSETS[k]``.
    """

    form: str  # the normalised word, or <rare> (see describe_word)
    norm: str
    base: str
    stem: str
    trigger: str
    own: tuple[str, ...]
    context: tuple[tuple[str, ...], ...]
    # Set by FeatureExtractor: the gazetteer's and the known names' entries starting with this
    # word, read as its norm and as its base, the empty lists left out: ((gaz…), (known…)).
    names: tuple | None = None


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, ``#`` comment lines skipped."""
    path = DATA / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    """Normalised trigger word → class; listed with or without ال, matched both ways."""
    table: dict[str, str] = {}
    for row in read_table(TRIGGERS_FILE):
        word = normalize(row[0].strip())
        table.setdefault(word, row[1].strip())
    return table


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → [(all words, class)], longest names first, for greedy matching."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in read_table(GAZETTEER_FILE):
        words = tuple(normalize(row[0]).split())
        if 0 < len(words) <= MAX_GAZETTEER_WORDS and len(row) >= 2:
            index.setdefault(words[0], []).append((words, row[1]))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """Normalised title/honorific words of the linker's ``titles.tsv`` → kind."""
    table: dict[str, str] = {}
    for row in read_table("titles.tsv")[1:]:
        if len(row) >= 2:
            table.setdefault(normalize(row[0].strip()), row[1].strip())
    return table


@lru_cache(maxsize=1)
def nisba_stems() -> frozenset[str]:
    """Masculine singular nisba stems of the linker's ``nisba.tsv``, normalised, and irregular forms."""
    stems = set()
    for row in read_table("nisba.tsv")[1:]:
        stems.add(normalize(row[0].strip()))
        if len(row) >= 3 and row[2].strip():
            stems.update("~" + normalize(w) for w in row[2].split("|") if w.strip())
    return frozenset(stems)


def is_nisba(stem: str) -> bool:
    stems = nisba_stems()
    if "~" + stem in stems:
        return True
    for suffix in NISBA_SUFFIXES:
        if suffix and not stem.endswith(suffix):
            continue
        root = stem[: len(stem) - len(suffix)] if suffix else stem
        if len(root) >= 3 and root.endswith("ي") and root in stems:
            return True
    return False


@lru_cache(maxsize=1)
def known_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The linker's ``known_entities.tsv`` spellings, indexed like :func:`gazetteer` (class = type)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    seen = set()
    for row in read_table("known_entities.tsv")[1:]:
        if len(row) < 4 or row[1] not in ("PER", "ORG", "MISC", "LOC"):
            continue
        spellings = [row[3]] + (row[5].split("|") if len(row) > 5 else [])
        for spelling in spellings:
            words = tuple(normalize(spelling.lstrip("?~^").strip()).split())
            if 0 < len(words) <= MAX_GAZETTEER_WORDS and (words, row[1]) not in seen:
                seen.add((words, row[1]))
                index.setdefault(words[0], []).append((words, row[1]))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def word_shape(word: str) -> str:
    """A coarse class of the characters: ``ar``, ``lat``, ``dig``, ``punct`` or mixes."""
    if word and ARABIC_RANGE[0] <= min(word) and max(word) <= ARABIC_RANGE[1]:
        return "ar"  # most words: the loop below would give the same, a character at a time
    kinds = []
    for char in word:
        if ARABIC_RANGE[0] <= char <= ARABIC_RANGE[1]:
            kind = "ar"
        elif char.isdigit():
            kind = "dig"
        elif char.isalpha():
            kind = "Lat" if char.isupper() else "lat"
        else:
            kind = "p"
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    return "".join(kinds[:3]) or "empty"


def split_word(word: str, norm: str) -> tuple[str, str, str]:
    """``(prefix, base, stem)`` of a word: proclitics joined by ``+``, the rest with and without ال."""
    template = split_clitics(word) if ARABIC_RANGE[0] <= word[:1] <= ARABIC_RANGE[1] else ()
    if not template:
        return "", norm, norm
    proclitics = [piece[3] for piece in template if piece[2] == "proclitic"]
    article = any(piece[2] == "article" for piece in template)
    stem = template[-1][3]
    base = "ال" + stem if article else stem
    prefix = "+".join(proclitics + (["ال"] if article else []))
    return prefix, base, stem


def find_trigger(base: str, stem: str) -> str:
    """Trigger class of a word from its base or stem (``والرئيس`` → ``title``)."""
    table = triggers()
    return table.get(base) or table.get(stem) or table.get("ال" + stem) or ""


def describe_word(word: str, known: frozenset[str] | None, cluster_paths: dict[str, str]) -> WordInfo:
    """All single-word features of ``word``.

    A word outside ``known`` (the words seen three times or more in training) gets
    ``<rare>`` in place of its form in the word and bigram features: rare
    training words then stand in for the unseen words of new text, so the
    model learns to judge them by their stem, affixes, shape and context
    rather than by a memorised form.
    """
    norm = normalize(word) or word
    prefix, base, stem = split_word(word, norm)
    trigger = find_trigger(base, stem)
    shape = word_shape(word)
    cluster = cluster_paths.get(base) or cluster_paths.get(norm) or ""
    form = norm if known is None or norm in known else "<rare>"
    own = ["b", "w=" + form, "sh=" + shape, "len=" + str(min(len(stem), 9))]
    if stem != norm:
        own += ["s=" + stem, "p=" + prefix]
    if len(stem) > 2:
        own += ["p1=" + stem[:1], "p2=" + stem[:2], "p3=" + stem[:3]]
        own += ["x1=" + stem[-1:], "x2=" + stem[-2:], "x3=" + stem[-3:], "x4=" + stem[-4:]]
    if trigger:
        own.append("t=" + trigger)
    own += describe_unsplit(norm, stem, known)
    if shape == "ar" and len(stem) > 3:
        own += letter_trigrams(stem)
    if cluster:
        own += ["c4=" + cluster[:4], "c8=" + cluster[:8], "c=" + cluster]
    title = title_words().get(base) or title_words().get(stem) or ""
    nisba = shape == "ar" and is_nisba(stem)
    if title:
        own.append("tk=" + title)
    if nisba:
        own.append("ni=1")
    context = []
    for offset in CONTEXT_OFFSETS:
        tag = str(offset)
        feats = [tag + "w=" + form, tag + "sh=" + shape]
        if stem != norm:
            feats.append(tag + "s=" + stem)
        if trigger:
            feats.append(tag + "t=" + trigger)
        if cluster:
            feats.append(tag + "c=" + cluster[:6])
        if abs(offset) == 1 and prefix:
            feats.append(tag + "p=" + prefix)
        if title:
            feats.append(tag + "tk=" + title)
        if nisba:
            feats.append(tag + "ni=1")
        context.append(tuple(feats))
    return WordInfo(form, norm, base, stem, trigger, tuple(own), tuple(context))


def letter_trigrams(stem: str) -> list[str]:
    """Letter trigrams of the stem, ends marked: transliterated foreign names share
    letter sequences (``يتش``, ``ويل``, ``^جو``) that no affix feature reaches."""
    marked = "^" + stem + "$"
    return ["n3=" + marked[k : k + 3] for k in range(len(marked) - 2)]


def describe_unsplit(norm: str, stem: str, known: frozenset[str] | None) -> list[str]:
    """Features of the word read as proclitic + rest, where the segmenter left it whole.

    The segmenter only splits when it knows the rest (``وواشنطن``), so an
    unknown name after a preposition (``بايهود``) stays whole; whether the
    rest is a known word or a given name is then left for the model to weigh.
    """
    if stem != norm or len(norm) < 5 or norm[0] not in "وفبلك":
        return []
    rest = norm[1:]
    feats = ["u=" + norm[0]]
    if known is not None and rest in known:
        feats.append("uk=1")
    kind = find_trigger(rest, rest.removeprefix("ال"))
    if kind:
        feats.append("ut=" + kind)
    return feats


def match_gazetteer(infos: list[WordInfo], index=None, slot: int | None = None) -> list[str]:
    """Greedy longest-match of gazetteer names: ``B-class``/``I-class`` per word, or ``""``.

    ``slot`` (0: the gazetteer, 1: the known names) reads each word's entries
    from ``WordInfo.names``, looked up once per word, where they are cached.
    """
    index = gazetteer() if index is None else index
    n = len(infos)
    marks = [""] * n
    # The words of a sentence all come from one FeatureExtractor: all have their names cached, or none.
    if slot is not None and n and infos[0].names is not None:
        candidates = [(i, info.names[slot]) for i, info in enumerate(infos) if info.names[slot]]
    else:
        candidates = [(i, (index.get(info.norm, ()), index.get(info.base, ()))) for i, info in enumerate(infos)]
    free = 0  # the first word not inside a name already matched
    for i, lists in candidates:
        if i < free:
            continue
        length = 0
        # The next word, as a name's second word may spell it: most names are ruled out by it alone.
        after = (infos[i + 1].norm, infos[i + 1].base) if i + 1 < n else ()
        for entries in lists:
            # Entries are longest first: the first that matches is the longest, and once
            # they are no longer than a match already found, none can replace it.
            for words, kind in entries:
                if len(words) <= length:
                    break
                if len(words) == 1 or (words[1] in after and names_match(infos, i, words)):
                    length, found = len(words), kind
                    break
        if length:
            marks[i] = "B-" + found
            for j in range(i + 1, i + length):
                marks[j] = "I-" + found
            free = i + length
    return marks


def names_match(infos: list[WordInfo], start: int, words: tuple[str, ...]) -> bool:
    """Whether the words after ``start`` spell the rest of a gazetteer name."""
    if start + len(words) > len(infos):
        return False
    return all(infos[start + k].norm == w or infos[start + k].base == w for k, w in enumerate(words) if k)


class FeatureExtractor:
    """Feature lists for sentences, with a per-word cache.

    ``known`` is the set of words whose form is a feature (None: every word);
    ``cluster_paths`` maps words to their cluster bit strings. Both belong to
    one trained model, which is why they live here and not in globals.
    """

    MAX_CACHE = 500_000

    def __init__(
        self,
        known: frozenset[str] | None = None,
        cluster_paths: dict[str, str] | None = None,
        attributes: frozenset[str] | None = None,
    ) -> None:
        self.known = known
        self.cluster_paths = cluster_paths or {}
        # The attributes a trained model has weights for (None: keep every feature). CRFsuite
        # skips the others anyway, so dropping them here gives the same scores, bit for bit,
        # and saves converting a quarter of the strings for nothing.
        self.attributes = attributes
        self._cache: dict[str, WordInfo] = {}

    def describe(self, word: str) -> WordInfo:
        info = self._cache.get(word)
        if info is None:
            if len(self._cache) >= self.MAX_CACHE:
                self._cache.clear()
            info = self.describe_uncached(word)
            if self.attributes is not None:
                own, context = keep_attributes(info.own, info.context, self.attributes)
                # One new WordInfo rather than dataclasses.replace: this runs once per new word.
                info = WordInfo(info.form, info.norm, info.base, info.stem, info.trigger, own, context, info.names)
            self._cache[word] = info
        return info

    def describe_uncached(self, word: str) -> WordInfo:
        """:func:`describe_word` with every feature and the word's ``names``, not cached."""
        info = describe_word(word, self.known, self.cluster_paths)
        return WordInfo(info.form, info.norm, info.base, info.stem, info.trigger, info.own, info.context,
                        self.names_of(info.norm, info.base))

    @staticmethod
    def names_of(norm: str, base: str) -> tuple:
        """The gazetteer's and the known names' entries starting with the word (see ``WordInfo.names``)."""
        places, known = gazetteer(), known_names()
        return (non_empty(places.get(norm, ()), places.get(base, ())),
                non_empty(known.get(norm, ()), known.get(base, ())))

    def __call__(self, words: list[str]) -> list[list[str]]:
        """One list of feature strings per word of a sentence."""
        describe = self.describe
        return assemble_features([describe(w) for w in words], self.attributes)


def non_empty(first: list, second: list) -> tuple:
    """The lists that have entries, of the two (a word's entries read as its norm and as its base)."""
    if first:
        return (first, second) if second else (first,)
    return (second,) if second else ()


def keep_attributes(
    own: tuple[str, ...], context: tuple[tuple[str, ...], ...], attributes: frozenset[str]
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A word's cached features (own, per neighbour offset) with only those the model knows (order kept)."""
    keep = attributes.__contains__
    return tuple(filter(keep, own)), tuple(tuple(filter(keep, feats)) for feats in context)


PADS = tuple(str(offset) + "w=<pad>" for offset in CONTEXT_OFFSETS)
assert CONTEXT_OFFSETS == (-2, -1, 1, 2), "assemble_features unpacks exactly these four neighbours"


def assemble_features(infos: list[WordInfo], attributes: frozenset[str] | None = None) -> list[list[str]]:
    """Join each word's own features with its neighbours', bigrams and gazetteer marks.

    With ``attributes``, the features built here (padding, bigrams, marks) are
    kept only when the model knows them, as :func:`keep_attributes` does for
    the cached ones; the order of the rest is unchanged.
    """
    # Neighbours' features from a list padded with two "words" on each side whose context is the pad
    # feature: one unpacking per token instead of a bounds check and an extend per neighbour.
    pad = tuple((p,) if attributes is None or p in attributes else () for p in PADS)
    padded = [pad, pad, *[info.context for info in infos], pad, pad]
    out = []
    for i, (info, tail) in enumerate(zip(infos, tail_features(infos))):
        feats = [*info.own, *padded[i][0], *padded[i + 1][1], *padded[i + 3][2], *padded[i + 4][3]]
        if attributes is None:
            feats.extend(tail)
        else:
            feats.extend(f for f in tail if f in attributes)
        out.append(feats)
    return out


def tail_features(infos: list[WordInfo]) -> list[list[str]]:
    """The features of each word that depend on the sentence: bigrams, gazetteer and known-name marks.

    Unfiltered: the caller keeps those its model knows.
    """
    n = len(infos)
    pairs = [pair_features(infos[i - 1] if i else None, infos[i] if i < n else None) for i in range(n + 1)]
    marks = mark_features(infos)
    # In the order the model was trained with: bl, br, sl, then the marks.
    return [[pairs[i][1][0], *pairs[i + 1][0], *pairs[i][1][1:], *marks[i]] for i in range(n)]


def pair_features(left: WordInfo | None, right: WordInfo | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bigram features of two neighbours: ``(the left word's, the right word's)``.

    ``None`` is the edge of the sentence. They depend on the two words only,
    so a decoder may cache them per pair.
    """
    prev = left.form if left is not None else "<s>"
    nxt = right.form if right is not None else "</s>"
    if right is None:
        return ("br=" + prev + "|" + nxt,), ()
    own = ["bl=" + prev + "|" + nxt]
    if left is not None and (left.stem != left.norm or right.stem != right.norm):
        own.append("sl=" + left.stem + "|" + right.stem)
    return (("br=" + prev + "|" + nxt,) if left is not None else ()), tuple(own)


def mark_features(infos: list[WordInfo]) -> list[list[str]]:
    """Per word, the gazetteer (``g``) and known-name (``k``) marks on it and on its two neighbours."""
    n = len(infos)
    out: list[list[str]] = [[] for _ in infos]
    for tag, marks in (("g=", match_gazetteer(infos, slot=0)), ("k=", match_gazetteer(infos, known_names(), slot=1))):
        if not any(marks):
            continue
        for i in range(n):
            if marks[i]:
                out[i].append(tag + marks[i])
            if i and marks[i - 1]:
                out[i].append("-1" + tag + marks[i - 1])
            if i + 1 < n and marks[i + 1]:
                out[i].append("1" + tag + marks[i + 1])
    return out


def sentence_features(words: list[str]) -> list[list[str]]:
    """Features of a sentence with every word form known and no clusters (for tests and examples)."""
    return FeatureExtractor()(words)
