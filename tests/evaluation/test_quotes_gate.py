"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 990-article gold (671 dev, 319 held out) when the draw
    # of seed 20173 joined (session 15, after the gold's 14 misplaced quotes were re-placed): dev all
    # 0.880 / 0.808, direct 0.915 / 0.829, indirect 0.861 / 0.792, according_to 0.824 / 0.796; held out
    # all 0.853 / 0.730, direct 0.8495 / 0.726, indirect 0.831 / 0.714, according_to 0.714 / 0.643. The
    # history of every pass is in docs/evaluation/quotes.md. A regression fails; noise from a small rule
    # change does not.
    "dev": {("all", "detection"): 0.874, ("all", "speaker"): 0.802, ("all", "cue"): 0.84,
            ("direct", "detection"): 0.909, ("direct", "speaker"): 0.823,
            ("indirect", "detection"): 0.855, ("indirect", "speaker"): 0.786,
            ("according_to", "detection"): 0.818, ("according_to", "speaker"): 0.789},
    "test": {("all", "detection"): 0.847, ("all", "speaker"): 0.724, ("all", "cue"): 0.803,
             ("direct", "detection"): 0.843, ("direct", "speaker"): 0.719,
             ("indirect", "detection"): 0.824, ("indirect", "speaker"): 0.708,
             ("according_to", "detection"): 0.708, ("according_to", "speaker"): 0.636},
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
