"""Word lists of the text package, loaded from ``text/data`` once, on first use.

``vocab.tsv`` holds normalised word forms with their frequency in the
ANERcorp training split (Benajiba et al. 2007; CAMeL split, Obeid et al.
2020), where clitics are still attached to words. The clitic splitter asks it
whether ``قال`` is more usual than ``وقال`` alone, and whether ``زير`` is a
word at all. ``khabar train lexicon`` rebuilds it from ../shared/data.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.text.normalize import normalize

DATA = resources.files("khabar.text") / "data"


def read_word_list(name: str) -> frozenset[str]:
    """A data file of one word per line, ``#`` comments ignored, normalised."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Normalised word → frequency (see module docstring)."""
    counts: dict[str, int] = {}
    path = DATA / "vocab.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        if count.isdigit():
            counts[word] = int(count)
    return counts


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return read_word_list("function_words.txt")


@lru_cache(maxsize=1)
def clitic_exceptions() -> frozenset[str]:
    return read_word_list("clitic_exceptions.txt")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return read_word_list("abbreviations.txt")


def build_vocabulary(conll_paths: list[Path], out: Path, *, min_count: int = 1) -> int:
    """Count normalised word forms in CoNLL-style ``token TAG`` files into ``out``.

    Returns the number of distinct forms written.
    """
    counts: Counter[str] = Counter()
    for path in conll_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split(" ")[0].strip()
            if token and any("\u0621" <= c <= "\u064a" for c in token):
                counts[normalize(token)] += 1
    rows = sorted((w, c) for w, c in counts.items() if c >= min_count)
    out.write_text("".join(f"{w}\t{c}\n" for w, c in rows), encoding="utf-8")
    return len(rows)
