"""Quality gate: quote extraction against the hand-annotated SaudiNewsNet gold must not regress.

Floors sit a little below the figures of docs/EVALUATION.md; the held-out test split is
gated too (to catch regressions), never tuned on.
"""

from __future__ import annotations

import pytest

from khabar.evaluation.quotes import evaluate_quotes

FLOORS = {
    # split: {(kind, aspect): floor on F1}
    # floors a little under the session-30 figures, on the 1,562-article gold (1,061 dev, 501 held out, the
    # blind draw 20186 joined): dev all 0.888 / 0.820, direct 0.894 / 0.806, indirect 0.868 / 0.806,
    # according_to 0.862 / 0.831; held out all 0.866 / 0.759, direct 0.861 / 0.746, indirect 0.843 / 0.744,
    # according_to 0.726 / 0.669 (the draw's two held-out according-to quotes read 0.50 / 0.00).
    # Before: the session-29 figures on the 1,518-article gold (1,031 dev, 487 held out;
    # session 29's passes q75–q79, lead7, lead8): dev all 0.889 / 0.821, direct 0.893 / 0.809, indirect
    # 0.868 / 0.807, according_to 0.860 / 0.828; held out all 0.866 / 0.758, direct 0.865 / 0.749,
    # indirect 0.842 / 0.742, according_to 0.730 / 0.680 (session 28, after session 27's passes
    # q68–q71 and lead fixes and session 28's q72, q74, lead5, lead6: dev all 0.888 / 0.819,
    # direct 0.893 / 0.805, indirect 0.867 / 0.805, according_to 0.852 / 0.821; held out all 0.866 / 0.755,
    # direct 0.865 / 0.747, indirect 0.842 / 0.739, according_to 0.721 / 0.672 (session 26,
    # passes q60–q67 and the lead's fixes: dev all 0.886 / 0.815, direct 0.888 / 0.802, indirect
    # 0.863 / 0.800, according_to 0.851 / 0.815; held out all 0.864 / 0.753, direct 0.862 / 0.745,
    # indirect 0.840 / 0.737, according_to 0.721 / 0.672; session 25: dev all 0.884 / 0.811, direct
    # 0.888 / 0.803, indirect 0.861 / 0.795, according_to 0.848 / 0.813; held out all 0.863 / 0.752,
    # indirect 0.839 / 0.735; session 24: held out all 0.865 / 0.750, direct 0.862 / 0.742,
    # indirect 0.840 / 0.733, according_to 0.724 / 0.675). Before them, on the 1,474
    # (1,001 dev, 473 held out), session 22: dev all 0.882 / 0.804; held out all 0.865 / 0.751, direct
    # 0.865 / 0.748, indirect 0.840 / 0.732, according_to 0.737 / 0.686.
    # The history of every pass is in docs/evaluation/quotes.md. A regression fails; noise from a small
    # rule change does not. Session 50: the blind draw 20197 (30 dev articles, direct detection 0.72 on the
    # start code: five quotations opening with "«إن …»" read as indirect) took dev direct detection to
    # 0.8868 on unchanged code (`khabar eval quotes --split dev` on 076a4a0): its floor follows the gold, 0.887 -> 0.885, as sessions 45 and 49 did.
    "dev": {("all", "detection"): 0.882, ("all", "speaker"): 0.815, ("all", "cue"): 0.851,
            ("direct", "detection"): 0.885, ("direct", "speaker"): 0.803,
            ("indirect", "detection"): 0.861, ("indirect", "speaker"): 0.800,
            ("according_to", "detection"): 0.854, ("according_to", "speaker"): 0.822},
    "test": {("all", "detection"): 0.860, ("all", "speaker"): 0.751, ("all", "cue"): 0.818,
             ("direct", "detection"): 0.859, ("direct", "speaker"): 0.743,
             ("indirect", "detection"): 0.836, ("indirect", "speaker"): 0.735,
             ("according_to", "detection"): 0.720, ("according_to", "speaker"): 0.664},
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
