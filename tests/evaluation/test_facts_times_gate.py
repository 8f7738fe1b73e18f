"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 770-article gold, after the fourteenth facts pass and the draw 20168 (dev 0.926/0.944/0.975/0.978, held out 0.898/0.912/0.965/0.970)
    "dev": {"with_value": 0.923, "detection": 0.942, "type_accuracy": 0.972, "noun_accuracy": 0.975},
    "test": {"with_value": 0.895, "detection": 0.91, "type_accuracy": 0.961, "noun_accuracy": 0.967},
}
TIME_FLOORS = {  # times, 770-article gold, after the twentieth pass (dev 0.899/0.840/0.934, held out 0.875/0.783/0.8945)
    "dev": {"span": 0.895, "with_value": 0.837, "value_accuracy": 0.932},
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
