"""Quality gate: facts and times against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little under the figures in docs/evaluation/facts_times.md (506-article gold: 341 dev,
165 held out, at the end of the sixth session). The held-out split is gated to catch regressions,
never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.facts import evaluate_facts
from khabar.evaluation.times import evaluate_times

FACT_FLOORS = {  # facts, 594-article gold, eleventh pass; 638 at the start of session 8: held-out type 0.954 (dev 0.921/0.939/0.977/0.982, held out 0.901/0.912/0.957/0.969)
    "dev": {"with_value": 0.918, "detection": 0.936, "type_accuracy": 0.974, "noun_accuracy": 0.979},
    "test": {"with_value": 0.898, "detection": 0.905, "type_accuracy": 0.952, "noun_accuracy": 0.965},
}
TIME_FLOORS = {  # times, 594-article gold, fourteenth pass; 638 at the start of session 8: dev 0.934 value, 0.841 with value (dev 0.903/0.847/0.937, held out 0.864/0.769/0.891)
    "dev": {"span": 0.90, "with_value": 0.839, "value_accuracy": 0.932},
    "test": {"span": 0.862, "with_value": 0.767, "value_accuracy": 0.889},
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
