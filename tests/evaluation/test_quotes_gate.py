"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the figures on the 594-article gold (401 dev, 193 held out) after the
    # fourteenth quote pass (the draws of seeds 20163 and 20164 joined after it: dev all 0.864 / 0.802,
    # held out all 0.855 / 0.720; after the fifteenth, dev direct 0.901 / 0.808, indirect 0.849 /
    # 0.795, all 0.870 / 0.809; after the sixteenth, dev direct 0.902 / 0.828, all 0.870 / 0.812,
    # held out unchanged; the draw of seed 20165 joined at the start of session 8: 638 articles, dev
    # according_to 0.839 / 0.829, held out direct 0.861 / 0.724, all 0.855 / 0.725; after the
    # seventeenth, dev direct 0.907 / 0.831, indirect 0.854 / 0.799, all 0.873 / 0.815, held out
    # according_to 0.772 / 0.709, all 0.857 / 0.727; after the eighteenth, dev all 0.874 / 0.815,
    # held out indirect 0.831 / 0.710, all 0.857 / 0.728; the draw of seed 20166 joined at the start of
    # session 9: 682 articles, dev all 0.871 / 0.806, held out all 0.851 / 0.721, direct 0.859 / 0.718,
    # according_to 0.760 / 0.698; after the nineteenth, dev all 0.873 / 0.807, indirect 0.854 / 0.789,
    # held out all 0.852 / 0.725, indirect 0.828 / 0.710; the draw of seed 20167 joined at the start of
    # session 10: 726 articles, dev according_to 0.800 / 0.791, held out all 0.846 / 0.719, direct
    # 0.848 / 0.715, indirect 0.825 / 0.704, according_to 0.735 / 0.677; after the twentieth, dev
    # according_to 0.824 / 0.815, all 0.873 / 0.807, held out according_to 0.741 / 0.681, all 0.848 /
    # 0.720; after the twenty-first, dev indirect 0.856 / 0.791, all 0.874 / 0.808, held out indirect
    # 0.826 / 0.704, all 0.850 / 0.721; the draw of seed 20168 joined after it: 770 articles, dev all
    # 0.872 / 0.800, according_to 0.812 / 0.786, held out all 0.849 / 0.721, direct 0.850 / 0.728,
    # according_to 0.731 / 0.662; after the twenty-second, dev direct 0.908 / 0.822, indirect 0.856 /
    # 0.787, all 0.874 / 0.802, held out all 0.850 / 0.723, direct 0.850 / 0.728, indirect 0.828 / 0.706;
    # after the twenty-third, dev according_to 0.821 / 0.795, held out unchanged),
    # so a regression fails while noise from a small rule change does not
    "dev": {("all", "detection"): 0.87, ("all", "speaker"): 0.80, ("all", "cue"): 0.835,
            ("direct", "detection"): 0.90, ("direct", "speaker"): 0.82,
            ("indirect", "detection"): 0.85, ("indirect", "speaker"): 0.785,
            ("according_to", "detection"): 0.815, ("according_to", "speaker"): 0.79},
    "test": {("all", "detection"): 0.845, ("all", "speaker"): 0.72, ("all", "cue"): 0.805,
             ("direct", "detection"): 0.845, ("direct", "speaker"): 0.72,
             ("indirect", "detection"): 0.82, ("indirect", "speaker"): 0.70,
             ("according_to", "detection"): 0.725, ("according_to", "speaker"): 0.655},
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
    # 0.949 on the 770-article gold (0.95+ before the draw 20168, whose annotators marked speakers
    # known only by a role, "رئيس المعهد", anonymous more often than earlier ones did)
    assert reports["dev"]["kinds"]["all"]["anonymous_accuracy"] >= 0.94
