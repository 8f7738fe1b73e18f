"""Entity-level NER scores on ANERcorp (CAMeL test split) and AQMAR.

Scoring is conlleval's: an entity counts as found only when its first and
last token and its type all match the gold entity (a partial span is a miss
and a false alarm at once); precision, recall and F1 are micro-averaged over
all entities, and also given per type. BIO sequences are read as conlleval
reads them: an I-X that does not continue an X entity starts one.

AQMAR (Wikipedia, out of the news domain) tags PER, LOC, ORG and
miscellaneous MIS0…MIS3 classes that are not ANERcorp's MISC, so on AQMAR the
MISC class is dropped from gold and prediction alike before scoring.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from khabar.entities.tagger import bio_spans
from khabar.entities.tagger_train import Sentence, read_conll
from khabar.evaluation.scoring import Score

DATASETS = ("anercorp", "aqmar")
TYPES = ("PER", "LOC", "ORG", "MISC")


EntityScore = Score  # counts of one entity type, or of all


@dataclass
class NerReport:
    """Scores per type and overall, with what was scored and how fast it was tagged."""

    dataset: str
    by_type: dict[str, EntityScore] = field(default_factory=dict)
    overall: EntityScore = field(default_factory=EntityScore)
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "dataset": self.dataset,
            "types": {kind: score.to_dict() for kind, score in self.by_type.items()},
            "overall": self.overall.to_dict(),
            "sentences": self.sentences,
            "tokens": self.tokens,
            "seconds": round(self.seconds, 2),
        }


def entity_set(tags: list[str], keep: tuple[str, ...] = TYPES) -> set[tuple[int, int, str]]:
    """Entities ``(first, end, type)`` of a BIO sequence, only of the kept types."""
    return {span for span in bio_spans(tags) if span[2] in keep}


def score_tags(pairs: list[tuple[list[str], list[str]]], keep: tuple[str, ...] = TYPES, dataset: str = "") -> NerReport:
    """Score (gold, predicted) BIO sequences sentence by sentence."""
    report = NerReport(dataset, {kind: EntityScore() for kind in keep})
    for gold_tags, predicted_tags in pairs:
        gold, predicted = entity_set(gold_tags, keep), entity_set(predicted_tags, keep)
        for kind in keep:
            score = report.by_type[kind]
            score.matched += sum(1 for e in gold & predicted if e[2] == kind)
            score.predicted += sum(1 for e in predicted if e[2] == kind)
            score.gold += sum(1 for e in gold if e[2] == kind)
        report.sentences += 1
        report.tokens += len(gold_tags)
    for score in report.by_type.values():
        report.overall.matched += score.matched
        report.overall.predicted += score.predicted
        report.overall.gold += score.gold
    return report


def score_sentences(sentences: list[Sentence], tagger, keep: tuple[str, ...] = TYPES, dataset: str = "") -> NerReport:
    """Tag each sentence's words with ``tagger.tag_tokens`` and score against its gold tags."""
    started = time.perf_counter()
    words = [w for w, _ in sentences]
    batch = getattr(tagger, "tag_sentences", None)  # the CRF decodes a whole batch at once
    predicted = batch(words) if batch else [tagger.tag_tokens(w) for w in words]
    seconds = time.perf_counter() - started
    report = score_tags([(gold, tags) for (_, gold), tags in zip(sentences, predicted)], keep, dataset)
    report.seconds = seconds
    return report


def shared_data_dir() -> Path:
    """../shared/data beside the repository, or ``$KHABAR_SHARED_DATA``."""
    env = os.environ.get("KHABAR_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared" / "data"


def dataset_files(dataset: str, data_dir: Path | None = None) -> list[Path]:
    """The gold files of a dataset: ANERcorp's CAMeL test split, or every AQMAR article."""
    root = data_dir or shared_data_dir()
    if dataset == "anercorp":
        files = [root / "ner" / "anercorp-camel" / "test.txt"]
    elif dataset == "aqmar":
        files = sorted((root / "ner" / "aqmar").glob("*.txt"))
    else:
        raise ValueError(f"unknown NER dataset {dataset!r}: use one of {', '.join(DATASETS)}")
    if not files or not all(f.exists() for f in files):
        raise FileNotFoundError(f"{dataset} data not found under {root}: set KHABAR_SHARED_DATA")
    return files


def evaluate_ner(dataset: str = "anercorp", tagger=None, *, data_dir: Path | None = None) -> NerReport:
    """Entity-level P/R/F1 of ``tagger`` (default: the shipped CRF) on ``anercorp`` or ``aqmar``."""
    if tagger is None:
        from khabar.entities.tagger import load_tagger

        tagger = load_tagger("crf")
    sentences = [s for path in dataset_files(dataset, data_dir) for s in read_conll(path)]
    keep = ("PER", "LOC", "ORG") if dataset == "aqmar" else TYPES
    return score_sentences(sentences, tagger, keep, dataset)


def format_report(report: NerReport) -> str:
    """A table: one line per type, then ``overall``; P, R, F1 in percent, and support."""
    lines = [f"{'type':<8} {'P':>7} {'R':>7} {'F1':>7} {'support':>8}"]
    rows = [*report.by_type.items(), ("overall", report.overall)]
    for name, score in rows:
        lines.append(
            f"{name:<8} {100 * score.precision:7.2f} {100 * score.recall:7.2f} {100 * score.f1:7.2f} {score.gold:8d}"
        )
    if report.seconds:
        rate = report.tokens / report.seconds
        lines.append(f"{report.dataset or 'data'}: {report.sentences} sentences, {report.tokens} tokens, {rate:,.0f} tokens/s")
    return "\n".join(lines)
