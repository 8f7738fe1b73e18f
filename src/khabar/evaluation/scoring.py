"""Precision, recall and F1 from counts: the one scorer every evaluation shares."""

from __future__ import annotations

from dataclasses import dataclass


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    """Counts of one measure: items matched, predicted and in the gold.

    >>> score = Score()
    >>> score.add({1, 2}, {2, 3, 4})
    >>> round(score.f1, 2)
    0.4
    """

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def add(self, predicted: set, gold: set) -> None:
        """Count one unit (a sentence, an article) of predicted and gold items."""
        self.matched += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "support": self.gold,
        }
