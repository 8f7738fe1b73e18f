"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 946-article gold, the draw 20172 joined (dev 0.922/0.942/0.978/0.978, held out 0.892/0.910/0.968/0.967)
    "dev": {"with_value": 0.916, "detection": 0.936, "type_accuracy": 0.974, "noun_accuracy": 0.973},
    "test": {"with_value": 0.886, "detection": 0.904, "type_accuracy": 0.963, "noun_accuracy": 0.962},
}
TIME_FLOORS = {  # times, 946-article gold, the draw 20172 joined (dev 0.897/0.830/0.926, held out 0.881/0.782/0.888)
    "dev": {"span": 0.891, "with_value": 0.825, "value_accuracy": 0.921},
    "test": {"span": 0.875, "with_value": 0.776, "value_accuracy": 0.883},
}


def _figure(scores: dict, name: str) -> float:
    value = scores[name]
    return value["f1"] if isinstance(value, dict) else value


def _below(scores: dict, floors: dict[str, float]) -> dict[str, float]:
    return {name: _figure(scores, name) for name, floor in floors.items() if _figure(scores, name) < floor}


@pytest.mark.parametrize("split", sorted(FACT_FLOORS))
def test_fact_floors(shared_data, split):
    scores = evaluate_facts(shared_dir=shared_data, split=split)["facts"]
    low = _below(scores, FACT_FLOORS[split])
    assert not low, f"{split}: facts below the floor: {low}"


@pytest.mark.parametrize("split", sorted(TIME_FLOORS))
def test_time_floors(shared_data, split):
    scores = evaluate_times(shared_dir=shared_data, split=split)["times"]
    low = _below(scores, TIME_FLOORS[split])
    assert not low, f"{split}: times below the floor: {low}"
