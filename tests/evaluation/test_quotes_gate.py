"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 462-article gold (311 dev, 151 held out) when the draw
    # of seed 20161 came in (it lowered them: its articles are essays, verses, interviews), so a
    # regression fails while noise from a small rule change does not
    # (dev speaker floors raised after the ninth quotes round: all 0.815, indirect 0.797; all floors
    # raised after the tenth round, just under its figures: dev according_to 0.878 / 0.863, direct
    # 0.907 / 0.833; held out direct 0.845 / 0.695, all 0.838 / 0.689; dev speaker floors raised after
    # the eleventh round: direct 0.841, indirect 0.805, all 0.826)
    "dev": {("all", "detection"): 0.87, ("all", "speaker"): 0.82, ("all", "cue"): 0.835,
            ("direct", "detection"): 0.90, ("direct", "speaker"): 0.835,
            ("indirect", "detection"): 0.845, ("indirect", "speaker"): 0.80,
            ("according_to", "detection"): 0.87, ("according_to", "speaker"): 0.86},
    "test": {("all", "detection"): 0.835, ("all", "speaker"): 0.685, ("all", "cue"): 0.79,
             ("direct", "detection"): 0.84, ("direct", "speaker"): 0.69,
             ("indirect", "detection"): 0.81, ("indirect", "speaker"): 0.67,
             ("according_to", "detection"): 0.71, ("according_to", "speaker"): 0.625},
}


@pytest.fixture(scope="module")
def reports(shared_data):
    return {split: evaluate_quotes(shared_dir=shared_data, split=split) for split in FLOORS}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_quote_floors(reports, split):
    kinds = reports[split]["kinds"]
    low = {f"{kind}/{aspect}": round(kinds[kind][aspect]["f1"], 3)
           for (kind, aspect), floor in FLOORS[split].items() if kinds[kind][aspect]["f1"] < floor}
    assert not low, f"{split}: below the floor: {low}"


def test_anonymous_accuracy(reports):
    assert reports["dev"]["kinds"]["all"]["anonymous_accuracy"] >= 0.95
