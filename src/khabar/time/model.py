"""What a scan finds and what its readers see: :class:`TimeExpression` and :class:`Context`.

Kept apart so that the readers (:mod:`khabar.time.readers`), the post-passes
(:mod:`khabar.time.passes`) and the scan (:mod:`khabar.time.expressions`, which re-exports both)
share them without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class TimeExpression:
    """One time expression; ``start``/``end`` index the original text."""

    start: int
    end: int
    text: str
    type: str  # date, week, month, year, range, duration, set, time
    value: str | None

    def to_dict(self, ident: str) -> dict:
        return {"id": ident, "start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


@dataclass(slots=True)
class Context:
    """What resolution needs: the article's date and where its sentences speak of the future."""

    text: str
    reference: date | None
    future_at: object  # callable(offset) -> bool
    found: list = None  # the expressions read so far, in text order: what "ذلك اليوم" points back to
    memo: dict = None  # facts about the whole text, computed once when a reader first asks
    found_ends: list = None  # where each of ``found`` ends in the matching form (``text``)
    found_kinds: list = None  # and the reader that read it (relday, year…)
