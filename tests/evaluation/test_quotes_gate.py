"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 1,078-article gold (731 dev, 347 held out) at the end of
    # session 16 (the draws of seeds 20174 and 20175 joined, passes 35a–37a): dev all 0.881 / 0.805,
    # direct 0.917 / 0.826, indirect 0.860 / 0.787, according_to 0.822 / 0.796; held out all 0.854 /
    # 0.736, direct 0.8505 / 0.728, indirect 0.830 / 0.720, according_to 0.705 / 0.636. The history of
    # every pass is in docs/evaluation/quotes.md. A regression fails; noise from a small rule change
    # does not.
    "dev": {("all", "detection"): 0.875, ("all", "speaker"): 0.798, ("all", "cue"): 0.842,
            ("direct", "detection"): 0.910, ("direct", "speaker"): 0.820,
            ("indirect", "detection"): 0.854, ("indirect", "speaker"): 0.780,
            ("according_to", "detection"): 0.815, ("according_to", "speaker"): 0.789},
    "test": {("all", "detection"): 0.848, ("all", "speaker"): 0.730, ("all", "cue"): 0.805,
             ("direct", "detection"): 0.844, ("direct", "speaker"): 0.721,
             ("indirect", "detection"): 0.824, ("indirect", "speaker"): 0.714,
             ("according_to", "detection"): 0.698, ("according_to", "speaker"): 0.630},
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
    # 0.952 on the 814-article gold, 0.949 on the 770-article gold (0.95+ before the draw 20168, whose annotators marked speakers
    # known only by a role, "رئيس المعهد", anonymous more often than earlier ones did)
    assert reports["dev"]["kinds"]["all"]["anonymous_accuracy"] >= 0.94
