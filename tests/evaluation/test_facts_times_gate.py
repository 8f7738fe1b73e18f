"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (418-article gold: 281 dev,
137 held out). The held-out split is gated to catch regressions, never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {
    "dev": {"with_value": 0.90, "detection": 0.92, "type_accuracy": 0.96, "noun_accuracy": 0.96},
    "test": {"with_value": 0.89, "detection": 0.91, "type_accuracy": 0.88, "noun_accuracy": 0.95},
}
TIME_FLOORS = {  # times: 418-article gold (281 dev, 137 held out), seventh pass (0.920/0.864/0.939, 0.849/0.763/0.899)
    "dev": {"span": 0.91, "with_value": 0.85, "value_accuracy": 0.93},
    "test": {"span": 0.84, "with_value": 0.76, "value_accuracy": 0.89},
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
