"""Token and sentence accuracy against UD Arabic-PUD (CoNLL-U).

UD writes Arabic clitics as separate syntactic words (``ل`` + ``أوباما``) and
keeps the article on its noun, which is how khabar's pieces compare once the
article piece is merged back into its stem. khabar does not split pronominal
enclitics (``نشرت`` + ``ها``), so the scores are given twice: against every UD
word, and with enclitic pronouns merged back into their host.

Scores are over character spans: a word counts as right when its start and end
offsets in the sentence text both match. Sentence boundaries are scored on the
documents' sentences joined by a space.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from khabar.evaluation.scoring import Score
from khabar.text.segment import split_sentences, tokenize


@dataclass
class UdSentence:
    text: str
    doc: str
    words: list[tuple[int, int, str, bool]] = field(default_factory=list)  # start, end, upos, glued


def read_conllu(path: Path) -> list[UdSentence]:
    """Sentences of a CoNLL-U file with each word's offsets in ``# text``."""
    sentences: list[UdSentence] = []
    doc, current, cursor, glued = "", None, 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            current = UdSentence(line.split("=", 1)[1].strip(), doc)
            sentences.append(current)
            cursor, glued = 0, False
        elif line and not line.startswith("#") and current is not None:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            start = current.text.find(cols[1], cursor)
            if start < 0:
                continue
            current.words.append((start, start + len(cols[1]), cols[3], glued))
            cursor = start + len(cols[1])
            glued = "SpaceAfter=No" in cols[9]
    return sentences


def khabar_words(text: str, merge_article: bool = True) -> set[tuple[int, int]]:
    """khabar's syntactic words: tokens split at proclitics, article kept on its stem."""
    words = set()
    for token in tokenize(text):
        if not token.pieces:
            words.add((token.start, token.end))
            continue
        for piece in token.pieces:
            if piece.role == "proclitic":
                words.add((piece.start, piece.end))
            elif piece.role == "article" and merge_article:
                words.add((piece.start, token.end))
                break
            elif piece.role == "stem":
                words.add((piece.start, piece.end))
    return words


def gold_words(sentence: UdSentence, merge_enclitics: bool) -> set[tuple[int, int]]:
    words: list[tuple[int, int]] = []
    for start, end, upos, glued in sentence.words:
        if merge_enclitics and glued and upos == "PRON" and words and words[-1][1] == start:
            words[-1] = (words[-1][0], end)
        else:
            words.append((start, end))
    return set(words)


def evaluate_tokens(sentences: list[UdSentence]) -> dict[str, Score]:
    scores = {"all_words": Score(), "without_enclitics": Score()}
    for sentence in sentences:
        predicted = khabar_words(sentence.text)
        scores["all_words"].add(predicted, gold_words(sentence, merge_enclitics=False))
        scores["without_enclitics"].add(predicted, gold_words(sentence, merge_enclitics=True))
    return scores


def evaluate_sentences(sentences: list[UdSentence]) -> Score:
    """Sentence-end boundaries recovered from each document's joined text."""
    score = Score()
    docs: dict[str, list[str]] = {}
    for sentence in sentences:
        docs.setdefault(sentence.doc, []).append(sentence.text)
    for texts in docs.values():
        joined, gold, offset = " ".join(texts), set(), 0
        for text in texts:
            offset += len(text)
            gold.add(offset)
            offset += 1
        predicted = {end for _, end in split_sentences(joined)}
        score.add(predicted, gold)
    return score


def evaluate_ud(path: Path) -> dict[str, Score]:
    """All segmentation scores for one CoNLL-U file."""
    sentences = read_conllu(path)
    scores = evaluate_tokens(sentences)
    scores["sentences"] = evaluate_sentences(sentences)
    return scores
