"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 902-article gold (611 dev, 291 held out) when the draw
    # of seed 20171 joined (session 13): dev all 0.877 / 0.805, direct 0.907 / 0.823, indirect 0.858 /
    # 0.789, according_to 0.819 / 0.795; held out all 0.849 / 0.724, direct 0.849 / 0.722, indirect
    # 0.827 / 0.708, according_to 0.712 / 0.638. The history of every pass is in
    # docs/evaluation/quotes.md. A regression fails; noise from a small rule change does not.
    "dev": {("all", "detection"): 0.872, ("all", "speaker"): 0.80, ("all", "cue"): 0.84,
            ("direct", "detection"): 0.90, ("direct", "speaker"): 0.817,
            ("indirect", "detection"): 0.853, ("indirect", "speaker"): 0.784,
            ("according_to", "detection"): 0.81, ("according_to", "speaker"): 0.786},
    "test": {("all", "detection"): 0.844, ("all", "speaker"): 0.718, ("all", "cue"): 0.803,
             ("direct", "detection"): 0.843, ("direct", "speaker"): 0.715,
             ("indirect", "detection"): 0.82, ("indirect", "speaker"): 0.702,
             ("according_to", "detection"): 0.705, ("according_to", "speaker"): 0.63},
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
