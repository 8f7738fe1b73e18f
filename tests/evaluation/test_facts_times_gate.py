"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 814-article gold, the draw 20169 joined (dev 0.924/0.944/0.974/0.977, held out 0.901/0.915/0.968/0.968)
    "dev": {"with_value": 0.921, "detection": 0.941, "type_accuracy": 0.971, "noun_accuracy": 0.974},
    "test": {"with_value": 0.897, "detection": 0.911, "type_accuracy": 0.964, "noun_accuracy": 0.964},
}
TIME_FLOORS = {  # times, 814-article gold, the draw 20169 joined (dev 0.899/0.838/0.932, held out 0.874/0.779/0.8915)
    "dev": {"span": 0.895, "with_value": 0.835, "value_accuracy": 0.929},
    "test": {"span": 0.870, "with_value": 0.775, "value_accuracy": 0.888},
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
