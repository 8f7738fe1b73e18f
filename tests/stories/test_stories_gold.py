"""The stories gold file: references and labels only, no pair twice, every draw split as it says."""

from __future__ import annotations

import json

from khabar.evaluation.stories import GOLD_PATH


def test_gold_pairs_are_references_only_unique_and_split():
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    pairs = gold["pairs"]
    keys = {"a", "a_sha1", "b", "b_sha1", "kind", "same", "reason", "split"}
    assert all(set(p) - {"draw", "doubt"} == keys for p in pairs)  # no article text
    assert len({frozenset((p["a"], p["b"])) for p in pairs}) == len(pairs)
    assert all(p["a"] != p["b"] and isinstance(p["same"], bool) and p["split"] in ("dev", "test") for p in pairs)
    for draw in {p["draw"] for p in pairs if p.get("draw")}:
        drawn = [p for p in pairs if p.get("draw") == draw]
        assert [p["split"] for p in drawn] == ["test" if i % 3 == 2 else "dev" for i in range(len(drawn))]
        assert {p["kind"] for p in drawn} <= {"nearest", "third"}
        assert str(draw) in gold["drawn"]
