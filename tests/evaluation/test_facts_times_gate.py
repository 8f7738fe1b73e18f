"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 726-article gold, fourteenth facts pass (dev 0.927/0.945/0.978/0.981, held out 0.900/0.913/0.964/0.969)
    "dev": {"with_value": 0.925, "detection": 0.943, "type_accuracy": 0.976, "noun_accuracy": 0.979},
    "test": {"with_value": 0.899, "detection": 0.911, "type_accuracy": 0.961, "noun_accuracy": 0.967},
}
TIME_FLOORS = {  # times, 726-article gold, nineteenth pass (dev 0.900/0.842/0.935, held out 0.874/0.780/0.893)
    "dev": {"span": 0.898, "with_value": 0.839, "value_accuracy": 0.932},
    "test": {"span": 0.871, "with_value": 0.777, "value_accuracy": 0.892},
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
