"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 1,166-article gold (791 dev, 375 held out) at the end of
    # session 17 (the draws of seeds 20176 and 20177 joined, passes 39a–43b): dev all 0.883 / 0.805,
    # direct 0.917 / 0.829, indirect 0.862 / 0.788, according_to 0.823 / 0.790; held out all 0.853 /
    # 0.737, direct 0.852 / 0.718, indirect 0.829 / 0.722, according_to 0.702 / 0.649. The history of
    # every pass is in docs/evaluation/quotes.md. A regression fails; noise from a small rule change
    # does not.
    "dev": {("all", "detection"): 0.877, ("all", "speaker"): 0.799, ("all", "cue"): 0.844,
            ("direct", "detection"): 0.910, ("direct", "speaker"): 0.822,
            ("indirect", "detection"): 0.855, ("indirect", "speaker"): 0.781,
            ("according_to", "detection"): 0.816, ("according_to", "speaker"): 0.783},
    "test": {("all", "detection"): 0.847, ("all", "speaker"): 0.730, ("all", "cue"): 0.804,
             ("direct", "detection"): 0.845, ("direct", "speaker"): 0.711,
             ("indirect", "detection"): 0.822, ("indirect", "speaker"): 0.715,
             ("according_to", "detection"): 0.694, ("according_to", "speaker"): 0.642},
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
