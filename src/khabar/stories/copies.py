"""Republished copies: exact and near-duplicate articles, found with MinHash LSH.

An article is a *copy* when most of its text was already published: at least
:data:`COPY_CONTAINMENT` of its word 3-shingles (normalised words, see
:func:`word_shingles`) appear in an earlier article, and so do at least
:data:`RARE_CONTAINMENT` of its rare words (names, places, figures: what tells
two texts on one formula apart, a congratulation cable to another president,
the weather of another day), and the two texts are not one formula filled
in twice: :data:`NAME_SWAPS` names or places, or :data:`FIGURE_SWAPS`
figures, of the earlier text replaced in the same slots by others (a word
diff, :meth:`CopyIndex.substitutions`) make a template text, while a name
dropped with nothing in its place is a cut and keeps the copy. A later text
with :data:`OWN_WORDS` words of its own (in runs of :data:`OWN_RUN` words or
more that the earlier lacks, :func:`own_words`), or with :data:`OWN_SHARE` of
its words its own (at least :data:`OWN_SHARE_WORDS` of them), is a fuller or
combined write-up, not the earlier text republished. A text that
shares much of its wording with earlier texts of :data:`FORMULA_GROUPS`
different groups fills a formula (the weather of many days): it is a copy
only of a text holding :data:`FORMULA_SHARE` of it. The relation is read in time order (publication
date, then the order articles were stored), so a short article wholly inside
an earlier, longer one is its copy, while a later article that extends an
earlier short one with much new text is not. Copies form groups (a text that
copies two earlier texts, and holds at least :data:`JOIN_BACK` of each, joins
their groups; a cut of a release that is also a paragraph of a roundup joins
the release's group alone); every copy points to the
earliest original of its group (``duplicate_of``), and when an earlier
original arrives after its copies, they are re-pointed to it.

Candidates come from a MinHash LSH index (datasketch) at a low Jaccard
threshold (:data:`LSH_THRESHOLD`, low enough to catch a short text inside a
longer one); each candidate is then checked exactly on its shingles, so the
decision does not depend on MinHash's estimation error.

>>> index = CopyIndex()
>>> first = "أعلنت وزارة الصحة اليوم تسجيل عشر إصابات جديدة بفيروس كورونا في الرياض وجدة والدمام خلال الأسبوع الماضي"
>>> index.add(1, "2015-08-01", first).duplicate_of is None
True
>>> index.add(2, "2015-08-02", "الرياض - واس: " + first).duplicate_of
1
"""

from __future__ import annotations

import re
import struct
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import numpy as np

from khabar.text.normalize import normalize

SHINGLE_SIZE = 3  # words per shingle: 2 joins same-template texts, 5 loses copies with light edits
NUM_PERM = 128  # MinHash permutations: 512 bytes per article
LSH_THRESHOLD = 0.2  # Jaccard at which LSH returns candidates (a text inside one 3x longer has J ≈ 0.33)
COPY_CONTAINMENT = 0.48  # share of the later article's shingles found in the earlier one (0.5 missed reworded releases)
RARE_CONTAINMENT = 0.7  # share of the later article's rare words found in the earlier one
RARE_SHARE = 1 / 300  # a word is rare when at most this share of the articles seen so far have it
RARE_MIN_DOCUMENTS = 50  # below this many articles, which words are rare is not known yet: shingles decide
SHORT_SHINGLES = 15  # a text this short is a copy only of a text about as short (a name is no copy of an article)
MAX_CANDIDATES = 30  # LSH candidates checked exactly, the closest first
SEED = 1
NAME_SWAPS = 3  # names (or places) replaced by others in the same slots: a template text, not a copy
FIGURE_SWAPS = 2  # figures replaced by others in the same slots (another day's temperatures, another toll)
JOIN_BACK = 0.4  # a copy joins the groups of the texts it copies only when it holds this share of each (0: always)
FORMULA_GROUPS = 4  # earlier texts of this many groups sharing FORMULA_LOW of a text's shingles: it fills a formula
FORMULA_LOW = 0.3  # ... (the weather of many days, the martyrs of many announcements, cables to many presidents)
FORMULA_SHARE = 0.8  # and a text on a formula is a copy only of a text holding this share of its shingles
SWAP_MIN_SHARE = 0.3  # below this share of shingles no text is a copy: the word diff is not run
SWAP_MAX_WORDS = 4  # a replaced run this short is a slot of a formula (a name, a date), longer is rewording
RESPELLED_RATIO = 0.75  # two runs this alike letter by letter are one name spelt two ways (المنتزه / المتنزه)
NAME_SHARED_MAX = 2  # a word in more place names than this is a formula word (جمهورية), not a name
OWN_RUN = 12  # words of the later text in a run this long that the earlier lacks are text of its own (shorter: edits)
OWN_WORDS = 120  # this many such words (about four sentences) make a fuller or combined write-up, not a copy
OWN_SHARE = 0.3  # ... and so does such text making this share of a shorter later text (a second item beside a short one)
OWN_SHARE_WORDS = 48  # ... when it is at least this many words (two sentences): a new lead line is no text of its own

WORD_RE = re.compile(r"\w+")
# The letters outlets write a foreign "g" with (غوغل, جوجل, قوقل): one name, not two, in the substitution test.
FOREIGN_G = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج"})

__all__ = [
    "COPY_CONTAINMENT",
    "NUM_PERM",
    "OWN_SHARE",
    "OWN_SHARE_WORDS",
    "OWN_WORDS",
    "SHINGLE_SIZE",
    "CopyDecision",
    "CopyIndex",
    "containment",
    "content_words",
    "minhash_of",
    "own_words",
    "pack_minhash",
    "unpack_minhash",
    "word_shingles",
]


def content_words(text: str) -> list[str]:
    """The words of ``text`` in the one normaliser's matching form (ة → ه), punctuation dropped."""
    return WORD_RE.findall(normalize(text or "", ta_marbuta=True))


def word_shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Overlapping runs of ``size`` normalised words; a shorter text is one shingle.

    >>> sorted(word_shingles("قال الوزير أمس إن", 3))
    ['الوزير امس ان', 'قال الوزير امس']
    """
    return shingles_of(content_words(text), size)


def shingles_of(words: list[str], size: int = SHINGLE_SIZE) -> set[str]:
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def containment(part: set[str], whole: set[str]) -> float:
    """The share of ``part``'s shingles that are also in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


def minhash_of(shingles: Iterable[str], num_perm: int = NUM_PERM):
    """The MinHash signature of a shingle set (fixed seed: signatures from two runs compare)."""
    from datasketch import MinHash

    signature = MinHash(num_perm=num_perm, seed=SEED)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def pack_minhash(signature) -> bytes:
    """The signature as bytes for the store (hash values fit 32 bits)."""
    values = signature.hashvalues
    return struct.pack(f"<{len(values)}I", *(int(v) & 0xFFFFFFFF for v in values))


def unpack_minhash(blob: bytes):
    """A stored signature back as a (lean) MinHash that LSH can index and query."""
    from datasketch import LeanMinHash

    values = np.frombuffer(blob, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=_scheme())


@lru_cache(maxsize=1)
def _scheme() -> str:
    """The hashing scheme of the signatures this datasketch makes (stored ones were made the same way)."""
    from datasketch import MinHash

    return MinHash(num_perm=1, seed=SEED).scheme


@dataclass(frozen=True)
class Text:
    """What the copy tests look at in one text: its shingles and its distinct words."""

    shingles: set[str]
    words: set[str]
    sequence: tuple[str, ...] = ()  # the words in order: where two texts differ, for the substitution test

    @classmethod
    def of(cls, text: str) -> Text:
        words = content_words(text)
        return cls(shingles_of(words), set(words), tuple(words))


@dataclass(frozen=True)
class Measure:
    """How much of one text (the later) is in another: what :meth:`CopyIndex.accepts` decides on."""

    share: float  # of its shingles found in the other
    back: float  # of the other's shingles found in it
    rare: float | None  # of its rare words found in the other (None: too few articles seen to know)
    short: bool  # under SHORT_SHINGLES shingles
    swaps: tuple[str, ...] = ()  # places where a name or figure of the other stands replaced by another (kinds)
    own: int = 0  # its words in runs of OWN_RUN or more that the other lacks: text of its own
    words: int = 0  # its words (0: not counted): what ``own`` is a share of


@dataclass
class CopyDecision:
    """What adding one article decided: its original (or None) and articles re-pointed to a new original."""

    article: int
    duplicate_of: int | None
    similarity: float | None = None
    repointed: dict[int, int] = field(default_factory=dict)  # article → its new original


@dataclass
class _Entry:
    order: tuple
    root: int  # itself when it is an original


class CopyIndex:
    """An in-memory LSH index of every stored article's signature, with copy groups.

    ``add`` is called once per new article with its integer key ``n``,
    publication date and text; ``text_of(n)`` gives back the text of a
    candidate for the exact check (the store's text, or a dict's).
    """

    def __init__(self, text_of: Callable[[int], str | None] | None = None, *,
                 threshold: float = COPY_CONTAINMENT, rare_threshold: float = RARE_CONTAINMENT,
                 lsh_threshold: float = LSH_THRESHOLD, memo: dict | None = None, merge_groups: bool = True,
                 join_back: float = JOIN_BACK, name_swaps: int = NAME_SWAPS, figure_swaps: int = FIGURE_SWAPS,
                 formula_groups: int = FORMULA_GROUPS, formula_share: float = FORMULA_SHARE,
                 own_words: int = OWN_WORDS, own_share: float = OWN_SHARE):
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.rare_threshold = rare_threshold
        self.merge_groups = merge_groups
        self.join_back = join_back
        self.formula_groups, self.formula_share = formula_groups, formula_share
        self.name_swaps, self.figure_swaps = name_swaps, figure_swaps
        self.own_words, self.own_share = own_words, own_share
        self.entries: dict[int, _Entry] = {}
        self.members: dict[int, set[int]] = {}  # original → its copies
        self.texts: dict[int, str] = {}
        self.text_of = text_of or self.texts.get
        self.keep_texts = text_of is None
        self.document_frequency: Counter[str] = Counter()
        self.documents = 0
        self.signatures: dict[int, np.ndarray] = {}  # 512 bytes an article: ranks the LSH candidates
        self.memo = memo  # n → its measured candidates: replays a corpus with other thresholds, no text read again

    def __len__(self) -> int:
        return len(self.entries)

    # -- loading what is stored ---------------------------------------------------

    def load(self, n: int, published: str | None, blob: bytes | None, duplicate_of: int | None, text: str = "") -> None:
        """Put a stored article's signature, words and copy link back into the index (once per run)."""
        self.count_words(set(content_words(text)))
        if blob:
            self._insert(n, unpack_minhash(blob))
        root = duplicate_of if duplicate_of is not None else n
        self.entries[n] = _Entry(order_key(published, n), root)
        if duplicate_of is not None:
            self.members.setdefault(duplicate_of, set()).add(n)

    # -- adding -------------------------------------------------------------------

    def add(self, n: int, published: str | None, text: str) -> CopyDecision:
        """Index article ``n`` and decide whether it is a copy (and whether it is an earlier original)."""
        decision, _ = self.add_signed(n, published, text)
        return decision

    def add_signed(self, n: int, published: str | None, text: str) -> tuple[CopyDecision, bytes | None]:
        """:meth:`add`, also returning the packed signature to store (None for a text without words)."""
        order = order_key(published, n)
        measured, blob = self.memo.get(n) if self.memo is not None and n in self.memo else self._measure(n, order, text)
        if self.memo is not None:
            self.memo[n] = (measured, None)
        self.entries[n] = _Entry(order, n)
        if self.keep_texts:
            self.texts[n] = text
        decision = CopyDecision(n, None)
        earlier = [(m.share, other, m.back) for other, before, m in measured if before and self.accepts(m)]
        if earlier and self.formula(measured):
            earlier = [e for e in earlier if e[0] >= self.formula_share]
        later = [(m.share, other, m.back) for other, before, m in measured if not before and self.accepts(m)]
        if earlier:
            # The copy joins the group of the text it is most of (a cut of a release that is also a
            # paragraph of a roundup belongs with the release), then the earliest original among equals.
            similarity, best, _ = min(earlier, key=lambda m: (-m[2], -m[0], self.entries[self.entries[m[1]].root].order))
            root = self.entries[best].root
            if self.merge_groups:  # texts this one copies are one text: their groups become one
                joined = {root} | {self.entries[other].root for _, other, back in earlier if back >= self.join_back}
                root = min(joined, key=lambda r: self.entries[r].order)  # the earliest original leads, not the closest
                for other_root in sorted(joined - {root}):
                    for moved in [other_root, *sorted(self.members.get(other_root, ()))]:
                        decision.repointed[moved] = root
                    self._merge(other_root, root)
            self._attach(n, root)
            decision.duplicate_of, decision.similarity = root, round(similarity, 3)
        root = self.entries[n].root
        for _, other, back in later:
            if not self.joins(back, decision):
                continue
            other_root = self.entries[other].root
            if other_root != root and self.entries[other_root].order > self.entries[root].order:
                for moved in [other_root, *sorted(self.members.get(other_root, ()))]:
                    decision.repointed[moved] = root
                self._merge(other_root, root)
        return decision, blob

    def formula(self, measured: list[tuple[int, bool, Measure]]) -> bool:
        """Whether the text is one more filling of a formula: it shares much wording with earlier texts of
        several different groups (the weather of many days, the martyrs of many announcements)."""
        roots = {self.entries[other].root for other, before, m in measured if before and m.share >= FORMULA_LOW}
        return len(roots) >= self.formula_groups

    def joins(self, back: float, decision: CopyDecision) -> bool:
        """Whether a later text that copies this one re-points this one's group (see :data:`JOIN_BACK`)."""
        return back >= self.join_back or decision.duplicate_of is None

    def _measure(self, n: int, order: tuple, text: str) -> tuple[list[tuple[int, bool, Measure]], bytes | None]:
        """Signature, LSH candidates and their measures (``(other, other is earlier, measure)``); indexes ``n``."""
        own = Text.of(text)
        if not own.shingles:
            return [], None
        self.count_words(own.words)
        signature = minhash_of(own.shingles)
        measured = []
        for other in self._closest(signature):
            entry = self.entries.get(other)
            text_of_other = self.text_of(other) if entry is not None else None
            if text_of_other is None:
                continue
            theirs = Text.of(text_of_other)
            before = entry.order < order
            measured.append((other, before, self.measure(own, theirs) if before else self.measure(theirs, own)))
        self._insert(n, signature)
        return measured, pack_minhash(signature)

    def _insert(self, n: int, signature) -> None:
        self.lsh.insert(n, signature, check_duplication=False)
        self.signatures[n] = np.asarray(signature.hashvalues, dtype=np.uint32)

    def _closest(self, signature) -> list[int]:
        """The LSH candidates, the :data:`MAX_CANDIDATES` most similar first (by MinHash's Jaccard estimate).

        A formula text (a weather report, a congratulation cable) is a
        candidate of every earlier one: checking only the closest keeps the
        cost of an article flat as the store grows, and a real copy is
        always among the closest.
        """
        candidates = list(self.lsh.query(signature))
        if len(candidates) <= MAX_CANDIDATES:
            return candidates
        own = np.asarray(signature.hashvalues, dtype=np.uint32)
        similarity = [(float(np.mean(self.signatures[c] == own)) if c in self.signatures else 0.0, c) for c in candidates]
        return [c for _, c in sorted(similarity, key=lambda x: (-x[0], x[1]))[:MAX_CANDIDATES]]

    def measure(self, copy: Text, original: Text) -> Measure:
        """How much of ``copy`` is in ``original``: shingles, shingles the other way, rare words, its own text."""
        known = self.documents >= RARE_MIN_DOCUMENTS
        share = containment(copy.shingles, original.shingles)
        compared = share >= SWAP_MIN_SHARE  # below it no text is a copy: the word-level measures are not run
        rare = self.rare_words(copy.words) if known else set()
        theirs = self.rare_words(original.words) if known else set()
        return Measure(
            share=share,
            back=containment(original.shingles, copy.shingles),
            rare=len(found_words(rare, original.words)) / len(rare) if rare else None,
            short=len(copy.shingles) < SHORT_SHINGLES,
            swaps=self.substitutions(copy.sequence, original.sequence, rare | theirs) if known and compared else (),
            own=own_words(copy.sequence, original.shingles) if compared else 0,
            words=len(copy.sequence),
        )

    @staticmethod
    def substitutions(copy: tuple[str, ...], original: tuple[str, ...], rare: set[str]) -> tuple[str, ...]:
        """Where the two texts say the same around a slot and put another name or figure in it.

        A word diff of the two texts; a replaced run of at most
        :data:`SWAP_MAX_WORDS` words on each side whose old and new words are
        both names (a person or place the entity lists know, or rare words) or
        both figures, and not one wording respelled (:func:`respelled`), is a
        substitution: another president, another day, another toll. A run
        dropped with nothing in its place is a cut, and is not counted, nor is
        a name moved (:func:`names_moved`) or a figure rounded
        (:func:`changed_figures`). Returns
        the kind of each substitution, ``"name"`` or ``"figure"`` (one for each
        figure of the run that changed).
        """
        kinds = []
        matcher = SequenceMatcher(None, original, copy, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or i2 - i1 > SWAP_MAX_WORDS or j2 - j1 > SWAP_MAX_WORDS:
                continue
            old, new = original[i1:i2], copy[j1:j2]
            if respelled(old, new):
                continue
            kind = _kind(old, rare)
            if kind == "figure" == _kind(new, rare):  # each figure of the slot that changed: "بين 30 و45" / "بين 32 و47"
                kinds += ["figure"] * changed_figures(old, new)
            elif kind is not None and kind == _kind(new, rare) and not names_moved(old, new, rare, original, copy):
                kinds.append(kind)
        return tuple(kinds)

    def accepts(self, m: Measure) -> bool:
        """Whether a measured text is a copy of the other.

        Two tests: enough of the shingles (the wording is the same), and
        enough of the rare words — names, places, figures — (the facts are the
        same: a congratulation cable to another president, or the weather of
        another day, shares its formula but not its rare words). A very short
        text must also hold most of the other (a name is no copy of an article),
        and a text with much of its own (:meth:`fuller`) is a fuller or
        combined write-up of the other, not the other republished.
        """
        return (m.share >= self.threshold and (not m.short or m.back >= self.threshold)
                and (m.rare is None or m.rare >= self.rare_threshold) and not self.template(m)
                and not self.fuller(m))

    def fuller(self, m: Measure) -> bool:
        """Whether the later text adds much text of its own to the other: :data:`OWN_WORDS` words, or
        :data:`OWN_SHARE` of its words (at least :data:`OWN_SHARE_WORDS`).

        "At most a few sentences of its own" is an amount of text for a long
        article and a share of it for a short one: a 250-word text whose
        third is a second item (another statement, the background of a
        fuller dispatch, the rest of a release) is no more the other text
        republished than a long one with four sentences of its own.
        """
        return m.own >= self.own_words or (m.own >= OWN_SHARE_WORDS and m.own >= self.own_share * m.words > 0)

    def template(self, m: Measure) -> bool:
        """Whether the two texts are one formula filled in twice: names or figures put in each other's slots.

        One swap is often an edit (a title for a name, a rounded figure);
        :data:`NAME_SWAPS` names or :data:`FIGURE_SWAPS` figures replaced is
        another president's cable, another day's weather, another execution.
        """
        return m.swaps.count("name") >= self.name_swaps or m.swaps.count("figure") >= self.figure_swaps

    def count_words(self, words: set[str]) -> None:
        """Count an article's distinct words in the document frequencies that say which words are rare."""
        self.document_frequency.update(words)
        self.documents += 1

    def rare_words(self, words: set[str]) -> set[str]:
        """The words found in at most :data:`RARE_SHARE` of the articles seen so far (and not digits alone)."""
        most = max(2.0, RARE_SHARE * self.documents)
        frequency = self.document_frequency
        return {w for w in words if frequency.get(w, 0) <= most and not w.isdigit()}

    def _attach(self, n: int, root: int) -> None:
        self.entries[n].root = root
        self.members.setdefault(root, set()).add(n)

    def _merge(self, old_root: int, new_root: int) -> None:
        moved = {old_root, *self.members.pop(old_root, set())}
        for article in moved:
            self.entries[article].root = new_root
        self.members.setdefault(new_root, set()).update(moved)

    def root(self, n: int) -> int:
        return self.entries[n].root


def own_words(copy: tuple[str, ...], original: set[str], size: int = SHINGLE_SIZE) -> int:
    """How many words of ``copy`` (in order) stand in runs of at least :data:`OWN_RUN` words that no
    shingle shared with ``original`` (its shingles) covers: the text it has of its own.

    A changed date word, a title or a respelling breaks a few shingles and
    leaves a short run; a paragraph of its own (another report, the reporter's
    background, a second release) is a long one. Counted in words, not as a
    share: "at most a few sentences of its own" is an amount of text.
    """
    covered = [False] * len(copy)
    for i in range(len(copy) - size + 1):
        if " ".join(copy[i:i + size]) in original:
            covered[i:i + size] = [True] * size
    total = run = 0
    for word_covered in [*covered, True]:  # a covered sentinel closes the last run
        if word_covered:
            total += run if run >= OWN_RUN else 0
            run = 0
        else:
            run += 1
    return total


def _kind(run: tuple[str, ...], rare: set[str]) -> str | None:
    """What a run of words is in a substitution: a figure, a name (a known name or place, or all its
    words rare), or neither (an ordinary rewording)."""
    if any(any(c.isdigit() for c in w) for w in run):
        return "figure"
    known = name_words()
    if any(w in known or light_stem(w) in known for w in run):
        return "name"
    marked = [w in rare for w in run if len(w) > 2]
    return "name" if marked and all(marked) else None


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Words of person names and places the entity linker knows (khabar/entities/data), matching form.

    A word that several place names share (جمهورية, العربية, المتحدة) is no
    name: it is left out, so that a formula word never counts as a name.
    """
    entities = Path(__file__).resolve().parents[1] / "entities" / "data"
    names: Counter[str] = Counter()
    for row in _rows(entities / "places.tsv") + _rows(entities / "places_extra.tsv"):
        names.update({w for spelling in {row.get("ar", ""), *row.get("variants", "").split("|")}
                      for w in content_words(spelling)})
    nisba = {w for row in _rows(entities / "nisba.tsv") for w in content_words(row.get("stem", ""))}
    people = {w for row in _rows(entities / "name_words.tsv")
              if int(row.get("person") or 0) * 2 > int(row.get("total") or 0) for w in content_words(row.get("word", ""))}
    given = {w for line in _lines(entities / "given_names.txt") for w in content_words(line)}
    places = {w for w, entries in names.items() if entries <= NAME_SHARED_MAX and len(w) > 2}
    return frozenset(places | nisba | people | given)


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _rows(path: Path) -> list[dict[str, str]]:
    lines = _lines(path)
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def changed_figures(old: tuple[str, ...], new: tuple[str, ...]) -> int:
    """How many figures of ``old`` are not in ``new``, written either way ("45 999" / "999ر45", "30" / "30ه").

    A figure written with fewer of its digit groups is the same figure
    rounded ("375,526,840 ريالا" / "375 مليونا و526 ألف"): when every figure
    of one side is in the other, nothing changed.
    """
    before, after = _figures(old), _figures(new)
    missing = [f for f in before if not _written(f, after)]
    if missing and all(_written(g, before) for g in after):
        return 0
    return len(missing)


def _written(figure: str, figures: set[str]) -> bool:
    return any(figure in g or g in figure for g in figures)


def names_moved(old: tuple[str, ...], new: tuple[str, ...], rare: set[str],
                original: Iterable[str], copy: Iterable[str]) -> bool:
    """Whether a replaced run only moves names: the new names are elsewhere in the original, or the old
    ones elsewhere in the copy ("معالي وزير الدولة الدكتور مساعد العيبان" / "الدكتور مساعد العيبان وزير
    الدولة": the name put before its title).

    Another president's cable never names the first president: a name that
    is still in both texts was reordered, not substituted.
    """
    def names(run: tuple[str, ...]) -> set[str]:
        known = name_words()
        return {light_stem(w) for w in run if len(w) > 2 and (w in known or light_stem(w) in known or w in rare)}
    old_names, new_names = names(old), names(new)
    return ((bool(new_names) and new_names <= {light_stem(w) for w in original})
            or (bool(old_names) and old_names <= {light_stem(w) for w in copy}))


def _figures(run: tuple[str, ...]) -> set[str]:
    return set(re.findall(r"\d+", " ".join(run)))


def respelled(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether two runs are one wording: another clitic, spacing or spelling (كيناتا / كينياتا, و 1069 / و1069)."""
    before, after = "".join(light_stem(w) for w in old), "".join(light_stem(w) for w in new)
    if before == after:
        return True
    if before.translate(FOREIGN_G) == after.translate(FOREIGN_G):  # غوغل / جوجل: one foreign name
        return True
    if any(c.isdigit() for c in before + after):
        return changed_figures(old, new) == 0 and changed_figures(new, old) == 0
    return SequenceMatcher(None, before, after, autojunk=False).ratio() >= RESPELLED_RATIO


@lru_cache(maxsize=1)
def clitics() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The prefixes and suffixes :func:`light_stem` takes off (data/copies_clitics.tsv), longest first."""
    rows = [line.split("\t") for line in _lines(Path(__file__).resolve().parent / "data" / "copies_clitics.tsv")]
    forms = {kind: tuple(sorted((f.strip() for k, f in rows if k == kind), key=len, reverse=True)) for kind in ("prefix", "suffix")}
    return forms["prefix"], forms["suffix"]


def found_words(words: set[str], text_words: set[str]) -> set[str]:
    """The words of ``words`` that a text has, as they are or with another clitic (وعفيفي / عفيفي, قصره / قصر).

    A figure must be found as it is: "و45" is not "45" of another day's weather.
    """
    found = words & text_words
    return found | {w for w in words - found if not any(c.isdigit() for c in w) and has_stem(light_stem(w), text_words)}


def has_stem(stem: str, text_words: set[str]) -> bool:
    """Whether a word of the text is ``stem`` with clitics: its few clitic forms are looked up rather than
    every word of the text stemmed (the cost of a candidate stays that of a set lookup)."""
    prefixes, suffixes = clitics()
    for prefix in ("", *prefixes):
        for suffix in ("", *suffixes):
            form = prefix + stem + suffix
            if form in text_words and light_stem(form) == stem:
                return True
    return False


@lru_cache(maxsize=1 << 18)
def light_stem(word: str) -> str:
    """A word without its clitics, for telling a substitution from a respelling (figures: their digits)."""
    digits = "".join(c for c in word if c.isdigit())
    if digits:
        return digits
    prefixes, suffixes = clitics()
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def order_key(published: str | None, n: int) -> tuple:
    """Time order: dated articles by date, then by the order they were stored; undated ones last."""
    return (published is None, published or "", n)
