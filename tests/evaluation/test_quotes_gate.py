"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 1,254-article gold (851 dev, 403 held out) at the end of
    # session 18 (the draws of seeds 20178 and 20179 joined, passes 44a–46): dev all 0.883 / 0.804,
    # direct 0.914 / 0.817, indirect 0.862 / 0.789, according_to 0.833 / 0.797; held out all 0.859 /
    # 0.744, direct 0.857 / 0.727, indirect 0.835 / 0.729, according_to 0.728 / 0.670. The history of
    # every pass is in docs/evaluation/quotes.md. A regression fails; noise from a small rule change
    # does not.
    "dev": {("all", "detection"): 0.877, ("all", "speaker"): 0.798, ("all", "cue"): 0.844,
            ("direct", "detection"): 0.907, ("direct", "speaker"): 0.811,
            ("indirect", "detection"): 0.855, ("indirect", "speaker"): 0.782,
            ("according_to", "detection"): 0.826, ("according_to", "speaker"): 0.790},
    "test": {("all", "detection"): 0.852, ("all", "speaker"): 0.738, ("all", "cue"): 0.812,
             ("direct", "detection"): 0.851, ("direct", "speaker"): 0.721,
             ("indirect", "detection"): 0.828, ("indirect", "speaker"): 0.723,
             ("according_to", "detection"): 0.722, ("according_to", "speaker"): 0.663},
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
