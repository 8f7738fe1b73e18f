"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 1,386-article gold, end of session 21 (dev 0.927/0.947/0.974/0.975, held out 0.900/0.921/0.963/0.964)
    "dev": {"with_value": 0.920, "detection": 0.940, "type_accuracy": 0.968, "noun_accuracy": 0.969},
    "test": {"with_value": 0.894, "detection": 0.915, "type_accuracy": 0.957, "noun_accuracy": 0.958},
}
TIME_FLOORS = {  # times, 1,386-article gold, end of session 21 (dev 0.907/0.834/0.920, held out 0.885/0.786/0.888)
    "dev": {"span": 0.901, "with_value": 0.828, "value_accuracy": 0.914},
    "test": {"span": 0.879, "with_value": 0.780, "value_accuracy": 0.882},
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
