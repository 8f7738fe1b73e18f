"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 506-article gold (341 dev, 165 held out) at the end of
    # the sixth session (its twelve quote passes done; the draw of seed 20162 joined after them; speaker
    # floors raised after the fourteenth pass), so a regression fails while noise from a small rule
    # change does not
    "dev": {("all", "detection"): 0.86, ("all", "speaker"): 0.82, ("all", "cue"): 0.83,
            ("direct", "detection"): 0.90, ("direct", "speaker"): 0.83,
            ("indirect", "detection"): 0.84, ("indirect", "speaker"): 0.80,
            ("according_to", "detection"): 0.86, ("according_to", "speaker"): 0.85},
    "test": {("all", "detection"): 0.83, ("all", "speaker"): 0.69, ("all", "cue"): 0.79,
             ("direct", "detection"): 0.84, ("direct", "speaker"): 0.69,
             ("indirect", "detection"): 0.81, ("indirect", "speaker"): 0.67,
             ("according_to", "detection"): 0.73, ("according_to", "speaker"): 0.66},
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
