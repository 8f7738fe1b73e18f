"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (462-article gold: 311 dev,
151 held out; the draw of seed 20161 lowered the held-out facts and times floors). The held-out split is gated to catch regressions, never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts: after the seventh facts pass (dev 0.934/0.948/0.977/0.983, held out 0.875/0.898/0.946/0.971)
    "dev": {"with_value": 0.93, "detection": 0.94, "type_accuracy": 0.97, "noun_accuracy": 0.975},
    "test": {"with_value": 0.87, "detection": 0.89, "type_accuracy": 0.94, "noun_accuracy": 0.97},
}
TIME_FLOORS = {  # times: 462-article gold (311 dev, 151 held out), after the tenth pass (0.924/0.874/0.946, 0.864/0.774/0.896)
    "dev": {"span": 0.92, "with_value": 0.87, "value_accuracy": 0.945},
    "test": {"span": 0.86, "with_value": 0.77, "value_accuracy": 0.893},
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
