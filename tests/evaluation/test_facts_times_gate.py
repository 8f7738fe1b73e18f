"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 1,342-article gold, end of session 20 (dev 0.924/0.944/0.974/0.975, held out 0.899/0.920/0.961/0.964)
    "dev": {"with_value": 0.917, "detection": 0.938, "type_accuracy": 0.968, "noun_accuracy": 0.969},
    "test": {"with_value": 0.891, "detection": 0.914, "type_accuracy": 0.955, "noun_accuracy": 0.957},
}
TIME_FLOORS = {  # times, 1,342-article gold, end of session 20 (dev 0.903/0.831/0.921, held out 0.885/0.788/0.890)
    "dev": {"span": 0.896, "with_value": 0.825, "value_accuracy": 0.914},
    "test": {"span": 0.879, "with_value": 0.781, "value_accuracy": 0.883},
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
