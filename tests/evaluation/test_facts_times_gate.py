"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 638-article gold, twelfth pass (dev 0.925/0.943/0.980/0.983, held out 0.904/0.914/0.959/0.970)
    "dev": {"with_value": 0.922, "detection": 0.940, "type_accuracy": 0.977, "noun_accuracy": 0.980},
    "test": {"with_value": 0.901, "detection": 0.911, "type_accuracy": 0.956, "noun_accuracy": 0.967},
}
TIME_FLOORS = {  # times, 638-article gold, sixteenth pass (dev 0.903/0.847/0.938, held out 0.871/0.777/0.892)
    "dev": {"span": 0.902, "with_value": 0.846, "value_accuracy": 0.937},
    "test": {"span": 0.869, "with_value": 0.775, "value_accuracy": 0.891},
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
